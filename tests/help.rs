//! Help, version, completions, man page and colour hygiene, as a new user
//! meets them. Help texts are compared with committed snapshots in
//! tests/snapshots/help/; after an intended change, regenerate them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test help` and review the diff.

mod common;

use std::path::Path;

use common::boussole;

const COMMANDS: &[&str] = &[
    "",
    "check",
    "assess",
    "score",
    "compare",
    "report",
    "form",
    "template",
    "import",
    "questionnaire",
    "demo",
    "completions",
    "man",
    "schema",
];

fn snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/help")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        // CI compares, it never rewrites: there this test could not fail.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "UPDATE_SNAPSHOTS must not be set under CI=true"
        );
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}: run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert_eq!(
        expected, actual,
        "help changed for {name}; if intended, run UPDATE_SNAPSHOTS=1 cargo test --test help"
    );
}

#[test]
fn help_of_every_command_in_both_languages() {
    for lang in ["fr", "en"] {
        for cmd in COMMANDS {
            for flag in ["-h", "--help"] {
                let mut c = boussole();
                c.args(["--lang", lang]);
                if !cmd.is_empty() {
                    c.arg(cmd);
                }
                let out = c.arg(flag).output().unwrap();
                assert_eq!(out.status.code(), Some(0), "{cmd} {flag}");
                let text = String::from_utf8(out.stdout).unwrap();
                let examples = if lang == "fr" { "Exemple" } else { "Example" };
                assert!(
                    text.contains(examples),
                    "{lang} {cmd} {flag} has examples:\n{text}"
                );
                let name = format!(
                    "{lang}-{}{}.txt",
                    if cmd.is_empty() { "boussole" } else { cmd },
                    if flag == "-h" { "" } else { "-long" }
                );
                snapshot(&name, &text);
            }
        }
    }
}

#[test]
fn help_language_follows_the_environment() {
    let out = boussole()
        .env("LANG", "en_GB.UTF-8")
        .arg("--help")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Usage: boussole")
    );
    let out = boussole().arg("--help").output().unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Utilisation : boussole")
    );
}

#[test]
fn version_names_the_embedded_questionnaire() {
    let out = boussole().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("boussole 0."), "{text}");
    let q = default_questionnaire();
    assert!(
        text.contains(&format!("questionnaire {} {}", q.id, q.version)),
        "{text}"
    );
}

/// The embedded default questionnaire, as the library loads it.
fn default_questionnaire() -> boussole::model::Questionnaire {
    let (name, text) = boussole::defaults::questionnaire(boussole::i18n::Lang::Fr);
    boussole::load::questionnaire_from_str(text, name, boussole::i18n::Lang::Fr).unwrap()
}

#[test]
fn completions_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef boussole"),
        ("fish", "complete -c boussole"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion"),
    ] {
        let out = boussole().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains(marker),
            "{shell}: {}",
            &text[..text.len().min(200)]
        );
        assert!(
            text.contains("compare") && text.contains("baseline"),
            "{shell} completes subcommands and options"
        );
        // A completion menu shows the option's help alone; the shell lists
        // the values itself.
        assert!(
            !text.contains("[par défaut") && !text.contains("[valeurs possibles"),
            "{shell}: help suffixes in completions"
        );
        if shell == "fish" {
            assert!(
                text.contains("-l format -d 'Format de sortie' -r -f -a \"table"),
                "fish completes --format's values"
            );
        }
    }
}

#[test]
fn man_page_renders() {
    let out = boussole().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let roff = out.stdout;
    assert!(String::from_utf8_lossy(&roff).contains(".TH boussole 1"));
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("boussole.1");
    std::fs::write(&page, &roff).unwrap();
    let rendered = std::process::Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("`man` is needed for this test (CI installs man-db)");
    assert!(
        rendered.status.success(),
        "{}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    let text = String::from_utf8_lossy(&rendered.stdout);
    assert!(text.contains("boussole"), "{text}");
    assert!(text.contains("compare"), "{text}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `boussole man | head -1`: stdout closes early; no "Broken pipe" message.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' man | head -1",
            env!("CARGO_BIN_EXE_boussole")
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Broken pipe"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn data_on_stdout_messages_on_stderr() {
    let out = boussole().args(["score", "nulle-part"]).output().unwrap();
    assert!(out.stdout.is_empty());
    assert!(!out.stderr.is_empty());
    let out = boussole().args(["check"]).output().unwrap();
    assert!(!out.stdout.is_empty());
    assert!(out.stderr.is_empty());
}

#[test]
fn the_embedded_questionnaire_can_be_exported_and_checked() {
    let out = boussole().arg("questionnaire").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.yaml");
    std::fs::write(&path, &out.stdout).unwrap();
    let check = boussole().arg("check").arg(&path).output().unwrap();
    assert_eq!(check.status.code(), Some(0));
    let q = default_questionnaire();
    let summary = format!("{} version {} (fr)", q.id, q.version);
    assert!(String::from_utf8(check.stdout).unwrap().contains(&summary));
    // Every obligation of the default is cited: check warns about nothing.
    assert!(
        check.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let en = boussole()
        .args(["--lang", "en", "questionnaire"])
        .output()
        .unwrap();
    assert!(String::from_utf8(en.stdout).unwrap().contains("lang: en"));
}
