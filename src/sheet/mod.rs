//! The spreadsheet round trip: `boussole template` writes a workbook to fill
//! in Excel or LibreOffice ([`xlsx`], [`ods`]), `boussole import` reads it
//! back into answers files ([`import`]).
//!
//! Both writers lay out the same workbook, described here once:
//!
//! - a first, visible sheet: the questionnaire's title, the « Direction » and
//!   « Répondant » cells (value in column B), a line of instructions, then a
//!   header row and one row per question (identifier, theme, question, answer,
//!   comment, help). Only the identity, answer and comment cells are unlocked;
//!   the sheet is protected without a password (it guards against slips, not
//!   against people);
//! - a hidden, protected sheet named `boussole`: the questionnaire's id,
//!   version and language (what `import` checks), and for each question the
//!   list its « Réponse » drop-down offers. A range is used rather than an
//!   inline list because Excel caps inline lists at 255 characters.
//!
//! Spreadsheets bypass drop-downs (a pasted value is never checked), so
//! `import` re-reads every value with [`parse_answer`].

pub mod import;
pub mod ods;
pub mod xlsx;

use crate::i18n::{Lang, Msg, t};
use crate::model::{Answer, Questionnaire};

/// Name of the hidden sheet holding the questionnaire's identity and lists.
pub const META_SHEET: &str = "boussole";
/// Marker in the hidden sheet's A4/B4, so that `import` recognises its own.
pub const FORMAT_MARK: &str = "boussole-template 1";

/// 0-based row of the « Direction » cell (row 3 in the spreadsheet).
pub const ROW_DEPARTMENT: u32 = 2;
/// 0-based row of the « Répondant » cell.
pub const ROW_RESPONDENT: u32 = 3;
/// 0-based row of the instructions.
pub const ROW_INSTRUCTIONS: u32 = 5;
/// 0-based row of the column headers.
pub const ROW_HEADER: u32 = 7;
/// 0-based row of the first question.
pub const ROW_FIRST: u32 = 8;
/// 0-based row of the first list on the hidden sheet.
pub const META_ROW_FIRST_LIST: u32 = 5;

/// Columns of the question rows.
pub const COL_ID: u16 = 0;
pub const COL_THEME: u16 = 1;
pub const COL_QUESTION: u16 = 2;
pub const COL_ANSWER: u16 = 3;
pub const COL_COMMENT: u16 = 4;
pub const COL_HELP: u16 = 5;

/// The spreadsheet formats boussole writes and reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Ods,
}

impl Format {
    /// The format a file name asks for, from its extension (any case).
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }
}

/// Who the template is for, pre-filled in its identity cells.
#[derive(Debug, Clone, Default)]
pub struct TemplateOptions {
    pub department: Option<String>,
    pub respondent: Option<String>,
}

/// The template for `q` in `format`, as bytes (the same inputs give the same
/// bytes).
pub fn template(
    q: &Questionnaire,
    format: Format,
    opts: &TemplateOptions,
) -> Result<Vec<u8>, String> {
    let layout = Layout::new(q, opts);
    match format {
        Format::Xlsx => xlsx::write(&layout),
        Format::Ods => ods::write(&layout),
    }
}

/// Everything both writers put in a template, in the questionnaire's language.
pub struct Layout {
    pub lang: Lang,
    pub id: String,
    pub version: String,
    pub title: String,
    pub department: String,
    pub respondent: String,
    pub rows: Vec<QuestionRow>,
}

/// One question's row, and the list its answer cell offers.
pub struct QuestionRow {
    pub id: String,
    pub theme: String,
    pub text: String,
    pub help: String,
    pub choices: Vec<String>,
}

impl Layout {
    fn new(q: &Questionnaire, opts: &TemplateOptions) -> Layout {
        let lang = q.lang;
        let rows = q
            .questions()
            .map(|(t_index, question)| {
                let mut choices: Vec<String> = question
                    .choices(&q.scale)
                    .iter()
                    .enumerate()
                    .map(|(i, c)| choice_label(i, c.label))
                    .collect();
                choices.push(t(lang, Msg::SheetNa).to_string());
                choices.push(t(lang, Msg::SheetUnknown).to_string());
                QuestionRow {
                    id: question.id.clone(),
                    theme: q.themes[t_index].title.clone(),
                    text: question.text.trim().to_string(),
                    help: help_text(q, question),
                    choices,
                }
            })
            .collect();
        Layout {
            lang,
            id: q.id.clone(),
            version: q.version.clone(),
            title: q.title.clone(),
            department: opts.department.clone().unwrap_or_default(),
            respondent: opts.respondent.clone().unwrap_or_default(),
            rows,
        }
    }

