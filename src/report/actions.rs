//! Plan d'action: the recommendations ordered by priority, with the
//! departments concerned.

use super::fmt::{bounded_list, int, pct};
use super::layout::{Align, Cell, Col, Flow, MUTED, Row, Span, Table, WIDTH};
use super::view::View;
use crate::i18n::{t, tf};
use crate::render::number;

/// Names listed in "departments concerned" before "+N autres".
const MAX_NAMES: usize = 4;

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    f.chapter(
        t(lang, "report.actions"),
        1,
        &format!("5. {}", t(lang, "report.actions")),
    );
    let top = v.q.scale.last().map_or("", |l| l.label.as_str());
    f.para(&[Span::new(tf(
        lang,
        "report.actions-intro",
        &[("top", &top)],
    ))]);
    if v.actions.is_empty() {
        f.para(&[Span::new(t(lang, "report.no-actions"))]);
        return;
    }
    let mut table = Table::new(
        vec![
            Col::new(20.0, Align::Right),
            Col::new(WIDTH - 20.0 - 64.0 - 38.0 - 42.0, Align::Left),
            Col::new(64.0, Align::Left),
            Col::new(38.0, Align::Right),
            Col::new(42.0, Align::Right),
        ],
        vec![
            Cell::text(t(lang, "report.rank")),
            Cell::text(t(lang, "report.action")),
            Cell::text(t(lang, "table.theme")),
            Cell::text(t(lang, "report.score-pct")),
            Cell::text(t(lang, "report.priority")),
        ],
    );
    table.zebra = true;
    let nd = v.nd();
    for (i, a) in v.actions.iter().enumerate() {
        let question = v.question(a.question);
        let mut action = vec![Span::bold(question.text.trim())];
        match &a.recommendation {
            Some(r) => action.push(Span::new(format!("\n{}", r.trim()))),
            None => action.push(
                Span::new(format!("\n{}", t(lang, "report.no-recommendation-text"))).color(MUTED),
            ),
        }
        let concerned = if a.departments.len() == nd && nd > 1 {
            tf(lang, "report.all-departments", &[("count", &int(lang, nd))])
        } else {
            let names: Vec<&str> = a
                .departments
                .iter()
                .map(|&d| v.r.departments[d].name.as_str())
                .collect();
            bounded_list(lang, &names, MAX_NAMES)
        };
        action.push(
            Span::bold(format!("\n{}", t(lang, "report.departments-concerned"))).color(MUTED),
        );
        action.push(Span::muted(format!("{}{concerned}", colon(lang))));
        table.rows.push(Row::new(vec![
            Cell::bold((i + 1).to_string()),
            Cell::spans(action),
            Cell::text(v.q.themes[a.theme].short_title().to_string()),
            Cell::bold(pct(lang, a.score, 0)),
            Cell::text(number(lang, a.priority, 2)),
        ]));
    }
    f.table(&table);
}

/// ": " in English, " : " (no-break space) in French.
fn colon(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::Fr => "\u{a0}: ",
        crate::i18n::Lang::En => ": ",
    }
}
