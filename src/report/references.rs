//! Textes de référence: for each text the questions cite, the questions that
//! rest on it and where the organisation stands on each.

use super::fmt::{level_and_pct, score};
use super::layout::{Align, Cell, Col, Flow, Row, Span, Table, WIDTH};
use super::synthesis::level_cell;
use super::view::View;
use crate::i18n::t;

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    f.chapter(
        t(lang, "report.references"),
        1,
        &format!("4. {}", t(lang, "report.references")),
    );
    f.para(&[Span::new(t(lang, "report.references-intro"))]);
    f.heading(t(lang, "report.references-why"), 3, 40.0);
    for key in [
        t(lang, "report.references-ai-act"),
        t(lang, "report.references-crpa"),
        t(lang, "report.references-gdpr"),
    ] {
        f.bullet(&[Span::new(key)], 8.5);
    }
    f.para(&[Span::muted(t(lang, "report.references-caveat"))]);
    if v.references.is_empty() {
        f.para(&[Span::new(t(lang, "report.no-references"))]);
        return;
    }
    let mut table = Table::new(
        vec![
            Col::new(WIDTH - 200.0, Align::Left),
            Col::new(78.0, Align::Left),
            Col::new(44.0, Align::Right),
            Col::new(78.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, "report.question")),
            Cell::text(t(lang, "table.theme")),
            Cell::text(t(lang, "report.score-pct")),
            Cell::text(t(lang, "table.level")),
        ],
    );
    table.middle = true;
    for group in &v.references {
        table.rows.push(Row::group(Cell::spans(vec![
            Span::bold(group.citation.clone()),
            Span::muted(format!(
                " — {} {}",
                t(lang, "report.references-overall"),
                level_and_pct(lang, v.q, group.score)
            )),
        ])));
        for &p in &group.questions {
            let s = v.q_scores[p];
            table.rows.push(Row::new(vec![
                Cell::text(v.question(p).text.trim().to_string()),
                Cell::text(v.q.themes[v.theme_of[p]].short_title().to_string()),
                Cell::bold(score(lang, s)),
                level_cell(v, s),
            ]));
        }
    }
    f.table(&table);
}
