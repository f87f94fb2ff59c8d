//! One section per theme: its score and level, the departments side by side,
//! where respondents disagree (the consensus agenda, anonymous) and the
//! recommendations of its weakest questions.

use super::charts::{self, Bar, HISTOGRAM_HEIGHT, Mark};
use super::fmt::{delta, int, level_label, score, weight};
use super::layout::{ACCENT, Align, BODY, Cell, Col, Flow, LEFT, MUTED, Row, Span, Table, WIDTH};
use super::synthesis::level_cell;
use super::view::View;
use crate::i18n::{Msg, t, tf};

/// How many disputed questions a theme section lists.
const MAX_AGENDA: usize = 12;
/// How many departments the spread table lists.
const MAX_SPREAD: usize = 6;

/// Draws every theme's section.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    for (i, theme) in v.q.themes.iter().enumerate() {
        let title = format!("2.{} {}", i + 1, theme.title);
        f.set_running(&format!(
            "{} · {}",
            t(lang, Msg::ReportByTheme),
            theme.short_title()
        ));
        f.page_break();
        if i == 0 {
            f.toc_entry(1, &format!("2. {}", t(lang, Msg::ReportByTheme)));
        }
        f.toc_entry(2, &title);
        f.title(&title);
        if let Some(d) = theme.description.as_deref() {
            f.para(&[Span::italic(d.trim()).color(MUTED)]);
            f.gap(2.0);
        }
        score_box(f, v, i);
        departments(f, v, i);
        disagreements(f, v, i);
        recommendations(f, v, i);
    }
}

fn score_box(f: &mut Flow, v: &View, i: usize) {
    let lang = v.lang;
    let theme = &v.q.themes[i];
    let s = v.r.themes[i];
    let mut title = vec![Span::bold(t(lang, Msg::ReportThemeScore)).color(ACCENT)];
    let mut body = Vec::new();
    match s {
        Some(s) => {
            title.push(Span::bold(format!(
                " {} ({})",
                level_label(v.q, s),
                super::fmt::score_pct(lang, s, 1, v.levels)
            )));
            if let Some(d) = v.q.scale[v.level(s)].description.as_deref() {
                body.push(Span::italic(format!("{}\n", d.trim())).color(MUTED));
            }
        }
        None => title.push(Span::bold(format!(" {}", t(lang, Msg::ReportNoScore)))),
    }
    if let Some(d) = v.org_delta(Some(i)) {
        body.push(Span::new(format!(
            "{}\n",
            tf(
                lang,
                Msg::ReportThemeChange {
                    delta: &delta(lang, Some(d))
                }
            )
        )));
    }
    let c = v.r.counts[i];
    body.push(Span::muted(tf(
        lang,
        Msg::ReportThemeFacts {
            weight: &weight(lang, theme.weight),
            questions: &theme.questions.len(),
            answered: &int(lang, c.answered),
            na: &int(lang, c.na),
            unknown: &int(lang, c.unknown),
            missing: &int(lang, c.missing),
        },
    )));
    f.callout(&title, 12.0, &body);
}

/// The departments' scores on a theme (or overall): one bar each, or, for
/// many departments, a histogram of levels with the top and bottom five.
/// The chart comes under `heading`, kept on the same page as it.
pub fn departments_chart(f: &mut Flow, v: &View, theme: Option<usize>, heading: &str) {
    let lang = v.lang;
    let level_labels: Vec<&str> = v.q.scale.iter().map(|l| l.label.as_str()).collect();
    let org = match theme {
        Some(t) => v.r.themes[t],
        None => v.r.overall,
    };
    if !v.large() {
        let rows: Vec<Bar> =
            v.r.departments
                .iter()
                .enumerate()
                .map(|(d, dept)| Bar {
                    label: dept.name.clone(),
                    value: match theme {
                        Some(t) => dept.themes[t].score,
                        None => dept.overall,
                    },
                    baseline: v.dept_baseline(d, theme),
                    strong: false,
                })
                .collect();
        let h = charts::bars_height(f.fonts(), &rows, WIDTH) + 16.0;
        f.heading(heading, 2, h.min(400.0));
        f.ensure(h);
        let top = f.y;
        let used = charts::bars(
            &mut f.c,
            lang,
            (LEFT, top, WIDTH),
            &rows,
            org,
            &level_labels,
        );
        let mut items = vec![(
            Mark::Dashed,
            tf(
                lang,
                Msg::ReportLegendMean {
                    score: &score(lang, org, v.levels),
                },
            ),
        )];
        if v.cmp.is_some() {
            items.push((Mark::Tick, t(lang, Msg::ReportLegendBaseline).to_string()));
        }
        let lh = charts::legend(
            &mut f.c,
            LEFT + WIDTH * 0.36,
            top + used,
            WIDTH * 0.64,
            &items,
        );
        f.y = top + used + lh + 8.0;
    } else {
        f.heading(heading, 2, HISTOGRAM_HEIGHT + 40.0);
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportHistogramIntro {
                count: &int(lang, v.nd()),
            },
        ))]);
        f.ensure(HISTOGRAM_HEIGHT + 10.0);
        let top = f.y;
        let counts = v.distribution(theme);
        let h = charts::histogram(
            &mut f.c,
            lang,
            (LEFT + 20.0, top, WIDTH - 40.0),
            &counts,
            &level_labels,
        );
        f.y = top + h + 6.0;
        top_bottom(f, v, theme);
    }
}

