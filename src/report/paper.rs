//! The paper questionnaire (`boussole form --format pdf`): a form printed for
//! a seminar, answered with a pen, then typed in with `boussole assess` (or
//! in the spreadsheet of `boussole template`).
//!
//! Black on white, body text at 10.5 pt: a cover with the instructions and
//! the scale explained, then each question with its help, one tick box per
//! level plus « Sans objet » and « Ne sait pas », lines for a comment, and the
//! question's identifier printed small. A question is never split across two
//! pages unless it is taller than a page.

use super::canvas::{Color, DocMeta, FontStyle, Fonts, Stroke};
use super::layout::{
    Align, BOTTOM, Flow, LEADING, LEFT, RIGHT, Span, TOP, TextLine, WIDTH, baseline, draw_lines,
    layout,
};
use crate::i18n::{Msg, t, tf};
use crate::model::{Date, Questionnaire};
use crate::sheet::choice_label;

/// Who the form is for, printed on the cover when given.
#[derive(Debug, Clone, Default)]
pub struct PaperOptions {
    pub department: Option<String>,
    pub respondent: Option<String>,
}

/// Pure black: the form is meant for any printer and photocopier.
const BLACK: Color = Color::grey(0.0);
/// Secondary text, still dark enough to photocopy.
const GREY: Color = Color::grey(0.3);
/// Body size (≥ 10 pt, for reading on paper).
const TEXT: f32 = 10.5;
/// Help and choice labels.
const NOTE: f32 = 10.0;
/// The identifier printed small.
const ID: f32 = 7.5;
/// Side of a tick box.
const BOX: f32 = 10.0;
/// Height of a ruled comment line.
const RULED: f32 = 20.0;
/// Comment lines under each question.
const COMMENT_LINES: usize = 2;

/// The metadata date of the form. A form has no campaign date (the
/// respondent writes it on the cover), and reading the clock would break
/// "same inputs, same bytes": a fixed date is written instead.
const META_DATE: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// The paper questionnaire for `q`, as PDF bytes.
pub fn paper_form(q: &Questionnaire, opts: &PaperOptions) -> Result<Vec<u8>, String> {
    let lang = q.lang;
    let mut f = Flow::new(Fonts::shared());
    cover(&mut f, q, opts);
    let mut number = 0;
    for theme in &q.themes {
        f.set_running(&theme.title);
        f.page_break();
        f.toc_entry(1, &theme.title);
        heading(&mut f, &theme.title, 16.0, 120.0);
        if let Some(d) = &theme.description {
            f.para_at(0.0, WIDTH, &[Span::new(d.trim()).color(GREY)], NOTE);
            f.gap(8.0);
        }
        for question in &theme.questions {
            number += 1;
            draw_question(&mut f, q, question, number);
        }
    }
    let footer = tf(
        lang,
        Msg::PaperFooter {
            id: &q.id,
            version: &q.version,
        },
    );
    f.furniture(&q.title, &footer, |page, total| {
        tf(
            lang,
            Msg::ReportPage {
                page: &page,
                total: &total,
            },
        )
    });
    let meta = DocMeta {
        title: tf(lang, Msg::PaperMetaTitle { title: &q.title }),
        author: String::new(),
        subject: t(lang, Msg::PaperMetaSubject).to_string(),
        keywords: vec![q.id.clone(), q.version.clone(), "boussole".to_string()],
        language: lang.code().to_string(),
        date: (i32::from(META_DATE.year), META_DATE.month, META_DATE.day),
    };
    Ok(f.c.finish(&meta))
}

