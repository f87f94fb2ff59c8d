//! Plan d'action: at most [`super::analysis::MAX_ACTIONS`] actions, grouped
//! by horizon (obligations with a date first, then the largest gaps on the
//! heaviest questions), each with its owner, the directions concerned, what
//! motivates it and its priority in words.

use super::analysis::{Analysis, Horizon, MAX_ACTIONS};
use super::fmt::{bounded_list, finding_text, int, level_label, score_pct};
use super::layout::{Align, Cell, Col, Flow, MUTED, Row, Span, Table, WIDTH};
use super::synthesis::{french_quotes, owner_text, priority_word};
use super::view::View;
use crate::i18n::{Msg, t, tf};

/// Names listed in "directions concernées" before "+N autres".
const MAX_NAMES: usize = 6;

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View, a: &Analysis, number: usize) {
    let lang = v.lang;
    let title = t(lang, Msg::ReportActions);
    f.chapter(title, 1, &format!("{number}. {title}"));
    let top = v.q.scale.last().map_or("", |l| l.label.as_str());
    f.para(&[Span::new(tf(
        lang,
        Msg::ReportPlanIntro {
            max: &MAX_ACTIONS,
            top: &top,
        },
    ))]);
    if a.plan.is_empty() {
        f.para(&[Span::new(t(lang, Msg::ReportNoActions))]);
        return;
    }
    let mut table = Table::new(
        vec![
            Col::new(20.0, Align::Right),
            Col::new(WIDTH - 20.0 - 90.0 - 56.0, Align::Left),
            Col::new(90.0, Align::Left),
            Col::new(56.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportRank)),
            Cell::text(t(lang, Msg::ReportAction)),
            Cell::text(t(lang, Msg::ReportOwner)),
            Cell::text(t(lang, Msg::ReportPriority)),
        ],
    );
    let nd = v.nd();
    let mut horizon = None;
    for (i, item) in a.plan.iter().enumerate() {
        if horizon != Some(item.horizon) {
            horizon = Some(item.horizon);
            let key = match item.horizon {
                Horizon::Obligation => Msg::ReportHorizonObligations,
                Horizon::Gap => Msg::ReportHorizonGaps,
            };
            table.rows.push(Row::group(Cell::bold(t(lang, key))));
        }
        let action = &v.actions[item.action];
        let question = v.question(action.question);
        let mut spans = match &action.recommendation {
            Some(r) => vec![Span::bold(french_quotes(
                lang,
                &super::fmt::third_person(lang, r.trim()),
            ))],
            None => vec![Span::bold(tf(
                lang,
                Msg::ReportDecisionFallback {
                    finding: &finding_text(lang, question),
                },
            ))],
        };
        spans.push(Span::muted(format!(
            "\n{}",
            tf(
                lang,
                Msg::ReportActionSituation {
                    finding: &french_quotes(lang, &finding_text(lang, question)),
                    score: &score_pct(lang, action.score, 0, v.levels),
                    level: &level_label(v.q, action.score),
                    theme: &v.q.themes[action.theme].short_title()
                }
            )
        )));
        let concerned = if action.departments.len() == nd && nd > 1 {
            tf(
                lang,
                Msg::ReportAllDepartments {
                    count: &int(lang, nd),
                },
            )
        } else {
            let names: Vec<&str> = action
                .departments
                .iter()
                .map(|&d| v.r.departments[d].name.as_str())
                .collect();
            bounded_list(lang, &names, MAX_NAMES)
        };
        if nd > 1 {
            spans.push(Span::muted(format!(
                "\n{}{}{concerned}",
                t(lang, Msg::ReportDepartmentsConcerned),
                colon(lang)
            )));
        }
        let mut why: Vec<String> = item
            .obligations
            .iter()
            .map(|&o| {
                let ob = &a.obligations[o].ob;
                format!(
                    "{} ({})",
                    ob.text.trim(),
                    super::obligations::application(v, ob)
                )
            })
            .collect();
        why.extend(
            question
                .references
                .iter()
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .take(2),
        );
        if !why.is_empty() {
            spans.push(Span::muted(format!(
                "\n{}{}{}",
                t(lang, Msg::ReportMotivatedBy),
                colon(lang),
                why.join(match lang {
                    crate::i18n::Lang::Fr => "\u{202f}; ",
                    crate::i18n::Lang::En => "; ",
                })
            )));
        }
        table.rows.push(Row::new(vec![
            Cell::bold((i + 1).to_string()),
            Cell::spans(spans),
            Cell::text(owner_text(lang, item.owner.as_deref())),
            Cell::bold(priority_word(lang, item.priority)),
        ]));
    }
    f.table(&table);
    let left_out = v.actions.len().saturating_sub(a.plan.len());
    if left_out > 0 {
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportPlanLeftOut {
                count: &super::fmt::Int(lang, left_out),
            },
        ))
        .color(MUTED)]);
    }
}

/// ": " in English, " : " (no-break space) in French.
fn colon(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::Fr => "\u{a0}: ",
        crate::i18n::Lang::En => ": ",
    }
}
