//! The outside world, read once: today's date, the language, the file-size
//! limit and the terminal facts.
//!
//! [`Env::from_process`] is the only code under `src/` that reads the clock,
//! environment variables or whether a stream is a terminal; `main` calls it
//! once and passes the value down (as typst's `World::today()`). Everything
//! else takes an [`Env`], so a test can fix the date, the language and the
//! terminal, and the same inputs give the same bytes whatever the day.
//! `tests/environment.rs` greps `src/` to keep it that way.

use std::io::IsTerminal;

use crate::i18n::Lang;
use crate::model::Date;

/// Size limit of one input file when `BOUSSOLE_MAX_FILE_MB` is not set.
pub const DEFAULT_MAX_FILE_MB: u64 = 16;

/// What boussole knows of the world it runs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Env {
    /// Today's date in UTC, from the system clock.
    pub today: Date,
    /// The language asked for by `LC_ALL`, `LC_MESSAGES` or `LANG`.
    pub lang: Lang,
    /// Largest input file read, in bytes (`BOUSSOLE_MAX_FILE_MB`).
    pub max_file_bytes: u64,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
    /// `COLUMNS`, when set to a number.
    pub columns: Option<u16>,
    /// Whether stdin, stdout and stderr are terminals.
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// `TERM=dumb`: a terminal that cannot redraw (assess then prompts plainly).
    pub dumb_terminal: bool,
    /// The width tables may take on stdout: `COLUMNS`, else the terminal's
    /// width, when stdout is a terminal; `None` (no limit) otherwise.
    pub stdout_width: Option<u16>,
}

impl Env {
    /// Reads the process's environment, clock and streams. Call it once, in `main`.
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var(name).ok();
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let columns = var("COLUMNS").and_then(|c| c.trim().parse().ok());
        let stdout_tty = std::io::stdout().is_terminal();
        let stdout_width = if stdout_tty {
            columns.or_else(|| crossterm::terminal::size().ok().map(|(w, _)| w))
        } else {
            None
        };
        Env {
            today: Date::from_days_since_epoch((secs / 86_400) as i64),
            lang: lang_from_locale(
                var("LC_ALL").as_deref(),
                var("LC_MESSAGES").as_deref(),
                var("LANG").as_deref(),
            ),
            max_file_bytes: max_file_bytes(var("BOUSSOLE_MAX_FILE_MB").as_deref()),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            columns,
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty: std::io::stderr().is_terminal(),
            dumb_terminal: var("TERM").is_some_and(|t| t == "dumb"),
            stdout_width,
        }
    }

    /// A fixed world, for tests and library callers: the given date, French,
    /// the default size limit, no terminal, no colour.
    pub fn fixed(today: Date) -> Env {
        Env {
            today,
            lang: Lang::Fr,
            max_file_bytes: max_file_bytes(None),
            no_color: true,
            columns: None,
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            dumb_terminal: false,
            stdout_width: None,
        }
    }
}

/// Whether stdin is a terminal *now* (a hung-up terminal stops being one):
/// for the session's watch, which cannot use the value read at start.
pub fn stdin_tty_now() -> bool {
    std::io::stdin().is_terminal()
}

/// The language of a locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// that is set, non-empty and not the bare C/POSIX locale; `fr*` means
/// French, anything else English. With none, French: boussole's users are French.
pub fn lang_from_locale(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Lang {
    for value in [lc_all, lc_messages, lang].into_iter().flatten() {
        if value.is_empty() || value == "C" || value.starts_with("C.") || value == "POSIX" {
            // A bare C locale says nothing about the user's language.
            continue;
        }
        return if value.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        };
    }
    Lang::Fr
}

/// The size limit in bytes: `BOUSSOLE_MAX_FILE_MB` if set to a positive
/// number, else [`DEFAULT_MAX_FILE_MB`].
pub fn max_file_bytes(setting: Option<&str>) -> u64 {
    setting
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&mb| mb > 0)
        .unwrap_or(DEFAULT_MAX_FILE_MB)
        .saturating_mul(1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_order_and_c_locale() {
        assert_eq!(lang_from_locale(None, None, None), Lang::Fr);
        assert_eq!(lang_from_locale(None, None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(
            lang_from_locale(Some("fr_FR.UTF-8"), None, Some("en_US")),
            Lang::Fr
        );
        assert_eq!(lang_from_locale(Some(""), Some("de_DE"), None), Lang::En);
        assert_eq!(
            lang_from_locale(Some("C.UTF-8"), None, Some("fr_BE")),
            Lang::Fr
        );
        assert_eq!(lang_from_locale(Some("POSIX"), None, None), Lang::Fr);
    }

    #[test]
    fn size_limit_setting() {
        assert_eq!(max_file_bytes(None), 16 * 1024 * 1024);
        assert_eq!(max_file_bytes(Some(" 2 ")), 2 * 1024 * 1024);
        assert_eq!(max_file_bytes(Some("0")), 16 * 1024 * 1024);
        assert_eq!(max_file_bytes(Some("lots")), 16 * 1024 * 1024);
        assert_eq!(
            max_file_bytes(Some("99999999999999999999")),
            16 * 1024 * 1024
        );
        assert_eq!(max_file_bytes(Some("18446744073709551615")), u64::MAX);
    }

    /// Nothing under `src/` but this module and `main.rs` reads the clock,
    /// environment variables or whether a stream is a terminal (a file's
    /// unit-test module aside, see `architecture::non_test_code`).
    #[test]
    fn only_env_and_main_read_the_outside_world() {
        const FORBIDDEN: &[&str] = &[
            "env::var(",
            "env::var_os(",
            "env::vars(",
            "env::vars_os(",
            "env::args",
            "SystemTime::now",
            "Instant::now",
            "Local::now",
            "Utc::now",
            "OffsetDateTime::now",
            "is_terminal(",
            "IsTerminal",
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.clone()];
        let mut offences = Vec::new();
        let mut seen = 0;
        while let Some(path) = files.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).unwrap() {
                    files.push(entry.unwrap().path());
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "env.rs" || rel == "main.rs" || rel.ends_with("/tests.rs") {
                continue;
            }
            seen += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in crate::architecture::non_test_code(&text)
                .lines()
                .enumerate()
            {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for f in FORBIDDEN {
                    if line.contains(f) {
                        offences.push(format!("src/{rel}:{}: {f}", n + 1));
                    }
                }
            }
        }
        assert!(
            seen > 20,
            "only {seen} source files found under {}",
            root.display()
        );
        assert!(
            offences.is_empty(),
            "read the outside world through crate::env::Env instead:\n{}",
            offences.join("\n")
        );
    }
}
