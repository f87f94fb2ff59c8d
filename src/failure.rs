//! Why a command failed: the one error type that commands and the answering
//! session return, printed by `commands::run` alone. Either way the exit
//! status is 1.
//!
//! A failure keeps its cause (the positioned load problems, the `io::Error`
//! of a write) and is worded in the user's language only when printed.

use crate::i18n::Lang;
use crate::load::LoadError;

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// Problems in input files, each with its position.
    Load(Vec<LoadError>),
    /// A file or folder could not be written: its name as shown to the
    /// user, the system's error, and the language to say it in (the
    /// questionnaire's, known where the write failed).
    Write {
        lang: Lang,
        path: String,
        source: std::io::Error,
    },
    /// Anything else, already worded for the user.
    Message(String),
    /// Several problems, each already worded with its position
    /// (`FILE:SHEET!CELL: message`).
    Problems(Vec<String>),
}

impl Failure {
    /// A write that failed: `path` as the user knows it.
    pub fn write(lang: Lang, path: impl std::fmt::Display, source: std::io::Error) -> Failure {
        Failure::Write {
            lang,
            path: path.to_string(),
            source,
        }
    }
}

impl std::fmt::Display for Failure {
    /// A plain English summary, for logs and debugging; users see the
    /// localised message that `commands::run` prints.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Load(errors) => write!(f, "problems in input files ({})", errors.len()),
            Failure::Write { path, source, .. } => write!(f, "cannot write {path}: {source}"),
            Failure::Message(m) => f.write_str(m),
            Failure::Problems(p) => write!(f, "problems in input ({})", p.len()),
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        Failure::Load(vec![e])
    }
}

impl From<Vec<LoadError>> for Failure {
    fn from(e: Vec<LoadError>) -> Self {
        Failure::Load(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error;

    #[test]
    fn a_write_failure_keeps_its_cause() {
        let e = Failure::write(
            Lang::Fr,
            "rapport.pdf",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let source = e.source().expect("the io::Error");
        let io = source
            .downcast_ref::<std::io::Error>()
            .expect("an io::Error");
        assert_eq!(io.kind(), std::io::ErrorKind::PermissionDenied);
        assert!(e.to_string().starts_with("cannot write rapport.pdf: "));
        assert!(Failure::Message("x".into()).source().is_none());
    }
}
