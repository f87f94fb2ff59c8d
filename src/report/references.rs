//! Textes de référence: first the binding obligations with their status
//! ([`super::obligations`]), then the good-practice texts the questions
//! cite, one row each with the number of questions resting on it and their
//! weighted score (the questions themselves are in the plan and the annex:
//! they are no longer repeated under every text).

use super::analysis::{Analysis, natural_cmp};
use super::fmt::level_and_pct;
use super::layout::{Align, Cell, Col, Flow, Row, Span, Table, WIDTH};
use super::view::View;
use crate::i18n::{Msg, t};

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View, a: &Analysis, number: usize) {
    let lang = v.lang;
    let title = t(lang, Msg::ReportReferences);
    f.chapter(title, 1, &format!("{number}. {title}"));
    f.para(&[Span::new(t(lang, Msg::ReportReferencesIntro))]);
    if a.obligations.is_empty() {
        // Without a catalogue, the legal background in words.
        f.heading(t(lang, Msg::ReportReferencesWhy), 3, 40.0);
        for key in [
            t(lang, Msg::ReportReferencesAiAct),
            t(lang, Msg::ReportReferencesCrpa),
            t(lang, Msg::ReportReferencesGdpr),
        ] {
            f.bullet(&[Span::new(key)], super::layout::BODY);
        }
    }
    super::obligations::draw(f, v, a);
    f.heading(t(lang, Msg::ReportGoodPractice), 2, 80.0);
    f.para(&[Span::muted(t(lang, Msg::ReportReferencesCaveat))]);
    if v.references.is_empty() {
        f.para(&[Span::new(t(lang, Msg::ReportNoReferences))]);
        return;
    }
    let mut groups: Vec<&crate::scoring::ReferenceScore> = v.references.iter().collect();
    groups.sort_by(|x, y| natural_cmp(&x.citation, &y.citation));
    let mut table = Table::new(
        vec![
            Col::new(WIDTH - 70.0 - 120.0, Align::Left),
            Col::new(70.0, Align::Right),
            Col::new(120.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportReference)),
            Cell::text(t(lang, Msg::ReportQuestions)),
            Cell::text(t(lang, Msg::ReportWhereWeStand)),
        ],
    );
    table.zebra = true;
    for group in groups {
        table.rows.push(Row::new(vec![
            Cell::text(group.citation.clone()),
            Cell::text(group.questions.len().to_string()),
            Cell::text(level_and_pct(lang, v.q, group.score)),
        ]));
    }
    f.table(&table);
}
