//! Loading questionnaires and answers files, with `FILE:LINE:COLUMN` diagnostics.
//!
//! Each file is parsed into a [`yaml::Node`] tree, then walked by hand: every
//! rule of SPEC §1–2 is checked and *all* problems of a file are collected, each
//! pointing at the offending node, before anything is returned.
//!
//! The pure functions take text (`*_from_str`); the thin `*_from_path`
//! wrappers read the file, enforce the size limit, strip a UTF-8 byte-order
//! mark and refuse text that is not UTF-8.

use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{
    Answer, AnswerSheet, Choice, Date, Level, Obligation, Question, Questionnaire, Scope, Theme,
};
use crate::yaml::{self, Node, Value};

/// Default cap on the size of one input file, in MiB.
pub use crate::env::DEFAULT_MAX_FILE_MB;

/// One problem found in a file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// Every problem found in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file, as the user named it.
    pub path: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            // User text (names, keys, values) reaches the terminal escaped.
            write!(
                f,
                "{}:{}:{}: {}",
                crate::sanitize::terminal_cow(&self.path),
                d.line,
                d.column,
                crate::sanitize::terminal_cow(&d.message)
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    fn single(path: &str, line: u32, column: u32, message: String) -> Self {
        LoadError {
            path: path.to_string(),
            diagnostics: vec![Diagnostic {
                line,
                column,
                message,
            }],
        }
    }
}

/// How input files are read: the language of messages, the size limit
/// (from [`crate::env::Env`], never read here) and whether a long load may
/// show a progress bar (stderr is a terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    pub max_file_bytes: u64,
    pub progress: bool,
}

impl Options {
    /// Messages in `lang`, the default size limit, no progress bar.
    pub fn new(lang: Lang) -> Options {
        Options {
            lang,
            max_file_bytes: crate::env::max_file_bytes(None),
            progress: false,
        }
    }
}

/// Reads a file as UTF-8 text: size limit (`limit` bytes), BOM stripped,
/// non-UTF-8 refused with the position of the first invalid byte.
pub fn read_text(path: &Path, shown: &str, lang: Lang, limit: u64) -> Result<String, LoadError> {
    let io_err = |e: std::io::Error| LoadError::single(shown, 1, 1, read_error(lang, &e));
    let meta = std::fs::metadata(path).map_err(io_err)?;
    // A FIFO would block the open for ever, a device would never end.
    if !meta.is_file() {
        let message = if meta.is_dir() {
            crate::ioerr::describe(
                lang,
                &std::io::Error::from(std::io::ErrorKind::IsADirectory),
            )
        } else {
            t(lang, Msg::InputNotRegular).to_string()
        };
        return Err(LoadError::single(shown, 1, 1, message));
    }
    if meta.len() > limit {
        let mb = |b: u64| crate::i18n::number(lang, b as f64 / 1_048_576.0, 1);
        return Err(LoadError::single(
            shown,
            1,
            1,
            tf(
                lang,
                Msg::IoTooLarge {
                    size: &mb(meta.len()),
                    limit: &(limit / 1_048_576),
                },
            ),
        ));
    }
    // Read at most limit + 1 bytes: the file may grow between stat and read.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    {
        use std::io::Read;
        let file = open_nonblocking(path).map_err(io_err)?;
        // Swapped for something else between the check and the open?
        if !file.metadata().map_err(io_err)?.is_file() {
            return Err(LoadError::single(
                shown,
                1,
                1,
                t(lang, Msg::InputNotRegular).to_string(),
            ));
        }
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
    }
    // `stat` may say 0 (some virtual files) or the file may have grown.
    if bytes.len() as u64 > limit {
        return Err(LoadError::single(
            shown,
            1,
            1,
            tf(
                lang,
                Msg::IoTooLarge {
                    size: &format!("> {}", limit / 1_048_576),
                    limit: &(limit / 1_048_576),
                },
            ),
        ));
    }
    decode(bytes, shown, lang)
}

/// Opens for reading without blocking on a FIFO put in place of the file
/// after it was checked (`O_NONBLOCK` has no effect on regular files).
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK on Linux (all architectures but alpha, sparc, parisc).
        options.custom_flags(0o4000);
    }
    options.open(path)
}

/// A read error in the user's words.
fn read_error(lang: Lang, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        t(lang, Msg::IoNotFound).to_string()
    } else {
        tf(
            lang,
            Msg::IoRead {
                error: &crate::ioerr::describe(lang, e),
            },
        )
    }
}

/// Decodes file bytes as UTF-8 text without a BOM.
pub fn decode(mut bytes: Vec<u8>, shown: &str, lang: Lang) -> Result<String, LoadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            if let Some(at) = text.find('\0') {
                let (line, column) = line_col(&text, at);
                return Err(LoadError::single(
                    shown,
                    line,
                    column,
                    t(lang, Msg::IoNul).into(),
                ));
            }
            Ok(text)
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            // Everything before `at` is valid UTF-8.
            let prefix = std::str::from_utf8(&bytes[..at]).unwrap_or("");
            let (line, column) = line_col(prefix, prefix.len());
            let byte = format!("{:02X}", bytes[at]);
            Err(LoadError::single(
                shown,
                line,
                column,
                tf(lang, Msg::IoNotUtf8 { byte: &byte }),
            ))
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[start..].chars().count() + 1;
    (line as u32, column as u32)
}

/// Collects diagnostics while walking a tree.
struct Walker {
    lang: Lang,
    diags: Vec<Diagnostic>,
    /// Problems that do not stop the file from being used.
    warnings: Vec<Diagnostic>,
}

/// The entries of a YAML mapping, checked against the allowed keys.
struct Fields<'a> {
    node: &'a Node,
    entries: &'a [(Node, Node)],
    /// Fields a typo was taken for: their absence is already explained.
    suggested: Vec<&'static str>,
}