/// The five strongest and five weakest departments.
fn top_bottom(f: &mut Flow, v: &View, theme: Option<usize>) {
    let lang = v.lang;
    let mut scored: Vec<(usize, f64)> =
        v.r.departments
            .iter()
            .enumerate()
            .filter_map(|(d, dept)| {
                match theme {
                    Some(t) => dept.themes[t].score,
                    None => dept.overall,
                }
                .map(|s| (d, s))
            })
            .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let with_delta = v.cmp.is_some();
    let mut cols = vec![
        Col::new(WIDTH - 150.0, Align::Left),
        Col::new(45.0, Align::Right),
        Col::new(65.0, Align::Left),
    ];
    let mut header = vec![
        Cell::text(t(lang, Msg::TableDepartment)),
        Cell::text(t(lang, Msg::ReportScorePct)),
        Cell::text(t(lang, Msg::TableLevel)),
    ];
    if with_delta {
        cols[0].width -= 40.0;
        cols.push(Col::new(40.0, Align::Right));
        header.push(Cell::text(t(lang, Msg::ReportChangeShort)));
    } else {
        cols[0].width += 40.0;
    }
    let mut table = Table::new(cols, header);
    table.middle = true;
    let row = |d: usize, s: f64| {
        let mut cells = vec![
            Cell::text(v.r.departments[d].name.clone()),
            Cell::bold(score(lang, Some(s), v.levels)),
            level_cell(v, Some(s)),
        ];
        if with_delta {
            cells.push(Cell::text(delta(lang, v.dept_delta(d, theme))));
        }
        Row::new(cells)
    };
    let n = scored.len().min(5);
    table.rows.push(Row::group(Cell::bold(tf(
        lang,
        Msg::ReportTopDepartments { count: &n },
    ))));
    for &(d, s) in scored.iter().take(n) {
        table.rows.push(row(d, s));
    }
    table.rows.push(Row::group(Cell::bold(tf(
        lang,
        Msg::ReportBottomDepartments { count: &n },
    ))));
    for &(d, s) in scored.iter().rev().take(n) {
        table.rows.push(row(d, s));
    }
    f.table(&table);
    f.para(&[Span::muted(t(lang, Msg::ReportFullTableNote))]);
}

fn departments(f: &mut Flow, v: &View, i: usize) {
    let lang = v.lang;
    departments_chart(f, v, Some(i), t(lang, Msg::ReportSideBySide));
}

