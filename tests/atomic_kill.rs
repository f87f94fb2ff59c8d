//! Atomic writes under SIGKILL: a report killed at any moment leaves either
//! the previous file, untouched, or the complete new one — never half a PDF.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

#[test]
fn killing_report_never_leaves_a_partial_pdf() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.pdf");
    // A previous report of ours (boussole replaces only its own PDFs).
    let old = b"%PDF-1.4\n% previous boussole report, complete\n%%EOF\n".to_vec();
    std::fs::write(&out, &old).unwrap();

    // How long one full run takes, to spread the kills across it.
    let start = Instant::now();
    let status = report(root, &out).status().unwrap();
    assert!(status.success());
    let full = start.elapsed();
    let complete = std::fs::read(&out).unwrap();
    assert!(complete.starts_with(b"%PDF-"));
    assert!(complete.trim_ascii_end().ends_with(b"%%EOF"));

    let mut outcomes = [0usize; 2];
    for i in 0..24u32 {
        std::fs::write(&out, &old).unwrap();
        let mut child = report(root, &out).spawn().unwrap();
        let delay = full.mul_f64(f64::from(i) / 20.0);
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let now = std::fs::read(&out).unwrap();
        if now == old {
            outcomes[0] += 1;
        } else {
            assert_eq!(
                now, complete,
                "after a kill at {delay:?}, the report is neither the old file nor the complete new one"
            );
            outcomes[1] += 1;
        }
    }
    eprintln!(
        "kept the old file {} times, had the new one {} times",
        outcomes[0], outcomes[1]
    );
    assert!(outcomes[1] > 0, "some runs finish before the kill");
}

fn report(root: &Path, out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_boussole"));
    cmd.arg("report")
        .arg(root.join("examples/campagne-2026"))
        .arg("--baseline")
        .arg(root.join("examples/campagne-2025"))
        .args(["--with-answers", "--date", "2026-11-28", "-o"])
        .arg(out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn a_failed_report_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.pdf");
    let status = Command::new(env!("CARGO_BIN_EXE_boussole"))
        .args(["report", "nulle-part/", "-o"])
        .arg(&out)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
