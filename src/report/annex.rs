//! Annex (with `--with-answers`): every answer and comment, by department.
//! Respondents are "Répondant 1, 2…" unless `--show-respondents`.

use super::fmt::int;
use super::layout::{Align, Cell, Col, Flow, MUTED, Row, Span, Table, WIDTH};
use super::synthesis::french_quotes;
use super::view::View;
use crate::i18n::{Msg, t, tf};
use crate::model::Answer;

/// Departments the annex lists in full; beyond, it says how many were left
/// out (the answers files hold everything).
pub const MAX_DEPARTMENTS: usize = 40;
/// Respondents shown as columns; more go into one column, one line each.
const MAX_COLUMNS: usize = 4;

/// Draws the annex.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    f.chapter(t(lang, Msg::ReportAnnex), 1, t(lang, Msg::ReportAnnexTitle));
    let names = if v.opts.show_respondents {
        t(lang, Msg::ReportAnnexNamesShown)
    } else {
        t(lang, Msg::ReportAnnexNamesHidden)
    };
    f.para(&[Span::new(format!(
        "{} {}",
        t(lang, Msg::ReportAnnexIntro),
        names
    ))]);
    let nd = v.nd();
    if nd > MAX_DEPARTMENTS {
        f.para(&[Span::muted(tf(
            lang,
            Msg::ReportAnnexBounded {
                shown: &int(lang, MAX_DEPARTMENTS),
                count: &int(lang, nd),
            },
        ))]);
    }
    for d in 0..nd.min(MAX_DEPARTMENTS) {
        department(f, v, d);
    }
}

fn who(v: &View, d: usize, k: usize) -> String {
    let sheet = &v.c.sheets[v.r.departments[d].sheets[k]];
    match (&sheet.respondent, v.opts.show_respondents) {
        (Some(name), true) => name.clone(),
        _ => tf(v.lang, Msg::CmpRespondentN { n: &(k + 1) }),
    }
}

fn answer_spans(v: &View, p: usize, answer: &Answer) -> Vec<Span> {
    let label = super::fmt::answer_label(v.lang, v.q, p, answer);
    let mut spans = vec![match answer {
        Answer::Choice { .. } => Span::new(label),
        _ => Span::italic(label).color(MUTED),
    }];
    if let Some(c) = answer.comment() {
        spans.push(
            Span::italic(format!(
                "\n{}",
                french_quotes(v.lang, &format!("« {} »", c.trim()))
            ))
            .color(MUTED),
        );
    }
    spans
}

fn department(f: &mut Flow, v: &View, d: usize) {
    let lang = v.lang;
    let dept = &v.r.departments[d];
    let k = dept.sheets.len();
    f.set_running(&format!("{} · {}", t(lang, Msg::ReportAnnex), dept.name));
    f.heading(&dept.name, 2, 90.0);
    if k < v.opts.min_group {
        f.para(&[Span::muted(tf(
            lang,
            Msg::ReportMinGroupAnnex {
                count: &super::fmt::Int(lang, k),
                min: &v.opts.min_group,
            },
        ))]);
        return;
    }
    if v.opts.show_respondents {
        named(f, v, d);
    } else {
        pooled(f, v, d);
    }
}

