//! Departments compared: their overall scores as a chart, then the
//! departments × themes table, shaded by level with the numbers written in,
//! paginated with its header repeated.

use super::charts::{self, Mark, level_fill, level_ink};
use super::fmt::{bounded_list, delta, int, score};
use super::layout::{Align, Cell, Col, Flow, LEFT, Row, Span, Table, WIDTH};
use super::themes::departments_chart;
use super::view::View;
use crate::i18n::{Msg, t, tf};
use crate::render::number;

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View) {
    let lang = v.lang;
    f.chapter(
        t(lang, Msg::ReportDepartments),
        1,
        &format!("3. {}", t(lang, Msg::ReportDepartments)),
    );
    let mut intro = vec![Span::new(t(lang, Msg::ReportDepartmentsIntro))];
    if v.cmp.is_some() {
        intro.push(Span::new(format!(
            " {}",
            t(lang, Msg::ReportDepartmentsIntroDelta)
        )));
    }
    f.para(&intro);
    legend(f, v);

    departments_chart(f, v, None, t(lang, Msg::ReportOverallByDepartment));

    let table = table(v);
    f.heading_table(t(lang, Msg::ReportDepartmentsTable), 2, &table);

    if let Some(cmp) = v.cmp {
        let new: Vec<&str> = cmp.new_departments().collect();
        let gone: Vec<&str> = cmp.vanished_departments().collect();
        if !new.is_empty() {
            f.para(&[Span::muted(tf(
                lang,
                Msg::ReportChangedNew {
                    names: &bounded_list(lang, &new, 10),
                },
            ))]);
        }
        if !gone.is_empty() {
            f.para(&[Span::muted(tf(
                lang,
                Msg::ReportChangedGone {
                    names: &bounded_list(lang, &gone, 10),
                },
            ))]);
        }
    }
}

/// The level tints with their names and bands.
pub fn legend(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let n = v.levels;
    let items: Vec<(Mark, String)> =
        v.q.scale
            .iter()
            .enumerate()
            .map(|(k, l)| {
                let lo = 100.0 * k as f64 / n as f64;
                let hi = 100.0 * (k + 1) as f64 / n as f64;
                (
                    Mark::Fill(level_fill(k, n)),
                    format!(
                        "{} ({}–{})",
                        l.label,
                        number(lang, lo, 0),
                        number(lang, hi, 0)
                    ),
                )
            })
            .collect();
    f.ensure(30.0);
    let h = charts::legend(&mut f.c, LEFT, f.y, WIDTH, &items);
    f.y += h + 6.0;
}

fn table(v: &View) -> Table {
    let lang = v.lang;
    let nt = v.q.themes.len();
    let with_delta = v.cmp.is_some();
    let name_w = if nt <= 6 { 138.0 } else { 104.0 };
    let rep_w = 28.0;
    let cell_w = (WIDTH - name_w - rep_w) / (nt + 1) as f32;
    let mut cols = vec![Col::new(name_w, Align::Left), Col::new(rep_w, Align::Right)];
    cols.extend((0..=nt).map(|_| Col::new(cell_w, Align::Center)));
    let mut header = vec![
        Cell::text(t(lang, Msg::TableDepartment)),
        Cell::text(t(lang, Msg::TableRespondentsShort)),
    ];
    header.extend(v.q.themes.iter().map(|th| Cell::text(th.short_title())));
    header.push(Cell::text(t(lang, Msg::ReportOverall)));
    let mut table = Table::new(cols, header);
    table.middle = true;
    table.size = 8.5;
    table.header_size = 8.5;
    table.pad = 3.5;
    table.min_row = if with_delta { 26.0 } else { 18.0 };
    let shaded = |s: Option<f64>, d: Option<f64>, is_new: bool| -> Cell {
        match s {
            Some(s) => {
                let l = v.level(s);
                let ink = level_ink(l, v.levels);
                let mut spans = vec![Span::bold(score(lang, Some(s), v.levels)).color(ink)];
                if with_delta {
                    let text = if is_new {
                        t(lang, Msg::ReportNewShort).to_string()
                    } else {
                        delta(lang, d)
                    };
                    if !text.is_empty() {
                        spans.push(Span::new(format!("\n{text}")).color(ink));
                    }
                }
                Cell::spans(spans).fill(level_fill(l, v.levels))
            }
            None => Cell::text("—"),
        }
    };
    for (d, dept) in v.r.departments.iter().enumerate() {
        let is_new = v.dept_is_new(d);
        let mut cells = vec![
            Cell::text(dept.name.clone()),
            Cell::text(int(lang, dept.sheets.len())),
        ];
        for (ti, dt) in dept.themes.iter().enumerate() {
            cells.push(shaded(dt.score, v.dept_delta(d, Some(ti)), is_new));
        }
        cells.push(shaded(dept.overall, v.dept_delta(d, None), is_new));
        table.rows.push(Row::new(cells));
    }
    let mut cells = vec![
        Cell::bold(t(lang, Msg::TableOrganisation)),
        Cell::bold(int(lang, v.c.sheets.len())),
    ];
    for (ti, s) in v.r.themes.iter().enumerate() {
        cells.push(shaded(*s, v.org_delta(Some(ti)), false));
    }
    cells.push(shaded(v.r.overall, v.org_delta(None), false));
    table.rows.push(Row::total(cells));
    table
}
