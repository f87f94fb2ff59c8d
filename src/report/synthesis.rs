//! The one-page synthesis: overall level, radar of the themes, strengths and
//! priorities, participation, and what changed since the baseline.

use super::canvas::{FontStyle, Stroke};
use super::charts::{self, Mark, level_fill, level_ink};
use super::fmt::{bounded_list, date_long, delta, int, level_label, pct, score};
use super::layout::{
    ACCENT, Align, BODY, Cell, Col, Flow, INK, LEFT, MUTED, PANEL, RIGHT, Row, Span, Table, WIDTH,
};
use super::view::View;
use crate::i18n::{t, tf};
use crate::render::number;

/// Draws the synthesis chapter.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let title = format!("1. {}", t(lang, "report.synthesis"));
    f.chapter(t(lang, "report.synthesis"), 1, &title);
    headline(f, v);
    radar_block(f, v);
    strengths_priorities(f, v);
    bottom(f, v);
}

/// Participation and, with a baseline, what changed: side by side.
fn bottom(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let mut columns = vec![(t(lang, "report.participation"), participation(v))];
    if v.cmp.is_some() {
        columns.push((t(lang, "report.what-changed"), changes(v)));
    }
    let gap = 16.0;
    let w = (WIDTH - gap * (columns.len() - 1) as f32) / columns.len() as f32;
    let size = 8.0;
    let h = columns
        .iter()
        .map(|(_, spans)| f.measure(spans, size, w))
        .fold(0.0, f32::max)
        + 20.0;
    f.gap(6.0);
    f.ensure(h);
    let top = f.y;
    for (i, (title, spans)) in columns.iter().enumerate() {
        let x = LEFT + i as f32 * (w + gap);
        f.c.text(x, top + 11.0, title, FontStyle::Bold, 10.5, INK);
        f.block(x, top + 18.0, w, spans, size);
    }
    f.y = top + h + 4.0;
}

/// "Niveau global : Défini (52,3 %)", its description and a gauge of levels.
fn headline(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let q = v.q;
    let inner = WIDTH - 28.0;
    let mut spans = vec![Span::bold(t(lang, "report.overall-level")).color(ACCENT)];
    let mut desc = Vec::new();
    match v.r.overall {
        Some(s) => {
            spans.push(Span::bold(format!(
                " {} ({})",
                level_label(q, s),
                pct(lang, s, 1)
            )));
            if let Some(d) = q.scale[v.level(s)].description.as_deref() {
                desc.push(Span::italic(d).color(MUTED));
            }
        }
        None => spans.push(Span::bold(format!(" {}", t(lang, "report.no-score")))),
    }
    if let (Some(d), Some(base)) = (v.org_delta(None), v.cmp.and_then(|c| c.baseline.overall)) {
        let since = baseline_name(v);
        desc.push(Span::new(format!(
            "{}{}",
            if desc.is_empty() { "" } else { "\n" },
            tf(
                lang,
                "report.overall-change",
                &[
                    ("delta", &delta(lang, Some(d))),
                    ("since", &since),
                    (
                        "before",
                        &format!("{} ({})", level_label(q, base), pct(lang, base, 1))
                    ),
                ]
            )
        )));
    }
    let h1 = f.measure(&spans, 14.0, inner);
    let h2 = if desc.is_empty() {
        0.0
    } else {
        f.measure(&desc, BODY, inner) + 3.0
    };
    let gauge_h = 30.0;
    let h = 10.0 + h1 + h2 + 6.0 + gauge_h + 6.0;
    f.ensure(h);
    let top = f.y;
    f.c.rect(LEFT, top, WIDTH, h, Some(PANEL), None);
    f.c.rect(LEFT, top, 4.0, h, Some(ACCENT), None);
    let mut y = top + 8.0;
    y += f.block(LEFT + 16.0, y, inner, &spans, 14.0);
    if !desc.is_empty() {
        y += 3.0;
        y += f.block(LEFT + 16.0, y, inner, &desc, BODY);
    }
    y += 6.0;
    gauge(f, v, LEFT + 16.0, y, inner);
    f.y = top + h + 10.0;
}

