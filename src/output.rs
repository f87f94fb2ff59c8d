//! Where a command may write (SPEC §7 "Outputs").
//!
//! Every command that writes a file asks [`check`] first, before any work:
//! `-o -` means standard output; otherwise the path must not be one of the
//! command's inputs, a symlink, a folder or another non-regular file
//! (device, FIFO, socket), nor an existing file that is not what the command
//! writes — unless the user passed `--force`, which lifts the last rule and
//! the symlink rule only: a folder, a device, a FIFO, a socket or one of the
//! inputs is refused even then. Refusals leave the file untouched and exit 1.
//!
//! For the engineers adding a command that writes (`form`, `template`,
//! `import`…): call [`check`] with the command's inputs and a [`Kind`] that
//! recognises your own files, then write with [`write`] (atomically, or to
//! stdout for `-o -`). Example:
//!
//! ```ignore
//! let target = output::check(lang, &args.output, &inputs, Kind::Pdf, args.force)?;
//! // … build the bytes …
//! output::write(lang, &target, ctx.out, &bytes)?;
//! ```

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::failure::Failure;
use crate::i18n::{Lang, Msg, tf};

/// Where the output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `-o -`.
    Stdout,
    /// A file, written atomically.
    File(PathBuf),
}

impl Target {
    /// The name to show in messages ("-" is shown as standard output).
    pub fn shown(&self, lang: Lang) -> String {
        match self {
            Target::Stdout => crate::i18n::t(lang, Msg::OutputStdout).to_string(),
            Target::File(p) => crate::sanitize::terminal(&p.display().to_string()),
        }
    }
}

/// What a command writes, so that an existing file of that kind may be
/// replaced and any other file is refused.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A PDF made by boussole: `%PDF-` and boussole's mark.
    Pdf,
    /// Any other format: `is_ours` tells from the first bytes of the file
    /// (at most [`SNIFF_BYTES`]) whether it is one of ours.
    Other {
        /// Noun for messages, e.g. "formulaire HTML".
        what_fr: &'static str,
        what_en: &'static str,
        is_ours: fn(&[u8]) -> bool,
    },
}

/// How much of an existing file [`Kind::Other`] looks at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// The largest existing PDF read whole to find boussole's mark.
const PDF_SNIFF_MAX: u64 = 64 * 1024 * 1024;

impl Kind {
    fn what(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Pdf, Lang::Fr) => "rapport PDF de boussole",
            (Kind::Pdf, Lang::En) => "boussole PDF report",
            (Kind::Other { what_fr, .. }, Lang::Fr) => what_fr,
            (Kind::Other { what_en, .. }, Lang::En) => what_en,
        }
    }

    /// Whether the existing file at `path` is one this command writes.
    fn recognises(self, path: &Path) -> bool {
        let Ok(file) = std::fs::File::open(path) else {
            return false;
        };
        let limit = match self {
            Kind::Pdf => PDF_SNIFF_MAX,
            _ => SNIFF_BYTES as u64,
        };
        let mut bytes = Vec::new();
        if file.take(limit).read_to_end(&mut bytes).is_err() {
            return false;
        }
        // An empty file holds nothing to lose (`touch`, `mktemp`).
        if bytes.is_empty() {
            return true;
        }
        match self {
            Kind::Pdf => is_boussole_pdf(&bytes),
            Kind::Other { is_ours, .. } => is_ours(&bytes),
        }
    }
}

/// The mark boussole leaves in the PDFs it writes: its name as the
/// document's creator, written as plain text, as UTF-16 in hexadecimal
/// (`<FEFF0062…>`, printpdf's way) or as raw UTF-16.
const PDF_MARKS: &[&[u8]] = &[
    b"boussole",
    b"0062006F007500730073006F006C0065",
    b"0062006f007500730073006f006c0065",
    b"\0b\0o\0u\0s\0s\0o\0l\0e",
];

/// A PDF (starts with `%PDF-`) that carries boussole's mark.
pub fn is_boussole_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
        && PDF_MARKS
            .iter()
            .any(|mark| bytes.windows(mark.len()).any(|w| w == *mark))
}

/// Decides whether a command may write to `output`, given its `inputs`
/// (files and folders read by the command). See the module documentation.
pub fn check(
    lang: Lang,
    output: &Path,
    inputs: &[PathBuf],
    kind: Kind,
    force: bool,
) -> Result<Target, Failure> {
    if output.as_os_str() == "-" {
        return Ok(Target::Stdout);
    }
    let shown = crate::sanitize::terminal(&output.display().to_string());
    let what = kind.what(lang);
    let refuse = |msg: Msg<'_>| Err(Failure::Message(tf(lang, msg)));
    let meta = match std::fs::symlink_metadata(output) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return new_file(lang, output, &shown);
        }
        Err(e) => {
            return Err(Failure::write(lang, shown, e));
        }
    };
    if meta.is_dir() || (meta.file_type().is_symlink() && output.is_dir()) {
        return Err(Failure::Message(tf(
            lang,
            Msg::ReportOutputIsDir { path: &shown },
        )));
    }
    // Never, even with --force: a device, FIFO or socket (the atomic rename
    // would replace the node itself; `-o -` is the way to stream), and one of
    // the command's own inputs (it would be lost while being read).
    if !meta.is_file() && !meta.file_type().is_symlink() {
        return refuse(Msg::OutputNotRegular { path: &shown });
    }
    if is_input(output, inputs) {
        return refuse(Msg::OutputIsInput { path: &shown });
    }
    if force {
        return Ok(Target::File(output.to_path_buf()));
    }
    if meta.file_type().is_symlink() {
        return refuse(Msg::OutputSymlink { path: &shown });
    }
    if !kind.recognises(output) {
        return refuse(Msg::OutputForeign {
            path: &shown,
            what: &what,
        });
    }
    Ok(Target::File(output.to_path_buf()))
}