fn disagreements(f: &mut Flow, v: &View, i: usize) {
    let lang = v.lang;
    f.heading(t(lang, Msg::ReportDisagreements), 2, 60.0);
    // Spread of respondents' theme scores within each department.
    let mut spread: Vec<(usize, f64, f64, f64)> =
        v.r.departments
            .iter()
            .enumerate()
            .filter(|(_, d)| d.sheets.len() >= 2 && d.sheets.len() >= v.opts.min_group)
            .filter_map(|(d, dept)| dept.themes[i].spread.map(|s| (d, s.min, s.max, s.stddev)))
            .collect();
    let small =
        v.r.departments
            .iter()
            .filter(|d| d.sheets.len() >= 2 && d.sheets.len() < v.opts.min_group)
            .count();
    if small > 0 {
        f.para(&[Span::muted(tf(
            lang,
            Msg::ReportMinGroupSpread {
                count: &super::fmt::Int(lang, small),
                min: &v.opts.min_group,
            },
        ))]);
    }
    if spread.is_empty() {
        // No department has enough respondents: no agenda either.
        f.para(&[Span::new(t(lang, Msg::ReportNoSpread))]);
        return;
    } else {
        spread.sort_by(|a, b| (b.2 - b.1).total_cmp(&(a.2 - a.1)).then(a.0.cmp(&b.0)));
        f.para(&[Span::new(t(lang, Msg::ReportSpreadIntro))]);
        let mut table = Table::new(
            vec![
                Col::new(WIDTH - 220.0, Align::Left),
                Col::new(55.0, Align::Right),
                Col::new(55.0, Align::Right),
                Col::new(55.0, Align::Right),
                Col::new(55.0, Align::Right),
            ],
            vec![
                Cell::text(t(lang, Msg::TableDepartment)),
                Cell::text(t(lang, Msg::ReportRespondents)),
                Cell::text(t(lang, Msg::ReportMin)),
                Cell::text(t(lang, Msg::ReportMax)),
                Cell::text(t(lang, Msg::ReportStddev)),
            ],
        );
        table.zebra = true;
        for &(d, lo, hi, sd) in spread.iter().take(MAX_SPREAD) {
            table.rows.push(Row::new(vec![
                Cell::text(v.r.departments[d].name.clone()),
                Cell::text(int(lang, v.r.departments[d].sheets.len())),
                Cell::text(score(lang, Some(lo), v.levels)),
                Cell::text(score(lang, Some(hi), v.levels)),
                Cell::bold(crate::render::number(lang, sd, 1)),
            ]));
        }
        f.table(&table);
        if spread.len() > MAX_SPREAD {
            f.para(&[Span::muted(tf(
                lang,
                Msg::ReportSpreadMore {
                    count: &int(lang, spread.len() - MAX_SPREAD),
                },
            ))]);
        }
    }

    // The consensus agenda for this theme.
    let all: Vec<_> = v
        .agenda
        .iter()
        .filter(|(t, _)| *t == i)
        .map(|(_, a)| a)
        .collect();
    // No per-respondent answers for a group under `--min-group`.
    let big_enough = |name: &str| {
        v.r.departments
            .iter()
            .find(|d| d.name == name)
            .is_some_and(|d| d.sheets.len() >= v.opts.min_group)
    };
    let items: Vec<_> = all
        .iter()
        .copied()
        .filter(|a| big_enough(&a.department))
        .collect();
    let hidden = all.len() - items.len();
    f.heading(t(lang, Msg::ReportAgenda), 3, 110.0);
    if hidden > 0 {
        f.para(&[Span::muted(tf(
            lang,
            Msg::ReportMinGroupAgenda {
                count: &super::fmt::Int(lang, hidden),
                min: &v.opts.min_group,
            },
        ))]);
    }
    if items.is_empty() {
        if hidden == 0 {
            f.para(&[Span::new(t(lang, Msg::ReportNoAgenda))]);
        }
        return;
    }
    f.para(&[Span::new(tf(
        lang,
        Msg::ReportAgendaIntro {
            count: &super::fmt::Int(lang, items.len()),
        },
    ))]);
    let mut table = Table::new(
        vec![
            Col::new(110.0, Align::Left),
            Col::new(WIDTH - 110.0 - 62.0 - 130.0, Align::Left),
            Col::new(62.0, Align::Left),
            Col::new(130.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::TableDepartment)),
            Cell::text(t(lang, Msg::ReportQuestion)),
            Cell::text(t(lang, Msg::ReportGap)),
            Cell::text(t(lang, Msg::ReportAnswersGiven)),
        ],
    );
    table.zebra = true;
    for item in items.iter().take(MAX_AGENDA) {
        // How many gave each answer, lowest first: no respondent label,
        // so that answers cannot be joined across questions.
        let mut counts: std::collections::BTreeMap<usize, (&str, usize)> =
            std::collections::BTreeMap::new();
        for answer in &item.answers {
            let label = &answer.answer;
            let short = super::fmt::strip_index(label);
            let index = label[short.len()..]
                .trim_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .unwrap_or(usize::MAX);
            counts.entry(index).or_insert((short, 0)).1 += 1;
        }
        let answers: Vec<String> = counts
            .values()
            .map(|(label, n)| format!("{n} × {label}"))
            .collect();
        table.rows.push(Row::new(vec![
            Cell::text(item.department.clone()),
            Cell::text(super::fmt::third_person(lang, item.question.trim())),
            Cell::text(item.gap.clone()),
            Cell::text(answers.join("\n")),
        ]));
    }
    f.table(&table);
    if items.len() > MAX_AGENDA {
        f.para(&[Span::muted(tf(
            lang,
            Msg::ReportAgendaMore {
                count: &int(lang, items.len() - MAX_AGENDA),
            },
        ))]);
    }
}

fn recommendations(f: &mut Flow, v: &View, i: usize) {
    let lang = v.lang;
    let mut weakest: Vec<&super::view::Action> =
        v.actions.iter().filter(|a| a.theme == i).collect();
    weakest.sort_by(|a, b| {
        a.score
            .total_cmp(&b.score)
            .then(a.question.cmp(&b.question))
    });
    f.heading(t(lang, Msg::ReportRecommendations), 2, 110.0);
    if weakest.is_empty() {
        f.para(&[Span::new(t(lang, Msg::ReportNoRecommendation))]);
        return;
    }
    f.para(&[Span::muted(t(lang, Msg::ReportRecommendationsIntro))]);
    for a in weakest.iter().take(3) {
        let question = v.question(a.question);
        let rank = v
            .actions
            .iter()
            .position(|x| x.question == a.question)
            .map_or(0, |p| p + 1);
        let mut spans = vec![
            Span::bold(super::fmt::finding_text(lang, question)),
            Span::muted(format!(
                " — {}",
                tf(
                    lang,
                    Msg::ReportRecommendationMeta {
                        score: &super::fmt::score_pct(lang, a.score, 0, v.levels),
                        level: &level_label(v.q, a.score),
                        rank: &rank
                    }
                )
            )),
        ];
        if let Some(r) = &a.recommendation {
            spans.push(Span::new(format!(
                "\n{}",
                super::fmt::third_person(lang, r.trim())
            )));
        }
        f.ensure(40.0);
        f.bullet(&spans, BODY);
        f.gap(3.0);
    }
}