/// The scale as a strip of bands, the organisation's band filled, a marker
/// at its exact score.
fn gauge(f: &mut Flow, v: &View, x: f32, y: f32, width: f32) {
    let lang = v.lang;
    let n = v.levels;
    let bw = width / n as f32;
    let current = v.r.overall.map(|s| v.level(s));
    let fonts = f.fonts();
    for (k, level) in v.q.scale.iter().enumerate() {
        let bx = x + k as f32 * bw;
        let active = current == Some(k);
        let (fill, ink) = if active {
            (level_fill(k, n), level_ink(k, n))
        } else {
            (super::canvas::Color::WHITE, MUTED)
        };
        f.c.rect(
            bx,
            y,
            bw,
            16.0,
            Some(fill),
            Some(Stroke::solid(super::layout::RULE, 0.6)),
        );
        let style = if active {
            FontStyle::Bold
        } else {
            FontStyle::Regular
        };
        let label = super::layout::ellipsize(fonts, &level.label, style, 7.5, bw - 4.0);
        f.c.text_centered(bx + bw / 2.0, y + 11.0, &label, style, 7.5, ink);
        let lo = 100.0 * k as f64 / n as f64;
        f.c.text(
            bx + 1.0,
            y + 25.0,
            &number(lang, lo, 0),
            FontStyle::Regular,
            6.0,
            MUTED,
        );
    }
    f.c.text_right(x + width, y + 25.0, "100", FontStyle::Regular, 6.0, MUTED);
    if let Some(s) = v.r.overall {
        let mx = x + width * (s.clamp(0.0, 100.0) / 100.0) as f32;
        f.c.polygon(
            &[(mx - 4.0, y - 5.0), (mx + 4.0, y - 5.0), (mx, y + 1.0)],
            Some(INK),
            None,
        );
    }
}

/// "la campagne du 6 octobre 2025" / "la campagne précédente".
fn baseline_name(v: &View) -> String {
    match v.opts.baseline_date {
        Some(d) => tf(
            v.lang,
            "report.baseline-of",
            &[("date", &date_long(v.lang, d))],
        ),
        None => t(v.lang, "report.baseline-previous").to_string(),
    }
}

