//! Reading filled-in templates back (calamine), checking every value.
//!
//! Nothing a spreadsheet holds is trusted: drop-downs are bypassed by pasting,
//! cells can be unprotected, rows moved or deleted. Every problem is reported
//! as `FILE:SHEET!CELL: message` with the fix, all of them at once.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Range, Reader, open_workbook_auto_from_rs};

use super::{
    COL_ANSWER, COL_COMMENT, COL_ID, FORMAT_MARK, META_SHEET, ROW_DEPARTMENT, ROW_FIRST,
    ROW_HEADER, ROW_RESPONDENT, answer, cell_name, choice_label, normalise, parse_answer,
};
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{Answer, AnswerSheet, Questionnaire};

/// The identity a template carries on its hidden sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub questionnaire: String,
    pub version: String,
    pub lang: Option<Lang>,
}

/// A workbook read into memory: its first sheet and its identity.
pub struct Workbook {
    /// Name of the first visible sheet (the questions).
    pub sheet: String,
    range: Range<Data>,
    pub identity: Identity,
}

/// One problem, already worded: `FILE:SHEET!CELL: message`.
pub type Problem = String;

/// Opens a workbook from its bytes (XLSX or ODS, told apart by content).
pub fn open(bytes: Vec<u8>, shown: &str, lang: Lang) -> Result<Workbook, Problem> {
    let mut wb = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("{shown}: {}", tf(lang, Msg::ImportUnreadable { error: &e })))?;
    let names = wb.sheet_names();
    if !names.iter().any(|n| n == META_SHEET) {
        return Err(format!("{shown}: {}", t(lang, Msg::ImportNotTemplate)));
    }
    let meta = wb
        .worksheet_range(META_SHEET)
        .map_err(|e| format!("{shown}: {}", tf(lang, Msg::ImportUnreadable { error: &e })))?;
    let text_at = |r: &Range<Data>, row: u32, col: u32| -> String {
        r.get_value((row, col)).map(text_of).unwrap_or_default()
    };
    if text_at(&meta, 3, 1) != FORMAT_MARK {
        return Err(format!(
            "{shown}:{META_SHEET}!B4: {}",
            t(lang, Msg::ImportNotTemplate)
        ));
    }
    let identity = Identity {
        questionnaire: text_at(&meta, 0, 1),
        version: text_at(&meta, 1, 1),
        lang: Lang::from_code(&text_at(&meta, 2, 1)),
    };
    let Some(sheet) = names.into_iter().find(|n| n != META_SHEET) else {
        return Err(format!("{shown}: {}", t(lang, Msg::ImportNotTemplate)));
    };
    let range = wb
        .worksheet_range(&sheet)
        .map_err(|e| format!("{shown}: {}", tf(lang, Msg::ImportUnreadable { error: &e })))?;
    Ok(Workbook {
        sheet,
        range,
        identity,
    })
}