/// The cover: title, who answers, how to answer, the scale.
fn cover(f: &mut Flow, q: &Questionnaire, opts: &PaperOptions) {
    let lang = q.lang;
    let fonts = f.fonts();
    let mut y = 80.0;
    f.c.text(
        LEFT,
        y,
        &t(lang, Msg::PaperKicker).to_uppercase(),
        FontStyle::Bold,
        10.0,
        BLACK,
    );
    y += 12.0;
    let title = layout(fonts, &[Span::bold(&q.title).color(BLACK)], 22.0, WIDTH);
    draw_lines(&mut f.c, LEFT, y, WIDTH, &title, 22.0, 27.0, Align::Left);
    y += title.len() as f32 * 27.0 + 4.0;
    let ident = tf(
        lang,
        Msg::PaperQuestionnaire {
            id: &q.id,
            version: &q.version,
            count: &q.question_count(),
        },
    );
    f.c.text(LEFT, y + 10.0, &ident, FontStyle::Regular, NOTE, GREY);
    y += 30.0;

    // Who answers: filled in by hand unless given.
    let fields = [
        (t(lang, Msg::PaperDepartment), opts.department.as_deref()),
        (t(lang, Msg::PaperRespondent), opts.respondent.as_deref()),
        (t(lang, Msg::PaperDate), None),
    ];
    let label_w = fields
        .iter()
        .map(|(l, _)| fonts.text_width(l, FontStyle::Bold, TEXT))
        .fold(0.0, f32::max)
        + 8.0;
    for (label, value) in fields {
        y += 24.0;
        f.c.text(LEFT, y, label, FontStyle::Bold, TEXT, BLACK);
        match value {
            Some(v) => {
                f.c.text(LEFT + label_w, y, v, FontStyle::Regular, TEXT, BLACK);
            }
            None => f.c.line(
                LEFT + label_w,
                y + 2.0,
                RIGHT,
                y + 2.0,
                Stroke::solid(GREY, 0.6),
            ),
        }
    }
    y += 30.0;

    f.y = y;
    heading(f, t(lang, Msg::PaperHowTitle), 13.0, 60.0);
    for key in [Msg::PaperHowTick, Msg::PaperHowNa, Msg::PaperHowComment] {
        bullet(f, &[Span::new(t(lang, key)).color(BLACK)]);
    }
    let typing = tf(lang, Msg::PaperHowTyping { id: &q.id });
    bullet(f, &[Span::new(typing).color(BLACK)]);

    heading(f, t(lang, Msg::PaperScaleTitle), 13.0, 80.0);
    f.para_at(
        0.0,
        WIDTH,
        &[Span::new(t(lang, Msg::PaperScaleIntro)).color(BLACK)],
        TEXT,
    );
    for (i, level) in q.scale.iter().enumerate() {
        let mut spans = vec![Span::bold(choice_label(i, &level.label)).color(BLACK)];
        if let Some(d) = &level.description {
            spans.push(Span::new(format!(" — {}", d.trim())).color(BLACK));
        }
        bullet(f, &spans);
    }
    f.para_at(
        0.0,
        WIDTH,
        &[Span::new(t(lang, Msg::PaperScaleOptions)).color(GREY)],
        NOTE,
    );
}

/// A bulleted paragraph, in black.
fn bullet(f: &mut Flow, spans: &[Span]) {
    let line_h = TEXT * LEADING;
    f.ensure(line_h);
    let y = baseline(f.y, TEXT, line_h);
    f.c.text(LEFT + 4.0, y, "•", FontStyle::Bold, TEXT, BLACK);
    f.para_at(14.0, WIDTH - 14.0, spans, TEXT);
    f.y -= TEXT * 0.2;
}

/// A heading in black, kept with `keep` points of what follows.
fn heading(f: &mut Flow, text: &str, size: f32, keep: f32) {
    let line_h = size * 1.25;
    let lines = layout(f.fonts(), &[Span::bold(text).color(BLACK)], size, WIDTH);
    let h = lines.len() as f32 * line_h;
    f.gap(12.0);
    f.ensure(h + keep);
    draw_lines(
        &mut f.c,
        LEFT,
        f.y,
        WIDTH,
        &lines,
        size,
        line_h,
        Align::Left,
    );
    f.y += h + 3.0;
    f.c.line(LEFT, f.y, RIGHT, f.y, Stroke::solid(BLACK, 0.8));
    f.y += 10.0;
}