    /// A label of the first sheet.
    pub fn text(&self, msg: Msg<'static>) -> &'static str {
        t(self.lang, msg)
    }

    /// Name of the first sheet.
    pub fn sheet_name(&self) -> &'static str {
        self.text(Msg::SheetName)
    }
}

/// The help column: the question's help on one paragraph (the scale's
/// levels are the drop-down's labels; the paper form and `assess` describe
/// them).
fn help_text(_q: &Questionnaire, question: &crate::model::Question) -> String {
    question
        .help
        .as_deref()
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// A choice as the drop-down shows it: « 2 · Défini ».
pub fn choice_label(index: usize, label: &str) -> String {
    format!("{index} · {}", label.trim())
}

/// A cell's name in A1 notation, from 0-based row and column.
pub fn cell_name(row: u32, col: u16) -> String {
    let mut letters = Vec::new();
    let mut c = u32::from(col) + 1;
    while c > 0 {
        let rem = ((c - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        c = (c - 1) / 26;
    }
    letters.reverse();
    let mut name: String = letters.into_iter().collect();
    name.push_str(&(row + 1).to_string());
    name
}

/// Lowercase, with runs of spaces (and no-break spaces) made one, and
/// typographic apostrophes made straight: how typed answers are compared.
pub fn normalise(text: &str) -> String {
    text.replace(['\u{2019}', '\u{2018}'], "'")
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What a typed or chosen answer means, before its comment is attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    Choice(usize),
    Na,
    Unknown,
}

/// Reads an answer cell's text against a question's `choices` (their bare
/// labels, in order). Accepted, whatever the case and spacing: the label as
/// the drop-down shows it (« 2 · Défini »), the bare label (« Défini »), the
/// index (« 2 »), and the answer words `na`, `unknown`, `so`, `nsp`,
/// « Sans objet », « Ne sait pas », « Not applicable », « Don't know ».
pub fn parse_answer(text: &str, choices: &[&str]) -> Option<Parsed> {
    let n = normalise(text);
    match n.as_str() {
        "na" | "n/a" | "so" | "sans objet" | "not applicable" => return Some(Parsed::Na),
        "unknown" | "nsp" | "ne sait pas" | "don't know" | "dont know" => {
            return Some(Parsed::Unknown);
        }
        _ => {}
    }
    if let Ok(i) = n.parse::<usize>() {
        return (i < choices.len()).then_some(Parsed::Choice(i));
    }
    // A whole number typed in a numeric cell comes back as « 2.0 » or « 2,0 ».
    if let Some(i) = n
        .strip_suffix(".0")
        .or_else(|| n.strip_suffix(",0"))
        .and_then(|s| s.parse::<usize>().ok())
    {
        return (i < choices.len()).then_some(Parsed::Choice(i));
    }
    choices
        .iter()
        .enumerate()
        .find(|(i, label)| {
            normalise(label) == n || normalise(&choice_label(*i, label)) == n || {
                // « 2 - Défini », « 2·Défini », « 2. Défini »…
                let compact: String = n.chars().filter(|c| c.is_alphanumeric()).collect();
                let want: String = format!("{i}{}", normalise(label))
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                compact == want
            }
        })
        .map(|(i, _)| Parsed::Choice(i))
}

/// An answer with its comment.
pub fn answer(parsed: Parsed, comment: Option<String>) -> Answer {
    match parsed {
        Parsed::Choice(index) => Answer::Choice { index, comment },
        Parsed::Na => Answer::Na { comment },
        Parsed::Unknown => Answer::Unknown { comment },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(2, 1), "B3");
        assert_eq!(cell_name(9, 25), "Z10");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(0, 701), "ZZ1");
        assert_eq!(cell_name(0, 702), "AAA1");
    }

    #[test]
    fn answers_typed_or_pasted() {
        let choices = ["Inexistant", "Initial", "Défini", "Maîtrisé", "Optimisé"];
        let ok = [
            ("2 · Défini", Parsed::Choice(2)),
            ("  2  ·  DÉFINI ", Parsed::Choice(2)),
            ("défini", Parsed::Choice(2)),
            ("2", Parsed::Choice(2)),
            ("4.0", Parsed::Choice(4)),
            ("0 - Inexistant", Parsed::Choice(0)),
            ("Sans objet", Parsed::Na),
            ("SO", Parsed::Na),
            ("na", Parsed::Na),
            ("Ne  sait pas", Parsed::Unknown),
            ("nsp", Parsed::Unknown),
            ("Unknown", Parsed::Unknown),
            ("Don’t know", Parsed::Unknown),
        ];
        for (text, want) in ok {
            assert_eq!(parse_answer(text, &choices), Some(want), "{text}");
        }
        for bad in ["5", "-1", "3 · Défini", "Defini", "oui", "", "2.5"] {
            assert_eq!(parse_answer(bad, &choices), None, "{bad}");
        }
    }
}