/// A cell's content as text: strings trimmed, whole numbers without ".0".
fn text_of(d: &Data) -> String {
    match d {
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(d) => d.to_string(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

impl Workbook {
    fn text(&self, row: u32, col: u16) -> String {
        self.range
            .get_value((row, u32::from(col)))
            .map(text_of)
            .unwrap_or_default()
    }

    /// The last row holding anything (0-based), if any.
    fn last_row(&self) -> u32 {
        self.range.end().map_or(0, |(r, _)| r)
    }
}

/// Reads a workbook's answers against `q`; every problem found, or the sheet.
/// `q` must be the questionnaire the identity names (see [`check_identity`]).
pub fn read(
    wb: &Workbook,
    shown: &str,
    q: &Questionnaire,
    lang: Lang,
) -> Result<(AnswerSheet, usize), Vec<Problem>> {
    let mut problems: Vec<Problem> = Vec::new();
    let at = |row: u32, col: u16| format!("{shown}:{}!{}", wb.sheet, cell_name(row, col));
    let department = wb.text(ROW_DEPARTMENT, 1);
    if department.is_empty() {
        problems.push(format!(
            "{}: {}",
            at(ROW_DEPARTMENT, 1),
            t(lang, Msg::ImportNoDepartment)
        ));
    }
    let respondent = Some(wb.text(ROW_RESPONDENT, 1)).filter(|r| !r.is_empty());
    let header = wb.text(ROW_HEADER, COL_ID);
    if normalise(&header) != normalise(t(q.lang, Msg::SheetColId)) {
        problems.push(format!(
            "{}: {}",
            at(ROW_HEADER, COL_ID),
            tf(
                lang,
                Msg::ImportMoved {
                    expected: &t(q.lang, Msg::SheetColId)
                }
            )
        ));
        return Err(problems);
    }
    let mut answers = vec![Answer::Missing; q.question_count()];
    let mut seen: HashMap<usize, u32> = HashMap::new();
    let mut blank = 0usize;
    for row in ROW_FIRST..=wb.last_row() {
        let id = wb.text(row, COL_ID);
        let value = wb.text(row, COL_ANSWER);
        let comment = Some(wb.text(row, COL_COMMENT)).filter(|c| !c.is_empty());
        if id.is_empty() {
            if !value.is_empty() || comment.is_some() {
                problems.push(format!("{}: {}", at(row, COL_ID), t(lang, Msg::ImportNoId)));
            }
            continue;
        }
        let Some(pos) = q.position(&id) else {
            problems.push(format!(
                "{}: {}",
                at(row, COL_ID),
                tf(
                    lang,
                    Msg::ImportUnknownId {
                        id: &id,
                        questionnaire: &q.id,
                        version: &q.version
                    }
                )
            ));
            continue;
        };
        if let Some(first) = seen.insert(pos, row) {
            problems.push(format!(
                "{}: {}",
                at(row, COL_ID),
                tf(
                    lang,
                    Msg::ImportDuplicateRow {
                        id: &id,
                        first: &(first + 1)
                    }
                )
            ));
            continue;
        }
        if value.is_empty() {
            if comment.is_some() {
                // A comment without an answer: keep it, as « ne sait pas »
                // would lose what the respondent meant; ask for the answer.
                problems.push(format!(
                    "{}: {}",
                    at(row, COL_ANSWER),
                    tf(lang, Msg::ImportCommentWithoutAnswer { id: &id })
                ));
            } else {
                blank += 1;
            }
            continue;
        }
        let Some((_, question)) = q.question_at(pos) else {
            continue;
        };
        let views = question.choices(&q.scale);
        let labels: Vec<&str> = views.iter().map(|c| c.label).collect();
        match parse_answer(&value, &labels) {
            Some(p) => answers[pos] = answer(p, comment),
            None => {
                let list = labels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| format!("« {} »", choice_label(i, l)))
                    .collect::<Vec<_>>()
                    .join(", ");
                problems.push(format!(
                    "{}: {}",
                    at(row, COL_ANSWER),
                    tf(
                        lang,
                        Msg::ImportBadAnswer {
                            value: &value,
                            id: &id,
                            choices: &list,
                            max: &(labels.len().saturating_sub(1)),
                            na: &t(q.lang, Msg::SheetNa),
                            unknown: &t(q.lang, Msg::SheetUnknown)
                        }
                    )
                ));
            }
        }
    }
    // Rows deleted from the sheet count as unanswered.
    blank += q.question_count() - seen.len();
    if !problems.is_empty() {
        return Err(problems);
    }
    let sheet = AnswerSheet {
        source: shown.to_string(),
        questionnaire: q.id.clone(),
        version: q.version.clone(),
        department,
        respondent,
        date: None,
        answers,
    };
    Ok((sheet, blank))
}

/// Checks that a workbook was made for `q`; the problem otherwise.
pub fn check_identity(
    wb: &Workbook,
    shown: &str,
    q: &Questionnaire,
    lang: Lang,
) -> Option<Problem> {
    let id = &wb.identity;
    (id.questionnaire != q.id || id.version != q.version).then(|| {
        format!(
            "{shown}:{META_SHEET}!B1: {}",
            tf(
                lang,
                Msg::ImportWrongQuestionnaire {
                    found: &format!("{} {}", id.questionnaire, id.version),
                    expected: &format!("{} {}", q.id, q.version)
                }
            )
        )
    })
}
