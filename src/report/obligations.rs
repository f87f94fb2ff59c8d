//! Obligations: one row per binding text of the questionnaire's
//! `obligations` catalogue, in natural article order, with its date of
//! application and a status from the answers of the questions resting on
//! it. Good-practice references follow, apart (see [`super::references`]).

use super::analysis::{Analysis, ObligationRow, Status};
use super::fields::Obligation;
use super::fmt::{date_long, finding_text, score_pct};
use super::layout::{Align, Cell, Col, Flow, MUTED, Row, Span, Table, WIDTH};
use super::synthesis::{french_quotes, status_word};
use super::view::View;
use crate::i18n::{Msg, t, tf};

/// Draws the chapter; returns whether there was a catalogue.
pub fn draw(f: &mut Flow, v: &View, a: &Analysis) {
    let lang = v.lang;
    if a.obligations.is_empty() {
        return;
    }
    f.heading(t(lang, Msg::ReportObligations), 2, 80.0);
    f.para(&[Span::new(t(lang, Msg::ReportObligationsIntro))]);
    let mut table = Table::new(
        vec![
            Col::new(WIDTH - 100.0 - 170.0 - 62.0, Align::Left),
            Col::new(100.0, Align::Left),
            Col::new(170.0, Align::Left),
            Col::new(62.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportObligation)),
            Cell::text(t(lang, Msg::ReportApplication)),
            Cell::text(t(lang, Msg::ReportObligationQuestions)),
            Cell::text(t(lang, Msg::ReportStatus)),
        ],
    );
    table.zebra = true;
    for row in &a.obligations {
        table.rows.push(obligation_row(v, row));
    }
    f.table(&table);
    f.para(&[Span::muted(tf(
        lang,
        Msg::ReportObligationsRule {
            in_place: &super::fmt::pct(lang, super::analysis::IN_PLACE, 0),
            partial: &super::fmt::pct(lang, super::analysis::PARTIAL, 0),
            unknown: &super::fmt::pct(lang, 100.0 * super::analysis::UNKNOWN_SHARE, 0),
        },
    ))]);
}

fn obligation_row(v: &View, row: &ObligationRow) -> Row {
    let lang = v.lang;
    let mut text = vec![Span::bold(row.ob.text.trim())];
    if let Some(who) = row.ob.who {
        text.push(Span::muted(format!("\n{}", who.trim())));
    }
    // The note explains an end date (« pour les systèmes déjà en
    // service »); other notes stay in the questionnaire, to keep one
    // short row per text.
    if let (Some(note), Some(_)) = (row.ob.note, row.ob.until) {
        text.push(Span::muted(format!("\n{}", note.trim())));
    }
    let mut questions = Vec::new();
    for (k, &p) in row.questions.iter().enumerate() {
        if k > 0 {
            questions.push(Span::new("\n"));
        }
        let s = v
            .q_score(p)
            .map_or("—".to_string(), |s| score_pct(lang, s, 0, v.levels));
        questions.push(Span::new(format!(
            "{} ({s})",
            french_quotes(lang, &finding_text(lang, v.question(p)))
        )));
    }
    if questions.is_empty() {
        questions.push(Span::muted(t(lang, Msg::ReportObligationNoQuestion)));
    }
    let status = status_word(lang, row.status);
    let status_cell = match row.status {
        Status::ToCheck | Status::NotInPlace => Cell::bold(status),
        Status::Unknown => Cell::spans(vec![Span::italic(status).color(MUTED)]),
        _ => Cell::text(status),
    };
    Row::new(vec![
        Cell::spans(text),
        Cell::text(application(v, &row.ob)),
        Cell::spans(questions),
        status_cell,
    ])
}

/// When the text applies, relative to the campaign date: « en vigueur »,
/// « à partir du 2 décembre 2027 », with « d'ici le 2 août 2030 » when it
/// has an end date for what is already in service.
pub fn application(v: &View, ob: &Obligation) -> String {
    let lang = v.lang;
    let now = v.opts.date;
    let mut out = if ob.applies_from > now {
        tf(
            lang,
            Msg::ReportAppliesFrom {
                date: &date_long(lang, ob.applies_from),
            },
        )
    } else {
        t(lang, Msg::ReportInForce).to_string()
    };
    if let Some(until) = ob.until
        && until > now
    {
        out.push_str(&tf(
            lang,
            Msg::ReportAppliesUntil {
                date: &date_long(lang, until),
            },
        ));
    }
    out
}