impl Walker {
    fn new(lang: Lang) -> Self {
        Walker {
            lang,
            diags: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn err(&mut self, node: &Node, message: String) {
        self.diags.push(Diagnostic {
            line: node.line,
            column: node.column,
            message,
        });
    }

    fn warn(&mut self, node: &Node, message: String) {
        self.warnings.push(Diagnostic {
            line: node.line,
            column: node.column,
            message,
        });
    }

    /// An optional list of ids (`obligations`, `replaces`): each item with
    /// its node, for later checks. An absent or null field is an empty list.
    fn id_list<'a>(&mut self, f: &Fields<'a>, key: &str) -> Option<Vec<(String, &'a Node)>> {
        let Some(n) = f.get(key) else {
            return Some(Vec::new());
        };
        match &n.value {
            Value::Null => Some(Vec::new()),
            Value::Seq(items) => {
                let mut ok = true;
                let mut ids = Vec::new();
                for item in items {
                    match self.string(item, key) {
                        Some(id) if valid_id(&id) => ids.push((id, item)),
                        Some(id) => {
                            let message = tf(self.lang, Msg::QIdFormat { id: &id });
                            self.err(item, message);
                            ok = false;
                        }
                        None => ok = false,
                    }
                }
                ok.then_some(ids)
            }
            _ => {
                let expected = t(self.lang, Msg::TypeList);
                self.type_err(n, key, expected);
                None
            }
        }
    }

    /// An optional `scope` field.
    fn scope(&mut self, f: &Fields) -> Option<Option<Scope>> {
        let Some(n) = f.get("scope") else {
            return Some(None);
        };
        let word = self.string(n, "scope")?;
        match Scope::from_code(word.trim()) {
            Some(scope) => Some(Some(scope)),
            None => {
                let message = tf(self.lang, Msg::QScope { scope: &word });
                self.err(n, message);
                None
            }
        }
    }

    /// A required or optional ISO date field.
    fn date(&mut self, node: &Node, field: &str) -> Option<Date> {
        let text = scalar_text(&node.value);
        match (&node.value, Date::parse(&text)) {
            (Value::Str(_), Some(d)) => Some(d),
            _ => {
                let message = tf(
                    self.lang,
                    Msg::QDate {
                        date: &text,
                        field: &field,
                    },
                );
                self.err(node, message);
                None
            }
        }
    }

    fn type_err(&mut self, node: &Node, field: &str, expected: &str) {
        let message = tf(
            self.lang,
            Msg::TypeExpected {
                field: &field,
                expected: &expected,
                found: &node.value.kind(self.lang),
            },
        );
        self.err(node, message);
    }

    /// Opens a mapping, reporting unknown keys. `None` if `node` is not a mapping.
    fn fields<'a>(
        &mut self,
        node: &'a Node,
        field: &str,
        allowed: &[&'static str],
    ) -> Option<Fields<'a>> {
        let Value::Map(entries) = &node.value else {
            let expected = t(self.lang, Msg::TypeMapping);
            self.type_err(node, field, expected);
            return None;
        };
        let mut suggested = Vec::new();
        for (key, _) in entries {
            let name = match &key.value {
                Value::Str(s) => s.clone(),
                other => scalar_text(other),
            };
            if !allowed.contains(&name.as_str()) {
                let hint = suggestion(&name, allowed);
                if let Some(s) = &hint
                    && let Some(field) = allowed.iter().find(|a| *a == s)
                {
                    suggested.push(*field);
                }
                let message = match hint {
                    Some(s) => tf(
                        self.lang,
                        Msg::FieldUnknownHint {
                            field: &name,
                            suggestion: &s,
                        },
                    ),
                    None => tf(
                        self.lang,
                        Msg::FieldUnknown {
                            field: &name,
                            expected: &allowed.join(", "),
                        },
                    ),
                };
                self.err(key, message);
            }
        }
        Some(Fields {
            node,
            entries,
            suggested,
        })
    }

    /// A required field; reports it missing (at the mapping) when absent.
    fn required<'a>(&mut self, f: &Fields<'a>, key: &str, ctx: &str) -> Option<&'a Node> {
        let found = f.get(key);
        if found.is_none() && !f.suggested.contains(&key) {
            let message = tf(
                self.lang,
                Msg::FieldMissing {
                    field: &key,
                    context: &t(self.lang, leak_ctx(ctx)),
                },
            );
            self.err(f.node, message);
        }
        found
    }

    /// A text field, with characters that would act on a terminal written
    /// as visible escapes (`\u{1B}`): names and comments are printed in
    /// tables and messages.
    fn string(&mut self, node: &Node, field: &str) -> Option<String> {
        match &node.value {
            Value::Str(s) => Some(crate::sanitize::terminal(s)),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let example = scalar_text(&node.value);
                let expected = tf(self.lang, Msg::TypeStringQuoted { example: &example });
                self.type_err(node, field, &expected);
                None
            }
            _ => {
                let expected = t(self.lang, Msg::TypeString);
                self.type_err(node, field, expected);
                None
            }
        }
    }

    /// A text that must not be blank.
    fn text(&mut self, node: &Node, field: &str) -> Option<String> {
        let s = self.string(node, field)?;
        if s.trim().is_empty() {
            let message = tf(self.lang, Msg::QEmptyText { field: &field });
            self.err(node, message);
            return None;
        }
        Some(s)
    }

    fn required_text(&mut self, f: &Fields, key: &str, ctx: &str) -> Option<String> {
        let node = self.required(f, key, ctx)?;
        self.text(node, key)
    }

    fn optional_text(&mut self, f: &Fields, key: &str) -> Option<String> {
        let node = f.get(key)?;
        if node.value == Value::Null {
            return None;
        }
        self.string(node, key)
    }

    /// A respondent's comment, kept exactly as written (`assess` writes it
    /// back): whoever shows it escapes it ([`crate::sanitize::terminal`]).
    fn comment(&mut self, f: &Fields, key: &str) -> Option<String> {
        match &f.get(key)?.value {
            Value::Str(s) => Some(s.clone()),
            _ => self.optional_text(f, key),
        }
    }

    fn id(&mut self, f: &Fields, key: &str, ctx: &str) -> Option<(String, u32)> {
        let node = self.required(f, key, ctx)?;
        let id = self.string(node, key)?;
        if !valid_id(&id) {
            let message = tf(self.lang, Msg::QIdFormat { id: &id });
            self.err(node, message);
            return None;
        }
        Some((id, node.line))
    }

    fn number(&mut self, node: &Node, field: &str) -> Option<f64> {
        match node.value {
            Value::Int(i) => Some(i as f64),
            Value::Float(x) => Some(x),
            _ => {
                let expected = t(self.lang, Msg::TypeNumber);
                self.type_err(node, field, expected);
                None
            }
        }
    }

    fn weight(&mut self, f: &Fields) -> f64 {
        let Some(node) = f.get("weight") else {
            return 1.0;
        };
        match self.number(node, "weight") {
            Some(w) if w.is_finite() && w > 0.0 => w,
            Some(w) => {
                let message = tf(self.lang, Msg::QWeight { value: &w });
                self.err(node, message);
                1.0
            }
            None => 1.0,
        }
    }

    /// A non-empty list; reports an empty one.
    fn list<'a>(&mut self, node: &'a Node, field: &str) -> Option<&'a [Node]> {
        match &node.value {
            Value::Seq(items) if items.is_empty() => {
                let message = tf(self.lang, Msg::QEmptyList { field: &field });
                self.err(node, message);
                None
            }
            Value::Seq(items) => Some(items),
            _ => {
                let expected = t(self.lang, Msg::TypeList);
                self.type_err(node, field, expected);
                None
            }
        }
    }
}

