//! User text made safe for where it goes.
//!
//! A department name such as `"\u001b[2J…"` is valid YAML; printed raw it
//! would clear the director's screen and draw a fake line. [`terminal`]
//! shows such characters as visible escapes (`\u{1B}`), keeping line breaks
//! and tabs. [`csv_cell`] defuses cells a spreadsheet would run as a formula
//! (OWASP "CSV injection").

use std::borrow::Cow;

/// Whether `c` would act on a terminal rather than print: C0 controls but
/// tab and line feed, DEL, C1 controls, and the bidirectional overrides and
/// isolates that reorder what follows them.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character [`is_unsafe`] written as `\u{XX}`.
pub fn terminal(text: &str) -> String {
    terminal_cow(text).into_owned()
}

/// [`terminal`], without a copy when there is nothing to escape.
pub fn terminal_cow(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A CSV cell that a spreadsheet would read as a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as
/// OWASP recommends; numbers (`-5,25`, `+3`) are left as they are.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let risky = text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && !is_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A signed decimal number, with a point or a comma.
fn is_number(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let mut seps = 0;
    !body.is_empty()
        && body.chars().all(|c| {
            if c == ',' || c == '.' {
                seps += 1;
                seps == 1
            } else {
                c.is_ascii_digit()
            }
        })
        && body.chars().next().is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_reach_the_terminal_as_text() {
        let name = "Direction\u{7} des \u{1b}[31mfinances\u{1b}[0m\u{8}\u{0}\r\u{9b}";
        let shown = terminal(name);
        assert_eq!(
            shown,
            "Direction\\u{7} des \\u{1B}[31mfinances\\u{1B}[0m\\u{8}\\u{0}\\u{D}\\u{9B}"
        );
        assert!(!shown.chars().any(is_unsafe));
        assert_eq!(terminal("a\nb\tc é"), "a\nb\tc é");
        assert_eq!(terminal("x\u{202E}y"), "x\\u{202E}y");
    }

    #[test]
    fn formulas_are_defused_numbers_kept() {
        for (cell, expected) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+33 1 23", "'+33 1 23"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-5,25", "-5,25"),
            ("+3", "+3"),
            ("12.5", "12.5"),
            ("Direction des finances", "Direction des finances"),
            ("", ""),
            ("-", "'-"),
        ] {
            assert_eq!(csv_cell(cell), expected, "{cell:?}");
        }
    }
}