/// A path that does not exist yet: its folder must.
fn new_file(lang: Lang, output: &Path, shown: &str) -> Result<Target, Failure> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            Msg::ReportNoFolder {
                path: &shown,
                folder: &crate::sanitize::terminal(&parent.display().to_string()),
            },
        )));
    }
    Ok(Target::File(output.to_path_buf()))
}

/// Whether `path` is one of `inputs`, or a YAML file inside an input folder
/// (which the command reads).
fn is_input(path: &Path, inputs: &[PathBuf]) -> bool {
    let Ok(real) = path.canonicalize() else {
        return false;
    };
    let yaml = real.extension().is_some_and(|e| e == "yaml" || e == "yml");
    inputs.iter().any(|input| match input.canonicalize() {
        Ok(i) if i == real => true,
        Ok(i) => yaml && i.is_dir() && real.starts_with(&i),
        Err(_) => false,
    })
}

/// Writes `bytes` to the target: atomically to a file, or to `out` for
/// `-o -`. On failure nothing is left behind.
pub fn write(
    lang: Lang,
    target: &Target,
    out: &mut dyn Write,
    bytes: &[u8],
) -> Result<(), Failure> {
    match target {
        Target::Stdout => out
            .write_all(bytes)
            .and_then(|()| out.flush())
            .or_else(|e| {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    Ok(())
                } else {
                    Err(e)
                }
            })
            .map_err(|e| Failure::write(lang, target.shown(lang), e)),
        Target::File(path) => crate::atomic::write(path, bytes)
            .map_err(|e| Failure::write(lang, target.shown(lang), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(r: Result<Target, Failure>) -> String {
        match r {
            Err(Failure::Message(m)) => m,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn dash_is_stdout() {
        let t = check(Lang::Fr, Path::new("-"), &[], Kind::Pdf, false).unwrap();
        assert_eq!(t, Target::Stdout);
    }

    #[test]
    fn an_input_an_answers_file_or_a_foreign_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("a.yaml");
        std::fs::write(&answers, "questionnaire: x\nanswers:\n  q: 1\n").unwrap();
        let m = refused(check(
            Lang::Fr,
            &answers,
            std::slice::from_ref(&answers),
            Kind::Pdf,
            false,
        ));
        assert!(m.contains("entrée"), "{m}");
        // Not among the inputs (the `-o camp/*.yaml` slip): still not a PDF.
        let m = refused(check(Lang::Fr, &answers, &[], Kind::Pdf, false));
        assert!(m.contains("--force"), "{m}");
        // Inside an input folder.
        let m = refused(check(
            Lang::Fr,
            &answers,
            &[dir.path().to_path_buf()],
            Kind::Pdf,
            false,
        ));
        assert!(m.contains("entrée"), "{m}");
        assert_eq!(
            std::fs::read_to_string(&answers).unwrap(),
            "questionnaire: x\nanswers:\n  q: 1\n"
        );
        // --force overrides.
        assert!(check(Lang::Fr, &answers, &[], Kind::Pdf, true).is_ok());
    }

    #[test]
    fn our_pdf_a_missing_or_an_empty_file_may_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("r.pdf");
        assert!(check(Lang::Fr, &pdf, &[], Kind::Pdf, false).is_ok());
        std::fs::write(&pdf, "").unwrap();
        assert!(check(Lang::Fr, &pdf, &[], Kind::Pdf, false).is_ok());
        std::fs::write(&pdf, b"%PDF-1.7\n/Creator (boussole 0.1.0)\n").unwrap();
        assert!(check(Lang::Fr, &pdf, &[], Kind::Pdf, false).is_ok());
        std::fs::write(&pdf, b"%PDF-1.7\n/Creator (LibreOffice)\n").unwrap();
        refused(check(Lang::Fr, &pdf, &[], Kind::Pdf, false));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_and_special_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t.pdf");
        std::fs::write(&target, b"%PDF-1.7 boussole").unwrap();
        let link = dir.path().join("l.pdf");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let m = refused(check(Lang::En, &link, &[], Kind::Pdf, false));
        assert!(m.contains("symbolic link"), "{m}");
        let fifo = dir.path().join("f.pdf");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let m = refused(check(Lang::En, &fifo, &[], Kind::Pdf, false));
        assert!(m.contains("not a regular file"), "{m}");
        let m = refused(check(Lang::En, dir.path(), &[], Kind::Pdf, true));
        assert!(m.contains("folder"), "{m}");
    }
}
