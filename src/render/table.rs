//! Terminal tables (comfy-table): the organisation, its themes, then the
//! departments × themes matrix. Colour marks levels, but every cell also
//! carries its number, so nothing depends on colour alone.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width};

use super::view::{Mark, ScoreView};
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::Questionnaire;

/// How tables are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub lang: Lang,
    pub color: bool,
    /// Terminal width, when known: long cells wrap to it.
    pub width: Option<u16>,
}

/// A fresh table in boussole's style.
pub fn new_table(style: Style) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    // On a terminal, wrap long cells to its width; elsewhere keep natural widths.
    if let Some(w) = style.width {
        table
            .set_width(w)
            .set_content_arrangement(ContentArrangement::Dynamic);
    }
    table
}

/// The colour of a level: red, orange, yellow, light green, green.
fn level_color(level: usize, n: usize) -> Color {
    let ratio = if n > 1 {
        level as f64 / (n - 1) as f64
    } else {
        1.0
    };
    match ratio {
        r if r < 0.2 => Color::Red,
        r if r < 0.4 => Color::DarkYellow,
        r if r < 0.6 => Color::Yellow,
        r if r < 0.8 => Color::Green,
        _ => Color::DarkGreen,
    }
}

/// A right-aligned score cell, coloured by level when colour is on.
pub fn score_cell(q: &Questionnaire, score: Option<f64>, style: Style, with_label: bool) -> Cell {
    mark_cell(Mark::new(q, score), q.scale.len(), style, with_label)
}

/// A right-aligned cell for a mark of a scale of `levels` levels, coloured
/// by level when colour is on.
pub fn mark_cell(m: Mark, levels: usize, style: Style, with_label: bool) -> Cell {
    let text = match (m.level_label(), with_label) {
        (Some(label), true) => format!("{} ({label})", super::score_text(style.lang, m.score)),
        _ => super::score_text(style.lang, m.score),
    };
    let mut cell = Cell::new(text).set_alignment(CellAlignment::Right);
    if let (true, Some(level)) = (style.color, m.level_index()) {
        cell = cell.fg(level_color(level, levels));
    }
    cell
}

/// The `score` table output.
pub fn score(v: &ScoreView, style: Style) -> String {
    let lang = style.lang;
    let q = v.q;
    let levels = q.scale.len();
    let mut out = String::new();
    out.push_str(&format!("{} — {} {}\n", q.title, q.id, q.version));
    out.push_str(&tf(
        lang,
        Msg::TableParticipation {
            respondents: &v.respondents,
            departments: &v.departments.len(),
        },
    ));
    out.push('\n');
    let overall = v
        .overall
        .level_label()
        .map_or(String::new(), |l| format!(" — {l}"));
    out.push_str(&format!(
        "{} {} %{}\n\n",
        t(lang, Msg::TableOverall),
        super::score_text(lang, v.overall.score),
        overall
    ));

    let mut themes = new_table(style);
    themes.set_header(vec![
        Cell::new(t(lang, Msg::TableTheme)),
        Cell::new(t(lang, Msg::TableWeight)),
        Cell::new(t(lang, Msg::TableScore)),
        Cell::new(t(lang, Msg::TableLevel)),
        Cell::new(t(lang, Msg::TableAnswered)),
        Cell::new(t(lang, Msg::TableNaUnknown)),
    ]);
    for theme in &v.themes {
        let counts = &theme.counts;
        themes.add_row(vec![
            Cell::new(theme.title),
            Cell::new(super::number(lang, theme.weight, 0)).set_alignment(CellAlignment::Right),
            mark_cell(theme.mark, levels, style, false),
            Cell::new(theme.mark.level_label().unwrap_or("—")),
            Cell::new(format!("{}/{}", counts.answered, counts.total()))
                .set_alignment(CellAlignment::Right),
            Cell::new(format!("{} / {}", counts.na, counts.unknown))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    out.push_str(&themes.to_string());
    out.push_str("\n\n");
    out.push_str(&matrix(v, style, true, |m| {
        mark_cell(m, levels, style, false)
    }));
    out.push('\n');
    out
}

/// The departments × themes matrix, with each department's overall score
/// and the organisation's last; `cell` draws a score. With `min_widths`,
/// department names and numbers get the room they need before theme titles.
pub fn matrix(
    v: &ScoreView,
    style: Style,
    min_widths: bool,
    cell: impl Fn(Mark) -> Cell,
) -> String {
    let lang = style.lang;
    let q = v.q;
    let mut table = new_table(style);
    let mut header = vec![
        Cell::new(t(lang, Msg::TableDepartment)),
        Cell::new(t(lang, Msg::TableRespondentsShort)),
    ];
    header.extend(v.themes.iter().map(|th| Cell::new(th.short)));
    header.push(Cell::new(t(lang, Msg::TableOverallShort)));
    table.set_header(header);
    for d in &v.departments {
        let mut row = vec![
            Cell::new(d.name),
            Cell::new(d.respondents).set_alignment(CellAlignment::Right),
        ];
        row.extend(d.themes.iter().map(|dt| cell(dt.mark)));
        row.push(cell(d.overall));
        table.add_row(row);
    }
    let mut org = vec![
        Cell::new(t(lang, Msg::TableOrganisation)),
        Cell::new(v.respondents).set_alignment(CellAlignment::Right),
    ];
    org.extend(v.theme_marks().map(&cell));
    org.push(cell(v.overall));
    table.add_row(org);
    if !min_widths {
        return table.to_string();
    }
    // Department names stay on one line where they can; numbers never wrap;
    // theme titles wrap last.
    let longest = v
        .departments
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(10);
    let fixed = |w: usize| ColumnConstraint::LowerBoundary(Width::Fixed(w as u16));
    let columns = q.themes.len() + 3;
    for i in 0..columns {
        let constraint = match i {
            0 => fixed(longest.clamp(
                12,
                if style.width.is_some_and(|w| w < 100) {
                    18
                } else {
                    30
                },
            )),
            1 => fixed(6),
            _ => fixed(8),
        };
        if let Some(col) = table.column_mut(i) {
            col.set_constraint(constraint);
        }
    }
    table.to_string()
}
