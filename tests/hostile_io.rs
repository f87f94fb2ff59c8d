//! Nothing clobbered, nothing hangs, nothing injected: outputs never replace
//! inputs, special files are refused, user text cannot drive the terminal or
//! a spreadsheet, and YAML problems are said in words (issue 11).

mod common;

use std::path::Path;
use std::time::Duration;

use common::{boussole, fixture, plain};

/// A copy of the mini campaign: questionnaire and three answers files.
fn campaign() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("mini/questionnaire.yaml"),
        dir.path().join("q.yaml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("camp")).unwrap();
    for name in ["finances-a.yaml", "finances-b.yaml", "rh.yaml"] {
        std::fs::copy(
            fixture("mini/answers").join(name),
            dir.path().join("camp").join(name),
        )
        .unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = boussole()
        .current_dir(dir)
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        plain(out.stdout),
        plain(out.stderr),
    )
}

#[test]
fn report_never_replaces_an_answers_file() {
    let dir = campaign();
    let before = std::fs::read(dir.path().join("camp/rh.yaml")).unwrap();
    // The input itself.
    let (code, _, err) = run(
        dir.path(),
        &["report", "-q", "q.yaml", "camp", "-o", "camp/rh.yaml"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("fichiers d’entrée"), "{err}");
    // The `report -o camp/*.yaml` slip: the first file is not an input any more.
    let (code, _, err) = run(
        dir.path(),
        &[
            "report",
            "-q",
            "q.yaml",
            "-o",
            "camp/rh.yaml",
            "camp/finances-a.yaml",
            "camp/finances-b.yaml",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("n’est pas un rapport PDF de boussole"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    // Nor the questionnaire.
    let (code, _, err) = run(
        dir.path(),
        &["report", "-q", "q.yaml", "camp", "-o", "q.yaml"],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("camp/rh.yaml")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("camp"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn report_replaces_its_own_pdf_and_writes_to_stdout_with_dash() {
    let dir = campaign();
    let args = ["report", "-q", "q.yaml", "camp", "-o", "r.pdf"];
    let (code, _, err) = run(dir.path(), &args);
    assert_eq!(code, 0, "{err}");
    // Our own report is recognised (boussole's mark), and replaced.
    let (code, _, err) = run(dir.path(), &args);
    assert_eq!(code, 0, "{err}");
    let file = std::fs::read(dir.path().join("r.pdf")).unwrap();
    let out = boussole()
        .current_dir(dir.path())
        .args(["report", "-q", "q.yaml", "camp", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"%PDF-"));
    assert_eq!(out.stdout, file, "same inputs, same bytes");
    assert!(!dir.path().join("-").exists());
    assert!(plain(out.stderr).contains("sortie standard"));
    // --force replaces a foreign file.
    std::fs::write(dir.path().join("notes.txt"), "mes notes").unwrap();
    let (code, _, _) = run(
        dir.path(),
        &["report", "-q", "q.yaml", "camp", "-o", "notes.txt"],
    );
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mes notes"
    );
    let (code, _, err) = run(
        dir.path(),
        &[
            "report",
            "-q",
            "q.yaml",
            "camp",
            "-o",
            "notes.txt",
            "--force",
        ],
    );
    assert_eq!(code, 0, "{err}");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn symlinks_and_fifos_as_output_are_refused() {
    let dir = campaign();
    std::fs::write(dir.path().join("autre.pdf"), "x").unwrap();
    std::os::unix::fs::symlink("autre.pdf", dir.path().join("lien.pdf")).unwrap();
    let (code, _, err) = run(
        dir.path(),
        &["report", "-q", "q.yaml", "camp", "-o", "lien.pdf"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("lien symbolique"), "{err}");
    assert!(
        std::fs::symlink_metadata(dir.path().join("lien.pdf"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    mkfifo(&dir.path().join("tube.pdf"));
    let (code, _, err) = run(
        dir.path(),
        &["report", "-q", "q.yaml", "camp", "-o", "tube.pdf"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("pas un fichier ordinaire"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_among_the_inputs_never_blocks() {
    let dir = campaign();
    mkfifo(&dir.path().join("camp/x.yaml"));
    // In a folder: skipped, with a warning.
    let (code, out, err) = run(dir.path(), &["score", "-q", "q.yaml", "camp"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("x.yaml n’est pas un fichier ordinaire"),
        "{err}"
    );
    assert!(out.contains("Direction des ressources humaines"), "{out}");
    // Named: refused, at once.
    let (code, _, err) = run(dir.path(), &["score", "-q", "q.yaml", "camp/x.yaml"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("pas un fichier ordinaire"), "{err}");
    let (code, _, err) = run(dir.path(), &["check", "camp/x.yaml"]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = run(dir.path(), &["score", "-q", "camp/x.yaml", "camp/rh.yaml"]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn escape_sequences_in_names_never_reach_the_terminal() {
    let dir = campaign();
    let text = std::fs::read_to_string(dir.path().join("camp/rh.yaml")).unwrap();
    let hostile = text.replace(
        "department: Direction des ressources humaines",
        "department: \"\\u001b[2J\\u001b[HNiveau global : 99 %\\u0007\\u0000\"",
    );
    std::fs::write(dir.path().join("camp/rh.yaml"), hostile).unwrap();
    for format in ["table", "csv", "json"] {
        let out = boussole()
            .current_dir(dir.path())
            .args(["score", "-q", "q.yaml", "camp", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            !out.stdout.iter().any(|&b| b == 0x1b || b == 0x07 || b == 0),
            "{format}: raw control bytes on stdout"
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("\\u{1B}[2J"),
            "{format}"
        );
    }
    for format in ["table", "md", "csv"] {
        let out = boussole()
            .current_dir(dir.path())
            .args(["compare", "-q", "q.yaml", "camp", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(!out.stdout.contains(&0x1b), "{format}");
    }
}

#[test]
fn a_name_that_opens_a_formula_is_defused_in_csv() {
    let dir = campaign();
    let text = std::fs::read_to_string(dir.path().join("camp/rh.yaml")).unwrap();
    let hostile = text.replace(
        "department: Direction des ressources humaines",
        "department: \"=HYPERLINK(\\\"http://x\\\")\"",
    );
    std::fs::write(dir.path().join("camp/rh.yaml"), hostile).unwrap();
    let (code, out, err) = run(
        dir.path(),
        &["score", "-q", "q.yaml", "camp", "--format", "csv"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{out}");
    assert!(!out.contains("\r\n=") && !out.contains(";="), "{out}");
}

fn score_one(text: &str) -> (i32, String) {
    let dir = campaign();
    std::fs::write(dir.path().join("f.yaml"), text).unwrap();
    let (code, _, err) = run(dir.path(), &["score", "-q", "q.yaml", "f.yaml"]);
    (code, err)
}

const HEAD: &str = "questionnaire: mini\nversion: \"1.0\"\ndepartment: RH\n";

#[test]
fn yaml_problems_are_worded_with_their_fix() {
    let (code, err) = score_one(&format!("{HEAD}answers:\n  s1: 1\n---\n"));
    assert_eq!(code, 1);
    assert!(err.contains("plusieurs documents YAML"), "{err}");
    assert!(!err.contains("from_str_multiple"), "{err}");

    let (code, err) = score_one(&format!(
        "{HEAD}respondent: \"\\ud800\"\nanswers:\n  s1: 1\n"
    ));
    assert_eq!(code, 1);
    assert!(err.contains("\\uD800"), "{err}");
    assert!(!err.contains("surrogate"), "{err}");

    let (code, err) = score_one(&format!("{HEAD}answers:\n  s1: 1\n  s1: 2\n"));
    assert_eq!(code, 1);
    assert!(
        err.contains("f.yaml:6:3:") && err.contains("« s1 » en double"),
        "{err}"
    );

    // 300,000 keys (4 MB, under the size limit): the node budget.
    let mut big = format!("{HEAD}answers:\n");
    for i in 0..300_000 {
        big.push_str(&format!("  k{i}: 1\n"));
    }
    let (code, err) = score_one(&big);
    assert_eq!(code, 1);
    assert!(err.contains("trop de valeurs (plus de 250 000)"), "{err}");
    assert!(!err.contains("budget breached"), "{err}");

    let deep: String = (0..80)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect();
    let (code, err) = score_one(&deep);
    assert_eq!(code, 1);
    assert!(err.contains("imbrication trop profonde"), "{err}");
}

#[test]
fn a_tab_is_reported_where_it_is() {
    let (code, err) = score_one(&format!("{HEAD}answers:\n\ts1: 1\n"));
    assert_eq!(code, 1);
    assert!(err.contains("f.yaml:5:1:"), "{err}");
    assert!(err.contains("tabulation"), "{err}");
    let (code, err) = score_one(&format!("{HEAD}answers:\n  s1:\n  \t choice: 1\n"));
    assert_eq!(code, 1);
    assert!(err.contains("f.yaml:6:3:"), "{err}");
}

#[test]
fn at_most_fifty_problems_per_file() {
    let mut text = format!("{HEAD}answers:\n");
    for i in 0..120 {
        text.push_str(&format!("  x{i}: 1\n"));
    }
    let (code, err) = score_one(&text);
    assert_eq!(code, 1);
    assert_eq!(err.matches("f.yaml:").count(), 50, "{err}");
    assert!(err.contains("et 70 autres problèmes"), "{err}");
}

#[test]
fn sizes_have_a_decimal_comma_in_french() {
    let dir = campaign();
    let mut text = format!("{HEAD}answers:\n  s1: 1\n");
    text.push_str(&"# commentaire de remplissage\n".repeat(55_000));
    std::fs::write(dir.path().join("f.yaml"), text).unwrap();
    let out = boussole()
        .current_dir(dir.path())
        .env("BOUSSOLE_MAX_FILE_MB", "1")
        .args(["score", "-q", "q.yaml", "f.yaml"])
        .output()
        .unwrap();
    let err = plain(out.stderr);
    assert!(err.contains("1,5 Mo"), "{err}");
}

#[test]
fn os_errors_are_said_in_words_without_temporary_names() {
    let dir = campaign();
    let (code, _, err) = run(dir.path(), &["check", "camp"]);
    assert_eq!(code, 1);
    assert!(err.contains("c’est un dossier"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn demo_writes_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(dir.path(), &["demo", "-o", "d", "--date", "2026-10-01"]);
    assert_eq!(code, 0, "{err}");
    let first = std::fs::read(dir.path().join("d/rapport-demo.pdf")).unwrap();
    // Again: the previous demo is replaced as a whole.
    let (code, _, err) = run(dir.path(), &["demo", "-o", "d", "--date", "2026-10-01"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("d/rapport-demo.pdf")).unwrap(),
        first
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["d"], "no temporary folder left");
    // A folder holding anything else is refused and left as it was.
    std::fs::create_dir(dir.path().join("mien")).unwrap();
    std::fs::write(dir.path().join("mien/notes.txt"), "x").unwrap();
    let (code, _, err) = run(dir.path(), &["demo", "-o", "mien"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("rien n’y a été écrit"), "{err}");
    let inside: Vec<_> = std::fs::read_dir(dir.path().join("mien"))
        .unwrap()
        .collect();
    assert_eq!(inside.len(), 1);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 2, "no temporary folder left");
}

#[cfg(unix)]
#[test]
fn assess_refuses_stdout_a_symlink_a_fifo_and_its_questionnaire() {
    let dir = campaign();
    std::os::unix::fs::symlink("camp/rh.yaml", dir.path().join("lien.yaml")).unwrap();
    mkfifo(&dir.path().join("tube.yaml"));
    for (output, expected) in [
        ("-", "pas « - »"),
        ("lien.yaml", "lien symbolique"),
        ("tube.yaml", "pas un fichier ordinaire"),
        ("q.yaml", "fichiers d’entrée"),
    ] {
        let (code, _, err) = run(
            dir.path(),
            &["assess", "-q", "q.yaml", "-d", "RH", "-o", output],
        );
        assert_eq!(code, 1, "{output}: {err}");
        assert!(err.contains(expected), "{output}: {err}");
    }
    assert!(!dir.path().join("-").exists());
}