impl<'a> Fields<'a> {
    fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))
            .map(|(_, v)| v)
    }
}

/// Whether an id matches `[a-z0-9-]+`.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The catalogue key of a context noun (kept `'static` for [`t`]).
fn leak_ctx(ctx: &str) -> Msg<'static> {
    match ctx {
        "level" => Msg::CtxLevel,
        "theme" => Msg::CtxTheme,
        "question" => Msg::CtxQuestion,
        "option" => Msg::CtxOption,
        "obligation" => Msg::CtxObligation,
        "answer" => Msg::CtxAnswer,
        _ => Msg::CtxDocument,
    }
}

/// How a scalar reads in the file, for messages.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::Null => "~".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => x.to_string(),
        Value::Str(s) => s.clone(),
        Value::Seq(_) => "[…]".into(),
        Value::Map(_) => "{…}".into(),
    }
}

/// The allowed key closest to a typo, when it is close enough.
fn suggestion(name: &str, allowed: &[&str]) -> Option<String> {
    let lower = name.to_lowercase();
    allowed
        .iter()
        .map(|a| (edit_distance(&lower, a), *a))
        .filter(|(d, a)| *d <= 2 && *d < a.len())
        .min()
        .map(|(_, a)| a.to_string())
}

/// Levenshtein distance, with adjacent transpositions counting 1.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

fn parse_tree(text: &str, shown: &str, lang: Lang) -> Result<Node, LoadError> {
    use crate::yaml::Problem;
    yaml::parse(text).map_err(|e| {
        let message = match &e.problem {
            Problem::DuplicateKey(key) => tf(
                lang,
                Msg::YamlDuplicate {
                    key: &key.clone().unwrap_or_default(),
                },
            ),
            Problem::TooDeep { limit } => tf(lang, Msg::YamlBudgetDepth { limit }),
            Problem::TooManyValues { limit } => tf(
                lang,
                Msg::YamlBudgetSize {
                    limit: &thousands(lang, *limit),
                },
            ),
            Problem::Aliases => t(lang, Msg::YamlBudgetAliases).to_string(),
            Problem::MultipleDocuments => t(lang, Msg::YamlMultipleDocuments).to_string(),
            Problem::Surrogate => t(lang, Msg::YamlSurrogate).to_string(),
            Problem::BadCharacter => t(lang, Msg::YamlBadChar).to_string(),
            Problem::Tab => t(lang, Msg::YamlTab).to_string(),
            Problem::Other => tf(lang, Msg::YamlSyntax { detail: &e.message }),
        };
        let (line, column) = match e.problem {
            // The parser may point at the end of the previous line: point at
            // the tab itself.
            Problem::Tab => tab_position(text, e.line, e.column),
            _ => (e.line, e.column),
        };
        LoadError::single(shown, line, column, message)
    })
}

/// The tab the parser complains about: on its line, the last tab before
/// (or at) its column, else the first one after; else the first tab of the
/// next line (the parser may point at the end of the line before).
fn tab_position(text: &str, line: u32, column: u32) -> (u32, u32) {
    let mut lines = text.lines().skip(line.saturating_sub(1) as usize);
    if let Some(l) = lines.next() {
        let tabs: Vec<usize> = l
            .chars()
            .enumerate()
            .filter(|(_, c)| *c == '\t')
            .map(|(i, _)| i)
            .collect();
        let at = column.saturating_sub(1) as usize;
        let found = tabs
            .iter()
            .rev()
            .find(|&&i| i <= at)
            .or_else(|| tabs.first());
        if let Some(&i) = found {
            return (line, i as u32 + 1);
        }
    }
    if let Some(next) = lines.next()
        && let Some(i) = next.chars().position(|c| c == '\t')
    {
        return (line + 1, i as u32 + 1);
    }
    (line, column)
}

/// 250000 → "250 000" (French, narrow no-break space) or "250,000".
fn thousands(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fr => "\u{202f}",
        Lang::En => ",",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

pub const QUESTIONNAIRE_FIELDS: &[&str] = &[
    "id",
    "version",
    "lang",
    "title",
    "description",
    "scale",
    "obligations",
    "themes",
];
pub const LEVEL_FIELDS: &[&str] = &["label", "description"];
pub const OBLIGATION_FIELDS: &[&str] = &["id", "text", "applies_from", "until", "who", "note"];
pub const THEME_FIELDS: &[&str] = &[
    "id",
    "title",
    "short",
    "weight",
    "scope",
    "description",
    "questions",
];
pub const QUESTION_FIELDS: &[&str] = &[
    "id",
    "text",
    "statement",
    "help",
    "weight",
    "scope",
    "owner",
    "obligations",
    "references",
    "replaces",
    "recommendation",
    "options",
];
pub const OPTION_FIELDS: &[&str] = &["label", "score", "recommendation"];
pub const ANSWERS_FIELDS: &[&str] = &[
    "questionnaire",
    "version",
    "department",
    "respondent",
    "date",
    "answers",
];
pub const ANSWER_FIELDS: &[&str] = &["choice", "comment"];

/// The `lang` a questionnaire text declares, if it can be read: messages
/// about the file are best given in its own language.
pub fn declared_lang(text: &str) -> Option<Lang> {
    text.lines()
        .filter_map(|l| l.strip_prefix("lang:"))
        .map(|v| {
            v.split('#')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\''])
        })
        .find_map(Lang::from_code)
}

/// Parses and validates a questionnaire (SPEC §1).
pub fn questionnaire_from_str(
    text: &str,
    shown: &str,
    lang: Lang,
) -> Result<Questionnaire, LoadError> {
    questionnaire_with_warnings(text, shown, lang).map(|(q, _)| q)
}

/// Parses and validates a questionnaire, also returning what deserves a
/// warning but does not stop it from being used (an obligation of the
/// catalogue that no question cites), as `FILE:LINE:COLUMN` diagnostics.
pub fn questionnaire_with_warnings(
    text: &str,
    shown: &str,
    lang: Lang,
) -> Result<(Questionnaire, LoadError), LoadError> {
    let root = parse_tree(text, shown, lang)?;
    let mut w = Walker::new(lang);
    let q = walk_questionnaire(&mut w, &root);
    match q {
        Some(q) if w.diags.is_empty() => {
            let warnings = LoadError {
                path: shown.to_string(),
                diagnostics: std::mem::take(&mut w.warnings),
            };
            Ok((q, warnings))
        }
        _ => Err(LoadError {
            path: shown.to_string(),
            diagnostics: w.diags,
        }),
    }
}