/// Anonymous: per question, how many gave each answer and the comments,
/// with no label that would join one person's answers across questions.
fn pooled(f: &mut Flow, v: &View, d: usize) {
    let lang = v.lang;
    let dept = &v.r.departments[d];
    f.para(&[Span::muted(tf(
        lang,
        Msg::ReportAnnexPooled {
            count: &super::fmt::Int(lang, dept.sheets.len()),
        },
    ))]);
    let mut table = Table::new(
        vec![
            Col::new(WIDTH * 0.42, Align::Left),
            Col::new(WIDTH * 0.24, Align::Left),
            Col::new(WIDTH * 0.34, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportQuestion)),
            Cell::text(t(lang, Msg::ReportAnswersGiven)),
            Cell::text(t(lang, Msg::ReportComments)),
        ],
    );
    table.pad = 3.5;
    let mut p = 0;
    for theme in &v.q.themes {
        table.rows.push(Row::group(Cell::bold(theme.title.clone())));
        for _ in &theme.questions {
            // Answers counted by label, in the order of the choices (then
            // sans objet, ne sait pas, sans réponse); comments sorted.
            let mut counts: std::collections::BTreeMap<(usize, String), usize> =
                std::collections::BTreeMap::new();
            let mut comments: Vec<String> = Vec::new();
            for &sheet in &dept.sheets {
                let answer = v.c.sheets[sheet].answers.get(p).unwrap_or(&Answer::Missing);
                let order = match answer {
                    Answer::Choice { index, .. } => *index,
                    Answer::Na { .. } => usize::MAX - 2,
                    Answer::Unknown { .. } => usize::MAX - 1,
                    Answer::Missing => usize::MAX,
                };
                let label = super::fmt::answer_label(lang, v.q, p, answer);
                *counts.entry((order, label)).or_default() += 1;
                if let Some(c) = answer.comment().map(str::trim).filter(|c| !c.is_empty()) {
                    comments.push(french_quotes(lang, &format!("« {c} »")));
                }
            }
            comments.sort();
            let answers: Vec<String> = counts
                .iter()
                .map(|((_, label), n)| format!("{n} × {label}"))
                .collect();
            table.rows.push(Row::new(vec![
                Cell::text(super::fmt::third_person(lang, v.question(p).text.trim())),
                Cell::text(answers.join("\n")),
                Cell::spans(vec![Span::italic(comments.join("\n")).color(MUTED)]),
            ]));
            p += 1;
        }
    }
    f.table(&table);
}

/// With `--show-respondents`: one column per named respondent.
fn named(f: &mut Flow, v: &View, d: usize) {
    let lang = v.lang;
    let dept = &v.r.departments[d];
    let k = dept.sheets.len();
    let who_list: Vec<String> = (0..k).map(|i| who(v, d, i)).collect();
    f.para(&[Span::muted(tf(
        lang,
        Msg::ReportAnnexRespondents {
            count: &k,
            names: &who_list.join(", "),
        },
    ))]);
    let columns = k <= MAX_COLUMNS;
    let (cols, header) = if columns {
        let w = ((WIDTH - 180.0) / k as f32).min(100.0);
        let mut cols = vec![Col::new(WIDTH - w * k as f32, Align::Left)];
        cols.extend((0..k).map(|_| Col::new(w, Align::Left)));
        let mut header = vec![Cell::text(t(lang, Msg::ReportQuestion))];
        header.extend(who_list.iter().map(|n| Cell::text(n.clone())));
        (cols, header)
    } else {
        (
            vec![
                Col::new(WIDTH * 0.5, Align::Left),
                Col::new(WIDTH * 0.5, Align::Left),
            ],
            vec![
                Cell::text(t(lang, Msg::ReportQuestion)),
                Cell::text(t(lang, Msg::ReportAnswersGiven)),
            ],
        )
    };
    let mut table = Table::new(cols, header);
    table.size = 8.5;
    table.pad = 3.5;
    let mut p = 0;
    for theme in &v.q.themes {
        table.rows.push(Row::group(Cell::bold(theme.title.clone())));
        for question in &theme.questions {
            let mut cells = vec![Cell::text(question.text.trim().to_string())];
            let answers: Vec<&Answer> = dept
                .sheets
                .iter()
                .map(|&s| v.c.sheets[s].answers.get(p).unwrap_or(&Answer::Missing))
                .collect();
            if columns {
                cells.extend(answers.iter().map(|a| Cell::spans(answer_spans(v, p, a))));
            } else {
                let mut spans = Vec::new();
                for (i, a) in answers.iter().enumerate() {
                    if i > 0 {
                        spans.push(Span::new("\n"));
                    }
                    let colon = match lang {
                        crate::i18n::Lang::Fr => "\u{a0}: ",
                        crate::i18n::Lang::En => ": ",
                    };
                    spans.push(Span::bold(format!("{}{colon}", who_list[i])));
                    spans.extend(answer_spans(v, p, a));
                }
                cells.push(Cell::spans(spans));
            }
            table.rows.push(Row::new(cells));
            p += 1;
        }
    }
    f.table(&table);
}
