//! A fast path for the plainest YAML: nested block mappings of scalars, the
//! shape of every answers file `assess` writes and most people type.
//!
//! At national scale (tens of thousands of answers files) the general parser
//! dominated the run time. This reader handles a deliberately narrow subset
//! and returns `None` — "let the full parser decide" — on anything outside
//! it: sequences, flow collections, anchors, tags, block scalars, floats,
//! booleans, nulls, leading zeros, unusual escapes, duplicate keys, tabs…
//! Whatever it accepts, it must read exactly as serde-saphyr does, positions
//! included; tests compare both on every shipped file and on generated ones.

use super::{Node, Value};

/// Beyond this many significant lines, the full parser (and its budget on
/// the number of values) takes over.
const MAX_LINES: usize = 20_000;

/// Beyond this nesting depth, the full parser (and its depth budget) takes over.
const MAX_DEPTH: usize = 16;

/// One significant line: number, indentation (in characters) and content.
struct Line<'a> {
    number: u32,
    indent: usize,
    text: &'a str,
}

/// Parses `text` if it lies within the subset; `None` otherwise.
pub fn parse(text: &str) -> Option<Node> {
    // Characters serde-saphyr refuses (or reads specially) anywhere, even in
    // a comment: let it decide, and say where.
    if text.chars().any(|c| !plain_char(c)) {
        return None;
    }
    let mut lines = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.contains(['\r', '\t']) {
            return None;
        }
        let body = raw.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let number = u32::try_from(i + 1).ok()?;
        lines.push(Line {
            number,
            indent: raw.len() - body.len(),
            text: body,
        });
    }
    // Large or deep documents are left to the full parser and its budgets.
    if lines.len() > MAX_LINES || lines.first()?.indent != 0 {
        return None;
    }
    let mut pos = 0;
    let root = block(&lines, &mut pos, 0, 0)?;
    (pos == lines.len()).then_some(root)
}

/// A character the fast path takes anywhere: YAML's printable set (the
/// parser refuses the rest), minus the byte-order mark (refused inside a
/// document) and the Unicode line separators (NEL, U+2028, U+2029).
fn plain_char(c: char) -> bool {
    matches!(
        c as u32,
        0x09 | 0x0A | 0x0D | 0x20..=0x7E | 0xA0..=0x2027 | 0x202A..=0xD7FF | 0xE000..=0xFEFE
            | 0xFF00..=0xFFFD | 0x10000..=0x10_FFFF
    )
}

/// A block mapping whose keys all sit at `indent`.
fn block(lines: &[Line], pos: &mut usize, indent: usize, depth: usize) -> Option<Node> {
    if depth > MAX_DEPTH {
        return None;
    }
    let first = lines.get(*pos)?;
    let (line, column) = (first.number, u32::try_from(indent + 1).ok()?);
    let mut entries: Vec<(Node, Node)> = Vec::new();
    while let Some(l) = lines.get(*pos) {
        if l.indent < indent {
            break;
        }
        if l.indent > indent {
            return None;
        }
        let (key, rest) = split_key(l.text)?;
        if entries
            .iter()
            .any(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
        {
            return None; // duplicate: the full parser reports it
        }
        let key_node = Node {
            value: Value::Str(key.to_string()),
            line: l.number,
            column: u32::try_from(indent + 1).ok()?,
        };
        *pos += 1;
        let value_text = rest.trim_start_matches(' ');
        let value = if value_text.is_empty() || value_text.starts_with('#') {
            if value_text.starts_with('#') && !rest.starts_with(' ') {
                return None;
            }
            // A nested block must follow, further indented.
            let next = lines.get(*pos)?;
            if next.indent <= indent {
                return None;
            }
            block(lines, pos, next.indent, depth + 1)?
        } else {
            let offset = key.chars().count() + 1 + (rest.len() - value_text.len());
            let column = u32::try_from(indent + offset + 1).ok()?;
            Node {
                value: scalar(value_text)?,
                line: l.number,
                column,
            }
        };
        entries.push((key_node, value));
    }
    Some(Node {
        value: Value::Map(entries),
        line,
        column,
    })
}

/// `key: rest` → (`key`, `rest` after the colon), for a plain key of
/// letters, digits, `_`, `-` and `.` that YAML reads as text.
fn split_key(text: &str) -> Option<(&str, &str)> {
    let colon = text.find(':')?;
    let (key, rest) = (&text[..colon], &text[colon + 1..]);
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let mut chars = key.chars();
    if !chars.next()?.is_ascii_alphabetic() {
        return None;
    }
    if !key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        || special_word(key)
    {
        return None;
    }
    Some((key, rest))
}

/// Words YAML (1.1 or 1.2) may read as something other than text.
fn special_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "null" | "true" | "false" | "yes" | "no" | "y" | "n" | "on" | "off" | "nan" | "inf"
    )
}

