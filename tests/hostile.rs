//! The hostile corpus (tests/hostile/, written by scripts/make-hostile-corpus.py)
//! through every command: each run must exit 1 with a `FILE:LINE:COLUMN`
//! message naming the hostile file, never panic, and leave no output file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/hostile").join(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 30, "corpus {kind} is too small");
    files
}

/// Runs boussole in `dir`; returns (exit code, stderr).
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_boussole"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.stdout.is_empty() || out.status.code() != Some(1),
        "no partial output on stdout: {args:?}"
    );
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn check_run(dir: &Path, args: &[&str], hostile: &str, needs_position: bool) {
    let before = files_in(dir);
    let (code, stderr) = run(dir, args);
    assert_eq!(code, Some(1), "{args:?} must exit 1:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{args:?} panicked:\n{stderr}");
    if needs_position {
        let prefix = format!("{hostile}:");
        let positioned = stderr.lines().any(|l| {
            l.strip_prefix(&prefix).is_some_and(|rest| {
                let mut parts = rest.splitn(3, ':');
                let line = parts.next().and_then(|p| p.parse::<u32>().ok());
                let col = parts.next().and_then(|p| p.parse::<u32>().ok());
                line.is_some_and(|l| l >= 1) && col.is_some_and(|c| c >= 1)
            })
        });
        assert!(
            positioned,
            "{args:?}: no `{hostile}:LINE:COLUMN:` message in:\n{stderr}"
        );
    }
    assert_eq!(files_in(dir), before, "{args:?} left files behind");
}

#[test]
fn hostile_questionnaires_through_every_command() {
    let examples = root().join("examples/campagne-2026");
    let baseline = root().join("examples/campagne-2025");
    let ex = examples.to_str().unwrap();
    let base = baseline.to_str().unwrap();
    let mut runs = 0;
    for file in corpus("questionnaires") {
        let dir = tempfile::tempdir().unwrap();
        let name = file.file_name().unwrap().to_str().unwrap().to_string();
        std::fs::copy(&file, dir.path().join(&name)).unwrap();
        let q = name.as_str();
        let commands: Vec<Vec<&str>> = vec![
            vec!["check", q],
            vec!["score", "-q", q, ex],
            vec!["score", "--format", "json", "-q", q, ex],
            vec!["compare", "-q", q, ex],
            vec![
                "compare",
                ex,
                "--baseline",
                base,
                "--baseline-questionnaire",
                q,
            ],
            vec!["compare", "--disagreements", "-q", q, ex],
            vec!["report", "-q", q, ex, "-o", "out.pdf"],
            vec!["form", "-q", q, "-o", "form.html"],
            vec!["form", "-q", q, "-o", "-"],
        ];
        for args in &commands {
            check_run(dir.path(), args, q, true);
            runs += 1;
        }
        // assess refuses a non-terminal stdin, whatever the questionnaire.
        check_run(
            dir.path(),
            &["assess", "-q", q, "-d", "Finances", "-o", "a.yaml"],
            q,
            false,
        );
        runs += 1;
    }
    eprintln!("{runs} hostile questionnaire runs");
}

#[test]
fn hostile_answers_through_every_command() {
    let examples = root().join("examples/campagne-2026");
    let ex = examples.to_str().unwrap();
    let mut runs = 0;
    for file in corpus("answers") {
        let dir = tempfile::tempdir().unwrap();
        let name = file.file_name().unwrap().to_str().unwrap().to_string();
        std::fs::copy(&file, dir.path().join(&name)).unwrap();
        let a = name.as_str();
        let commands: Vec<Vec<&str>> = vec![
            vec!["score", a],
            vec!["score", "--format", "json", a],
            vec!["score", "--format", "csv", a],
            vec!["compare", a],
            vec!["compare", "--format", "md", a],
            vec!["compare", ex, "--baseline", a],
            vec!["compare", "--disagreements", a],
            vec!["report", a, "-o", "out.pdf"],
            vec!["report", ex, "--baseline", a, "-o", "out.pdf"],
        ];
        for args in &commands {
            check_run(dir.path(), args, a, true);
            runs += 1;
        }
        let before = std::fs::read(dir.path().join(a)).unwrap();
        check_run(
            dir.path(),
            &["assess", "-d", "Direction des finances", "-o", a],
            a,
            false,
        );
        assert_eq!(
            std::fs::read(dir.path().join(a)).unwrap(),
            before,
            "assess must never overwrite {a}"
        );
        runs += 1;
    }
    eprintln!("{runs} hostile answers runs");
}

#[test]
fn huge_files_are_refused_by_the_cap_without_reading_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    // A 17 MiB scalar, over the default 16 MiB cap.
    let mut text =
        String::from("questionnaire: ia-gouvernance\nversion: \"2026.1\"\ndepartment: \"");
    text.push_str(&"x".repeat(17 * 1024 * 1024));
    text.push_str("\"\nanswers:\n");
    std::fs::write(dir.path().join("huge.yaml"), text).unwrap();
    check_run(dir.path(), &["score", "huge.yaml"], "huge.yaml", true);
    let (_, stderr) = run(dir.path(), &["score", "huge.yaml"]);
    assert!(stderr.contains("BOUSSOLE_MAX_FILE_MB"), "{stderr}");
}
