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

use crate::i18n::{Lang, t, tf};
use crate::model::{Answer, AnswerSheet, Choice, Date, Level, Question, Questionnaire, Theme};
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
            write!(f, "{}:{}:{}: {}", self.path, d.line, d.column, d.message)?;
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
    let io_err = |e: std::io::Error| {
        let message = if e.kind() == std::io::ErrorKind::NotFound {
            t(lang, "io.not-found").to_string()
        } else {
            tf(lang, "io.read", &[("error", &e)])
        };
        LoadError::single(shown, 1, 1, message)
    };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.len() > limit {
        let mb = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
        return Err(LoadError::single(
            shown,
            1,
            1,
            tf(
                lang,
                "io.too-large",
                &[("size", &mb(meta.len())), ("limit", &(limit / 1_048_576))],
            ),
        ));
    }
    // Read at most limit + 1 bytes: the file may grow between stat and read.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    {
        use std::io::Read;
        let file = std::fs::File::open(path).map_err(io_err)?;
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
    }
    decode(bytes, shown, lang)
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
                    t(lang, "io.nul").into(),
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
                tf(lang, "io.not-utf8", &[("byte", &byte)]),
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
        }
    }

    fn err(&mut self, node: &Node, message: String) {
        self.diags.push(Diagnostic {
            line: node.line,
            column: node.column,
            message,
        });
    }

    fn type_err(&mut self, node: &Node, field: &str, expected: &str) {
        let message = tf(
            self.lang,
            "type.expected",
            &[
                ("field", &field),
                ("expected", &expected),
                ("found", &node.value.kind(self.lang)),
            ],
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
            let expected = t(self.lang, "type.mapping");
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
                        "field.unknown-hint",
                        &[("field", &name), ("suggestion", &s)],
                    ),
                    None => tf(
                        self.lang,
                        "field.unknown",
                        &[("field", &name), ("expected", &allowed.join(", "))],
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
                "field.missing",
                &[("field", &key), ("context", &t(self.lang, leak_ctx(ctx)))],
            );
            self.err(f.node, message);
        }
        found
    }

    fn string(&mut self, node: &Node, field: &str) -> Option<String> {
        match &node.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                let example = scalar_text(&node.value);
                let expected = tf(self.lang, "type.string-quoted", &[("example", &example)]);
                self.type_err(node, field, &expected);
                None
            }
            _ => {
                let expected = t(self.lang, "type.string");
                self.type_err(node, field, expected);
                None
            }
        }
    }

    /// A text that must not be blank.
    fn text(&mut self, node: &Node, field: &str) -> Option<String> {
        let s = self.string(node, field)?;
        if s.trim().is_empty() {
            let message = tf(self.lang, "q.empty-text", &[("field", &field)]);
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

    fn id(&mut self, f: &Fields, key: &str, ctx: &str) -> Option<(String, u32)> {
        let node = self.required(f, key, ctx)?;
        let id = self.string(node, key)?;
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            let message = tf(self.lang, "q.id-format", &[("id", &id)]);
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
                let expected = t(self.lang, "type.number");
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
                let message = tf(self.lang, "q.weight", &[("value", &w)]);
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
                let message = tf(self.lang, "q.empty-list", &[("field", &field)]);
                self.err(node, message);
                None
            }
            Value::Seq(items) => Some(items),
            _ => {
                let expected = t(self.lang, "type.list");
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

/// The catalogue key of a context noun (kept `'static` for [`t`]).
fn leak_ctx(ctx: &str) -> &'static str {
    match ctx {
        "level" => "ctx.level",
        "theme" => "ctx.theme",
        "question" => "ctx.question",
        "option" => "ctx.option",
        "answer" => "ctx.answer",
        _ => "ctx.document",
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
    yaml::parse(text).map_err(|e| {
        let message = if let Some(key) = duplicate_key(&e.message) {
            tf(lang, "yaml.duplicate", &[("key", &key)])
        } else {
            tf(lang, "yaml.syntax", &[("detail", &e.message)])
        };
        LoadError::single(shown, e.line, e.column, message)
    })
}

/// The key named by the parser's duplicate-key message, if that is what it is.
fn duplicate_key(message: &str) -> Option<String> {
    let lower = message.to_lowercase();
    if !lower.contains("duplicate") {
        return None;
    }
    if let Some(idx) = lower.find("duplicate mapping key: ") {
        let rest = &message[idx + "duplicate mapping key: ".len()..];
        let key = rest
            .split(", set DuplicateKeyPolicy")
            .next()
            .unwrap_or(rest);
        return Some(key.trim().to_string());
    }
    let start = message.find(['\'', '"', '`'])?;
    let quote = message[start..].chars().next()?;
    let rest = &message[start + 1..];
    let end = rest.find(quote)?;
    Some(rest[..end].to_string())
}

pub const QUESTIONNAIRE_FIELDS: &[&str] = &[
    "id",
    "version",
    "lang",
    "title",
    "description",
    "scale",
    "themes",
];
pub const LEVEL_FIELDS: &[&str] = &["label", "description"];
pub const THEME_FIELDS: &[&str] = &["id", "title", "short", "weight", "description", "questions"];
pub const QUESTION_FIELDS: &[&str] = &[
    "id",
    "text",
    "help",
    "weight",
    "references",
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
    let root = parse_tree(text, shown, lang)?;
    let mut w = Walker::new(lang);
    let q = walk_questionnaire(&mut w, &root);
    match q {
        Some(q) if w.diags.is_empty() => Ok(q),
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
            "type.document",
            &[("found", &root.value.kind(w.lang))],
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
            let message = tf(w.lang, "q.lang", &[("lang", &code)]);
            w.err(n, message);
        }
        lang
    });
    let title = w.required_text(&f, "title", "document");
    let description = w.optional_text(&f, "description");

    let scale = w.required(&f, "scale", "document").and_then(|n| {
        let items = w.list(n, "scale")?;
        if items.len() < 2 {
            let message = tf(w.lang, "q.scale-short", &[("count", &items.len())]);
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

    let mut theme_ids: Vec<(String, u32)> = Vec::new();
    let mut question_ids: Vec<(String, u32)> = Vec::new();
    let themes = w.required(&f, "themes", "document").and_then(|n| {
        let items = w.list(n, "themes")?;
        let themes: Vec<Option<Theme>> = items
            .iter()
            .map(|item| walk_theme(w, item, &mut theme_ids, &mut question_ids))
            .collect();
        themes.into_iter().collect::<Option<Vec<_>>>()
    });

    Some(Questionnaire::new(
        id?,
        version?,
        lang?,
        title?,
        description,
        scale?,
        themes?,
    ))
}

fn walk_theme(
    w: &mut Walker,
    node: &Node,
    theme_ids: &mut Vec<(String, u32)>,
    question_ids: &mut Vec<(String, u32)>,
) -> Option<Theme> {
    let f = w.fields(node, "themes", THEME_FIELDS)?;
    let id = w.id(&f, "id", "theme");
    if let Some((id, line)) = &id {
        check_unique(w, &f, id, *line, theme_ids, "q.dup-theme");
    }
    let title = w.required_text(&f, "title", "theme");
    let short = w.optional_text(&f, "short");
    let weight = w.weight(&f);
    let description = w.optional_text(&f, "description");
    let questions = w.required(&f, "questions", "theme").and_then(|n| {
        let items = w.list(n, "questions")?;
        let qs: Vec<Option<Question>> = items
            .iter()
            .map(|q| walk_question(w, q, question_ids))
            .collect();
        qs.into_iter().collect::<Option<Vec<_>>>()
    });
    Some(Theme {
        id: id?.0,
        title: title?,
        short,
        weight,
        description,
        questions: questions?,
    })
}

fn check_unique(
    w: &mut Walker,
    f: &Fields,
    id: &str,
    line: u32,
    seen: &mut Vec<(String, u32)>,
    key: &'static str,
) {
    if let Some((_, first)) = seen.iter().find(|(s, _)| s == id) {
        let first = *first;
        if let Some(node) = f.get("id") {
            let message = tf(w.lang, key, &[("id", &id), ("line", &first)]);
            w.err(node, message);
        }
    } else {
        seen.push((id.to_string(), line));
    }
}

fn walk_question(
    w: &mut Walker,
    node: &Node,
    question_ids: &mut Vec<(String, u32)>,
) -> Option<Question> {
    let f = w.fields(node, "questions", QUESTION_FIELDS)?;
    let id = w.id(&f, "id", "question");
    if let Some((id, line)) = &id {
        check_unique(w, &f, id, *line, question_ids, "q.dup-question");
    }
    let text = w.required_text(&f, "text", "question");
    let help = w.optional_text(&f, "help");
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
                let expected = t(w.lang, "type.list");
                w.type_err(n, "references", expected);
                None
            }
        },
    };
    let options = match f.get("options") {
        None => Some(None),
        Some(n) => w.list(n, "options").and_then(|items| {
            if items.len() < 2 {
                let message = tf(w.lang, "q.options-short", &[("count", &items.len())]);
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
                            let message = tf(w.lang, "q.score-range", &[("value", &v)]);
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
    let fallback = lang.unwrap_or(options.lang);
    let text = read_text(path, shown, fallback, options.max_file_bytes)?;
    let lang = lang.or_else(|| declared_lang(&text)).unwrap_or(fallback);
    questionnaire_from_str(&text, shown, lang)
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
            "type.document",
            &[("found", &root.value.kind(w.lang))],
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
            let message = t(w.lang, "a.is-questionnaire").to_string();
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
                "a.questionnaire",
                &[("found", &id), ("expected", &q.id)],
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
                "a.version",
                &[("found", &v), ("expected", &q.version)],
            );
            w.err(n, message);
        }
        Some(v)
    });
    let department = w.required(&f, "department", "document").and_then(|n| {
        let d = w.string(n, "department")?;
        let d = d.trim().to_string();
        if d.is_empty() {
            let message = t(w.lang, "a.department-empty").to_string();
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
                    let message = tf(w.lang, "a.date", &[("date", &text)]);
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
                let expected = t(w.lang, "type.mapping");
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
            "a.unknown-question",
            &[
                ("id", &id),
                ("questionnaire", &q.id),
                ("version", &q.version),
            ],
        );
        w.err(key, message);
        return;
    };
    let Some((_, question)) = q.question_at(pos) else {
        return;
    };
    let answer = match &value.value {
        Value::Str(word) => word_answer(w, value, word, None),
        Value::Map(_) => {
            let Some(af) = w.fields(value, &id, ANSWER_FIELDS) else {
                return;
            };
            let comment = w
                .optional_text(&af, "comment")
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty());
            let Some(choice) = w.required(&af, "choice", "answer") else {
                return;
            };
            match &choice.value {
                Value::Int(i) => {
                    let max = question.choice_count(q.scale.len()) - 1;
                    if *i < 0 {
                        let message =
                            tf(w.lang, "a.choice-negative", &[("choice", i), ("max", &max)]);
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
                            "a.choice-range",
                            &[("choice", i), ("max", &max), ("labels", &labels.join(", "))],
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
                Value::Str(word) if word == "na" || word == "unknown" => {
                    word_answer(w, choice, word, comment)
                }
                _ => {
                    let expected = t(w.lang, "type.integer");
                    w.type_err(choice, "choice", expected);
                    None
                }
            }
        }
        Value::Null => Some(Answer::Missing),
        _ => {
            let message = tf(
                w.lang,
                "a.bad-word",
                &[("word", &scalar_text(&value.value))],
            );
            w.err(value, message);
            None
        }
    };
    if let Some(a) = answer {
        answers[pos] = a;
    }
}

fn word_answer(w: &mut Walker, node: &Node, word: &str, comment: Option<String>) -> Option<Answer> {
    match word {
        "na" => Some(Answer::Na { comment }),
        "unknown" => Some(Answer::Unknown { comment }),
        _ => {
            let message = tf(w.lang, "a.bad-word", &[("word", &word)]);
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
        let shown = input.display().to_string();
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                let before = files.len();
                walk_dir(input, &mut files, &mut errors, lang);
                if files.len() == before {
                    errors.push(LoadError::single(
                        &shown,
                        1,
                        1,
                        tf(lang, "io.no-answers", &[("path", &shown)]),
                    ));
                }
            }
            Ok(_) => files.push((input.clone(), shown)),
            Err(e) => {
                let message = if e.kind() == std::io::ErrorKind::NotFound {
                    t(lang, "io.not-found").to_string()
                } else {
                    tf(lang, "io.read", &[("error", &e)])
                };
                errors.push(LoadError::single(&shown, 1, 1, message));
            }
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
                &dir.display().to_string(),
                1,
                1,
                tf(lang, "io.read", &[("error", &e)]),
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
            if !hidden {
                let shown = path.display().to_string();
                files.push((path, shown));
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
    bar.set_message(t(lang, "io.progress"));
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
}
