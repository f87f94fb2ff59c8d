//! The hostile corpus (tests/hostile/, written by scripts/make-hostile-corpus.py)
//! through every command: each run must exit 1 with a `FILE:LINE:COLUMN`
//! message naming the hostile file, never panic, and leave no output file.
//!
//! The ~700 corpus runs call `boussole::run` in-process, exactly what `main`
//! calls, in a fixed French world with no terminal: no process to start
//! each time. The size-cap test runs the binary itself, so the process's
//! exit status is checked too.

use std::ffi::OsString;
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

/// Runs boussole in-process; returns (exit code, stderr). Paths in `args`
/// are absolute: the process's current folder is shared by the tests.
fn run_in_process(args: &[&str]) -> (Option<i32>, String) {
    let argv: Vec<OsString> = std::iter::once("boussole")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    let env = boussole::env::Env::fixed(boussole::model::Date {
        year: 2026,
        month: 10,
        day: 4,
    });
    // On a thread with the main thread's stack (8 MiB on Linux): a test
    // thread's 2 MiB is less than the binary has.
    let (code, out, err) = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let mut out = Vec::new();
            let mut err = Vec::new();
            let code = boussole::run(argv, env, &mut out, &mut err);
            (code, out, err)
        })
        .expect("spawn")
        .join()
        .unwrap_or_else(|_| panic!("{args:?} panicked"));
    assert!(
        out.is_empty() || code != 1,
        "no partial output on stdout: {args:?}"
    );
    (
        Some(i32::from(code)),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

/// Runs the boussole binary in `dir`; returns (exit code, stderr).
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

/// Runs the binary in `dir`: exit 1, a positioned message (when
/// `needs_position`), no panic, no file left behind.
fn check_run(dir: &Path, args: &[&str], hostile: &str, needs_position: bool) {
    check(dir, args, hostile, needs_position, || run(dir, args));
}

/// [`check_run`] in-process: `args` and `hostile` with absolute paths.
fn check_in_process(dir: &Path, args: &[&str], hostile: &str, needs_position: bool) {
    check(dir, args, hostile, needs_position, || run_in_process(args));
}

fn check(
    dir: &Path,
    args: &[&str],
    hostile: &str,
    needs_position: bool,
    run: impl FnOnce() -> (Option<i32>, String),
) {
    let before = files_in(dir);
    let (code, stderr) = run();
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
        let path = dir.path().join(&name);
        std::fs::copy(&file, &path).unwrap();
        let q = path.to_str().unwrap();
        let pdf = dir.path().join("out.pdf");
        let pdf = pdf.to_str().unwrap();
        let html = dir.path().join("form.html");
        let html = html.to_str().unwrap();
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
            vec!["report", "-q", q, ex, "-o", pdf],
            vec!["form", "-q", q, "-o", html],
            vec!["form", "-q", q, "-o", "-"],
        ];
        for args in &commands {
            check_in_process(dir.path(), args, q, true);
            runs += 1;
        }
        // assess refuses a non-terminal stdin, whatever the questionnaire.
        let answers = dir.path().join("a.yaml");
        check_in_process(
            dir.path(),
            &[
                "assess",
                "-q",
                q,
                "-d",
                "Finances",
                "-o",
                answers.to_str().unwrap(),
            ],
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
        let path = dir.path().join(&name);
        std::fs::copy(&file, &path).unwrap();
        let a = path.to_str().unwrap();
        let pdf = dir.path().join("out.pdf");
        let pdf = pdf.to_str().unwrap();
        let commands: Vec<Vec<&str>> = vec![
            vec!["score", a],
            vec!["score", "--format", "json", a],
            vec!["score", "--format", "csv", a],
            vec!["compare", a],
            vec!["compare", "--format", "md", a],
            vec!["compare", ex, "--baseline", a],
            vec!["compare", "--disagreements", a],
            vec!["report", a, "-o", pdf],
            vec!["report", ex, "--baseline", a, "-o", pdf],
        ];
        for args in &commands {
            check_in_process(dir.path(), args, a, true);
            runs += 1;
        }
        let before = std::fs::read(&path).unwrap();
        check_in_process(
            dir.path(),
            &["assess", "-d", "Direction des finances", "-o", a],
            a,
            false,
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
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
