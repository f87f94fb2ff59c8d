//! The cover: title, organisation, date, questionnaire, key figures and the
//! table of contents (filled in once the page numbers are known).

use super::canvas::{Color, Dest, FontStyle, PAGE_HEIGHT, Stroke, Tag};
use super::charts::{level_fill, level_ink};
use super::fmt::{date_long, int, level_label};
use super::layout::{
    ACCENT, Align, Flow, INK, LEFT, MUTED, PANEL, RIGHT, RULE, Span, WIDTH, draw_lines, layout,
};
use super::view::View;
use crate::i18n::{Msg, t, tf};

/// Where the bottom block of the cover starts.
const FOOT: f32 = PAGE_HEIGHT - 120.0;

/// Draws the cover on the first page; returns where the contents go.
pub fn draw(f: &mut Flow, v: &View) -> f32 {
    let lang = v.lang;
    let fonts = f.fonts();
    let mut y = 110.0;
    f.c.rect(LEFT, y, 46.0, 4.0, Some(ACCENT), None);
    y += 26.0;
    f.c.text(
        LEFT,
        y,
        &t(lang, Msg::ReportCoverKicker).to_uppercase(),
        FontStyle::Bold,
        10.0,
        ACCENT,
    );
    y += 16.0;
    let title = layout(fonts, &[Span::bold(&v.q.title)], 25.0, WIDTH);
    f.c.open(Tag::H(1));
    draw_lines(&mut f.c, LEFT, y, WIDTH, &title, 25.0, 31.0, Align::Left);
    f.c.close();
    y += title.len() as f32 * 31.0 + 10.0;
    if let Some(org) = super::organisation(v) {
        let org_lines = layout(fonts, &[Span::new(&org).color(ACCENT)], 16.0, WIDTH);
        draw_lines(
            &mut f.c,
            LEFT,
            y,
            WIDTH,
            &org_lines,
            16.0,
            21.0,
            Align::Left,
        );
        y += org_lines.len() as f32 * 21.0 + 6.0;
    }
    let date = tf(
        lang,
        Msg::ReportCoverDate {
            date: &date_long(lang, v.opts.date),
        },
    );
    f.c.text(LEFT, y + 12.0, &date, FontStyle::Regular, 11.0, INK);
    y += 34.0;

    // Key figures.
    let boxes: Vec<(String, String, Option<usize>)> = vec![
        (
            t(lang, Msg::ReportCoverOverall).to_string(),
            v.r.overall.map_or_else(
                || t(lang, Msg::ReportNoScore).to_string(),
                |s| {
                    format!(
                        "{} · {}",
                        level_label(v.q, s),
                        super::fmt::score_pct(lang, s, 1, v.levels)
                    )
                },
            ),
            v.r.overall.map(|s| v.level(s)),
        ),
        (
            t(lang, Msg::ReportCoverDepartments).to_string(),
            int(lang, v.nd()),
            None,
        ),
        (
            t(lang, Msg::ReportCoverRespondents).to_string(),
            int(lang, v.c.sheets.len()),
            None,
        ),
    ];
    let gap = 10.0;
    let bw = (WIDTH - 2.0 * gap) / 3.0;
    for (i, (label, value, level)) in boxes.iter().enumerate() {
        let x = LEFT + i as f32 * (bw + gap);
        let (fill, ink) = match level {
            Some(l) => (level_fill(*l, v.levels), level_ink(*l, v.levels)),
            None => (PANEL, INK),
        };
        f.c.rect(x, y, bw, 54.0, Some(fill), None);
        let muted = if ink == Color::WHITE { ink } else { MUTED };
        f.c.text(x + 10.0, y + 17.0, label, FontStyle::Regular, 8.0, muted);
        // The value shrinks to fit its box (a long level label, a long
        // English label); it is shortened only below a readable size.
        let room = bw - 20.0;
        let mut size = 15.0;
        while size > 10.0 && fonts.text_width(value, FontStyle::Bold, size) > room {
            size -= 0.5;
        }
        let value = super::layout::ellipsize(fonts, value, FontStyle::Bold, size, room);
        f.c.text(x + 10.0, y + 40.0, &value, FontStyle::Bold, size, ink);
    }
    y += 54.0 + 16.0;

    // A confidentiality notice whenever answers or comments are included.
    if v.opts.with_answers {
        let body = [
            Span::bold(format!("{} ", t(lang, Msg::ReportConfidentialTitle))),
            Span::new(tf(
                lang,
                Msg::ReportConfidential {
                    min: &v.opts.min_group,
                },
            )),
        ];
        let lines = layout(fonts, &body, 9.0, WIDTH - 24.0);
        let h = lines.len() as f32 * 12.5 + 14.0;
        f.c.rect(LEFT, y, WIDTH, h, None, Some(Stroke::solid(INK, 1.2)));
        draw_lines(
            &mut f.c,
            LEFT + 12.0,
            y + 7.0,
            WIDTH - 24.0,
            &lines,
            9.0,
            12.5,
            Align::Left,
        );
        y += h + 14.0;
    } else {
        y += 14.0;
    }

    // Bottom block: questionnaire and privacy note.
    f.c.line(LEFT, FOOT, RIGHT, FOOT, Stroke::solid(RULE, 0.6));
    let mut spans = vec![Span::muted(tf(
        lang,
        Msg::ReportCoverQuestionnaire {
            id: &v.q.id,
            version: &v.q.version,
        },
    ))];
    if let Some(cmp) = v.cmp {
        spans.push(Span::muted(format!(
            " {}",
            tf(
                lang,
                Msg::ReportCoverBaseline {
                    version: &cmp.baseline_version
                }
            )
        )));
    }
    spans.push(Span::muted(format!(
        "\n{}",
        if v.opts.show_respondents && v.opts.with_answers {
            t(lang, Msg::ReportCoverNamesShown)
        } else {
            t(lang, Msg::ReportCoverNamesHidden)
        }
    )));
    let lines = layout(fonts, &spans, 8.0, WIDTH);
    draw_lines(
        &mut f.c,
        LEFT,
        FOOT + 8.0,
        WIDTH,
        &lines,
        8.0,
        11.5,
        Align::Left,
    );
    y
}

