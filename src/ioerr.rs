//! Operating-system errors in the user's words.
//!
//! `Permission denied (os error 13) at path "/x/.boussole-AbC.tmp"` tells a
//! director nothing and leaks an internal file name; [`describe`] gives a
//! sentence with what to do, from the error's kind alone.

use std::io::ErrorKind;

use crate::i18n::{Lang, t};

/// A sentence for `e`, with the fix, in `lang`; never the OS text, never a
/// path (the caller names the file).
pub fn describe(lang: Lang, e: &std::io::Error) -> String {
    let key = match e.kind() {
        ErrorKind::NotFound => "os.not-found",
        ErrorKind::PermissionDenied => "os.permission",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "os.full",
        ErrorKind::ReadOnlyFilesystem => "os.read-only",
        ErrorKind::IsADirectory => "os.is-dir",
        ErrorKind::NotADirectory => "os.not-dir",
        ErrorKind::InvalidFilename => "os.bad-name",
        ErrorKind::FileTooLarge => "os.too-large",
        ErrorKind::ResourceBusy | ErrorKind::WouldBlock => "os.busy",
        ErrorKind::CrossesDevices => "os.cross-device",
        ErrorKind::AlreadyExists => "os.exists",
        ErrorKind::InvalidData => "os.invalid-data",
        ErrorKind::Interrupted | ErrorKind::TimedOut => "os.interrupted",
        _ => match e.raw_os_error() {
            // ELOOP without a kind on older platforms.
            Some(40) => "os.loop",
            _ => "os.other",
        },
    };
    t(lang, key).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_os_text_and_no_path() {
        for kind in [
            ErrorKind::PermissionDenied,
            ErrorKind::StorageFull,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::IsADirectory,
            ErrorKind::Other,
        ] {
            let e = std::io::Error::new(kind, "secret /tmp/.boussole-x.tmp");
            for lang in [Lang::Fr, Lang::En] {
                let s = describe(lang, &e);
                assert!(!s.contains(".boussole-") && !s.contains("os error"), "{s}");
                assert!(!s.is_empty() && !s.starts_with("os."), "{s}");
            }
        }
        assert!(describe(Lang::Fr, &std::io::Error::from_raw_os_error(28)).contains("plein"));
    }
}
