//! Charts drawn with the canvas primitives, readable in black and white:
//! grey tints that darken with the level, numbers on every bar and point,
//! a dashed outline for the baseline.

use super::canvas::{Canvas, Color, FontStyle, Fonts, Stroke, Tag};
use super::layout::{ACCENT, INK, MUTED, RULE, Span, ellipsize, layout};
use crate::i18n::{Lang, Msg, t, tf};
use crate::render::number;

/// Above this many departments, charts summarise (a histogram of levels and
/// the top and bottom five) instead of drawing one bar per department.
pub const MAX_BARS: usize = 25;

/// Tints from light (lowest level) to dark (highest), blue-grey so that they
/// keep their order when printed in grey. The lightest (luminance ≈ 0,88)
/// stays darker than the panels, zebra rows and band backgrounds (≈ 0,95),
/// so that the lowest level is not mistaken for an empty cell in grey.
const TINTS: [(f32, f32, f32); 5] = [
    (0.851, 0.886, 0.925),
    (0.706, 0.792, 0.875),
    (0.576, 0.710, 0.839),
    (0.302, 0.494, 0.686),
    (0.122, 0.306, 0.475),
];

/// The fill of a level's cells and bars.
pub fn level_fill(level: usize, levels: usize) -> Color {
    let t = if levels < 2 {
        0.0
    } else {
        level.min(levels - 1) as f32 / (levels - 1) as f32
    };
    let pos = t * (TINTS.len() - 1) as f32;
    let i = (pos.floor() as usize).min(TINTS.len() - 2);
    let f = pos - i as f32;
    let (a, b) = (TINTS[i], TINTS[i + 1]);
    Color::rgb(
        a.0 + (b.0 - a.0) * f,
        a.1 + (b.1 - a.1) * f,
        a.2 + (b.2 - a.2) * f,
    )
}

/// Text colour readable on [`level_fill`]: white on the dark tints.
pub fn level_ink(level: usize, levels: usize) -> Color {
    let c = level_fill(level, levels);
    let luminance = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
    if luminance < 0.55 { Color::WHITE } else { INK }
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug)]
pub enum Mark {
    /// A filled square.
    Fill(Color),
    /// A dashed line.
    Dashed,
    /// A short solid vertical tick.
    Tick,
}

/// Draws a legend line at `(x, y_top)`; returns its height.
pub fn legend(c: &mut Canvas, x: f32, y_top: f32, width: f32, items: &[(Mark, String)]) -> f32 {
    let size = 7.5;
    let fonts = c.fonts();
    let mut cx = x;
    let mut cy = y_top;
    let line_h = 12.0;
    for (mark, text) in items {
        let w = 18.0 + fonts.text_width(text, FontStyle::Regular, size) + 14.0;
        if cx > x && cx + w > x + width {
            cx = x;
            cy += line_h;
        }
        let mid = cy + line_h / 2.0;
        match mark {
            Mark::Fill(color) => c.rect(
                cx,
                mid - 4.0,
                12.0,
                8.0,
                Some(*color),
                Some(Stroke::solid(ACCENT, 0.6)),
            ),
            Mark::Dashed => c.line(cx, mid, cx + 13.0, mid, Stroke::dashed(INK, 1.0, 3.0, 2.0)),
            Mark::Tick => c.line(
                cx + 6.0,
                mid - 5.0,
                cx + 6.0,
                mid + 5.0,
                Stroke::solid(INK, 1.6),
            ),
        }
        c.text(cx + 18.0, mid + 2.7, text, FontStyle::Regular, size, MUTED);
        cx += w;
    }
    cy + line_h - y_top
}

/// A radar chart of theme scores, centred on `(cx, cy)`, of radius `r`, its
/// labels kept within `half_w` of the centre horizontally; one ring per level
/// boundary. `labels` are the themes' short titles.
///
/// The chart is a figure of the document's structure whose alternative text
/// states every value in words.
#[allow(clippy::too_many_arguments)]
pub fn radar(
    c: &mut Canvas,
    lang: Lang,
    geometry: (f32, f32, f32, f32),
    labels: &[&str],
    current: &[Option<f64>],
    baseline: Option<&[Option<f64>]>,
    levels: usize,
) {
    let mut alt = tf(
        lang,
        Msg::ReportAltRadar {
            values: &alt_values(lang, labels, current, 0),
        },
    );
    if let Some(base) = baseline {
        alt.push(' ');
        alt.push_str(&tf(
            lang,
            Msg::ReportAltBaseline {
                values: &alt_values(lang, labels, base, 0),
            },
        ));
    }
    c.open(Tag::Figure(alt));
    radar_drawing(c, lang, geometry, labels, current, baseline, levels);
    c.close();
}

