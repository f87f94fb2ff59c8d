//! `compare`: departments side by side, the change since a baseline, and the
//! consensus agenda — as a terminal table, JSON, CSV or Markdown.

use serde_json::{Value, json};

use super::table::{self, Style};
use super::{csv, level_of, number, score_text};
use crate::compare::{Campaign, Comparison};
use crate::i18n::{Lang, Msg, t, tf};
use crate::scoring::{self, Disagreement};
use comfy_table::{Cell, CellAlignment};

/// A signed change in points, "+4,2" / "−3,0" / "=" (typographic minus).
pub fn delta_text(lang: Lang, delta: Option<f64>) -> String {
    match delta {
        None => String::new(),
        Some(d) if d.abs() < 0.05 => "=".to_string(),
        Some(d) if d > 0.0 => format!("+{}", number(lang, d, 1)),
        Some(d) => format!("\u{2212}{}", number(lang, -d, 1)),
    }
}

/// A score with its change: "52,3 (+4,2)".
fn cell_text(lang: Lang, score: Option<f64>, delta: Option<f64>, with_delta: bool) -> String {
    let s = score_text(lang, score);
    if !with_delta || score.is_none() {
        return s;
    }
    match delta {
        Some(_) => format!("{s} ({})", delta_text(lang, delta)),
        None => format!("{s} ({})", t(lang, Msg::CmpNewShort)),
    }
}

/// One line of the consensus agenda.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub department: String,
    pub theme: String,
    pub question_id: String,
    pub question: String,
    /// "3 niveaux d’écart" / "67 points d’écart".
    pub gap: String,
    /// (who, the answer's label with its index, comment).
    pub answers: Vec<(String, String, Option<String>)>,
}

/// The consensus agenda: disputed questions, by department (in name order),
/// largest gap first within each.
pub fn agenda(c: &Campaign, lang: Lang, show_respondents: bool) -> Vec<AgendaItem> {
    let mut disputes = scoring::disagreements(&c.q, &c.sheets, &c.results);
    disputes.sort_by_key(|d| d.department);
    disputes
        .iter()
        .map(|d| agenda_item(c, d, lang, show_respondents))
        .collect()
}

fn agenda_item(c: &Campaign, d: &Disagreement, lang: Lang, show_respondents: bool) -> AgendaItem {
    let dept = &c.results.departments[d.department];
    let (_, question) =
        c.q.question_at(d.question)
            .expect("disputed question exists");
    let choices = question.choices(&c.q.scale);
    let gap = if d.in_levels {
        tf(
            lang,
            Msg::CmpGapLevels {
                gap: &(d.gap as usize),
            },
        )
    } else {
        tf(
            lang,
            Msg::CmpGapPoints {
                gap: &number(lang, d.gap, 0),
            },
        )
    };
    let answers = d
        .answers
        .iter()
        .map(|&(sheet, choice)| {
            let who = respondent_label(c, d.department, sheet, lang, show_respondents);
            let label = choices
                .get(choice)
                .map_or(String::new(), |ch| format!("{} ({choice})", ch.label));
            // Comments are kept as written: escaped here, for the terminal.
            let comment = c.sheets[sheet].answers[d.question]
                .comment()
                .map(crate::sanitize::terminal);
            (who, label, comment)
        })
        .collect();
    AgendaItem {
        department: dept.name.clone(),
        theme: c.q.themes[d.theme].title.clone(),
        question_id: question.id.clone(),
        question: question.text.clone(),
        gap,
        answers,
    }
}

/// "Répondant 2" — or the name, when names may be shown.
pub fn respondent_label(
    c: &Campaign,
    department: usize,
    sheet: usize,
    lang: Lang,
    show: bool,
) -> String {
    let s = &c.sheets[sheet];
    if let (true, Some(name)) = (show, &s.respondent) {
        return name.clone();
    }
    let n = c.results.departments[department]
        .sheets
        .iter()
        .position(|&i| i == sheet)
        .map_or(0, |p| p + 1);
    tf(lang, Msg::CmpRespondentN { n: &n })
}

/// The scores to show: with a baseline on another questionnaire version,
/// those of the shared questions, so that a score and its change agree.
fn shown<'a>(c: &'a Campaign, cmp: Option<&'a Comparison>) -> &'a crate::scoring::Results {
    cmp.map_or(&c.results, |x| &x.current)
}