fn walk_questionnaire(w: &mut Walker, root: &Node) -> Option<Questionnaire> {
    if !matches!(root.value, Value::Map(_)) {
        let message = tf(
            w.lang,
            Msg::TypeDocument {
                found: &root.value.kind(w.lang),
            },
        );
        w.err(root, message);
        return None;
    }
    let f = w.fields(root, "", QUESTIONNAIRE_FIELDS)?;
    let id = w.id(&f, "id", "document").map(|(id, _)| id);
    let version = w
        .required(&f, "version", "document")
        .and_then(|n| w.text(n, "version"));
    let lang = w.required(&f, "lang", "document").and_then(|n| {
        let code = w.string(n, "lang")?;
        let lang = Lang::from_code(&code);
        if lang.is_none() {
            let message = tf(w.lang, Msg::QLang { lang: &code });
            w.err(n, message);
        }
        lang
    });
    let title = w.required_text(&f, "title", "document");
    let description = w.optional_text(&f, "description");

    let scale = w.required(&f, "scale", "document").and_then(|n| {
        let items = w.list(n, "scale")?;
        if items.len() < 2 {
            let message = tf(
                w.lang,
                Msg::QScaleShort {
                    count: &items.len(),
                },
            );
            w.err(n, message);
        }
        let levels: Vec<Option<Level>> = items
            .iter()
            .map(|item| {
                let lf = w.fields(item, "scale", LEVEL_FIELDS)?;
                let label = w.required_text(&lf, "label", "level");
                let description = w.optional_text(&lf, "description");
                Some(Level {
                    label: label?,
                    description,
                })
            })
            .collect();
        levels.into_iter().collect::<Option<Vec<_>>>()
    });

    let obligations = match f.get("obligations") {
        None => Some(Vec::new()),
        Some(n) if n.value == Value::Null => Some(Vec::new()),
        Some(n) => w.list(n, "obligations").and_then(|items| {
            let mut ids: Vec<(String, u32)> = Vec::new();
            let all: Vec<Option<(Obligation, &Node)>> = items
                .iter()
                .map(|item| walk_obligation(w, item, &mut ids))
                .collect();
            all.into_iter().collect::<Option<Vec<_>>>()
        }),
    };
    let mut catalogue: Vec<&str> = Vec::new();
    for (o, _) in obligations.iter().flatten() {
        if !catalogue.contains(&o.id.as_str()) {
            catalogue.push(&o.id);
        }
    }

    let mut ids = QuestionIds::default();
    let themes = w.required(&f, "themes", "document").and_then(|n| {
        let items = w.list(n, "themes")?;
        let themes: Vec<Option<Theme>> = items
            .iter()
            .map(|item| {
                walk_theme(
                    w,
                    item,
                    &mut ids,
                    obligations.is_some().then_some(&catalogue),
                )
            })
            .collect();
        themes.into_iter().collect::<Option<Vec<_>>>()
    });

    // `replaces` names questions of an earlier version: never a current id,
    // which would make the match across versions ambiguous.
    for (old, node) in &ids.replaced {
        if let Some((_, line)) = ids.questions.iter().find(|(id, _)| id == old) {
            let message = tf(w.lang, Msg::QReplacesCurrent { id: old, line });
            w.err(node, message);
        }
    }
    // An obligation no question cites: a warning (the catalogue may be
    // shared between questionnaires), an error only in the default's tests.
    for (o, node) in obligations.iter().flatten() {
        if !ids.cited.iter().any(|c| c == &o.id) {
            let message = tf(w.lang, Msg::QObligationUncited { id: &o.id });
            w.warn(node, message);
        }
    }

    Some(
        Questionnaire::new(id?, version?, lang?, title?, description, scale?, themes?)
            .with_obligations(obligations?.into_iter().map(|(o, _)| o).collect()),
    )
}

/// Ids met while walking questions, for the checks made once all are known.
#[derive(Default)]
struct QuestionIds<'a> {
    /// Theme ids, with their line.
    themes: Vec<(String, u32)>,
    /// Question ids, with their line.
    questions: Vec<(String, u32)>,
    /// Every `replaces` item, with its node.
    replaced: Vec<(String, &'a Node)>,
    /// Every obligation id cited by a question.
    cited: Vec<String>,
}

/// One entry of the obligations catalogue, with its `id` node (or the
/// entry's own node) for messages.
fn walk_obligation<'a>(
    w: &mut Walker,
    node: &'a Node,
    ids: &mut Vec<(String, u32)>,
) -> Option<(Obligation, &'a Node)> {
    let f = w.fields(node, "obligations", OBLIGATION_FIELDS)?;
    let id = w.id(&f, "id", "obligation");
    if let Some((id, line)) = &id {
        check_unique(w, &f, id, *line, ids, |id, line| Msg::QDupObligation {
            id,
            line,
        });
    }
    let text = w.required_text(&f, "text", "obligation");
    let applies_from = w
        .required(&f, "applies_from", "obligation")
        .and_then(|n| w.date(n, "applies_from"));
    let until = match f.get("until") {
        None => Some(None),
        Some(n) if n.value == Value::Null => Some(None),
        Some(n) => w.date(n, "until").map(|until| {
            if let Some(from) = applies_from
                && until < from
            {
                let message = tf(
                    w.lang,
                    Msg::QUntilBefore {
                        until: &until,
                        from: &from,
                    },
                );
                w.err(n, message);
            }
            Some(until)
        }),
    };
    let who = w.optional_text(&f, "who");
    let note = w.optional_text(&f, "note");
    let at = f.get("id").unwrap_or(node);
    Some((
        Obligation {
            id: id?.0,
            text: text?,
            applies_from: applies_from?,
            until: until?,
            who,
            note,
        },
        at,
    ))
}

fn walk_theme<'a>(
    w: &mut Walker,
    node: &'a Node,
    ids: &mut QuestionIds<'a>,
    catalogue: Option<&Vec<&str>>,
) -> Option<Theme> {
    let f = w.fields(node, "themes", THEME_FIELDS)?;
    let id = w.id(&f, "id", "theme");
    if let Some((id, line)) = &id {
        check_unique(w, &f, id, *line, &mut ids.themes, |id, line| {
            Msg::QDupTheme { id, line }
        });
    }
    let title = w.required_text(&f, "title", "theme");
    let short = w.optional_text(&f, "short");
    let weight = w.weight(&f);
    let scope = w.scope(&f);
    let description = w.optional_text(&f, "description");
    let default_scope = scope.flatten().unwrap_or_default();
    let questions = w.required(&f, "questions", "theme").and_then(|n| {
        let items = w.list(n, "questions")?;
        let qs: Vec<Option<Question>> = items
            .iter()
            .map(|q| walk_question(w, q, ids, catalogue, default_scope))
            .collect();
        qs.into_iter().collect::<Option<Vec<_>>>()
    });
    Some(Theme {
        id: id?.0,
        title: title?,
        short,
        weight,
        description,
        scope: scope?,
        questions: questions?,
    })
}

