//! The one module that knows about the YAML crate.
//!
//! Files are parsed by `serde-saphyr` into a small tree of [`Node`]s that keep
//! the line and column of every value. The loaders then walk that tree by hand,
//! so that *every* problem of a file can be reported at once, each at its exact
//! position — a derive-based deserializer stops at the first one.
//!
//! Why serde-saphyr rather than the archived serde_yaml: it reports exact
//! positions, refuses duplicate keys (a question answered twice must not pass
//! unnoticed), and enforces resource budgets (alias bombs, deep nesting).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A YAML value with the position (1-based line and column) where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub line: u32,
    pub column: u32,
}

/// The shape of a YAML value, after YAML's own type inference.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// A short noun for messages: what the user wrote, in the user's language.
    pub fn kind(&self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Lang::*;
        match (self, lang) {
            (Value::Null, Fr) => "une valeur vide",
            (Value::Null, En) => "an empty value",
            (Value::Bool(_), Fr) => "un booléen",
            (Value::Bool(_), En) => "a boolean",
            (Value::Int(_), Fr) => "un nombre entier",
            (Value::Int(_), En) => "an integer",
            (Value::Float(_), Fr) => "un nombre décimal",
            (Value::Float(_), En) => "a decimal number",
            (Value::Str(_), Fr) => "un texte",
            (Value::Str(_), En) => "a text",
            (Value::Seq(_), Fr) => "une liste",
            (Value::Seq(_), En) => "a list",
            (Value::Map(_), Fr) => "un tableau de clés",
            (Value::Map(_), En) => "a mapping",
        }
    }
}

/// A YAML syntax error (or a resource budget exceeded), with its position
/// when the parser knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: u32,
    pub column: u32,
    /// The parser's own text (English), for anything [`Problem`] does not name.
    pub message: String,
    /// What went wrong, when it is one of the cases worded for users.
    pub problem: Problem,
}

/// The syntax errors boussole explains in its own words, read from
/// serde-saphyr's error variants (never from its English text).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A key given twice in one mapping (the key, when it is text).
    DuplicateKey(Option<String>),
    /// Nesting deeper than the parser's budget allows.
    TooDeep { limit: usize },
    /// More values than the parser's budget allows.
    TooManyValues { limit: usize },
    /// Too many aliases or anchors (an "alias bomb").
    Aliases,
    /// More than one document (`---`).
    MultipleDocuments,
    /// A `\u` escape that is half of a UTF-16 surrogate pair.
    Surrogate,
    /// A character YAML does not allow (control, U+FFFE…).
    BadCharacter,
    /// A tab where YAML wants spaces.
    Tab,
    /// Anything else: [`SyntaxError::message`] says it.
    Other,
}

mod fast;

/// Parses one YAML document into a [`Node`] tree.
///
/// The input must already be valid UTF-8 without a byte-order mark. An empty
/// document gives a `Null` node at 1:1. Plain files (block mappings of
/// scalars, like every answers file) take a fast path that gives the same
/// tree; everything else goes through serde-saphyr.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    match fast::parse(text) {
        Some(node) => Ok(node),
        None => parse_full(text),
    }
}

/// Parses with serde-saphyr only (the reference the fast path must match).
pub fn parse_full(text: &str) -> Result<Node, SyntaxError> {
    // Non-finite numbers (`.inf`, `.nan`) are let through so that the loader
    // can say *which* rule they break (a weight must be finite and positive).
    let mut options = serde_saphyr::Options::default();
    options.non_finite_float_policy = serde_saphyr::NonFiniteFloatPolicy::PassThrough;
    match serde_saphyr::from_str_with_options::<Option<Spanned<Value>>>(text, options) {
        Ok(Some(spanned)) => Ok(from_spanned(spanned)),
        Ok(None) => Ok(Node {
            value: Value::Null,
            line: 1,
            column: 1,
        }),
        Err(err) => {
            let (line, column) = err
                .location()
                .map(|l| (clamp(l.line()), clamp(l.column())))
                .filter(|&(l, _)| l > 0)
                .unwrap_or((1, 1));
            Err(SyntaxError {
                line,
                column,
                message: plain_message(&err),
                problem: problem(&err, &options_budget()),
            })
        }
    }
}

