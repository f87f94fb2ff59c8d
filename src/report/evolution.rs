//! Évolution (with a baseline): per theme and per direction, what rose and
//! what fell, the directions that joined or left the campaign, and a
//! warning when the respondents changed.

use super::fmt::{bounded_list, date_long, delta, int, score};
use super::layout::{Align, Cell, Col, Flow, Row, Span, Table, WIDTH};
use super::view::View;
use crate::i18n::{Msg, t, tf};

/// How the respondents changed between the two campaigns (counts only:
/// the report never follows a person).
#[derive(Debug, Clone, Copy, Default)]
pub struct Turnover {
    pub before: usize,
    pub after: usize,
    /// Directions present in both whose number of respondents changed.
    pub departments_changed: usize,
}

impl Turnover {
    pub fn changed(&self) -> bool {
        self.before != self.after || self.departments_changed > 0
    }
}

/// Respondents before and after.
pub fn turnover(v: &View) -> Turnover {
    let Some(cmp) = v.cmp else {
        return Turnover::default();
    };
    let count = |r: &crate::scoring::Results| r.departments.iter().map(|d| d.sheets.len()).sum();
    let departments_changed = cmp
        .departments
        .iter()
        .filter(|p| match (p.current, p.baseline) {
            (Some(c), Some(b)) => {
                cmp.current.departments[c].sheets.len() != cmp.baseline.departments[b].sheets.len()
            }
            _ => false,
        })
        .count();
    Turnover {
        before: count(&cmp.baseline),
        after: count(&cmp.current),
        departments_changed,
    }
}

/// Draws the chapter (only with a baseline).
pub fn draw(f: &mut Flow, v: &View, number: usize) {
    let lang = v.lang;
    let Some(cmp) = v.cmp else { return };
    let title = t(lang, Msg::ReportEvolution);
    f.chapter(title, 1, &format!("{number}. {title}"));
    let since = match v.opts.baseline_date {
        Some(d) => tf(
            lang,
            Msg::ReportBaselineOf {
                date: &date_long(lang, d),
            },
        ),
        None => t(lang, Msg::ReportBaselinePrevious).to_string(),
    };
    f.para(&[Span::new(tf(
        lang,
        Msg::ReportEvolutionIntro {
            since: &since,
            before: &score(lang, cmp.baseline.overall, v.levels),
            now: &score(lang, cmp.current.overall, v.levels),
            delta: &delta(lang, v.org_delta(None)),
        },
    ))]);
    let turn = turnover(v);
    if turn.changed() {
        f.callout(
            &[Span::bold(t(lang, Msg::ReportEvolutionWarningTitle))],
            10.0,
            &[Span::new(tf(
                lang,
                Msg::ReportEvolutionWarning {
                    before: &int(lang, turn.before),
                    after: &int(lang, turn.after),
                    departments: &int(lang, turn.departments_changed),
                },
            ))],
        );
    }

    // Themes.
    let cols = || {
        vec![
            Col::new(WIDTH - 3.0 * 70.0, Align::Left),
            Col::new(70.0, Align::Right),
            Col::new(70.0, Align::Right),
            Col::new(70.0, Align::Right),
        ]
    };
    let header = |first: &str| {
        vec![
            Cell::text(first.to_string()),
            Cell::text(since_short(v)),
            Cell::text(v.opts.date.year.to_string()),
            Cell::text(t(lang, Msg::ReportChange)),
        ]
    };
    let mut table = Table::new(cols(), header(t(lang, Msg::TableTheme)));
    table.zebra = true;
    let base = cmp.baseline_themes();
    for (i, th) in v.q.themes.iter().enumerate() {
        table.rows.push(Row::new(vec![
            Cell::text(th.title.trim().to_string()),
            Cell::text(score(lang, base.get(i).copied().flatten(), v.levels)),
            Cell::text(score(
                lang,
                cmp.current.themes.get(i).copied().flatten(),
                v.levels,
            )),
            Cell::bold(delta(lang, v.org_delta(Some(i)))),
        ]));
    }
    table.rows.push(Row::total(vec![
        Cell::bold(t(lang, Msg::ReportOverall)),
        Cell::bold(score(lang, cmp.baseline.overall, v.levels)),
        Cell::bold(score(lang, cmp.current.overall, v.levels)),
        Cell::bold(delta(lang, v.org_delta(None))),
    ]));
    f.heading_table(t(lang, Msg::ReportEvolutionThemes), 2, &table);

    // Directions, largest rise first.
    let mut rows: Vec<(usize, Option<f64>)> =
        (0..v.nd()).map(|d| (d, v.dept_delta(d, None))).collect();
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => y.total_cmp(&x).then(a.0.cmp(&b.0)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    let mut table = Table::new(cols(), header(t(lang, Msg::TableDepartment)));
    table.zebra = true;
    for (d, dd) in rows {
        let name = &v.r.departments[d].name;
        let (before, change) = if v.dept_is_new(d) {
            (
                Cell::text("—"),
                Cell::text(t(lang, Msg::ReportEvolutionNew)),
            )
        } else {
            (
                Cell::text(score(lang, v.dept_baseline(d, None), v.levels)),
                Cell::bold(delta(lang, dd)),
            )
        };
        table.rows.push(Row::new(vec![
            Cell::text(name.clone()),
            before,
            Cell::text(score(lang, v.r.departments[d].overall, v.levels)),
            change,
        ]));
    }
    f.heading_table(t(lang, Msg::ReportEvolutionDepartments), 2, &table);
    let new: Vec<&str> = cmp.new_departments().collect();
    if !new.is_empty() {
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportChangedNew {
                names: &bounded_list(lang, &new, 8),
            },
        ))]);
    }
    let gone: Vec<&str> = cmp.vanished_departments().collect();
    if !gone.is_empty() {
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportChangedGone {
                names: &bounded_list(lang, &gone, 8),
            },
        ))]);
    }
    if cmp.same_questions() {
        f.para(&[Span::muted(t(lang, Msg::CmpSameQuestions))]);
    } else {
        f.para(&[Span::muted(tf(
            lang,
            Msg::CmpSharedQuestions {
                shared: &cmp.shared,
                old: &cmp.baseline_version,
                new: &cmp.current_version,
            },
        ))]);
    }
}

/// The baseline column's header: « 2025 » from its date, else « Avant ».
fn since_short(v: &View) -> String {
    match v.opts.baseline_date {
        Some(d) => d.year.to_string(),
        None => t(v.lang, Msg::ReportBefore).to_string(),
    }
}
