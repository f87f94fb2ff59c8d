//! `compare`: departments side by side, the change since a baseline, and the
//! consensus agenda — as a terminal table, JSON, CSV or Markdown. Each
//! formats a [`ScoreView`] or the agenda of [`super::view`].

use serde::Serialize;

use super::json::pretty;
use super::table::{self, Style};
use super::view::{AgendaItem, Mark, ScoreView};
use super::{csv, delta_text, score_text};
use crate::compare::Comparison;
use crate::i18n::{Lang, Msg, t, tf};
use comfy_table::{Cell, CellAlignment};

/// A score with its change: "52,3 (+4,2)"; "(nouveau)" when the baseline
/// has no score to compare with.
fn cell_text(lang: Lang, m: Mark, with_delta: bool) -> String {
    let s = score_text(lang, m.score);
    if !with_delta || m.score.is_none() {
        return s;
    }
    match m.change {
        Some(_) => format!("{s} ({})", delta_text(lang, m.change)),
        None => format!("{s} ({})", t(lang, Msg::CmpNewShort)),
    }
}

/// The `compare` table: the matrix with changes, then what changed.
pub fn table(v: &ScoreView, style: Style) -> String {
    let lang = style.lang;
    let q = v.q;
    let mut out = String::new();
    out.push_str(&format!("{} — {} {}\n", q.title, q.id, q.version));
    if let Some(cmp) = v.comparison {
        let since = tf(
            lang,
            Msg::CmpSince {
                version: &cmp.baseline_version,
            },
        );
        // A sentence of its own here: capitalised.
        let mut chars = since.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
        out.push('\n');
    }
    out.push('\n');
    let with_delta = v.comparison.is_some();
    out.push_str(&table::matrix(v, style, false, |m| {
        Cell::new(cell_text(lang, m, with_delta)).set_alignment(CellAlignment::Right)
    }));
    out.push('\n');
    if let Some(cmp) = v.comparison {
        out.push_str(&changes_text(cmp, lang, "", ""));
    }
    out
}

/// What changed besides scores: departments and questions, as plain lines
/// (prefixes let Markdown reuse it).
fn changes_text(cmp: &Comparison, lang: Lang, heading: &str, bullet: &str) -> String {
    let mut out = String::new();
    out.push('\n');
    out.push_str(&format!("{heading}{}\n", t(lang, Msg::CmpDeltasNote)));
    let new: Vec<&str> = cmp.new_departments().collect();
    let gone: Vec<&str> = cmp.vanished_departments().collect();
    if !new.is_empty() {
        out.push_str(&format!("{heading}{}\n", t(lang, Msg::CmpNewDepartments)));
        for n in &new {
            out.push_str(&format!("{bullet}  - {n}\n"));
        }
    }
    if !gone.is_empty() {
        out.push_str(&format!(
            "{heading}{}\n",
            t(lang, Msg::CmpVanishedDepartments)
        ));
        for n in &gone {
            out.push_str(&format!("{bullet}  - {n}\n"));
        }
    }
    if cmp.same_questions() {
        out.push_str(&format!("{heading}{}\n", t(lang, Msg::CmpSameQuestions)));
    } else {
        out.push_str(&format!(
            "{heading}{}\n",
            tf(
                lang,
                Msg::CmpSharedQuestions {
                    shared: &cmp.shared,
                    old: &cmp.baseline_version,
                    new: &cmp.current_version
                }
            )
        ));
        if !cmp.added.is_empty() {
            out.push_str(&format!("{heading}{}\n", t(lang, Msg::CmpAdded)));
            for q in &cmp.added {
                out.push_str(&format!("{bullet}  - {} — {}\n", q.id, q.text));
            }
        }
        if !cmp.removed.is_empty() {
            out.push_str(&format!("{heading}{}\n", t(lang, Msg::CmpRemoved)));
            for q in &cmp.removed {
                out.push_str(&format!("{bullet}  - {} — {}\n", q.id, q.text));
            }
        }
    }
    out
}

