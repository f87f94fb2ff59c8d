//! Writing an answers file (SPEC §2) that [`crate::load::answers_from_str`]
//! reads back identically.
//!
//! The output is meant to be read and, if need be, corrected by hand: a
//! comment naming the questionnaire, the header fields, then one entry per
//! answered question in questionnaire order. Every free text is written as a
//! JSON-style double-quoted string, which is valid YAML whatever it holds
//! (quotes, colons, `#`, newlines, leading spaces, words like `no` or `null`).

use std::fmt::Write as _;

use crate::i18n::{Lang, Msg, tf};
use crate::model::{Answer, AnswerSheet, Questionnaire};

/// The answers file for `sheet`, answered against `q`.
///
/// Missing answers are left out (an absent question is *missing* in SPEC §2);
/// `na` and `unknown` are bare words, or a `{choice: na, comment: "…"}`
/// mapping when they carry a comment.
pub fn to_yaml(q: &Questionnaire, sheet: &AnswerSheet) -> String {
    let lang: Lang = q.lang;
    let mut out = String::new();
    let header = tf(
        lang,
        Msg::AssessFileHeader {
            title: &one_line(&q.title),
        },
    );
    out.push_str("# ");
    out.push_str(&header);
    out.push('\n');
    field(&mut out, "questionnaire", &sheet.questionnaire);
    field(&mut out, "version", &sheet.version);
    field(&mut out, "department", &sheet.department);
    if let Some(r) = &sheet.respondent {
        field(&mut out, "respondent", r);
    }
    if let Some(d) = sheet.date {
        // A bare ISO date, as in SPEC §2; the loader reads it as text.
        let _ = writeln!(out, "date: {d}");
    }
    let answered: Vec<(&str, &Answer)> = q
        .questions()
        .zip(&sheet.answers)
        .filter(|(_, a)| !matches!(a, Answer::Missing))
        .map(|((_, question), a)| (question.id.as_str(), a))
        .collect();
    if answered.is_empty() {
        out.push_str("answers: {}\n");
        return out;
    }
    out.push_str("answers:\n");
    for (id, answer) in answered {
        let key = key(id);
        match answer {
            Answer::Choice { index, comment } => {
                let _ = writeln!(out, "  {key}:");
                let _ = writeln!(out, "    choice: {index}");
                if let Some(c) = comment {
                    let _ = writeln!(out, "    comment: {}", quote(c));
                }
            }
            Answer::Na { comment } => word(&mut out, &key, "na", comment.as_deref()),
            Answer::Unknown { comment } => word(&mut out, &key, "unknown", comment.as_deref()),
            Answer::Missing => {}
        }
    }
    out
}

fn field(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "{name}: {}", quote(value));
}

fn word(out: &mut String, key: &str, word: &str, comment: Option<&str>) {
    match comment {
        None => {
            let _ = writeln!(out, "  {key}: {word}");
        }
        Some(c) => {
            let _ = writeln!(out, "  {key}: {{choice: {word}, comment: {}}}", quote(c));
        }
    }
}

/// A title on one line, for the heading comment.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A question id as a mapping key: bare when YAML cannot read it as anything
/// but that text, quoted otherwise (`null`, `true`, `123`, `1e3`…).
fn key(id: &str) -> String {
    const SPECIAL: &[&str] = &[
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf",
    ];
    let plain = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !SPECIAL.contains(&id);
    if plain { id.to_string() } else { quote(id) }
}