/// The budget in force (serde-saphyr's defaults), for the limits in messages.
fn options_budget() -> serde_saphyr::Budget {
    serde_saphyr::Options::default().budget.unwrap_or_default()
}

/// Which [`Problem`] an error is, from its variant.
fn problem(err: &serde_saphyr::Error, budget: &serde_saphyr::Budget) -> Problem {
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach as B;
    use serde_saphyr::granit_parser::ErrorKind as K;
    match err {
        #[allow(deprecated)]
        E::WithSnippet { error, .. } | E::AliasError { error, .. } => problem(error, budget),
        E::DuplicateMappingKey { key, .. } => Problem::DuplicateKey(key.clone()),
        E::MultipleDocuments { .. } => Problem::MultipleDocuments,
        E::Budget { breach, .. } => match breach {
            B::Depth { .. } => Problem::TooDeep {
                limit: budget.max_depth,
            },
            B::Nodes { .. } => Problem::TooManyValues {
                limit: budget.max_nodes,
            },
            B::Events { .. } => Problem::TooManyValues {
                limit: budget.max_events,
            },
            B::Documents { .. } => Problem::MultipleDocuments,
            B::Aliases { .. } | B::Anchors { .. } | B::AliasAnchorRatio { .. } => Problem::Aliases,
            _ => Problem::TooManyValues {
                limit: budget.max_nodes,
            },
        },
        E::AliasReplayCounterOverflow { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => Problem::Aliases,
        E::ExternalMessage { source, .. } => match source.as_ref() {
            serde_saphyr::ExternalMessageSource::Parser(scan) => match scan.kind() {
                K::InvalidLowSurrogateHexEscape
                | K::InvalidLowSurrogate
                | K::MissingLowSurrogate
                | K::UnpairedLowSurrogate => Problem::Surrogate,
                K::UnexpectedCharacter { character } if !matches!(*character, ' '..='~') => {
                    Problem::BadCharacter
                }
                K::BomInsideDocument => Problem::BadCharacter,
                K::TabNotAllowed
                | K::TabInBlockIndentation
                | K::TabInIndentation
                | K::TabAtBlockScalarStart => Problem::Tab,
                K::RecursionLimitExceeded => Problem::TooDeep {
                    limit: budget.max_depth,
                },
                _ => Problem::Other,
            },
            _ => Problem::Other,
        },
        _ => Problem::Other,
    }
}

/// The parser's message on one line, without the snippet it can draw.
fn plain_message(err: &serde_saphyr::Error) -> String {
    let text = err.without_snippet().to_string();
    let first = text.lines().next().unwrap_or("").trim();
    // The crate prefixes some messages with their own position; ours comes first.
    let first = first
        .strip_prefix("error: ")
        .unwrap_or(first)
        .trim_end_matches('.');
    if let Some(idx) = first.find(" at line ") {
        first[..idx].to_string()
    } else {
        first.to_string()
    }
}

/// Positions beyond `u32` cannot occur under the file-size cap; saturate anyway.
fn clamp(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn from_spanned(s: Spanned<Value>) -> Node {
    Node {
        value: s.value,
        line: clamp(s.referenced.line()),
        column: clamp(s.referenced.column()),
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        // Beyond i128 only as a float: still "a number", and out of any range.
        Ok(i128::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Value>>()? {
            items.push(from_spanned(item));
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Value>>()? {
            let value = map.next_value::<Spanned<Value>>()?;
            entries.push((from_spanned(key), from_spanned(value)));
        }
        Ok(Value::Map(entries))
    }
}

impl Node {
    /// The same tree as JSON (for schema validation); non-string keys become
    /// their text, non-finite floats become `null`.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => i64::try_from(*i).map_or_else(|_| J::from(*i as f64), J::from),
            Value::Float(x) => serde_json::Number::from_f64(*x).map_or(J::Null, J::Number),
            Value::Str(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        let key = match &k.value {
                            Value::Str(s) => s.clone(),
                            other => format!("{other:?}"),
                        };
                        (key, v.to_json())
                    })
                    .collect(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path either declines or reads exactly as serde-saphyr does.
    fn same_as_full(text: &str) -> bool {
        match fast::parse(text) {
            None => false,
            Some(node) => {
                assert_eq!(Ok(node), parse_full(text), "fast path differs on:\n{text}");
                true
            }
        }
    }

    #[test]
    fn fast_path_matches_the_full_parser_on_shipped_and_hostile_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut taken = 0;
        let mut files = 0;
        let mut stack = vec![
            root.join("examples"),
            root.join("tests"),
            root.join("questionnaires"),
        ];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml") {
                    let Ok(text) = std::fs::read_to_string(&path) else {
                        continue;
                    };
                    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                    files += 1;
                    if same_as_full(text) {
                        taken += 1;
                    }
                }
            }
        }
        assert!(
            files > 60 && taken >= 31,
            "{taken} of {files} files took the fast path"
        );
    }

    #[test]
    fn deep_or_long_plain_files_are_left_to_the_full_parser() {
        let deep: String = (0..40)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(40)
            + "v: 1\n";
        assert!(fast::parse(&deep).is_none());
        let long: String = (0..30_000).map(|i| format!("k{i}: 1\n")).collect();
        assert!(fast::parse(&long).is_none());
        let _ = parse(&long); // the full parser decides, within its budgets
    }

    #[test]
    fn fast_path_on_tricky_lines() {
        let cases = [
            "a: 1\nb: 0\nc: 12345678901234567\n",
            "a: 007\nb: -1\nc: +1\nd: 1.5\ne: 1e3\nf: 0x1F\n",
            "a: yes\nb: No\nc: ~\nd: null\ne: true\nf: y\n",
            "a: \"x\\u00e9\\\"y\\\\\" # c\nb: 'it''s'\nc: plain text # comment\nd: C#\n",
            "a: \"x\" #c\nb: \"\\x41\"\nc: \"\\U0001F600\"\nd: \"\\u0000\"\n",
            "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
            "a:\n    b: 1\n  c: 2\n",
            "a:\n  - 1\n",
            "a: b\n  c\n",
            "a: b: c\n",
            "a: 2026-10-04\nb: 2026-10-04T10:00\nc: 2026-1-4\n",
            "a: x\na: y\n",
            "a: x\r\nb: y\r\n",
            "a: &x 1\nb: *x\n",
            "a: [1]\nb: {c: 1}\n",
            "a: |\n  x\n",
            "# c\n\n  # c2\na: 1\n",
            "a: http://x.y\nb: a:b\n",
            "a: \u{a0}x\u{a0}\nb: x\u{202f}?\n",
            "---\na: 1\n",
            "a: 1\n...\n",
            "key with space: 1\n",
            "\"a\": 1\n",
            "1: a\n",
            "a:\n",
            "a: ''\nb: \"\"\n",
        ];
        for case in cases {
            same_as_full(case);
        }
    }

    #[test]
    fn positions_of_nested_values() {
        let n = parse("a: 1\nb:\n  - x\n  - {c: 2.5}\n").unwrap();
        let Value::Map(entries) = &n.value else {
            panic!("map expected")
        };
        assert_eq!((entries[0].0.line, entries[0].0.column), (1, 1));
        assert_eq!(entries[0].1.value, Value::Int(1));
        assert_eq!((entries[0].1.line, entries[0].1.column), (1, 4));
        let Value::Seq(items) = &entries[1].1.value else {
            panic!("seq expected")
        };
        assert_eq!((items[1].line, items[1].column), (4, 5));
    }

    #[test]
    fn quoted_numbers_stay_text() {
        let n = parse("v: \"2026.1\"\nw: 2026.1\n").unwrap();
        let Value::Map(e) = n.value else { panic!() };
        assert_eq!(e[0].1.value, Value::Str("2026.1".into()));
        assert_eq!(e[1].1.value, Value::Float(2026.1));
    }

    #[test]
    fn duplicate_keys_are_refused_at_the_key() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.line, 3, "{err:?}");
    }

    #[test]
    fn empty_document_is_null() {
        assert_eq!(parse("").unwrap().value, Value::Null);
        assert_eq!(parse("# only a comment\n").unwrap().value, Value::Null);
    }

    #[test]
    fn alias_bomb_and_deep_nesting_end_quickly() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for i in 0..9 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            bomb.push_str(&format!(
                "b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        assert!(parse(&bomb).is_err());
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let deep_block: String = (0..5000)
            .map(|i| format!("{}- \n", " ".repeat(i)))
            .collect();
        let _ = parse(&deep_block); // must return, whatever it says
    }
}