/// The consensus agenda as text for the terminal.
pub fn agenda_text(items: &[AgendaItem], lang: Lang) -> String {
    let mut out = String::new();
    if items.is_empty() {
        out.push_str(t(lang, Msg::CmpNoDisagreement));
        out.push('\n');
        return out;
    }
    out.push_str(&tf(
        lang,
        Msg::CmpAgendaTitle {
            count: &items.len(),
        },
    ));
    out.push('\n');
    let mut current = "";
    for it in items {
        if it.department != current {
            current = &it.department;
            out.push_str(&format!(
                "\n{}\n{}\n",
                it.department,
                "─".repeat(it.department.chars().count())
            ));
        }
        out.push_str(&format!(
            "• {} [{}] — {} — {}\n",
            it.question, it.question_id, it.theme, it.gap
        ));
        for a in &it.answers {
            let (who, label) = (&a.respondent, &a.answer);
            match &a.comment {
                Some(c) => out.push_str(&format!("    {who} : {label} — « {c} »\n")),
                None => out.push_str(&format!("    {who} : {label}\n")),
            }
        }
    }
    if lang == Lang::En {
        out = out
            .replace(" : ", ": ")
            .replace("« ", "\u{201c}")
            .replace(" »", "\u{201d}");
    } else {
        out = out
            .replace(" : ", "\u{a0}: ")
            .replace("« ", "«\u{a0}")
            .replace(" »", "\u{a0}»");
    }
    out
}

/// The consensus agenda in Markdown.
pub fn agenda_md(items: &[AgendaItem], lang: Lang) -> String {
    let mut out = format!("# {}\n", t(lang, Msg::CmpAgendaHeading));
    if items.is_empty() {
        out.push_str(&format!("\n{}\n", t(lang, Msg::CmpNoDisagreement)));
        return out;
    }
    let mut current = "";
    for it in items {
        if it.department != current {
            current = &it.department;
            out.push_str(&format!("\n## {}\n\n", md_escape(&it.department)));
        }
        out.push_str(&format!(
            "- **{}** (`{}`, {}) — {}\n",
            md_escape(&it.question),
            it.question_id,
            md_escape(&it.theme),
            it.gap
        ));
        for a in &it.answers {
            let c = a
                .comment
                .as_deref()
                .map_or(String::new(), |c| format!(" — *{}*", md_escape(c)));
            out.push_str(&format!(
                "  - {} : {}{}\n",
                md_escape(&a.respondent),
                md_escape(&a.answer),
                c
            ));
        }
    }
    out
}

/// `compare --disagreements --format json`. Fields are in alphabetical
/// order, as the document has always had them.
#[derive(Serialize)]
struct AgendaOut<'a> {
    disagreements: Vec<AgendaItemOut<'a>>,
}

#[derive(Serialize)]
struct AgendaItemOut<'a> {
    answers: Vec<AgendaAnswerOut<'a>>,
    department: &'a str,
    gap: &'a str,
    /// The question's id.
    question: &'a str,
    /// The question's text.
    text: &'a str,
    theme: &'a str,
}

#[derive(Serialize)]
struct AgendaAnswerOut<'a> {
    answer: &'a str,
    comment: Option<&'a str>,
    respondent: &'a str,
}

/// The consensus agenda as JSON.
pub fn agenda_json(items: &[AgendaItem]) -> String {
    pretty(&AgendaOut {
        disagreements: items
            .iter()
            .map(|it| AgendaItemOut {
                answers: it
                    .answers
                    .iter()
                    .map(|a| AgendaAnswerOut {
                        answer: &a.answer,
                        comment: a.comment.as_deref(),
                        respondent: &a.respondent,
                    })
                    .collect(),
                department: &it.department,
                gap: &it.gap,
                question: &it.question_id,
                text: &it.question,
                theme: &it.theme,
            })
            .collect(),
    })
}