/// The `compare` table: the matrix with changes, then what changed.
pub fn table(c: &Campaign, cmp: Option<&Comparison>, style: Style) -> String {
    let lang = style.lang;
    let q = &c.q;
    let r = shown(c, cmp);
    let mut out = String::new();
    out.push_str(&format!("{} — {} {}\n", q.title, q.id, q.version));
    if let Some(cmp) = cmp {
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
    let mut tb = table::new_table(style);
    let mut header = vec![
        Cell::new(t(lang, Msg::TableDepartment)),
        Cell::new(t(lang, Msg::TableRespondentsShort)),
    ];
    header.extend(q.themes.iter().map(|th| Cell::new(th.short_title())));
    header.push(Cell::new(t(lang, Msg::TableOverallShort)));
    tb.set_header(header);
    let right = |s: String| Cell::new(s).set_alignment(CellAlignment::Right);
    for (i, d) in r.departments.iter().enumerate() {
        let pair = cmp.and_then(|c| c.pair_for_current(i));
        let delta = |theme: Option<usize>| {
            cmp.zip(pair)
                .and_then(|(c, p)| c.department_delta(p, theme))
        };
        let mut row = vec![Cell::new(&d.name), right(d.sheets.len().to_string())];
        for (ti, dt) in d.themes.iter().enumerate() {
            row.push(right(cell_text(
                lang,
                dt.score,
                delta(Some(ti)),
                cmp.is_some(),
            )));
        }
        row.push(right(cell_text(
            lang,
            d.overall,
            delta(None),
            cmp.is_some(),
        )));
        tb.add_row(row);
    }
    let mut org = vec![
        Cell::new(t(lang, Msg::TableOrganisation)),
        right(r.respondents.len().to_string()),
    ];
    for (ti, s) in r.themes.iter().enumerate() {
        org.push(right(cell_text(
            lang,
            *s,
            cmp.and_then(|c| c.organisation_delta(Some(ti))),
            cmp.is_some(),
        )));
    }
    org.push(right(cell_text(
        lang,
        r.overall,
        cmp.and_then(|c| c.organisation_delta(None)),
        cmp.is_some(),
    )));
    tb.add_row(org);
    out.push_str(&tb.to_string());
    out.push('\n');
    if let Some(cmp) = cmp {
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
        for (who, label, comment) in &it.answers {
            match comment {
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
        for (who, label, comment) in &it.answers {
            let c = comment
                .as_deref()
                .map_or(String::new(), |c| format!(" — *{}*", md_escape(c)));
            out.push_str(&format!(
                "  - {} : {}{}\n",
                md_escape(who),
                md_escape(label),
                c
            ));
        }
    }
    out
}

/// The consensus agenda as JSON.
pub fn agenda_json(items: &[AgendaItem]) -> String {
    let v: Vec<Value> = items
        .iter()
        .map(|it| {
            json!({
                "department": it.department,
                "theme": it.theme,
                "question": it.question_id,
                "text": it.question,
                "gap": it.gap,
                "answers": it.answers.iter().map(|(who, label, comment)| json!({
                    "respondent": who, "answer": label, "comment": comment
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({ "disagreements": v })).unwrap_or_default();
    s.push('\n');
    s
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
        for (who, label, comment) in &it.answers {
            out.push_str(&csv::line(&[
                it.department.clone(),
                it.theme.clone(),
                it.question_id.clone(),
                it.question.clone(),
                it.gap.clone(),
                who.clone(),
                label.clone(),
                comment.clone().unwrap_or_default(),
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
pub fn markdown(c: &Campaign, cmp: Option<&Comparison>, lang: Lang) -> String {
    let q = &c.q;
    let r = shown(c, cmp);
    let mut out = format!("# {}\n\n", md_escape(&q.title));
    out.push_str(&format!(
        "{} `{}` {} {}",
        t(lang, Msg::CmpMdQuestionnaire),
        q.id,
        t(lang, Msg::CmpMdVersion),
        q.version
    ));
    if let Some(cmp) = cmp {
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
    header.extend(q.themes.iter().map(|th| md_escape(th.short_title())));
    header.push(t(lang, Msg::TableOverallShort).to_string());
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    // The department column left-aligned, numbers right-aligned.
    out.push_str(&format!("|---|{}\n", "---:|".repeat(header.len() - 1)));
    for (i, d) in r.departments.iter().enumerate() {
        let pair = cmp.and_then(|c| c.pair_for_current(i));
        let delta = |theme: Option<usize>| {
            cmp.zip(pair)
                .and_then(|(c, p)| c.department_delta(p, theme))
        };
        let mut row = vec![md_escape(&d.name), d.sheets.len().to_string()];
        for (ti, dt) in d.themes.iter().enumerate() {
            row.push(cell_text(lang, dt.score, delta(Some(ti)), cmp.is_some()));
        }
        row.push(cell_text(lang, d.overall, delta(None), cmp.is_some()));
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    let mut row = vec![
        format!("**{}**", t(lang, Msg::TableOrganisation)),
        r.respondents.len().to_string(),
    ];
    for (ti, s) in r.themes.iter().enumerate() {
        row.push(format!(
            "**{}**",
            cell_text(
                lang,
                *s,
                cmp.and_then(|c| c.organisation_delta(Some(ti))),
                cmp.is_some()
            )
        ));
    }
    row.push(format!(
        "**{}**",
        cell_text(
            lang,
            r.overall,
            cmp.and_then(|c| c.organisation_delta(None)),
            cmp.is_some()
        )
    ));
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
    if let Some(cmp) = cmp {
        out.push_str(&changes_text(cmp, lang, "", ""));
    }
    out
}

/// The comparison as JSON: every department with its scores, and changes
/// when a baseline is given.
pub fn json(c: &Campaign, cmp: Option<&Comparison>) -> String {
    let q = &c.q;
    let score = |s: Option<f64>| {
        let l = level_of(q, s);
        json!({"score": s, "level": l.map(|l| l.0), "level_label": l.map(|l| l.1)})
    };
    let departments: Vec<Value> = shown(c, cmp)
        .departments
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let pair = cmp.and_then(|c| c.pair_for_current(i));
            let delta = |theme: Option<usize>| {
                cmp.zip(pair)
                    .and_then(|(c, p)| c.department_delta(p, theme))
            };
            let mut overall = score(d.overall);
            overall["change"] = json!(delta(None));
            json!({
                "name": d.name,
                "respondents": d.sheets.len(),
                "overall": overall,
                "themes": q.themes.iter().zip(&d.themes).enumerate().map(|(ti, (th, dt))| {
                    let mut v = score(dt.score);
                    v["id"] = json!(th.id);
                    v["change"] = json!(delta(Some(ti)));
                    v
                }).collect::<Vec<_>>(),
                "in_baseline": pair.is_some_and(|p| p.baseline.is_some()),
            })
        })
        .collect();
    let mut overall = score(shown(c, cmp).overall);
    overall["change"] = json!(cmp.and_then(|c| c.organisation_delta(None)));
    let themes: Vec<Value> = q
        .themes
        .iter()
        .zip(&shown(c, cmp).themes)
        .enumerate()
        .map(|(ti, (th, s))| {
            let mut v = score(*s);
            v["id"] = json!(th.id);
            v["title"] = json!(th.title);
            v["change"] = json!(cmp.and_then(|c| c.organisation_delta(Some(ti))));
            v
        })
        .collect();
    let mut doc = json!({
        "questionnaire": {"id": q.id, "version": q.version},
        "overall": overall,
        "themes": themes,
        "departments": departments,
    });
    if let Some(cmp) = cmp {
        doc["baseline"] = json!({
            "version": cmp.baseline_version,
            "shared_questions": cmp.shared,
            "added_questions": cmp.added.iter().map(|q| &q.id).collect::<Vec<_>>(),
            "removed_questions": cmp.removed.iter().map(|q| &q.id).collect::<Vec<_>>(),
            "matched_questions": cmp.matched.iter().map(|(id, from)| json!({"id": id, "baseline": from})).collect::<Vec<_>>(),
            "new_departments": cmp.new_departments().collect::<Vec<_>>(),
            "vanished_departments": cmp.vanished_departments().collect::<Vec<_>>(),
        });
    }
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// The comparison as CSV: one row per department × theme (and overall).
pub fn csv_export(c: &Campaign, cmp: Option<&Comparison>, lang: Lang) -> String {
    let q = &c.q;
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
    for (i, d) in shown(c, cmp).departments.iter().enumerate() {
        let pair = cmp.and_then(|c| c.pair_for_current(i));
        let base = |theme: Option<usize>| {
            let (cmp, p) = cmp.zip(pair)?;
            let b = &cmp.baseline.departments[p.baseline?];
            match theme {
                Some(t) => b.themes[t].score,
                None => b.overall,
            }
        };
        let delta = |theme: Option<usize>| {
            cmp.zip(pair)
                .and_then(|(c, p)| c.department_delta(p, theme))
        };
        let rows = q
            .themes
            .iter()
            .enumerate()
            .map(|(ti, th)| {
                (
                    Some(ti),
                    th.id.clone(),
                    th.title.clone(),
                    d.themes[ti].score,
                )
            })
            .chain(std::iter::once((
                None,
                "overall".to_string(),
                t(lang, Msg::TableOverallShort).to_string(),
                d.overall,
            )));
        for (ti, id, title, s) in rows {
            out.push_str(&csv::line(&[
                d.name.clone(),
                d.sheets.len().to_string(),
                id,
                title,
                csv::num(lang, s),
                level_of(q, s).map_or(String::new(), |l| l.1.to_string()),
                csv::num(lang, base(ti)),
                csv::num(lang, delta(ti)),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_read_well() {
        assert_eq!(delta_text(Lang::Fr, Some(4.25)), "+4,2");
        assert_eq!(delta_text(Lang::Fr, Some(-3.0)), "\u{2212}3,0");
        assert_eq!(delta_text(Lang::En, Some(0.01)), "=");
        assert_eq!(delta_text(Lang::En, None), "");
    }

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(md_escape("a|b *c*"), "a\\|b \\*c\\*");
    }
}