/// One question: text, identifier, help, tick boxes, comment lines; kept on
/// one page.
fn draw_question(
    f: &mut Flow,
    q: &Questionnaire,
    question: &crate::model::Question,
    number: usize,
) {
    let lang = q.lang;
    let fonts = f.fonts();
    let indent = 22.0;
    let inner = WIDTH - indent;
    let text_lines = layout(
        fonts,
        &[Span::bold(question.text.trim()).color(BLACK)],
        TEXT,
        inner,
    );
    let help_lines = question.help.as_deref().map(|h| {
        let flat = h.split_whitespace().collect::<Vec<_>>().join(" ");
        layout(fonts, &[Span::italic(flat).color(GREY)], NOTE, inner)
    });
    let choices: Vec<String> = question
        .choices(&q.scale)
        .iter()
        .enumerate()
        .map(|(i, c)| choice_label(i, c.label))
        .collect();
    let words = [
        t(lang, Msg::SheetNa).to_string(),
        t(lang, Msg::SheetUnknown).to_string(),
    ];
    let level_rows = box_rows(fonts, &choices, inner);
    let word_rows = box_rows(fonts, &words, inner);

    let text_lh = TEXT * LEADING;
    let note_lh = NOTE * LEADING;
    let h_text = text_lines.len() as f32 * text_lh + ID * 1.6;
    let h_help = help_lines
        .as_ref()
        .map_or(0.0, |l| l.len() as f32 * note_lh + 3.0);
    let h_boxes: f32 = level_rows
        .iter()
        .chain(&word_rows)
        .map(|r| row_height(r))
        .sum::<f32>()
        + 4.0;
    let h_comment = NOTE * 1.6 + COMMENT_LINES as f32 * RULED;
    let total = h_text + h_help + h_boxes + h_comment + 14.0;
    // Kept whole on one page when it fits one.
    if total <= BOTTOM - TOP {
        f.ensure(total);
    } else {
        f.ensure(h_text + h_help);
    }

    let top = f.y;
    f.c.text(
        LEFT,
        baseline(top, TEXT, text_lh),
        &format!("{number}."),
        FontStyle::Bold,
        TEXT,
        BLACK,
    );
    draw_lines(
        &mut f.c,
        LEFT + indent,
        top,
        inner,
        &text_lines,
        TEXT,
        text_lh,
        Align::Left,
    );
    let mut y = top + text_lines.len() as f32 * text_lh;
    let id_text = tf(lang, Msg::PaperId { id: &question.id });
    f.c.text(
        LEFT + indent,
        y + ID,
        &id_text,
        FontStyle::Regular,
        ID,
        GREY,
    );
    y += ID * 1.6;
    if let Some(lines) = &help_lines {
        y += 3.0;
        draw_lines(
            &mut f.c,
            LEFT + indent,
            y,
            inner,
            lines,
            NOTE,
            note_lh,
            Align::Left,
        );
        y += lines.len() as f32 * note_lh;
    }
    y += 4.0;
    for row in level_rows.iter().chain(&word_rows) {
        let row_h = row_height(row);
        if y + row_h > BOTTOM {
            f.page_break();
            y = f.y;
        }
        for item in row {
            let x = LEFT + indent + item.dx;
            f.c.rect(x, y + 3.5, BOX, BOX, None, Some(Stroke::solid(BLACK, 0.9)));
            for (k, line) in item.lines.iter().enumerate() {
                for p in &line.pieces {
                    f.c.text(
                        x + BOX + 5.0 + p.dx,
                        y + 3.5 + BOX - 1.5 + k as f32 * NOTE * LEADING,
                        &p.text,
                        p.style,
                        NOTE,
                        p.color,
                    );
                }
            }
        }
        y += row_h;
    }
    y += 4.0;
    if y + h_comment > BOTTOM {
        f.page_break();
        y = f.y;
    }
    f.c.text(
        LEFT + indent,
        y + NOTE,
        t(lang, Msg::PaperComment),
        FontStyle::Regular,
        NOTE,
        GREY,
    );
    y += NOTE * 1.6;
    for _ in 0..COMMENT_LINES {
        y += RULED;
        f.c.line(
            LEFT + indent,
            y,
            RIGHT,
            y,
            Stroke::dashed(GREY, 0.5, 1.5, 2.0),
        );
    }
    f.y = y + 14.0;
}

/// A tick box and its label, placed in a row.
struct BoxItem {
    dx: f32,
    lines: Vec<TextLine>,
}

/// Tick boxes and their labels flowed across `width`, in rows. A label too
/// long for the rest of a row starts a new one; one too long for a whole row
/// wraps under itself.
fn box_rows(fonts: &Fonts, labels: &[String], width: f32) -> Vec<Vec<BoxItem>> {
    let gap = 18.0;
    let label_max = width - BOX - 5.0;
    let mut rows: Vec<Vec<BoxItem>> = vec![Vec::new()];
    let mut x = 0.0;
    for label in labels {
        let lines = layout(fonts, &[Span::new(label).color(BLACK)], NOTE, label_max);
        let w = BOX + 5.0 + lines.iter().map(|l| l.width).fold(0.0, f32::max);
        if x > 0.0 && (x + w > width || lines.len() > 1) {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(BoxItem { dx: x, lines });
        }
        x += w + gap;
    }
    rows
}

/// Height of a row of boxes.
fn row_height(row: &[BoxItem]) -> f32 {
    let lines = row.iter().map(|b| b.lines.len()).max().unwrap_or(1).max(1);
    (lines - 1) as f32 * NOTE * LEADING + 19.0
}