/// A scalar value with its trailing comment, if any.
fn scalar(text: &str) -> Option<Value> {
    match text.as_bytes()[0] {
        b'"' => {
            let (value, end) = double_quoted(text)?;
            trailer(&text[end..])?;
            Some(Value::Str(value))
        }
        b'\'' => {
            let (value, end) = single_quoted(text)?;
            trailer(&text[end..])?;
            Some(Value::Str(value))
        }
        _ => plain(text),
    }
}

/// What may follow a quoted scalar: spaces, then an optional ` # comment`.
fn trailer(rest: &str) -> Option<()> {
    let trimmed = rest.trim_start_matches(' ');
    if trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len()) {
        Some(())
    } else {
        None
    }
}

/// A `"…"` scalar on one line, with the common escapes; returns the text and
/// the byte index after the closing quote.
fn double_quoted(text: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = text.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    '/' => out.push('/'),
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'u' => {
                        let mut code = 0u32;
                        for _ in 0..4 {
                            let (_, h) = chars.next()?;
                            code = code * 16 + h.to_digit(16)?;
                        }
                        // Surrogates and NUL: the full parser decides.
                        if code == 0 || (0xD800..0xE000).contains(&code) {
                            return None;
                        }
                        out.push(char::from_u32(code)?);
                    }
                    _ => return None,
                }
            }
            c if c.is_control() => return None,
            c => out.push(c),
        }
    }
    None
}

/// A `'…'` scalar on one line (`''` for a quote).
fn single_quoted(text: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' => {
                if let Some(&(_, '\'')) = chars.peek() {
                    chars.next();
                    out.push('\'');
                } else {
                    return Some((out, i + 1));
                }
            }
            c if c.is_control() => return None,
            c => out.push(c),
        }
    }
    None
}

/// A plain scalar: text, a decimal integer, or a date (read as text).
fn plain(text: &str) -> Option<Value> {
    // The value ends at a ` #` comment; trailing spaces are not part of it.
    let value = match text.find(" #") {
        Some(i) => &text[..i],
        None => text,
    }
    .trim_end_matches(' ');
    let first = value.chars().next()?;
    if "-?:,[]{}#&*!|>'\"%@`+.~".contains(first) || value.contains(": ") || value.ends_with(':') {
        return None;
    }
    if value.chars().any(|c| c.is_control() || c == '\u{feff}') {
        return None;
    }
    if first.is_ascii_digit() {
        if value == "0" {
            return Some(Value::Int(0));
        }
        if value.len() <= 18 && !value.starts_with('0') && value.bytes().all(|b| b.is_ascii_digit())
        {
            return value.parse::<i128>().ok().map(Value::Int);
        }
        let b = value.as_bytes();
        let is_date = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        return is_date.then(|| Value::Str(value.to_string()));
    }
    if special_word(value) {
        return None;
    }
    Some(Value::Str(value.to_string()))
}
