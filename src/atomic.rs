//! Atomic file writes: a reader (or a crash) sees the old file or the new
//! one, never half of either.

use std::fs::File;
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, then renamed over the target. On any error the temporary
/// file is removed and the target is left as it was.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, bytes, Replace::Always, false).map(drop)
}

/// Whether [`write_locked`] may replace an existing file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace whatever is there.
    Always,
    /// Fail with `AlreadyExists` if the target appeared meanwhile.
    Never,
}

/// [`write`], with an exclusive advisory lock taken on the new file *before*
/// it is renamed into place, and returned: whoever opens the path sees a
/// locked file at every moment, since the lock travels with the new inode.
/// `assess` keeps the returned file for as long as it holds the answers.
pub fn write_locked(path: &Path, bytes: &[u8], replace: Replace) -> std::io::Result<File> {
    write_with(path, bytes, replace, true)
}

fn write_with(path: &Path, bytes: &[u8], replace: Replace, lock: bool) -> std::io::Result<File> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".boussole-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    // A temporary file is private (0600); the result gets the target's own
    // permissions when it exists, else the usual 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.as_file().sync_all()?;
    if lock {
        tmp.as_file().try_lock().map_err(|e| match e {
            std::fs::TryLockError::WouldBlock => {
                std::io::Error::from(std::io::ErrorKind::WouldBlock)
            }
            std::fs::TryLockError::Error(e) => e,
        })?;
    }
    let file = match replace {
        Replace::Always => tmp.persist(path).map_err(|e| e.error)?,
        Replace::Never => tmp.persist_noclobber(path).map_err(|e| e.error)?,
    };
    // Make the rename itself durable where the platform allows it.
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        super::write(&path, b"first").unwrap();
        super::write(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_and_existing_modes_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rapport.pdf");
        super::write(&path, b"a").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        super::write(&path, b"b").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn the_lock_travels_with_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let held = super::write_locked(&path, b"one", super::Replace::Never).unwrap();
        let other = std::fs::File::open(&path).unwrap();
        assert!(matches!(
            other.try_lock(),
            Err(std::fs::TryLockError::WouldBlock)
        ));
        // A second creator is refused, the first file kept.
        let e = super::write_locked(&path, b"two", super::Replace::Never).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        let held2 = super::write_locked(&path, b"three", super::Replace::Always).unwrap();
        drop(held);
        let reopened = std::fs::File::open(&path).unwrap();
        assert!(reopened.try_lock().is_err(), "the new inode is locked too");
        drop(held2);
        assert!(reopened.try_lock().is_ok());
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
    }

    #[test]
    fn fails_cleanly_in_a_missing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("out.txt");
        assert!(super::write(&path, b"x").is_err());
        assert!(!path.exists());
    }
}