/// A YAML double-quoted scalar. Only `"`, `\` and characters YAML does not
/// allow raw (controls, line and paragraph separators, BOM, non-characters)
/// are escaped; accents and other text stay readable.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                ) =>
            {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{answers_from_str, questionnaire_from_str};
    use crate::model::Date;

    const QUESTIONNAIRE: &str = r#"
id: tricky
version: "2026.1"
lang: fr
title: "Gouvernance de l’IA: « test »
  sur deux lignes"
scale:
  - label: Non
  - label: Oui
themes:
  - id: t
    title: T
    questions:
      - id: plain-id
        text: A ?
      - id: "null"
        text: B ?
      - id: "123"
        text: C ?
      - id: "yes"
        text: D ?
      - id: e
        text: E ?
        options:
          - label: Un
            score: 0
          - label: Deux
            score: 50
          - label: Trois
            score: 100
      - id: f
        text: F ?
"#;

    fn q() -> Questionnaire {
        questionnaire_from_str(QUESTIONNAIRE, "q.yaml", Lang::Fr).unwrap()
    }

    fn round_trip(sheet: &AnswerSheet) {
        let q = q();
        let text = to_yaml(&q, sheet);
        let back = answers_from_str(&text, "a.yaml", &q, Lang::Fr)
            .unwrap_or_else(|e| panic!("{e}\n---\n{text}"));
        let mut expected = sheet.clone();
        expected.source = "a.yaml".into();
        assert_eq!(back, expected, "\n{text}");
    }

    #[test]
    fn reads_back_identically() {
        let q = q();
        let mut sheet = AnswerSheet::empty(
            &q,
            "Direction de l’eau: \"potable\" #1".into(),
            Some("  no".trim().into()),
        );
        sheet.date = Some(Date {
            year: 2026,
            month: 10,
            day: 4,
        });
        sheet.answers = vec![
            Answer::Choice {
                index: 1,
                comment: Some("a: b # c\n« d » \\ e\t\u{2028}\u{7f}\u{1b}".into()),
            },
            Answer::Na { comment: None },
            Answer::Unknown {
                comment: Some("on ne sait pas: vraiment".into()),
            },
            Answer::Na {
                comment: Some("- pas concerné".into()),
            },
            Answer::Choice {
                index: 2,
                comment: None,
            },
            Answer::Missing,
        ];
        round_trip(&sheet);
    }

    #[test]
    fn header_fields_that_look_like_other_types() {
        let q = q();
        for name in [
            "yes",
            "null",
            "123",
            "2026-10-04",
            "~",
            "[x]",
            "{a: b}",
            "'quoted'",
            "&anchor",
            "*alias",
            "!tag",
            "%",
            "@",
            "`",
            " lead",
            "trail ",
        ] {
            let mut sheet = AnswerSheet::empty(&q, "D".into(), Some(name.into()));
            if name.trim() != name {
                // The loader trims names; the session never writes untrimmed ones.
                sheet.respondent = Some(name.trim().into());
            }
            round_trip(&sheet);
        }
    }

    #[test]
    fn empty_sheet_and_no_optional_fields() {
        let q = q();
        let sheet = AnswerSheet::empty(&q, "Finances".into(), None);
        let text = to_yaml(&q, &sheet);
        assert!(text.contains("answers: {}"), "{text}");
        assert!(!text.contains("respondent"), "{text}");
        assert!(!text.contains("date"), "{text}");
        round_trip(&sheet);
    }

    #[test]
    fn layout_is_readable() {
        let q = q();
        let mut sheet = AnswerSheet::empty(&q, "Finances".into(), Some("Claire".into()));
        sheet.date = Some(Date {
            year: 2026,
            month: 1,
            day: 2,
        });
        sheet.answers[0] = Answer::Choice {
            index: 1,
            comment: None,
        };
        sheet.answers[1] = Answer::Na { comment: None };
        sheet.answers[2] = Answer::Unknown {
            comment: Some("à voir".into()),
        };
        let text = to_yaml(&q, &sheet);
        let expected = "\
# Réponses au questionnaire «\u{a0}Gouvernance de l’IA: « test » sur deux lignes\u{a0}»
questionnaire: \"tricky\"
version: \"2026.1\"
department: \"Finances\"
respondent: \"Claire\"
date: 2026-01-02
answers:
  plain-id:
    choice: 1
  \"null\": na
  \"123\": {choice: unknown, comment: \"à voir\"}
";
        assert_eq!(text, expected);
        assert!(!text.contains("yaml-language-server"));
    }
}
