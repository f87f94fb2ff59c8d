//! Operating-system errors in the user's words.
//!
//! `Permission denied (os error 13) at path "/x/.boussole-AbC.tmp"` tells a
//! director nothing and leaks an internal file name; [`describe`] gives a
//! sentence with what to do, from the error's kind alone.

use std::io::ErrorKind;

use crate::i18n::{Lang, Msg, t};

/// A sentence for `e`, with the fix, in `lang`; never the OS text, never a
/// path (the caller names the file).
pub fn describe(lang: Lang, e: &std::io::Error) -> String {
    let key = match e.kind() {
        ErrorKind::NotFound => Msg::OsNotFound,
        ErrorKind::PermissionDenied => Msg::OsPermission,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Msg::OsFull,
        ErrorKind::ReadOnlyFilesystem => Msg::OsReadOnly,
        ErrorKind::IsADirectory => Msg::OsIsDir,
        ErrorKind::NotADirectory => Msg::OsNotDir,
        ErrorKind::InvalidFilename => Msg::OsBadName,
        ErrorKind::FileTooLarge => Msg::OsTooLarge,
        ErrorKind::ResourceBusy | ErrorKind::WouldBlock => Msg::OsBusy,
        ErrorKind::CrossesDevices => Msg::OsCrossDevice,
        ErrorKind::AlreadyExists => Msg::OsExists,
        ErrorKind::InvalidData => Msg::OsInvalidData,
        ErrorKind::Interrupted | ErrorKind::TimedOut => Msg::OsInterrupted,
        _ => match e.raw_os_error() {
            // ELOOP without a kind on older platforms.
            Some(40) => Msg::OsLoop,
            _ => Msg::OsOther,
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