fn check_unique(
    w: &mut Walker,
    f: &Fields,
    id: &str,
    line: u32,
    seen: &mut Vec<(String, u32)>,
    msg: for<'m> fn(&'m dyn std::fmt::Display, &'m dyn std::fmt::Display) -> Msg<'m>,
) {
    if let Some((_, first)) = seen.iter().find(|(s, _)| s == id) {
        let first = *first;
        if let Some(node) = f.get("id") {
            let message = tf(w.lang, msg(&id, &first));
            w.err(node, message);
        }
    } else {
        seen.push((id.to_string(), line));
    }
}

fn walk_question<'a>(
    w: &mut Walker,
    node: &'a Node,
    ids: &mut QuestionIds<'a>,
    catalogue: Option<&Vec<&str>>,
    default_scope: Scope,
) -> Option<Question> {
    let f = w.fields(node, "questions", QUESTION_FIELDS)?;
    let id = w.id(&f, "id", "question");
    if let Some((id, line)) = &id {
        check_unique(w, &f, id, *line, &mut ids.questions, |id, line| {
            Msg::QDupQuestion { id, line }
        });
    }
    let text = w.required_text(&f, "text", "question");
    let statement = w.optional_text(&f, "statement");
    let help = w.optional_text(&f, "help");
    let scope = w.scope(&f).map(|s| s.unwrap_or(default_scope));
    let owner = w
        .optional_text(&f, "owner")
        .map(|o| o.trim().to_string())
        .filter(|o| !o.is_empty());
    let obligations = w.id_list(&f, "obligations").map(|list| {
        let mut out: Vec<String> = Vec::new();
        for (cited, node) in list {
            // With no catalogue (or a broken one, already reported), every
            // citation is unknown; say so only when the catalogue is sound.
            match catalogue {
                Some(known) if !known.contains(&cited.as_str()) => {
                    let known = if known.is_empty() {
                        t(w.lang, Msg::QObligationNone).to_string()
                    } else {
                        known.join(", ")
                    };
                    let message = tf(
                        w.lang,
                        Msg::QObligationUnknown {
                            id: &cited,
                            known: &known,
                        },
                    );
                    w.err(node, message);
                }
                _ => {}
            }
            if !out.contains(&cited) {
                ids.cited.push(cited.clone());
                out.push(cited);
            }
        }
        out
    });
    let replaces = w.id_list(&f, "replaces").map(|list| {
        let mut out: Vec<String> = Vec::new();
        for (old, node) in list {
            if !out.contains(&old) {
                out.push(old.clone());
            }
            ids.replaced.push((old, node));
        }
        out
    });
    let weight = w.weight(&f);
    let recommendation = w.optional_text(&f, "recommendation");
    let references = match f.get("references") {
        None => Some(Vec::new()),
        Some(n) if n.value == Value::Null => Some(Vec::new()),
        Some(n) => match &n.value {
            Value::Seq(items) => items
                .iter()
                .map(|r| w.text(r, "references"))
                .collect::<Vec<_>>()
                .into_iter()
                .collect::<Option<Vec<_>>>(),
            _ => {
                let expected = t(w.lang, Msg::TypeList);
                w.type_err(n, "references", expected);
                None
            }
        },
    };
    let options = match f.get("options") {
        None => Some(None),
        Some(n) => w.list(n, "options").and_then(|items| {
            if items.len() < 2 {
                let message = tf(
                    w.lang,
                    Msg::QOptionsShort {
                        count: &items.len(),
                    },
                );
                w.err(n, message);
            }
            let opts: Vec<Option<Choice>> = items
                .iter()
                .map(|item| {
                    let of = w.fields(item, "options", OPTION_FIELDS)?;
                    let label = w.required_text(&of, "label", "option");
                    let score = w.required(&of, "score", "option").and_then(|s| {
                        let v = w.number(s, "score")?;
                        if !(0.0..=100.0).contains(&v) {
                            let message = tf(w.lang, Msg::QScoreRange { value: &v });
                            w.err(s, message);
                            return None;
                        }
                        Some(v)
                    });
                    let recommendation = w.optional_text(&of, "recommendation");
                    Some(Choice {
                        label: label?,
                        score: score?,
                        recommendation,
                    })
                })
                .collect();
            opts.into_iter().collect::<Option<Vec<_>>>().map(Some)
        }),
    };
    Some(Question {
        id: id?.0,
        text: text?,
        help,
        weight,
        references: references?,
        recommendation,
        options: options?,
        scope: scope?,
        owner,
        obligations: obligations?,
        replaces: replaces?,
        statement,
    })
}

/// Reads and validates a questionnaire file. Messages are in `lang`, or in
/// the file's own declared language when `lang` is `None` (French while the
/// file cannot be read). The default size limit applies.
pub fn questionnaire_from_path(
    path: &Path,
    shown: &str,
    lang: Option<Lang>,
) -> Result<Questionnaire, LoadError> {
    questionnaire_from_path_with(path, shown, lang, &Options::new(Lang::Fr))
}

/// [`questionnaire_from_path`] with explicit options: `options.lang` is the
/// language of messages until the file's own language is known.
pub fn questionnaire_from_path_with(
    path: &Path,
    shown: &str,
    lang: Option<Lang>,
    options: &Options,
) -> Result<Questionnaire, LoadError> {
    questionnaire_from_path_with_warnings(path, shown, lang, options).map(|(q, _)| q)
}

/// [`questionnaire_from_path_with`], also returning the warnings of
/// [`questionnaire_with_warnings`].
pub fn questionnaire_from_path_with_warnings(
    path: &Path,
    shown: &str,
    lang: Option<Lang>,
    options: &Options,
) -> Result<(Questionnaire, LoadError), LoadError> {
    let fallback = lang.unwrap_or(options.lang);
    let text = read_text(path, shown, fallback, options.max_file_bytes)?;
    let lang = lang.or_else(|| declared_lang(&text)).unwrap_or(fallback);
    questionnaire_with_warnings(&text, shown, lang)
}

/// Parses and validates an answers file against its questionnaire (SPEC §2).
pub fn answers_from_str(
    text: &str,
    shown: &str,
    q: &Questionnaire,
    lang: Lang,
) -> Result<AnswerSheet, LoadError> {
    let root = parse_tree(text, shown, lang)?;
    let mut w = Walker::new(lang);
    let sheet = walk_answers(&mut w, &root, q, shown);
    match sheet {
        Some(s) if w.diags.is_empty() => Ok(s),
        _ => Err(LoadError {
            path: shown.to_string(),
            diagnostics: w.diags,
        }),
    }
}