/// The consensus agenda as CSV (one row per answer).
pub fn agenda_csv(items: &[AgendaItem], lang: Lang) -> String {
    let mut out = csv::start(
        lang,
        &[
            Msg::CsvDepartment,
            Msg::CsvTheme,
            Msg::CsvQuestionId,
            Msg::CsvQuestion,
            Msg::CsvGap,
            Msg::CsvRespondent,
            Msg::CsvAnswer,
            Msg::CsvComment,
        ],
    );
    for it in items {
        for a in &it.answers {
            out.push_str(&csv::line(&[
                it.department.clone(),
                it.theme.clone(),
                it.question_id.clone(),
                it.question.clone(),
                it.gap.clone(),
                a.respondent.clone(),
                a.answer.clone(),
                a.comment.clone().unwrap_or_default(),
            ]));
        }
    }
    out
}

/// Escapes what Markdown would read as markup in table cells and lists.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(
            ch,
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\'
        ) {
            out.push('\\');
        }
        if ch == '\n' {
            out.push(' ');
        } else {
            out.push(ch);
        }
    }
    out
}

/// The matrix in Markdown, ready to paste into a deliberation's annex.
pub fn markdown(v: &ScoreView, lang: Lang) -> String {
    let q = v.q;
    let with_delta = v.comparison.is_some();
    let mut out = format!("# {}\n\n", md_escape(&q.title));
    out.push_str(&format!(
        "{} `{}` {} {}",
        t(lang, Msg::CmpMdQuestionnaire),
        q.id,
        t(lang, Msg::CmpMdVersion),
        q.version
    ));
    if let Some(cmp) = v.comparison {
        out.push_str(&format!(
            " — {}",
            tf(
                lang,
                Msg::CmpSince {
                    version: &cmp.baseline_version
                }
            )
        ));
    }
    out.push_str("\n\n");
    let mut header = vec![
        t(lang, Msg::TableDepartment).to_string(),
        t(lang, Msg::TableRespondentsShort).to_string(),
    ];
    header.extend(v.themes.iter().map(|th| md_escape(th.short)));
    header.push(t(lang, Msg::TableOverallShort).to_string());
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    // The department column left-aligned, numbers right-aligned.
    out.push_str(&format!("|---|{}\n", "---:|".repeat(header.len() - 1)));
    for d in &v.departments {
        let mut row = vec![md_escape(d.name), d.respondents.to_string()];
        row.extend(
            d.themes
                .iter()
                .map(|dt| cell_text(lang, dt.mark, with_delta)),
        );
        row.push(cell_text(lang, d.overall, with_delta));
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    let mut row = vec![
        format!("**{}**", t(lang, Msg::TableOrganisation)),
        v.respondents.to_string(),
    ];
    row.extend(
        v.theme_marks()
            .chain(std::iter::once(v.overall))
            .map(|m| format!("**{}**", cell_text(lang, m, with_delta))),
    );
    out.push_str(&format!("| {} |\n", row.join(" | ")));
    out.push('\n');
    let levels: Vec<String> = q
        .scale
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let lo = 100 * i / q.scale.len();
            let hi = 100 * (i + 1) / q.scale.len();
            format!("{} ({lo}–{hi})", md_escape(&l.label))
        })
        .collect();
    out.push_str(&format!(
        "{} {}\n",
        t(lang, Msg::CmpMdLegend),
        levels.join(", ")
    ));
    if let Some(cmp) = v.comparison {
        out.push_str(&changes_text(cmp, lang, "", ""));
    }
    out
}

/// `compare --format json`. Fields are in alphabetical order, as the
/// document has always had them.
#[derive(Serialize)]
struct CompareOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<BaselineOut<'a>>,
    departments: Vec<DepartmentOut<'a>>,
    overall: ChangeOut<'a>,
    questionnaire: QuestionnaireOut<'a>,
    themes: Vec<ThemeOut<'a>>,
}

/// A score, its level and its change since the baseline (`null` without one).
#[derive(Serialize)]
struct ChangeOut<'a> {
    change: Option<f64>,
    level: Option<usize>,
    level_label: Option<&'a str>,
    score: Option<f64>,
}

impl<'a> From<Mark<'a>> for ChangeOut<'a> {
    fn from(m: Mark<'a>) -> Self {
        ChangeOut {
            change: m.change,
            level: m.level_index(),
            level_label: m.level_label(),
            score: m.score,
        }
    }
}