/// The radar on the left, the themes' scores on the right.
fn radar_block(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let q = v.q;
    let nt = q.themes.len();
    let labels: Vec<&str> = q.themes.iter().map(|th| th.short_title()).collect();
    f.gap(4.0);
    f.ensure(200.0);
    let top = f.y;
    let chart_w = 250.0;
    let mut items = vec![(
        Mark::Fill(super::layout::ACCENT.with_alpha(0.28)),
        current_name(v),
    )];
    if v.cmp.is_some() {
        let name = match v.opts.baseline_date {
            Some(d) => tf(lang, "report.campaign-of", &[("date", &date_long(lang, d))]),
            None => t(lang, "report.campaign-previous").to_string(),
        };
        items.push((Mark::Dashed, name));
    }
    let radar = nt >= 3;
    if !radar {
        // Fewer than three themes make no radar: bars across the page,
        // with a tick for the baseline.
        items.clear();
        if v.cmp.is_some() {
            items.push((Mark::Tick, t(lang, "report.legend-baseline").to_string()));
        }
    }
    let bottom = if radar {
        let r = 68.0;
        let cy = top + 22.0 + r;
        charts::radar(
            &mut f.c,
            lang,
            (LEFT + chart_w / 2.0, cy, r, chart_w / 2.0),
            &labels,
            &v.r.themes,
            v.baseline_themes(),
            v.levels,
        );
        cy + r + 24.0
    } else {
        let rows: Vec<charts::Bar> = q
            .themes
            .iter()
            .enumerate()
            .map(|(i, th)| charts::Bar {
                label: th.short_title().to_string(),
                value: v.r.themes[i],
                baseline: v.baseline_themes().and_then(|b| b[i]),
                strong: false,
            })
            .collect();
        let labels: Vec<&str> = q.scale.iter().map(|l| l.label.as_str()).collect();
        top + charts::bars(&mut f.c, lang, (LEFT, top, WIDTH), &rows, None, &labels)
    };

    // The themes' table, to the right of the chart.
    let with_delta = v.cmp.is_some();
    let (tx, tw) = if radar {
        (LEFT + chart_w + 10.0, RIGHT - LEFT - chart_w - 10.0)
    } else {
        (LEFT, WIDTH)
    };
    let cols = if with_delta {
        vec![
            Col::new(tw - 136.0, Align::Left),
            Col::new(38.0, Align::Right),
            Col::new(58.0, Align::Left),
            Col::new(40.0, Align::Right),
        ]
    } else {
        vec![
            Col::new(tw - 100.0, Align::Left),
            Col::new(40.0, Align::Right),
            Col::new(60.0, Align::Left),
        ]
    };
    let mut header = vec![
        Cell::text(t(lang, "table.theme")),
        Cell::text(t(lang, "report.score-pct")),
        Cell::text(t(lang, "table.level")),
    ];
    if with_delta {
        header.push(Cell::text(t(lang, "report.change-short")));
    }
    let mut table = Table::new(cols, header);
    table.left = tx;
    table.middle = true;
    table.pad = 3.0;
    for (i, th) in q.themes.iter().enumerate() {
        let s = v.r.themes[i];
        let mut cells = vec![
            Cell::text(th.short_title().to_string()),
            Cell::bold(score(lang, s)),
            level_cell(v, s),
        ];
        if with_delta {
            cells.push(Cell::text(delta(lang, v.org_delta(Some(i)))));
        }
        table.rows.push(Row::new(cells));
    }
    let mut cells = vec![
        Cell::bold(t(lang, "report.overall")),
        Cell::bold(score(lang, v.r.overall)),
        level_cell(v, v.r.overall),
    ];
    if with_delta {
        cells.push(Cell::bold(delta(lang, v.org_delta(None))));
    }
    table.rows.push(Row::total(cells));
    f.y = if radar { top } else { bottom + 6.0 };
    f.table(&table);
    let mut note = Vec::new();
    if radar {
        note.push(Span::muted(format!("{} ", t(lang, "report.glance-note"))));
    }
    if with_delta {
        note.push(Span::muted(t(lang, "report.glance-note-delta")));
    }
    let h = f.block(tx, f.y, tw, &note, 7.5);
    let h = h + charts::legend(&mut f.c, tx, f.y + h + 4.0, tw, &items) + 4.0;
    f.y = (f.y + h).max(bottom) + 6.0;
}

/// A level's name on its tint.
pub fn level_cell(v: &View, s: Option<f64>) -> Cell {
    match s {
        Some(s) => {
            let l = v.level(s);
            Cell::spans(vec![
                Span::new(v.q.level_label(l)).color(level_ink(l, v.levels)),
            ])
            .fill(level_fill(l, v.levels))
        }
        None => Cell::text("—"),
    }
}

/// "Campagne du 7 octobre 2026".
fn current_name(v: &View) -> String {
    tf(
        v.lang,
        "report.campaign-of",
        &[("date", &date_long(v.lang, v.opts.date))],
    )
}