fn walk_answers(
    w: &mut Walker,
    root: &Node,
    q: &Questionnaire,
    shown: &str,
) -> Option<AnswerSheet> {
    if !matches!(root.value, Value::Map(_)) {
        let message = tf(
            w.lang,
            Msg::TypeDocument {
                found: &root.value.kind(w.lang),
            },
        );
        w.err(root, message);
        return None;
    }
    if let Value::Map(entries) = &root.value {
        let has = |k: &str| {
            entries
                .iter()
                .any(|(key, _)| matches!(&key.value, Value::Str(s) if s == k))
        };
        if has("themes") && has("scale") {
            let message = t(w.lang, Msg::AIsQuestionnaire).to_string();
            w.err(root, message);
            return None;
        }
    }
    let f = w.fields(root, "", ANSWERS_FIELDS)?;
    let mut matches_questionnaire = true;
    let questionnaire = w.required(&f, "questionnaire", "document").and_then(|n| {
        let id = w.text(n, "questionnaire")?;
        if id != q.id {
            matches_questionnaire = false;
            let message = tf(
                w.lang,
                Msg::AQuestionnaire {
                    found: &id,
                    expected: &q.id,
                },
            );
            w.err(n, message);
        }
        Some(id)
    });
    let version = w.required(&f, "version", "document").and_then(|n| {
        let v = w.text(n, "version")?;
        if matches_questionnaire && v != q.version {
            matches_questionnaire = false;
            let message = tf(
                w.lang,
                Msg::AVersion {
                    found: &v,
                    expected: &q.version,
                },
            );
            w.err(n, message);
        }
        Some(v)
    });
    let department = w.required(&f, "department", "document").and_then(|n| {
        let d = w.string(n, "department")?;
        let d = d.trim().to_string();
        if d.is_empty() {
            let message = t(w.lang, Msg::ADepartmentEmpty).to_string();
            w.err(n, message);
            return None;
        }
        Some(d)
    });
    let respondent = w
        .optional_text(&f, "respondent")
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    let date = match f.get("date") {
        None => Some(None),
        Some(n) if n.value == Value::Null => Some(None),
        Some(n) => {
            let text = scalar_text(&n.value);
            match (&n.value, Date::parse(&text)) {
                (Value::Str(_), Some(d)) => Some(Some(d)),
                _ => {
                    let message = tf(w.lang, Msg::ADate { date: &text });
                    w.err(n, message);
                    None
                }
            }
        }
    };
    let mut answers = vec![Answer::Missing; q.question_count()];
    let answers_ok = match w.required(&f, "answers", "document") {
        None => false,
        Some(n) if n.value == Value::Null => true, // nothing answered yet
        Some(n) => {
            let Value::Map(entries) = &n.value else {
                let expected = t(w.lang, Msg::TypeMapping);
                w.type_err(n, "answers", expected);
                return None;
            };
            let before = w.diags.len();
            if matches_questionnaire {
                for (key, value) in entries {
                    walk_answer(w, q, key, value, &mut answers);
                }
            }
            w.diags.len() == before
        }
    };
    if !answers_ok {
        return None;
    }
    Some(AnswerSheet {
        source: shown.to_string(),
        questionnaire: questionnaire?,
        version: version?,
        department: department?,
        respondent,
        date: date?,
        answers,
    })
}

fn walk_answer(
    w: &mut Walker,
    q: &Questionnaire,
    key: &Node,
    value: &Node,
    answers: &mut [Answer],
) {
    let id = scalar_text(&key.value);
    let Some(pos) = q.position(&id) else {
        let message = tf(
            w.lang,
            Msg::AUnknownQuestion {
                id: &id,
                questionnaire: &q.id,
                version: &q.version,
            },
        );
        w.err(key, message);
        return;
    };
    let Some((_, question)) = q.question_at(pos) else {
        return;
    };
    let answer = match &value.value {
        Value::Str(word) => word_answer(w, q.lang, value, word, None),
        Value::Map(_) => {
            let Some(af) = w.fields(value, &id, ANSWER_FIELDS) else {
                return;
            };
            let comment = w
                .comment(&af, "comment")
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty());
            let Some(choice) = w.required(&af, "choice", "answer") else {
                return;
            };
            match &choice.value {
                Value::Int(i) => {
                    let max = question.choice_count(q.scale.len()) - 1;
                    if *i < 0 {
                        let message = tf(
                            w.lang,
                            Msg::AChoiceNegative {
                                choice: i,
                                max: &max,
                            },
                        );
                        w.err(choice, message);
                        None
                    } else if *i as u128 > max as u128 {
                        let labels: Vec<String> = question
                            .choices(&q.scale)
                            .iter()
                            .enumerate()
                            .map(|(i, c)| format!("{i} = {}", c.label))
                            .collect();
                        let message = tf(
                            w.lang,
                            Msg::AChoiceRange {
                                choice: i,
                                max: &max,
                                labels: &labels.join(", "),
                            },
                        );
                        w.err(choice, message);
                        None
                    } else {
                        Some(Answer::Choice {
                            index: *i as usize,
                            comment,
                        })
                    }
                }
                Value::Str(word) if answer_word(q.lang, word).is_some() => {
                    word_answer(w, q.lang, choice, word, comment)
                }
                _ => {
                    let expected = t(w.lang, Msg::TypeInteger);
                    w.type_err(choice, "choice", expected);
                    None
                }
            }
        }
        Value::Null => Some(Answer::Missing),
        _ => {
            let word = scalar_text(&value.value);
            let message = tf(w.lang, bad_word(q.lang, &word));
            w.err(value, message);
            None
        }
    };
    if let Some(a) = answer {
        answers[pos] = a;
    }
}

/// The words that stand for an answer without a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerWord {
    /// `na`; in French files also `sans objet` or `so`.
    Na,
    /// `unknown`; in French files also `ne sait pas` or `nsp`.
    Unknown,
}

/// Reads an answer word: `na` and `unknown`, and the French `sans objet` /
/// `so` and `ne sait pas` / `nsp` (any case, spaces around ignored).
///
/// The French words are read whatever the questionnaire's language: the
/// twins share ids and versions, so a file typed in French for the French
/// questionnaire must still load when a report is made in English.
pub fn answer_word(_questionnaire_lang: Lang, word: &str) -> Option<AnswerWord> {
    let word = word.trim();
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    if is("na") {
        return Some(AnswerWord::Na);
    }
    if is("unknown") {
        return Some(AnswerWord::Unknown);
    }
    let lower = word.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["so"] | ["sans", "objet"] => Some(AnswerWord::Na),
        ["nsp"] | ["ne", "sait", "pas"] => Some(AnswerWord::Unknown),
        _ => None,
    }
}