#[derive(Serialize)]
struct DepartmentOut<'a> {
    in_baseline: bool,
    name: &'a str,
    overall: ChangeOut<'a>,
    respondents: usize,
    themes: Vec<DepartmentThemeOut<'a>>,
}

#[derive(Serialize)]
struct DepartmentThemeOut<'a> {
    change: Option<f64>,
    id: &'a str,
    level: Option<usize>,
    level_label: Option<&'a str>,
    score: Option<f64>,
}

#[derive(Serialize)]
struct ThemeOut<'a> {
    change: Option<f64>,
    id: &'a str,
    level: Option<usize>,
    level_label: Option<&'a str>,
    score: Option<f64>,
    title: &'a str,
}

#[derive(Serialize)]
struct QuestionnaireOut<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct BaselineOut<'a> {
    added_questions: Vec<&'a str>,
    matched_questions: Vec<MatchedOut<'a>>,
    new_departments: Vec<&'a str>,
    removed_questions: Vec<&'a str>,
    shared_questions: usize,
    vanished_departments: Vec<&'a str>,
    version: &'a str,
}

/// A current question and the baseline questions it replaces.
#[derive(Serialize)]
struct MatchedOut<'a> {
    baseline: &'a [String],
    id: &'a str,
}

/// The comparison as JSON: every department with its scores, and changes
/// when a baseline is given.
pub fn json(v: &ScoreView) -> String {
    let out = CompareOut {
        baseline: v.comparison.map(|cmp| BaselineOut {
            added_questions: cmp.added.iter().map(|q| q.id.as_str()).collect(),
            matched_questions: cmp
                .matched
                .iter()
                .map(|(id, from)| MatchedOut { baseline: from, id })
                .collect(),
            new_departments: cmp.new_departments().collect(),
            removed_questions: cmp.removed.iter().map(|q| q.id.as_str()).collect(),
            shared_questions: cmp.shared,
            vanished_departments: cmp.vanished_departments().collect(),
            version: &cmp.baseline_version,
        }),
        departments: v
            .departments
            .iter()
            .map(|d| DepartmentOut {
                in_baseline: d.in_baseline,
                name: d.name,
                overall: d.overall.into(),
                respondents: d.respondents,
                themes: d
                    .themes
                    .iter()
                    .map(|dt| DepartmentThemeOut {
                        change: dt.mark.change,
                        id: dt.id,
                        level: dt.mark.level_index(),
                        level_label: dt.mark.level_label(),
                        score: dt.mark.score,
                    })
                    .collect(),
            })
            .collect(),
        overall: v.overall.into(),
        questionnaire: QuestionnaireOut {
            id: &v.q.id,
            version: &v.q.version,
        },
        themes: v
            .themes
            .iter()
            .map(|th| ThemeOut {
                change: th.mark.change,
                id: th.id,
                level: th.mark.level_index(),
                level_label: th.mark.level_label(),
                score: th.mark.score,
                title: th.title,
            })
            .collect(),
    };
    pretty(&out)
}

/// The comparison as CSV: one row per department × theme (and overall).
pub fn csv_export(v: &ScoreView, lang: Lang) -> String {
    let mut out = csv::start(
        lang,
        &[
            Msg::CsvDepartment,
            Msg::CsvRespondents,
            Msg::CsvThemeId,
            Msg::CsvTheme,
            Msg::CsvScore,
            Msg::CsvLevelLabel,
            Msg::CsvBaseline,
            Msg::CsvChange,
        ],
    );
    let overall = t(lang, Msg::TableOverallShort);
    for d in &v.departments {
        let rows = d
            .themes
            .iter()
            .map(|dt| (dt.id, dt.title, dt.mark))
            .chain(std::iter::once(("overall", overall, d.overall)));
        for (id, title, m) in rows {
            out.push_str(&csv::line(&[
                d.name.to_string(),
                d.respondents.to_string(),
                id.to_string(),
                title.to_string(),
                csv::num(lang, m.score),
                m.level_label().unwrap_or_default().to_string(),
                csv::num(lang, m.baseline),
                csv::num(lang, m.change),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(md_escape("a|b *c*"), "a\\|b \\*c\\*");
    }
}