/// Two panels side by side: the three strengths and the three priorities.
fn strengths_priorities(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let gap = 12.0;
    let w = (WIDTH - gap) / 2.0;
    let item = |p: usize, extra: Option<String>| -> Vec<Span> {
        let question = v.question(p);
        let theme = &v.q.themes[v.theme_of[p]];
        let s = v.q_scores[p].unwrap_or(0.0);
        let mut meta = format!(
            "{} · {} · {}",
            theme.short_title(),
            pct(lang, s, 0),
            level_label(v.q, s)
        );
        if let Some(e) = extra {
            meta.push_str(" · ");
            meta.push_str(&e);
        }
        vec![
            Span::new(question.text.trim()),
            Span::muted(format!("\n{meta}")).color(MUTED),
        ]
    };
    let strengths: Vec<_> = v.strengths.iter().take(3).map(|&p| item(p, None)).collect();
    let priorities: Vec<_> = v
        .actions
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, a)| {
            item(
                a.question,
                Some(tf(lang, "report.see-action", &[("rank", &(i + 1))])),
            )
        })
        .collect();
    let size = 8.5;
    let inner = w - 40.0;
    let measure = |f: &Flow, items: &[Vec<Span>]| -> f32 {
        items
            .iter()
            .map(|a| f.measure(a, size, inner) + 6.0)
            .sum::<f32>()
    };
    let empty_h = 14.0;
    let h = 30.0
        + measure(f, &strengths)
            .max(measure(f, &priorities))
            .max(empty_h)
        + 4.0;
    f.gap(4.0);
    f.ensure(h);
    let top = f.y;
    for (col, (title, items, empty)) in [
        (
            t(lang, "report.strengths"),
            &strengths,
            t(lang, "report.no-strengths"),
        ),
        (
            t(lang, "report.priorities"),
            &priorities,
            t(lang, "report.no-priorities"),
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let x = LEFT + col as f32 * (w + gap);
        f.c.rect(x, top, w, h, Some(PANEL), None);
        f.c.rect(x, top, w, 3.0, Some(ACCENT), None);
        f.c.text(x + 10.0, top + 19.0, title, FontStyle::Bold, 10.5, ACCENT);
        let mut y = top + 28.0;
        if items.is_empty() {
            f.block(x + 10.0, y, w - 20.0, &[Span::muted(empty)], size);
        }
        for (i, text) in items.iter().enumerate() {
            f.c.circle(x + 17.0, y + 6.5, 6.5, Some(ACCENT), None);
            f.c.text_centered(
                x + 17.0,
                y + 9.3,
                &(i + 1).to_string(),
                FontStyle::Bold,
                7.5,
                super::canvas::Color::WHITE,
            );
            y += f.block(x + 30.0, y, inner, text, size);
            y += 6.0;
        }
    }
    f.y = top + h + 8.0;
}

/// Departments, respondents, completion, share of na and unknown.
fn participation(v: &View) -> Vec<Span> {
    let lang = v.lang;
    let total = v.totals.total().max(1) as f64;
    let given = (v.totals.answered + v.totals.na + v.totals.unknown) as f64;
    let sizes: Vec<usize> = v.r.departments.iter().map(|d| d.sheets.len()).collect();
    let (lo, hi) = (
        sizes.iter().copied().min().unwrap_or(0),
        sizes.iter().copied().max().unwrap_or(0),
    );
    let range = if lo == hi {
        tf(
            lang,
            "report.per-department-same",
            &[("count", &int(lang, lo))],
        )
    } else {
        tf(
            lang,
            "report.per-department-range",
            &[("min", &int(lang, lo)), ("max", &int(lang, hi))],
        )
    };
    vec![
        Span::new(tf(
            lang,
            "report.participation-text",
            &[
                ("departments", &int(lang, v.nd())),
                ("respondents", &int(lang, v.c.sheets.len())),
                ("range", &range),
                ("completion", &pct(lang, 100.0 * given / total, 0)),
                ("na", &pct(lang, 100.0 * v.totals.na as f64 / total, 1)),
                (
                    "unknown",
                    &pct(lang, 100.0 * v.totals.unknown as f64 / total, 1),
                ),
            ],
        )),
        Span::muted(format!(" {}", t(lang, "report.na-unknown-gloss"))),
    ]
}