/// The message for an unknown answer word, listing the words the
/// questionnaire's language accepts.
/// The message for an answer word the questionnaire's language does not know.
fn bad_word(questionnaire_lang: Lang, word: &dyn std::fmt::Display) -> Msg<'_> {
    match questionnaire_lang {
        Lang::Fr => Msg::ABadWordFr { word },
        Lang::En => Msg::ABadWord { word },
    }
}

fn word_answer(
    w: &mut Walker,
    questionnaire_lang: Lang,
    node: &Node,
    word: &str,
    comment: Option<String>,
) -> Option<Answer> {
    match answer_word(questionnaire_lang, word) {
        Some(AnswerWord::Na) => Some(Answer::Na { comment }),
        Some(AnswerWord::Unknown) => Some(Answer::Unknown { comment }),
        None => {
            let message = tf(w.lang, bad_word(questionnaire_lang, &word));
            w.err(node, message);
            None
        }
    }
}

/// Reads and validates one answers file.
pub fn answers_from_path(
    path: &Path,
    shown: &str,
    q: &Questionnaire,
    lang: Lang,
    limit: u64,
) -> Result<AnswerSheet, LoadError> {
    let text = read_text(path, shown, lang, limit)?;
    answers_from_str(&text, shown, q, lang)
}

/// Expands files and folders (recursively, `*.yaml` and `*.yml`) into a
/// sorted list of files, each with the name to show in messages.
pub fn expand_inputs(
    inputs: &[PathBuf],
    lang: Lang,
) -> Result<Vec<(PathBuf, String)>, Vec<LoadError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let shown = crate::sanitize::terminal(&input.display().to_string());
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                let before = files.len();
                walk_dir(input, &mut files, &mut errors, lang);
                if files.len() == before {
                    errors.push(LoadError::single(
                        &shown,
                        1,
                        1,
                        tf(lang, Msg::IoNoAnswers { path: &shown }),
                    ));
                }
            }
            Ok(m) if !m.is_file() => errors.push(LoadError::single(
                &shown,
                1,
                1,
                t(lang, Msg::InputNotRegular).to_string(),
            )),
            Ok(_) => files.push((input.clone(), shown)),
            Err(e) => errors.push(LoadError::single(&shown, 1, 1, read_error(lang, &e))),
        }
    }
    if errors.is_empty() {
        files.sort();
        files.dedup_by(|a, b| a.0 == b.0);
        Ok(files)
    } else {
        Err(errors)
    }
}

fn walk_dir(
    dir: &Path,
    files: &mut Vec<(PathBuf, String)>,
    errors: &mut Vec<LoadError>,
    lang: Lang,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(LoadError::single(
                &crate::sanitize::terminal(&dir.display().to_string()),
                1,
                1,
                read_error(lang, &e),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        // Follow no symlinked folders: a loop would never end.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk_dir(&path, files, errors, lang);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            let hidden = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let shown = crate::sanitize::terminal(&path.display().to_string());
            // A symlink to a file counts; FIFOs, devices and sockets are
            // skipped (reading them would block or never end).
            let regular = meta.is_file()
                || (meta.file_type().is_symlink()
                    && std::fs::metadata(&path).is_ok_and(|m| m.is_file()));
            if regular || meta.file_type().is_symlink() {
                files.push((path, shown));
            } else {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "{}",
                    tf(lang, Msg::WarnSkippedSpecial { path: &shown })
                );
            }
        }
    }
}

/// Number of files from which loading shows a progress bar (on a terminal).
const PROGRESS_FROM: usize = 2_000;

