//! `--format csv`: one row per department × theme, made to open by
//! double-click in LibreOffice and in a French-locale Excel.
//!
//! Excel in French expects `;` between fields and a decimal comma, and only
//! recognises UTF-8 (accents) when the file starts with a byte-order mark;
//! LibreOffice detects all three. Lines end with CRLF, as RFC 4180 says.

use super::view::ScoreView;
use crate::i18n::{Lang, Msg, t};

/// Quotes a field when it holds the separator, a quote or a line break;
/// a text that a spreadsheet would run as a formula is defused first.
pub fn field(text: &str) -> String {
    let text = crate::sanitize::csv_cell(text);
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A number for a spreadsheet: two decimals, in the language's notation;
/// empty when there is no value.
pub fn num(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| super::number(lang, v, 2))
}

/// Joins fields into one CSV line with its CRLF.
pub fn line(fields: &[String]) -> String {
    let mut s = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    s.push_str("\r\n");
    s
}

/// A CSV document's start: the byte-order mark and the header line, whose
/// column names are the messages given.
pub fn start(lang: Lang, columns: &[Msg<'static>]) -> String {
    let header: Vec<String> = columns.iter().map(|c| t(lang, *c).to_string()).collect();
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&header));
    out
}

/// The CSV export of a campaign's results, with its byte-order mark.
pub fn score(v: &ScoreView, lang: Lang) -> String {
    let mut out = start(
        lang,
        &[
            Msg::CsvDepartment,
            Msg::CsvRespondents,
            Msg::CsvThemeId,
            Msg::CsvTheme,
            Msg::CsvScore,
            Msg::CsvLevel,
            Msg::CsvLevelLabel,
            Msg::CsvMin,
            Msg::CsvMax,
            Msg::CsvStddev,
            Msg::CsvAnswered,
            Msg::CsvNa,
            Msg::CsvUnknown,
            Msg::CsvMissing,
        ],
    );
    for d in &v.departments {
        for dt in &d.themes {
            out.push_str(&line(&[
                d.name.to_string(),
                d.respondents.to_string(),
                dt.id.to_string(),
                dt.title.to_string(),
                num(lang, dt.mark.score),
                dt.mark
                    .level_index()
                    .map_or(String::new(), |l| l.to_string()),
                dt.mark.level_label().unwrap_or_default().to_string(),
                num(lang, dt.spread.map(|s| s.min)),
                num(lang, dt.spread.map(|s| s.max)),
                num(lang, dt.spread.map(|s| s.stddev)),
                dt.counts.answered.to_string(),
                dt.counts.na.to_string(),
                dt.counts.unknown.to_string(),
                dt.counts.missing.to_string(),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(field("Direction des finances"), "Direction des finances");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("dit \"oui\""), "\"dit \"\"oui\"\"\"");
        assert_eq!(
            line(&["a".into(), "4,5".into(), "b;c".into()]),
            "a;4,5;\"b;c\"\r\n"
        );
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("@SUM(A1;A2)"), "\"'@SUM(A1;A2)\"");
        assert_eq!(field("-12,50"), "-12,50");
        assert_eq!(field("+3,0"), "+3,0");
    }
}