/// `label value, label value…`, "no answer" for missing values.
fn alt_values(lang: Lang, labels: &[&str], values: &[Option<f64>], decimals: usize) -> String {
    labels
        .iter()
        .zip(values.iter().chain(std::iter::repeat(&None)))
        .map(|(label, v)| {
            let value = v.map_or_else(
                || t(lang, Msg::ReportAltNoValue).to_string(),
                |v| number(lang, v, decimals),
            );
            format!("{label} {value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[allow(clippy::too_many_arguments)]
fn radar_drawing(
    c: &mut Canvas,
    lang: Lang,
    (cx, cy, r, half_w): (f32, f32, f32, f32),
    labels: &[&str],
    current: &[Option<f64>],
    baseline: Option<&[Option<f64>]>,
    levels: usize,
) {
    let n = labels.len().max(3);
    let angle =
        |i: usize| std::f32::consts::TAU * i as f32 / n as f32 - std::f32::consts::FRAC_PI_2;
    let at = |i: usize, v: f32| {
        let a = angle(i);
        (cx + r * v * a.cos(), cy + r * v * a.sin())
    };
    // Level bands, outermost first, alternately shaded.
    for k in (1..=levels).rev() {
        let f = k as f32 / levels as f32;
        let pts: Vec<_> = (0..n).map(|i| at(i, f)).collect();
        let fill = if k % 2 == 0 {
            Color::grey(0.955)
        } else {
            Color::WHITE
        };
        c.polygon(&pts, Some(fill), Some(Stroke::solid(RULE, 0.5)));
    }
    for i in 0..n {
        let (x, y) = at(i, 1.0);
        c.line(cx, cy, x, y, Stroke::solid(RULE, 0.5));
    }
    // Ring values, between the first two axes where no label sits.
    let mid = (angle(0) + angle(1)) / 2.0;
    // A small radar has no room for every ring's value: the outer one only.
    let first = if r < 60.0 { levels } else { 1 };
    for k in first..=levels {
        let v = 100.0 * k as f64 / levels as f64;
        // The polygon's edge is nearer the centre than its corners.
        let rr = r * k as f32 / levels as f32 * (std::f32::consts::PI / n as f32).cos();
        c.text_centered(
            cx + rr * mid.cos(),
            cy + rr * mid.sin() + 2.0,
            &number(lang, v, 0),
            FontStyle::Regular,
            7.0,
            MUTED,
        );
    }
    let value = |s: &Option<f64>| (s.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0) as f32;
    if let Some(base) = baseline {
        let pts: Vec<_> = (0..labels.len()).map(|i| at(i, value(&base[i]))).collect();
        if pts.len() >= 3 {
            c.polygon(&pts, None, Some(Stroke::dashed(INK, 1.1, 4.0, 2.5)));
        }
        for &(x, y) in &pts {
            c.circle(x, y, 1.8, Some(Color::WHITE), Some(Stroke::solid(INK, 0.8)));
        }
    }
    let pts: Vec<_> = (0..labels.len())
        .map(|i| at(i, value(&current[i])))
        .collect();
    if pts.len() >= 3 {
        c.polygon(
            &pts,
            Some(ACCENT.with_alpha(0.28)),
            Some(Stroke::solid(ACCENT, 1.7)),
        );
    }
    for (i, &(x, y)) in pts.iter().enumerate() {
        c.circle(x, y, 2.4, Some(ACCENT), None);
        // The value, just outside the point along its axis.
        let text = current[i].map_or("—".to_string(), |v| {
            number(lang, super::fmt::shown(v, 0, levels), 0)
        });
        let a = angle(i);
        let (lx, ly) = (x + 9.0 * a.cos(), y + 9.0 * a.sin());
        let w = c.text_width(&text, FontStyle::Bold, 7.5);
        c.rect(
            lx - w / 2.0 - 1.5,
            ly - 5.0,
            w + 3.0,
            8.5,
            Some(Color::WHITE.with_alpha(0.85)),
            None,
        );
        c.text_centered(lx, ly + 2.6, &text, FontStyle::Bold, 7.5, ACCENT);
    }
    // Axis labels, in a size at which every word fits the room it has.
    let fonts = c.fonts();
    let room = |i: usize| {
        let a = angle(i);
        let x = cx + (r + 9.0) * a.cos();
        if a.cos() > 0.25 {
            cx + half_w - x
        } else if a.cos() < -0.25 {
            x - (cx - half_w)
        } else {
            2.0 * half_w
        }
    };
    let mut size: f32 = 8.0;
    for (i, label) in labels.iter().enumerate() {
        for word in label.split(' ') {
            let w = fonts.text_width(word, FontStyle::Bold, size);
            if w > room(i) {
                size = (size * room(i) / w).max(5.5);
            }
        }
    }
    for (i, label) in labels.iter().enumerate() {
        let a = angle(i);
        let (cos, sin) = (a.cos(), a.sin());
        let (x, y) = (cx + (r + 9.0) * cos, cy + (r + 9.0) * sin);
        let lines = layout(fonts, &[Span::bold(*label)], size, room(i).min(110.0));
        let line_h = size * 1.2;
        let h = lines.len() as f32 * line_h;
        let top = if sin < -0.5 {
            y - h
        } else if sin > 0.5 {
            y + 2.0
        } else {
            y - h / 2.0
        };
        for (li, line) in lines.iter().enumerate() {
            let text: String = line
                .pieces
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let baseline = top + li as f32 * line_h + size * 0.85;
            if cos > 0.25 {
                c.text(x, baseline, &text, FontStyle::Bold, size, INK);
            } else if cos < -0.25 {
                c.text_right(x, baseline, &text, FontStyle::Bold, size, INK);
            } else {
                c.text_centered(x, baseline, &text, FontStyle::Bold, size, INK);
            }
        }
    }
}

/// One bar of a horizontal bar chart.
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    /// The baseline's value, drawn as a tick.
    pub baseline: Option<f64>,
    /// Drawn in bold (e.g. the organisation).
    pub strong: bool,
}

const BAR_LABEL_SIZE: f32 = 7.5;

fn bar_geometry(width: f32) -> (f32, f32) {
    let label_w = (width * 0.36).min(175.0);
    let plot_w = width - label_w - 40.0;
    (label_w, plot_w)
}

fn bar_row_height(fonts: &Fonts, bar: &Bar, label_w: f32) -> (Vec<String>, f32) {
    let style = if bar.strong {
        FontStyle::Bold
    } else {
        FontStyle::Regular
    };
    let mut lines = fonts.wrap(&bar.label, style, BAR_LABEL_SIZE, label_w - 6.0);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(ellipsize(
            fonts,
            &rest,
            style,
            BAR_LABEL_SIZE,
            label_w - 6.0,
        ));
    }
    let h = (lines.len() as f32 * 9.0 + 6.0).max(16.0);
    (lines, h)
}

/// Height of [`bars`] for these rows.
pub fn bars_height(fonts: &Fonts, rows: &[Bar], width: f32) -> f32 {
    let (label_w, _) = bar_geometry(width);
    let body: f32 = rows
        .iter()
        .map(|b| bar_row_height(fonts, b, label_w).1)
        .sum();
    14.0 + body + 14.0
}

/// A horizontal bar chart on the 0–100 scale with the level bands in the
/// background (their names on top, their limits below), the value written at
/// the end of each bar, the baseline as a tick and `mean` as a dashed line.
/// Returns its height.
///
/// The chart is a figure whose alternative text states every value.
#[allow(clippy::too_many_arguments)]
pub fn bars(
    c: &mut Canvas,
    lang: Lang,
    geometry: (f32, f32, f32),
    rows: &[Bar],
    mean: Option<f64>,
    level_labels: &[&str],
) -> f32 {
    let labels: Vec<&str> = rows.iter().map(|b| b.label.as_str()).collect();
    let values: Vec<Option<f64>> = rows.iter().map(|b| b.value).collect();
    let mut alt = tf(
        lang,
        Msg::ReportAltBars {
            values: &alt_values(lang, &labels, &values, 1),
        },
    );
    if rows.iter().any(|b| b.baseline.is_some()) {
        let base: Vec<Option<f64>> = rows.iter().map(|b| b.baseline).collect();
        alt.push(' ');
        alt.push_str(&tf(
            lang,
            Msg::ReportAltBaseline {
                values: &alt_values(lang, &labels, &base, 1),
            },
        ));
    }
    if let Some(m) = mean {
        alt.push(' ');
        alt.push_str(&tf(
            lang,
            Msg::ReportAltMean {
                value: &number(lang, m, 1),
            },
        ));
    }
    c.open(Tag::Figure(alt));
    let h = bars_drawing(c, lang, geometry, rows, mean, level_labels);
    c.close();
    h
}

fn bars_drawing(
    c: &mut Canvas,
    lang: Lang,
    (x, y, width): (f32, f32, f32),
    rows: &[Bar],
    mean: Option<f64>,
    level_labels: &[&str],
) -> f32 {
    let fonts = c.fonts();
    let levels = level_labels.len().max(1);
    let (label_w, plot_w) = bar_geometry(width);
    let px = x + label_w;
    let heights: Vec<(Vec<String>, f32)> = rows
        .iter()
        .map(|b| bar_row_height(fonts, b, label_w))
        .collect();
    let body: f32 = heights.iter().map(|h| h.1).sum();
    let top = y + 14.0;
    let bottom = top + body;
    let sx = |v: f64| px + plot_w * (v.clamp(0.0, 100.0) / 100.0) as f32;
    // Bands with their names.
    for (k, label) in level_labels.iter().enumerate() {
        let x0 = px + plot_w * k as f32 / levels as f32;
        let bw = plot_w / levels as f32;
        if k % 2 == 1 {
            c.rect(x0, top, bw, body, Some(Color::grey(0.955)), None);
        }
        let name = ellipsize(fonts, label, FontStyle::Regular, 7.0, bw - 2.0);
        c.text_centered(
            x0 + bw / 2.0,
            y + 8.0,
            &name,
            FontStyle::Regular,
            7.0,
            MUTED,
        );
    }
    for k in 0..=levels {
        let xk = px + plot_w * k as f32 / levels as f32;
        c.line(xk, top, xk, bottom + 2.0, Stroke::solid(RULE, 0.5));
        let v = 100.0 * k as f64 / levels as f64;
        c.text_centered(
            xk,
            bottom + 10.0,
            &number(lang, v, 0),
            FontStyle::Regular,
            7.0,
            MUTED,
        );
    }
    let mut ry = top;
    // Values are written last, on a white ground, over the mean's line.
    let mut values: Vec<(f32, f32, String, FontStyle)> = Vec::new();
    for (bar, (lines, h)) in rows.iter().zip(&heights) {
        let style = if bar.strong {
            FontStyle::Bold
        } else {
            FontStyle::Regular
        };
        let text_h = lines.len() as f32 * 9.0;
        for (i, line) in lines.iter().enumerate() {
            let b = ry + (h - text_h) / 2.0 + i as f32 * 9.0 + 6.8;
            c.text_right(px - 6.0, b, line, style, BAR_LABEL_SIZE, INK);
        }
        let mid = ry + h / 2.0;
        match bar.value {
            Some(v) => {
                let lvl = crate::scoring::level(v, levels);
                let fill = if bar.strong {
                    ACCENT
                } else {
                    super::charts::level_fill(lvl, levels)
                };
                let bw = (sx(v) - px).max(0.8);
                c.rect(
                    px,
                    mid - 4.5,
                    bw,
                    9.0,
                    Some(fill),
                    Some(Stroke::solid(ACCENT, 0.5)),
                );
                values.push((
                    px + bw + 4.0,
                    mid,
                    number(lang, super::fmt::shown(v, 1, levels), 1),
                    style,
                ));
            }
            None => {
                c.text(px + 4.0, mid + 2.7, "—", style, BAR_LABEL_SIZE, MUTED);
            }
        }
        if let Some(b) = bar.baseline {
            let bx = sx(b);
            c.line(bx, mid - 6.5, bx, mid + 6.5, Stroke::solid(INK, 1.6));
        }
        ry += h;
    }
    if let Some(m) = mean {
        let mx = sx(m);
        // From the first bar to the axis: clear of the band names above.
        c.line(
            mx,
            top + 1.0,
            mx,
            bottom,
            Stroke::dashed(INK, 0.9, 3.0, 2.0),
        );
    }
    for (vx, mid, text, style) in values {
        let w = c.text_width(&text, style, BAR_LABEL_SIZE);
        // An opaque ground: the mean's dashed line stops at the figure
        // instead of striking through it.
        c.rect(vx - 2.0, mid - 5.0, w + 4.0, 10.0, Some(Color::WHITE), None);
        c.text(vx, mid + 2.7, &text, style, BAR_LABEL_SIZE, INK);
    }
    c.line(px, bottom, px + plot_w, bottom, Stroke::solid(MUTED, 0.6));
    bottom + 14.0 - y
}

/// Height of [`histogram`].
pub const HISTOGRAM_HEIGHT: f32 = 150.0;

/// Vertical bars: how many departments sit at each level, with the count and
/// share written above each bar and the level's name and band below.
///
/// The chart is a figure whose alternative text states every count.
pub fn histogram(
    c: &mut Canvas,
    lang: Lang,
    geometry: (f32, f32, f32),
    counts: &[usize],
    level_labels: &[&str],
) -> f32 {
    let values = level_labels
        .iter()
        .zip(counts)
        .map(|(label, n)| format!("{label} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let alt = tf(lang, Msg::ReportAltHistogram { values: &values });
    c.open(Tag::Figure(alt));
    let h = histogram_drawing(c, lang, geometry, counts, level_labels);
    c.close();
    h
}

fn histogram_drawing(
    c: &mut Canvas,
    lang: Lang,
    (x, y, width): (f32, f32, f32),
    counts: &[usize],
    level_labels: &[&str],
) -> f32 {
    let fonts = c.fonts();
    let n = counts.len().max(1);
    let total: usize = counts.iter().sum();
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let plot_h = HISTOGRAM_HEIGHT - 46.0;
    let base = y + 18.0 + plot_h;
    let slot = width / n as f32;
    let bw = (slot * 0.62).min(70.0);
    for (k, &count) in counts.iter().enumerate() {
        let cx = x + slot * (k as f32 + 0.5);
        let h = plot_h * count as f32 / max as f32;
        c.rect(
            cx - bw / 2.0,
            base - h,
            bw,
            h.max(0.5),
            Some(level_fill(k, n)),
            Some(Stroke::solid(ACCENT, 0.6)),
        );
        let share = if total > 0 {
            100.0 * count as f64 / total as f64
        } else {
            0.0
        };
        let label = format!(
            "{} ({})",
            super::fmt::int(lang, count),
            super::fmt::pct(lang, share, 0)
        );
        c.text_centered(cx, base - h - 4.0, &label, FontStyle::Bold, 7.5, INK);
        let name = ellipsize(
            fonts,
            level_labels.get(k).copied().unwrap_or(""),
            FontStyle::Bold,
            7.5,
            slot - 4.0,
        );
        c.text_centered(cx, base + 11.0, &name, FontStyle::Bold, 7.5, INK);
        let lo = 100.0 * k as f64 / n as f64;
        let hi = 100.0 * (k + 1) as f64 / n as f64;
        c.text_centered(
            cx,
            base + 21.0,
            &format!("{}–{}", number(lang, lo, 0), number(lang, hi, 0)),
            FontStyle::Regular,
            7.0,
            MUTED,
        );
    }
    c.line(x, base, x + width, base, Stroke::solid(MUTED, 0.6));
    HISTOGRAM_HEIGHT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tints_darken_with_the_level() {
        let lum = |c: Color| 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
        for n in [2, 3, 5, 7] {
            for l in 1..n {
                assert!(lum(level_fill(l, n)) < lum(level_fill(l - 1, n)));
            }
        }
        assert_eq!(level_ink(4, 5), Color::WHITE);
        assert_eq!(level_ink(0, 5), INK);
    }
}