/// A progress bar on stderr for long loads, only when `shown` (stderr is a terminal).
fn progress_bar(total: usize, lang: Lang, shown: bool) -> Option<indicatif::ProgressBar> {
    if total < PROGRESS_FROM || !shown {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let template = "{msg} {bar:40} {pos}/{len} ({eta})";
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_message(t(lang, Msg::IoProgress));
    Some(bar)
}

/// Loads answers files and folders in parallel. Either every sheet, in the
/// order of the sorted file list, or every file's problems.
pub fn load_answers(
    inputs: &[PathBuf],
    q: &Questionnaire,
    options: &Options,
) -> Result<Vec<AnswerSheet>, Vec<LoadError>> {
    let lang = options.lang;
    let files = expand_inputs(inputs, lang)?;
    let progress = progress_bar(files.len(), lang, options.progress);
    let results: Vec<Result<AnswerSheet, LoadError>> = files
        .par_iter()
        .map(|(path, shown)| {
            let r = answers_from_path(path, shown, q, lang, options.max_file_bytes);
            if let Some(p) = &progress {
                p.inc(1);
            }
            r
        })
        .collect();
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    all_or_errors(results)
}

/// Every sheet, or — if any file failed — every file's problems.
pub fn all_or_errors(
    results: impl IntoIterator<Item = Result<AnswerSheet, LoadError>>,
) -> Result<Vec<AnswerSheet>, Vec<LoadError>> {
    let mut sheets = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(s) => sheets.push(s),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(sheets)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_for_typos() {
        assert_eq!(
            suggestion("weigth", THEME_FIELDS).as_deref(),
            Some("weight")
        );
        assert_eq!(suggestion("titre", THEME_FIELDS).as_deref(), Some("title"));
        assert_eq!(suggestion("zzzzzz", THEME_FIELDS), None);
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncdé", 7), (2, 4));
        assert_eq!(line_col("", 0), (1, 1));
    }

    #[test]
    fn declared_lang_reads_the_field() {
        assert_eq!(declared_lang("id: x\nlang: en # English\n"), Some(Lang::En));
        assert_eq!(declared_lang("lang: \"fr\"\n"), Some(Lang::Fr));
        assert_eq!(declared_lang("id: x\n"), None);
    }

    /// A questionnaire with the December 2026 fields, to mutate.
    const WITH_FIELDS: &str = r#"id: essai
version: "2"
lang: fr
title: Essai
scale: [{label: Bas}, {label: Haut}]
obligations:
  - id: ria-art-4
    text: "Règlement (UE) 2024/1689, art. 4"
    applies_from: "2025-02-02"
  - id: ria-art-26
    text: "Règlement (UE) 2024/1689, art. 26"
    applies_from: "2027-12-02"
    until: "2030-08-02"
    who: déployeurs
themes:
  - id: t
    title: T
    scope: organisation
    questions:
      - id: a
        text: A ?
        statement: A est fait.
        owner: DGS
        obligations: [ria-art-4]
        replaces: [old-a, old-b]
      - id: b
        text: B ?
        scope: department
        obligations: [ria-art-26, ria-art-4]
"#;

    fn load(text: &str) -> Result<(Questionnaire, LoadError), LoadError> {
        questionnaire_with_warnings(text, "q.yaml", Lang::Fr)
    }

    fn problems(text: &str) -> Vec<(u32, u32, String)> {
        match load(text) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .diagnostics
                .into_iter()
                .map(|d| (d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn december_2026_fields_are_read() {
        let (q, warnings) = load(WITH_FIELDS).unwrap();
        assert!(warnings.diagnostics.is_empty(), "{warnings}");
        let (_, a) = q.question("a").unwrap();
        let (_, b) = q.question("b").unwrap();
        assert_eq!(a.scope, Scope::Organisation, "theme default");
        assert_eq!(b.scope, Scope::Department, "own scope wins");
        assert_eq!(a.owner.as_deref(), Some("DGS"));
        assert_eq!(a.statement.as_deref(), Some("A est fait."));
        assert_eq!(a.replaces, ["old-a", "old-b"]);
        let cited: Vec<&str> = q.obligations_of(b).map(|o| o.id.as_str()).collect();
        assert_eq!(cited, ["ria-art-26", "ria-art-4"]);
        let o = q.obligation("ria-art-26").unwrap();
        assert_eq!(o.applies_from.to_string(), "2027-12-02");
        assert_eq!(
            o.until.map(|d| d.to_string()).as_deref(),
            Some("2030-08-02")
        );
        assert_eq!(o.who.as_deref(), Some("déployeurs"));
        assert_eq!(q.questions_citing("ria-art-4").count(), 2);
        assert_eq!(q.scope_counts(), (1, 1));
    }

    #[test]
    fn unknown_scope_is_an_error_at_its_value() {
        let text = WITH_FIELDS.replace("scope: department", "scope: direction");
        let p = problems(&text);
        assert!(
            p.iter()
                .any(|(l, c, m)| (*l, *c) == (28, 16) && m.contains("direction")),
            "{p:?}"
        );
    }

    #[test]
    fn unknown_obligation_is_an_error_at_the_citation() {
        let text = WITH_FIELDS.replace("[ria-art-26, ria-art-4]", "[ria-art-26, ria-art-5]");
        let p = problems(&text);
        assert!(
            p.iter().any(|(l, c, m)| (*l, *c) == (29, 35)
                && m.contains("ria-art-5")
                && m.contains("ria-art-4")),
            "{p:?}"
        );
    }

    #[test]
    fn obligation_dates_and_ids_are_checked() {
        let bad_date = WITH_FIELDS.replace("\"2025-02-02\"", "\"2025-02-30\"");
        assert!(
            problems(&bad_date)
                .iter()
                .any(|(l, c, m)| (*l, *c) == (9, 19) && m.contains("2025-02-30")),
            "{:?}",
            problems(&bad_date)
        );
        let before = WITH_FIELDS.replace("\"2030-08-02\"", "\"2020-08-02\"");
        assert!(
            problems(&before)
                .iter()
                .any(|(l, _, m)| *l == 13 && m.contains("2020-08-02")),
            "{:?}",
            problems(&before)
        );
        let dup = WITH_FIELDS.replace("id: ria-art-26", "id: ria-art-4");
        assert!(
            problems(&dup)
                .iter()
                .any(|(l, c, m)| (*l, *c) == (10, 9) && m.contains("ligne 7")),
            "{:?}",
            problems(&dup)
        );
    }

    #[test]
    fn replaces_must_not_name_a_current_question() {
        let text = WITH_FIELDS.replace("[old-a, old-b]", "[old-a, b]");
        let p = problems(&text);
        assert!(
            p.iter()
                .any(|(l, c, m)| (*l, *c) == (25, 27) && m.contains("«\u{a0}b\u{a0}»")),
            "{p:?}"
        );
    }

    #[test]
    fn uncited_obligation_is_a_warning_with_its_position() {
        let text = WITH_FIELDS.replace("[ria-art-26, ria-art-4]", "[ria-art-4]");
        let (_, warnings) = load(&text).unwrap();
        assert_eq!(warnings.diagnostics.len(), 1, "{warnings}");
        let d = &warnings.diagnostics[0];
        assert_eq!((d.line, d.column), (10, 9));
        assert!(d.message.contains("ria-art-26"), "{}", d.message);
    }

    #[test]
    fn citing_without_a_catalogue_is_an_error() {
        let start = WITH_FIELDS.find("obligations:\n").unwrap();
        let end = WITH_FIELDS.find("themes:").unwrap();
        let text = format!("{}{}", &WITH_FIELDS[..start], &WITH_FIELDS[end..]);
        assert!(!problems(&text).is_empty());
    }

    #[test]
    fn french_answer_words_are_read() {
        for (word, expected) in [
            ("na", Some(AnswerWord::Na)),
            ("so", Some(AnswerWord::Na)),
            ("Sans objet", Some(AnswerWord::Na)),
            ("sans  objet", Some(AnswerWord::Na)),
            ("unknown", Some(AnswerWord::Unknown)),
            ("nsp", Some(AnswerWord::Unknown)),
            ("NSP", Some(AnswerWord::Unknown)),
            ("ne sait pas", Some(AnswerWord::Unknown)),
            ("peut-être", None),
        ] {
            assert_eq!(answer_word(Lang::Fr, word), expected, "{word}");
        }
        assert_eq!(answer_word(Lang::En, "na"), Some(AnswerWord::Na));
        assert_eq!(answer_word(Lang::En, "unknown"), Some(AnswerWord::Unknown));
        // The twins share ids: a French file loads with the English twin.
        assert_eq!(answer_word(Lang::En, "nsp"), Some(AnswerWord::Unknown));
        assert_eq!(answer_word(Lang::En, "sans objet"), Some(AnswerWord::Na));
        assert_eq!(answer_word(Lang::En, "maybe"), None);
    }

    #[test]
    fn french_words_are_read_in_answers_files() {
        let (q, _) = load(WITH_FIELDS).unwrap();
        let text = "questionnaire: essai\nversion: \"2\"\ndepartment: D\nanswers:\n  a: sans objet\n  b:\n    choice: nsp\n    comment: à voir\n";
        let sheet = answers_from_str(text, "a.yaml", &q, Lang::Fr).unwrap();
        assert_eq!(sheet.answers[0], Answer::Na { comment: None });
        assert_eq!(
            sheet.answers[1],
            Answer::Unknown {
                comment: Some("à voir".into())
            }
        );
    }
}