/// Fills in the table of contents on the cover.
pub fn contents(f: &mut Flow, v: &View, top: f32) {
    let lang = v.lang;
    let current = f.c.current_page();
    if f.c.set_current_page(0).is_err() {
        return;
    }
    // The contents are read where they stand, on the cover: close the last
    // chapter, and make each entry a link to its page.
    f.end_sections();
    let fonts = f.fonts();
    let mut y = top;
    f.c.open(Tag::H(2));
    f.c.text(
        LEFT,
        y + 10.0,
        t(lang, Msg::ReportContents),
        FontStyle::Bold,
        12.0,
        ACCENT,
    );
    f.c.close();
    f.c.open(Tag::Toc);
    y += 22.0;
    let room = FOOT - 16.0 - y;
    let line_h = 17.0;
    let all = f.toc.len() as f32 * line_h <= room;
    let entries: Vec<((u8, String, usize), Dest)> = f
        .toc
        .iter()
        .cloned()
        .zip(f.toc_dest.iter().copied())
        .filter(|(e, _)| all || e.0 == 1)
        .collect();
    for ((level, title, page), dest) in entries {
        let (style, size, indent) = if level == 1 {
            (FontStyle::Bold, 10.0, 0.0)
        } else {
            (FontStyle::Regular, 9.5, 16.0)
        };
        if y + line_h > FOOT - 10.0 {
            break;
        }
        let number = (page + 1).to_string();
        let nw = fonts.text_width(&number, style, size);
        let title =
            super::layout::ellipsize(fonts, &title, style, size, WIDTH - indent - nw - 30.0);
        let base = y + 12.0;
        f.c.open(Tag::TocItem);
        f.c.open(Tag::Link(dest));
        let tw = f.c.text(LEFT + indent, base, &title, style, size, INK);
        // The space keeps the title and its page apart for screen readers.
        f.c.text_right(RIGHT, base, &format!(" {number}"), style, size, INK);
        f.c.close();
        f.c.close();
        f.c.line(
            LEFT + indent + tw + 4.0,
            base - 1.0,
            RIGHT - nw - 4.0,
            base - 1.0,
            Stroke::dashed(Color::grey(0.6), 0.6, 0.6, 2.4),
        );
        y += line_h;
    }
    f.end_sections();
    let _ = f.c.set_current_page(current);
}