/// What changed since the baseline.
fn changes(v: &View) -> Vec<Span> {
    let lang = v.lang;
    let Some(cmp) = v.cmp else {
        return Vec::new();
    };
    // Themes: the largest rises and falls.
    let mut deltas: Vec<(usize, f64)> = (0..v.q.themes.len())
        .filter_map(|i| v.org_delta(Some(i)).map(|d| (i, d)))
        .collect();
    deltas.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut sentences: Vec<String> = Vec::new();
    if let Some(d) = v.org_delta(None) {
        sentences.push(tf(
            lang,
            "report.changed-overall",
            &[
                ("since", &baseline_name(v)),
                ("delta", &delta(lang, Some(d))),
            ],
        ));
    }
    let named = |(i, d): &(usize, f64)| {
        format!(
            "{} ({})",
            v.q.themes[*i].short_title(),
            delta(lang, Some(*d))
        )
    };
    let ups: Vec<String> = deltas
        .iter()
        .filter(|d| d.1 >= 0.05)
        .take(3)
        .map(named)
        .collect();
    let downs: Vec<String> = deltas
        .iter()
        .rev()
        .filter(|d| d.1 <= -0.05)
        .take(3)
        .map(named)
        .collect();
    if !ups.is_empty() {
        sentences.push(tf(
            lang,
            "report.changed-up",
            &[("themes", &ups.join(", "))],
        ));
    }
    if !downs.is_empty() {
        sentences.push(tf(
            lang,
            "report.changed-down",
            &[("themes", &downs.join(", "))],
        ));
    }
    // Departments: how many rose, fell, stayed.
    let (mut up, mut down, mut same) = (0usize, 0usize, 0usize);
    for d in 0..v.nd() {
        match v.dept_delta(d, None) {
            Some(x) if x >= 0.05 => up += 1,
            Some(x) if x <= -0.05 => down += 1,
            Some(_) => same += 1,
            None => {}
        }
    }
    let mut parts = Vec::new();
    if up > 0 {
        parts.push(tf(lang, "report.dept-up", &[("count", &int(lang, up))]));
    }
    if down > 0 {
        parts.push(tf(lang, "report.dept-down", &[("count", &int(lang, down))]));
    }
    if same > 0 {
        parts.push(tf(lang, "report.dept-same", &[("count", &int(lang, same))]));
    }
    if !parts.is_empty() {
        sentences.push(tf(
            lang,
            "report.changed-departments",
            &[("list", &parts.join(", "))],
        ));
    }
    let new: Vec<&str> = cmp.new_departments().collect();
    if !new.is_empty() {
        sentences.push(tf(
            lang,
            "report.changed-new",
            &[("names", &bounded_list(lang, &new, 5))],
        ));
    }
    let gone: Vec<&str> = cmp.vanished_departments().collect();
    if !gone.is_empty() {
        sentences.push(tf(
            lang,
            "report.changed-gone",
            &[("names", &bounded_list(lang, &gone, 5))],
        ));
    }
    let mut spans = vec![Span::new(sentences.join(" "))];
    // Questions: the same set, or what was added and removed.
    if cmp.same_questions() {
        spans.push(Span::muted(format!(" {}", t(lang, "cmp.same-questions"))));
    } else {
        let mut parts = vec![tf(
            lang,
            "cmp.shared-questions",
            &[
                ("shared", &cmp.shared),
                ("old", &cmp.baseline_version),
                ("new", &cmp.current_version),
            ],
        )];
        let list = |qs: &[crate::compare::QuestionRef]| {
            let shown: Vec<String> = qs
                .iter()
                .take(3)
                .map(|q| format!("« {} »", q.text.trim()))
                .collect();
            let mut out = shown.join(", ");
            if qs.len() > 3 {
                out.push_str(&format!(", {}", super::fmt::others(lang, qs.len() - 3)));
            }
            out
        };
        if !cmp.added.is_empty() {
            parts.push(tf(
                lang,
                "report.changed-added",
                &[
                    ("count", &cmp.added.len()),
                    ("questions", &list(&cmp.added)),
                ],
            ));
        }
        if !cmp.removed.is_empty() {
            parts.push(tf(
                lang,
                "report.changed-removed",
                &[
                    ("count", &cmp.removed.len()),
                    ("questions", &list(&cmp.removed)),
                ],
            ));
        }
        spans.push(Span::muted(format!(
            " {}",
            french_quotes(lang, &parts.join(" "))
        )));
    }
    spans
}

/// Guillemets with no-break spaces in French, curly quotes in English.
pub fn french_quotes(lang: crate::i18n::Lang, s: &str) -> String {
    match lang {
        crate::i18n::Lang::Fr => s.replace("« ", "«\u{a0}").replace(" »", "\u{a0}»"),
        crate::i18n::Lang::En => s.replace("« ", "\u{201c}").replace(" »", "\u{201d}"),
    }
}
