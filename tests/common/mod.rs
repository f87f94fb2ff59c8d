//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The boussole binary in a French environment without colour, whatever
/// the locale of the machine running the tests.
pub fn boussole() -> Command {
    let mut cmd = Command::cargo_bin("boussole").unwrap();
    cmd.env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    cmd
}

/// A file or folder under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Output as text, with French no-break spaces read as plain spaces so that
/// assertions stay legible.
pub fn plain(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap()
        .replace(['\u{a0}', '\u{202f}'], " ")
}
