//! A flow layout over the [`Canvas`]: a cursor running down A4 pages between
//! fixed margins, paragraphs of mixed styles wrapped with the fonts' real
//! widths, headings kept with what follows them, tables whose header row is
//! repeated on every page they run onto, and the page furniture (running
//! header, "page X / N") drawn at the end over every page.
//!
//! Coordinates are points with the origin at the top-left corner, as in
//! [`Canvas`].

use super::canvas::{
    Canvas, Color, Dest, FontStyle, Fonts, Furniture, PAGE_HEIGHT, PAGE_WIDTH, Stroke, Tag,
};

/// Left and right margins: 20 mm.
pub const MARGIN: f32 = 56.69;
/// Left edge of the text block.
pub const LEFT: f32 = MARGIN;
/// Right edge of the text block.
pub const RIGHT: f32 = PAGE_WIDTH - MARGIN;
/// Width of the text block.
pub const WIDTH: f32 = RIGHT - LEFT;
/// Top of the text block (below the running header).
pub const TOP: f32 = 70.0;
/// Bottom of the text block (above the footer).
pub const BOTTOM: f32 = PAGE_HEIGHT - 62.0;

/// Body text size.
pub const BODY: f32 = 9.5;
/// Small text (tables, notes).
pub const SMALL: f32 = 8.5;
/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.42;

/// Body text colour: almost black, softer on paper.
pub const INK: Color = Color::grey(0.12);
/// Secondary text.
pub const MUTED: Color = Color::grey(0.38);
/// The accent colour (a dark blue that prints as a dark grey).
pub const ACCENT: Color = Color::rgb(0.122, 0.306, 0.475);
/// Light background of boxes and table headers.
pub const PANEL: Color = Color::rgb(0.925, 0.945, 0.965);
/// Hairlines.
pub const RULE: Color = Color::grey(0.78);

/// A run of text in one style and colour.
#[derive(Clone, Debug)]
pub struct Span {
    pub text: String,
    pub style: FontStyle,
    pub color: Color,
}

impl Span {
    /// Regular body text.
    pub fn new(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: FontStyle::Regular,
            color: INK,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            style: FontStyle::Bold,
            ..Span::new(text)
        }
    }

    /// Oblique text.
    pub fn italic(text: impl Into<String>) -> Span {
        Span {
            style: FontStyle::Italic,
            ..Span::new(text)
        }
    }

    /// Muted (grey) regular text.
    pub fn muted(text: impl Into<String>) -> Span {
        Span::new(text).color(MUTED)
    }

    /// The same span in another colour.
    pub fn color(mut self, color: Color) -> Span {
        self.color = color;
        self
    }
}

/// A piece of a laid-out line: text in one style, at `dx` from the line start.
#[derive(Clone, Debug)]
pub struct Piece {
    pub dx: f32,
    pub text: String,
    pub style: FontStyle,
    pub color: Color,
}

/// One laid-out line.
#[derive(Clone, Debug, Default)]
pub struct TextLine {
    pub pieces: Vec<Piece>,
    pub width: f32,
    /// The line ends where a space was: [`draw_lines`] writes it (invisible at
    /// the line's end) so that extracted and read-aloud text keeps its words
    /// apart.
    pub space_after: bool,
}

/// Horizontal alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A word of a paragraph: one or more runs glued together (no space between).
struct Token {
    text: String,
    style: FontStyle,
    color: Color,
    space_before: bool,
    break_before: bool,
}

/// Breaks spans into lines no wider than `width` at `size` points.
///
/// Lines break at ASCII spaces between words and at `'\n'`; U+00A0 and U+202F
/// never break. Runs written one after another without a space stay glued
/// ("52,3" + "\u{a0}%"). A word wider than the line is split between
/// characters rather than overflowing.
pub fn layout(fonts: &Fonts, spans: &[Span], size: f32, width: f32) -> Vec<TextLine> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut pending_space = false;
    let mut pending_break = false;
    for span in spans {
        for (pi, part) in span.text.split('\n').enumerate() {
            if pi > 0 {
                pending_break = true;
                pending_space = false;
            }
            for (wi, word) in part.split(' ').enumerate() {
                if wi > 0 {
                    pending_space = true;
                }
                if word.is_empty() {
                    continue;
                }
                tokens.push(Token {
                    text: word.to_string(),
                    style: span.style,
                    color: span.color,
                    space_before: pending_space,
                    break_before: pending_break,
                });
                pending_space = false;
                pending_break = false;
            }
        }
    }

    // Group glued tokens into words.
    let mut words: Vec<Vec<Token>> = Vec::new();
    for tok in tokens {
        match words.last_mut() {
            Some(w) if !tok.space_before && !tok.break_before => w.push(tok),
            _ => words.push(vec![tok]),
        }
    }

    let mut lines: Vec<TextLine> = Vec::new();
    let mut line = TextLine::default();
    let push_piece = |line: &mut TextLine, text: &str, style, color, space: bool| {
        let space_w = if space {
            fonts.text_width(" ", style, size)
        } else {
            0.0
        };
        let w = fonts.text_width(text, style, size);
        match line.pieces.last_mut() {
            Some(p) if p.style == style && p.color == color => {
                if space {
                    p.text.push(' ');
                }
                p.text.push_str(text);
            }
            _ => line.pieces.push(Piece {
                dx: line.width + space_w,
                text: text.to_string(),
                style,
                color,
            }),
        }
        line.width += space_w + w;
    };
    for word in words {
        let first = &word[0];
        if first.break_before && !(line.pieces.is_empty() && lines.is_empty()) {
            lines.push(std::mem::take(&mut line));
        }
        let word_w: f32 = word
            .iter()
            .map(|t| fonts.text_width(&t.text, t.style, size))
            .sum();
        let space_w = fonts.text_width(" ", first.style, size);
        let fits_here = if line.pieces.is_empty() {
            word_w <= width + 1e-3
        } else {
            line.width + space_w + word_w <= width + 1e-3
        };
        if !fits_here && !line.pieces.is_empty() {
            line.space_after = first.space_before;
            lines.push(std::mem::take(&mut line));
        }
        if word_w <= width + 1e-3 || !line.pieces.is_empty() {
            let space = !line.pieces.is_empty();
            for (i, t) in word.iter().enumerate() {
                push_piece(&mut line, &t.text, t.style, t.color, space && i == 0);
            }
            continue;
        }
        // Too wide on its own: break it where Unicode allows (after a hyphen,
        // a slash…), else between syllables with a hyphen, else between
        // characters.
        for t in &word {
            let mut rest = t.text.as_str();
            while !rest.is_empty() {
                let room = width - line.width;
                let (cut, hyphen) = word_break(fonts, rest, t.style, size, room);
                if cut == 0 {
                    if line.pieces.is_empty() {
                        // Not even one character fits: it gets a line of its own.
                        let one = rest.chars().next().map_or(rest.len(), char::len_utf8);
                        push_piece(&mut line, &rest[..one], t.style, t.color, false);
                        rest = &rest[one..];
                    }
                    if !rest.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    continue;
                }
                let mut piece = rest[..cut].to_string();
                if hyphen {
                    piece.push(SOFT_HYPHEN);
                }
                push_piece(&mut line, &piece, t.style, t.color, false);
                rest = &rest[cut..];
                if !rest.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
            }
        }
    }
    if !line.pieces.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Most lines a paragraph takes in a box that does not paginate.
pub const MAX_BOX_LINES: usize = 8;

/// [`layout`], each paragraph (text between `'\n'`) cut to
/// [`MAX_BOX_LINES`] lines, the last one ending with "…".
pub fn boxed(fonts: &Fonts, spans: &[Span], size: f32, width: f32) -> Vec<TextLine> {
    let mut paragraphs: Vec<Vec<Span>> = vec![Vec::new()];
    for span in spans {
        for (k, part) in span.text.split('\n').enumerate() {
            if k > 0 {
                paragraphs.push(Vec::new());
            }
            if let Some(p) = paragraphs.last_mut() {
                p.push(Span {
                    text: part.to_string(),
                    ..span.clone()
                });
            }
        }
    }
    let mut out = Vec::new();
    for p in paragraphs {
        let mut lines = layout(fonts, &p, size, width);
        clamp_lines(fonts, &mut lines, MAX_BOX_LINES, size, width);
        out.extend(lines);
    }
    out
}

/// Most lines of a heading: a longer one (a name of 10,000 characters) is
/// shortened with "…"; the text under it gives it whole.
pub const MAX_HEADING_LINES: usize = 3;

/// Keeps at most `max` of `lines`, the last one ending with "…" if any was cut.
pub fn clamp_lines(fonts: &Fonts, lines: &mut Vec<TextLine>, max: usize, size: f32, width: f32) {
    if lines.len() > max.max(1) {
        lines.truncate(max.max(1));
        if let Some(last) = lines.last_mut() {
            end_with_ellipsis(fonts, last, size, width);
        }
    }
}

/// Shortens `line` so that "…" fits at its end within `width`, and adds it.
fn end_with_ellipsis(fonts: &Fonts, line: &mut TextLine, size: f32, width: f32) {
    line.space_after = false;
    let Some(last) = line.pieces.last_mut() else {
        return;
    };
    let ell = fonts.text_width("…", last.style, size);
    let before = fonts.text_width(&last.text, last.style, size);
    let room = width - ell - last.dx;
    let short = ellipsize(
        fonts,
        &format!("{}…", last.text),
        last.style,
        size,
        room + ell,
    );
    let short = if short.ends_with('…') {
        short
    } else {
        format!("{}…", last.text.trim_end_matches(SOFT_HYPHEN))
    };
    let after = fonts.text_width(&short, last.style, size);
    last.text = short;
    line.width += after - before;
}

/// Baseline of a line whose box starts at `top`, for text of `size` in a line
/// box of `line_h`: the capitals are centred in the box.
pub fn baseline(top: f32, size: f32, line_h: f32) -> f32 {
    top + line_h / 2.0 + 0.36 * size
}

/// Draws laid-out lines in a box of `width` from `(x, top)`.
#[allow(clippy::too_many_arguments)]
pub fn draw_lines(
    c: &mut Canvas,
    x: f32,
    top: f32,
    width: f32,
    lines: &[TextLine],
    size: f32,
    line_h: f32,
    align: Align,
) {
    for (i, line) in lines.iter().enumerate() {
        let y = baseline(top + i as f32 * line_h, size, line_h);
        let x0 = match align {
            Align::Left => x,
            Align::Center => x + (width - line.width) / 2.0,
            Align::Right => x + width - line.width,
        };
        let last = line.pieces.len().saturating_sub(1);
        for (k, p) in line.pieces.iter().enumerate() {
            if k == last && line.space_after {
                c.text(
                    x0 + p.dx,
                    y,
                    &format!("{} ", p.text),
                    p.style,
                    size,
                    p.color,
                );
            } else {
                c.text(x0 + p.dx, y, &p.text, p.style, size, p.color);
            }
        }
    }
}

/// `text` shortened with "…" so that it fits in `width` (in time linear in
/// the length of the text).
pub fn ellipsize(fonts: &Fonts, text: &str, style: FontStyle, size: f32, width: f32) -> String {
    if fonts.text_width(text, style, size) <= width {
        return text.to_string();
    }
    let room = width - fonts.text_width("…", style, size);
    let mut used = 0.0;
    let mut end = 0;
    let mut buf = [0u8; 4];
    for (i, ch) in text.char_indices() {
        let w = fonts.text_width(ch.encode_utf8(&mut buf), style, size);
        if used + w > room + 1e-3 {
            break;
        }
        used += w;
        end = i + ch.len_utf8();
    }
    let trimmed = text[..end].trim_end();
    format!("{trimmed}…")
}

/// The character written where a word is hyphenated at a line's end: a soft
/// hyphen, drawn as a hyphen and read as nothing (the word stays whole when
/// the text is extracted or read aloud).
pub const SOFT_HYPHEN: char = '\u{AD}';

/// Words longer than this (in characters) are not looked up for syllables.
const MAX_HYPHENATED_WORD: usize = 60;

thread_local! {
    static HYPHENATION: std::cell::Cell<hypher::Lang> =
        const { std::cell::Cell::new(hypher::Lang::French) };
}

/// The hyphenation patterns used by [`layout`] on this thread until the
/// guard is dropped (French by default): the report sets its language.
pub fn hyphenate_in(lang: crate::i18n::Lang) -> HyphenationGuard {
    let patterns = match lang {
        crate::i18n::Lang::Fr => hypher::Lang::French,
        crate::i18n::Lang::En => hypher::Lang::English,
    };
    HyphenationGuard(HYPHENATION.with(|h| h.replace(patterns)))
}

/// Restores the previous hyphenation language when dropped.
pub struct HyphenationGuard(hypher::Lang);

impl Drop for HyphenationGuard {
    fn drop(&mut self) {
        HYPHENATION.with(|h| h.set(self.0));
    }
}

/// Where to break `text`, a word too long for the line, so that its first
/// part fits in `room` points: the byte index of the cut (0 when nothing
/// fits) and whether a hyphen is added there. Prefers the last Unicode line
/// break opportunity (after a hyphen or a slash), then the last syllable
/// boundary (with a hyphen), then the last character that fits.
fn word_break(fonts: &Fonts, text: &str, style: FontStyle, size: f32, room: f32) -> (usize, bool) {
    let mut buf = [0u8; 4];
    // End offset and width of every prefix ending at a character boundary
    // that fits, in one pass.
    let mut fit_chars = 0;
    let mut used = 0.0;
    let mut widths: Vec<(usize, f32)> = Vec::new();
    for (i, ch) in text.char_indices() {
        let w = fonts.text_width(ch.encode_utf8(&mut buf), style, size);
        if used + w > room + 1e-3 {
            break;
        }
        used += w;
        fit_chars = i + ch.len_utf8();
        widths.push((fit_chars, used));
    }
    if fit_chars >= text.len() {
        return (text.len(), false);
    }
    if fit_chars == 0 {
        return (0, false);
    }
    let width_at = |end: usize| -> f32 {
        match widths.binary_search_by(|(e, _)| e.cmp(&end)) {
            Ok(k) => widths[k].1,
            Err(_) => f32::INFINITY,
        }
    };
    // Unicode break opportunities inside the word (not at its end).
    let lookahead = text[fit_chars..]
        .chars()
        .next()
        .map_or(text.len(), |c| fit_chars + c.len_utf8());
    let allowed = unicode_linebreak::linebreaks(&text[..lookahead])
        .filter(|&(i, _)| i > 0 && i <= fit_chars && i < text.len())
        .map(|(i, _)| i)
        .filter(|&i| text.is_char_boundary(i))
        .last();
    // Syllables of the alphabetic run the cut falls in.
    let hyphen_w = fonts.text_width(&SOFT_HYPHEN.to_string(), style, size);
    let run_start = text[..fit_chars]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let run_end = text[run_start..]
        .char_indices()
        .take(MAX_HYPHENATED_WORD + 1)
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| run_start + i);
    let run = &text[run_start..run_end];
    let mut syllable = None;
    if run.chars().count() <= MAX_HYPHENATED_WORD && run.chars().count() >= 5 {
        let mut at = run_start;
        for part in hypher::hyphenate(run, HYPHENATION.with(std::cell::Cell::get)) {
            at += part.len();
            if at >= run_end {
                break;
            }
            if width_at(at) + hyphen_w <= room + 1e-3 {
                syllable = Some(at);
            }
        }
    }
    match (allowed, syllable) {
        (Some(a), Some(s)) if s > a => (s, true),
        (Some(a), _) => (a, false),
        (None, Some(s)) => (s, true),
        (None, None) => (fit_chars, false),
    }
}

/// A table cell.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub spans: Vec<Span>,
    pub fill: Option<Color>,
    pub align: Option<Align>,
    /// Font size, when it differs from the table's.
    pub size: Option<f32>,
}

impl Cell {
    /// A cell of regular text.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::spans(vec![Span::new(text)])
    }

    /// A cell of bold text.
    pub fn bold(text: impl Into<String>) -> Cell {
        Cell::spans(vec![Span::bold(text)])
    }

    /// A cell of styled runs.
    pub fn spans(spans: Vec<Span>) -> Cell {
        Cell {
            spans,
            ..Cell::default()
        }
    }

    /// With a background.
    pub fn fill(mut self, color: Color) -> Cell {
        self.fill = Some(color);
        self
    }
}

/// What a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// An ordinary row.
    Normal,
    /// A group heading: its first cell spans the whole table, and it is never
    /// left alone at the foot of a page.
    Group,
    /// A total, set off by a heavier rule.
    Total,
}

/// A table row.
#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub kind: RowKind,
}

impl Row {
    /// An ordinary row.
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            kind: RowKind::Normal,
        }
    }

    /// A group heading spanning the table.
    pub fn group(cell: Cell) -> Row {
        Row {
            cells: vec![cell],
            kind: RowKind::Group,
        }
    }

    /// A total row.
    pub fn total(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            kind: RowKind::Total,
        }
    }
}

/// A column: its width in points and default alignment.
#[derive(Clone, Copy, Debug)]
pub struct Col {
    pub width: f32,
    pub align: Align,
}

impl Col {
    pub fn new(width: f32, align: Align) -> Col {
        Col { width, align }
    }
}

/// A table that paginates with its header repeated.
#[derive(Clone, Debug)]
pub struct Table {
    pub cols: Vec<Col>,
    pub header: Vec<Cell>,
    pub rows: Vec<Row>,
    /// Body font size.
    pub size: f32,
    /// Largest header font size; it shrinks so that every header word fits.
    pub header_size: f32,
    /// Inner padding of cells.
    pub pad: f32,
    /// Light stripes on every other row (cells without their own fill).
    pub zebra: bool,
    /// Centre cell contents vertically (else top-aligned).
    pub middle: bool,
    /// Smallest row height.
    pub min_row: f32,
    /// Left edge of the table.
    pub left: f32,
}

impl Table {
    /// A table with the default look.
    pub fn new(cols: Vec<Col>, header: Vec<Cell>) -> Table {
        Table {
            cols,
            header,
            rows: Vec::new(),
            size: SMALL,
            header_size: SMALL,
            pad: 4.0,
            zebra: false,
            middle: false,
            min_row: 0.0,
            left: LEFT,
        }
    }
}

/// A laid-out row: per cell, its lines, size and geometry.
struct LaidRow {
    cells: Vec<LaidCell>,
    height: f32,
    kind: RowKind,
}

struct LaidCell {
    x: f32,
    width: f32,
    lines: Vec<TextLine>,
    size: f32,
    line_h: f32,
    fill: Option<Color>,
    align: Align,
}

/// A table laid out, ready to draw.
struct LaidTable {
    header: LaidRow,
    header_h: f32,
    has_header: bool,
    rows: Vec<LaidRow>,
    /// What must fit below a heading: the whole table when short, else the
    /// header and first row(s).
    keep: f32,
}

/// The document being laid out, page after page.
pub struct Flow<'f> {
    /// The canvas drawn on.
    pub c: Canvas<'f>,
    /// The cursor: top of the next thing drawn.
    pub y: f32,
    section: String,
    page_sections: Vec<String>,
    /// Table of contents: (level, title, page index).
    pub toc: Vec<(u8, String, usize)>,
    /// Where each entry of [`Flow::toc`] points (same order).
    pub toc_dest: Vec<Dest>,
}

impl<'f> Flow<'f> {
    /// A document whose first page (the cover) is current.
    pub fn new(fonts: &'f Fonts) -> Flow<'f> {
        Flow {
            c: Canvas::with_fonts(fonts),
            y: TOP,
            section: String::new(),
            page_sections: vec![String::new()],
            toc: Vec::new(),
            toc_dest: Vec::new(),
        }
    }

    /// The fonts, for measuring.
    pub fn fonts(&self) -> &'f Fonts {
        self.c.fonts()
    }

    /// Starts a new page.
    pub fn page_break(&mut self) {
        self.c.new_page();
        self.page_sections.push(self.section.clone());
        self.y = TOP;
    }

    /// Whether nothing has been drawn on the current page's text block yet.
    pub fn at_top(&self) -> bool {
        self.y <= TOP + 0.01
    }

    /// Breaks the page unless `h` points fit below the cursor.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > BOTTOM + 0.01 && !self.at_top() {
            self.page_break();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub fn gap(&mut self, h: f32) {
        if !self.at_top() {
            self.y = (self.y + h).min(BOTTOM);
        }
    }

    /// Starts a chapter on a new page: running header, contents entry and
    /// bookmark, title. The chapter is a section of the document's structure
    /// until the next one.
    pub fn chapter(&mut self, running: &str, toc_level: u8, title: &str) {
        self.section = running.to_string();
        self.page_break();
        self.end_sections();
        self.c.open(Tag::Section);
        self.toc_entry(toc_level, title);
        self.title(title);
    }

    /// Records a contents entry and a bookmark for the current position
    /// without a page break.
    pub fn toc_entry(&mut self, level: u8, title: &str) {
        let page = self.c.current_page();
        let y = if self.at_top() { 0.0 } else { self.y - 6.0 };
        self.toc.push((level, title.to_string(), page));
        self.toc_dest.push(Dest { page, y });
        self.c.bookmark(level, title, y);
    }

    /// Closes every open structure element (chapters, lists…), e.g. before
    /// drawing the contents on the cover.
    pub fn end_sections(&mut self) {
        self.c.close_to(1);
    }

    /// Ends a bulleted list if one is open.
    fn end_list(&mut self) {
        if self.c.open_tag() == Some(&Tag::L) {
            self.c.close();
        }
    }

    /// Changes the running header from the next page on.
    pub fn set_running(&mut self, running: &str) {
        self.section = running.to_string();
    }

    /// A chapter title with a rule under it.
    pub fn title(&mut self, text: &str) {
        self.end_list();
        let size = 19.0;
        let line_h = size * 1.2;
        let mut lines = layout(self.fonts(), &[Span::bold(text).color(ACCENT)], size, WIDTH);
        clamp_lines(self.fonts(), &mut lines, MAX_HEADING_LINES, size, WIDTH);
        let h = lines.len() as f32 * line_h;
        self.ensure(h + 80.0);
        self.c.open(Tag::H(1));
        draw_lines(
            &mut self.c,
            LEFT,
            self.y,
            WIDTH,
            &lines,
            size,
            line_h,
            Align::Left,
        );
        self.c.close();
        self.y += h + 5.0;
        self.c
            .line(LEFT, self.y, RIGHT, self.y, Stroke::solid(ACCENT, 1.2));
        self.y += 14.0;
    }

    /// A heading of level 2 (section) or 3 (sub-section), kept on the same
    /// page as at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, level: u8, keep: f32) {
        let (size, color, before, after) = match level {
            2 => (13.0, ACCENT, 14.0, 6.0),
            _ => (10.5, INK, 10.0, 4.0),
        };
        let line_h = size * 1.25;
        let mut lines = layout(self.fonts(), &[Span::bold(text).color(color)], size, WIDTH);
        clamp_lines(self.fonts(), &mut lines, MAX_HEADING_LINES, size, WIDTH);
        let h = lines.len() as f32 * line_h;
        self.end_list();
        self.gap(before);
        self.ensure(h + after + keep);
        self.c.open(Tag::H(level.clamp(2, 6)));
        draw_lines(
            &mut self.c,
            LEFT,
            self.y,
            WIDTH,
            &lines,
            size,
            line_h,
            Align::Left,
        );
        self.c.close();
        self.y += h + after;
    }

    /// A paragraph of body text across the text block.
    pub fn para(&mut self, spans: &[Span]) {
        self.para_at(0.0, WIDTH, spans, BODY);
    }

    /// A paragraph at `indent` from the left edge, `width` wide, breaking
    /// across pages between lines (never leaving a single first line at a
    /// page's foot).
    pub fn para_at(&mut self, indent: f32, width: f32, spans: &[Span], size: f32) {
        self.end_list();
        let line_h = size * LEADING;
        let lines = layout(self.fonts(), spans, size, width);
        self.ensure(line_h * lines.len().min(2) as f32);
        self.c.open(Tag::P);
        for line in &lines {
            self.ensure(line_h);
            draw_lines(
                &mut self.c,
                LEFT + indent,
                self.y,
                width,
                std::slice::from_ref(line),
                size,
                line_h,
                Align::Left,
            );
            self.y += line_h;
        }
        self.c.close();
        self.y += size * 0.45;
    }

    /// A bulleted item.
    /// Consecutive bullets make one list.
    pub fn bullet(&mut self, spans: &[Span], size: f32) {
        let line_h = size * LEADING;
        self.ensure(line_h);
        if self.c.open_tag() != Some(&Tag::L) {
            self.c.open(Tag::L);
        }
        self.c.open(Tag::LI);
        let y = baseline(self.y, size, line_h);
        self.c.open(Tag::Lbl);
        self.c
            .text(LEFT + 4.0, y, "•", FontStyle::Bold, size, ACCENT);
        self.c.close();
        self.c.open(Tag::LBody);
        self.para_at(14.0, WIDTH - 14.0, spans, size);
        self.c.close();
        self.c.close();
        self.y -= size * 0.2;
    }

    /// A shaded box with an accent bar on its left: a title and a body.
    pub fn callout(&mut self, title: &[Span], title_size: f32, body: &[Span]) {
        self.end_list();
        let inner = WIDTH - 28.0;
        let h1 = self.measure(title, title_size, inner);
        let h2 = if body.is_empty() {
            0.0
        } else {
            self.measure(body, BODY, inner) + 3.0
        };
        let h = 18.0 + h1 + h2;
        self.ensure(h);
        let top = self.y;
        self.c.rect(LEFT, top, WIDTH, h, Some(PANEL), None);
        self.c.rect(LEFT, top, 4.0, h, Some(ACCENT), None);
        let mut y = top + 9.0;
        y += self.block(LEFT + 16.0, y, inner, title, title_size);
        if !body.is_empty() {
            self.block(LEFT + 16.0, y + 3.0, inner, body, BODY);
        }
        self.y = top + h + 12.0;
    }

    /// Height `spans` would take in a box of `width` (see [`Flow::block`]).
    pub fn measure(&self, spans: &[Span], size: f32, width: f32) -> f32 {
        boxed(self.fonts(), spans, size, width).len() as f32 * size * LEADING
    }

    /// Draws `spans` in a box at `(x, y)` without moving the cursor or
    /// breaking the page (the caller made room); returns the height used.
    /// A box does not paginate: each of its paragraphs is shortened with "…"
    /// after [`MAX_BOX_LINES`] lines (what a box repeats is given whole in the
    /// paginated text).
    pub fn block(&mut self, x: f32, y: f32, width: f32, spans: &[Span], size: f32) -> f32 {
        let line_h = size * LEADING;
        let lines = boxed(self.fonts(), spans, size, width);
        self.c.open(Tag::P);
        draw_lines(&mut self.c, x, y, width, &lines, size, line_h, Align::Left);
        self.c.close();
        lines.len() as f32 * line_h
    }

    fn lay_row(&self, t: &Table, cells: &[Cell], kind: RowKind, size: f32) -> LaidRow {
        let mut x = t.left;
        let mut laid = Vec::new();
        let spans_all = kind == RowKind::Group;
        let total_w: f32 = t.cols.iter().map(|c| c.width).sum();
        for (i, col) in t.cols.iter().enumerate() {
            let cell = cells.get(i).cloned().unwrap_or_default();
            let width = if spans_all { total_w } else { col.width };
            let size = cell.size.unwrap_or(size);
            let line_h = size * 1.3;
            let lines = if cell.spans.iter().all(|s| s.text.is_empty()) {
                Vec::new()
            } else {
                layout(self.fonts(), &cell.spans, size, width - 2.0 * t.pad)
            };
            laid.push(LaidCell {
                x,
                width,
                lines,
                size,
                line_h,
                fill: cell.fill,
                align: cell
                    .align
                    .unwrap_or(if spans_all { Align::Left } else { col.align }),
            });
            x += col.width;
            if spans_all {
                break;
            }
        }
        let content = laid
            .iter()
            .map(|c| c.lines.len() as f32 * c.line_h)
            .fold(0.0, f32::max);
        LaidRow {
            height: (content + 2.0 * t.pad).max(t.min_row),
            cells: laid,
            kind,
        }
    }

    /// The largest size ≤ `max` at which every word of every header cell fits
    /// its column.
    fn header_fit(&self, t: &Table) -> f32 {
        let mut size = t.header_size;
        for (cell, col) in t.header.iter().zip(&t.cols) {
            let room = col.width - 2.0 * t.pad;
            for span in &cell.spans {
                for word in span.text.split([' ', '\n']) {
                    // Header cells are set in bold.
                    let w = self.fonts().text_width(word, FontStyle::Bold, size);
                    if w > room && w > 0.0 {
                        size = (size * room / w).max(5.5);
                    }
                }
            }
        }
        size
    }

    fn draw_row(&mut self, t: &Table, row: &LaidRow, from: usize, count: usize, zebra: bool) {
        let whole = from == 0 && row.cells.iter().all(|c| c.lines.len() <= count);
        self.c.open(Tag::TR);
        let height = if whole {
            row.height
        } else {
            row.cells
                .iter()
                .map(|c| c.lines.len().saturating_sub(from).min(count) as f32 * c.line_h)
                .fold(0.0, f32::max)
                + 2.0 * t.pad
        };
        let total_w: f32 = t.cols.iter().map(|c| c.width).sum();
        let y = self.y;
        let band = match row.kind {
            RowKind::Group => Some(PANEL),
            _ if zebra => Some(Color::grey(0.965)),
            _ => None,
        };
        if let Some(fill) = band {
            self.c.rect(t.left, y, total_w, height, Some(fill), None);
        }
        for cell in &row.cells {
            if let Some(fill) = cell.fill {
                self.c.rect(cell.x, y, cell.width, height, Some(fill), None);
            }
            let lines: Vec<TextLine> = cell.lines.iter().skip(from).take(count).cloned().collect();
            let text_h = lines.len() as f32 * cell.line_h;
            let top = if t.middle {
                y + (height - text_h) / 2.0
            } else {
                y + t.pad
            };
            let span = if row.kind == RowKind::Group {
                u32::try_from(t.cols.len()).unwrap_or(1)
            } else {
                1
            };
            self.c.open(Tag::TD(span));
            draw_lines(
                &mut self.c,
                cell.x + t.pad,
                top,
                cell.width - 2.0 * t.pad,
                &lines,
                cell.size,
                cell.line_h,
                cell.align,
            );
            self.c.close();
        }
        let (color, width) = match row.kind {
            RowKind::Total => (INK, 0.9),
            _ => (RULE, 0.4),
        };
        if row.kind == RowKind::Total {
            self.c
                .line(t.left, y, t.left + total_w, y, Stroke::solid(color, width));
        }
        self.c.line(
            t.left,
            y + height,
            t.left + total_w,
            y + height,
            Stroke::solid(color, width),
        );
        self.c.close();
        self.y += height;
    }

    /// Draws the header row: header cells the first time, page furniture
    /// when it is repeated on a continuation page.
    fn draw_header(&mut self, t: &Table, header: &LaidRow, repeated: bool) {
        let total_w: f32 = t.cols.iter().map(|c| c.width).sum();
        let y = self.y;
        if repeated {
            self.c.artifact(Furniture::Pagination);
        } else {
            self.c.open(Tag::THead);
            self.c.open(Tag::TR);
        }
        self.c
            .rect(t.left, y, total_w, header.height, Some(PANEL), None);
        for cell in &header.cells {
            let text_h = cell.lines.len() as f32 * cell.line_h;
            let top = y + (header.height - text_h) / 2.0;
            if !repeated {
                self.c.open(Tag::TH(true));
            }
            draw_lines(
                &mut self.c,
                cell.x + t.pad,
                top,
                cell.width - 2.0 * t.pad,
                &cell.lines,
                cell.size,
                cell.line_h,
                cell.align,
            );
            if !repeated {
                self.c.close();
            }
        }
        self.c.line(
            t.left,
            y + header.height,
            t.left + total_w,
            y + header.height,
            Stroke::solid(ACCENT, 0.9),
        );
        if repeated {
            self.c.end_artifact();
        } else {
            self.c.close();
            self.c.close();
        }
        self.y += header.height;
    }

    /// Draws a table; it breaks across pages between rows (or, for a row
    /// taller than a page, between its lines), the header repeated on top of
    /// every page, and a group heading never left alone at a page's foot. A
    /// short table is kept whole.
    pub fn table(&mut self, t: &Table) {
        let laid = self.lay_table(t);
        self.draw_table(t, laid);
    }

    /// A heading followed by a table, kept on the same page as the table's
    /// first rows (or the whole table when it is short).
    pub fn heading_table(&mut self, text: &str, level: u8, t: &Table) {
        let laid = self.lay_table(t);
        let keep = laid.keep;
        self.heading(text, level, keep);
        self.draw_table(t, laid);
    }

    fn lay_table(&self, t: &Table) -> LaidTable {
        let hsize = self.header_fit(t);
        let header_cells: Vec<Cell> = t
            .header
            .iter()
            .map(|c| Cell {
                spans: c
                    .spans
                    .iter()
                    .map(|s| Span {
                        style: FontStyle::Bold,
                        color: ACCENT,
                        ..s.clone()
                    })
                    .collect(),
                ..c.clone()
            })
            .collect();
        let has_header = !t.header.is_empty();
        let header = self.lay_row(t, &header_cells, RowKind::Normal, hsize);
        let header_h = if has_header { header.height } else { 0.0 };
        let rows: Vec<LaidRow> = t
            .rows
            .iter()
            .map(|r| self.lay_row(t, &r.cells, r.kind, t.size))
            .collect();
        let first_h = rows.first().map_or(0.0, |r| r.height);
        let second_h = rows.get(1).map_or(0.0, |r| r.height);
        let first = if rows.first().is_some_and(|r| r.kind == RowKind::Group) {
            first_h + second_h
        } else {
            first_h
        };
        let total: f32 = header_h + rows.iter().map(|r| r.height).sum::<f32>();
        let keep = if total <= 0.45 * (BOTTOM - TOP) {
            total
        } else {
            (header_h + first).min(BOTTOM - TOP)
        };
        LaidTable {
            header,
            header_h,
            has_header,
            rows,
            keep,
        }
    }

    fn draw_table(&mut self, t: &Table, laid: LaidTable) {
        let LaidTable {
            header,
            header_h,
            has_header,
            mut rows,
            keep,
        } = laid;
        self.end_list();
        self.ensure(keep);
        let depth = self.c.depth();
        self.c.open(Tag::Table);
        if has_header {
            self.draw_header(t, &header, false);
        }
        self.c.open(Tag::TBody);
        let mut stripe = false;
        for i in 0..rows.len() {
            // Each row's laid-out text is freed once drawn: a table of 35,000
            // departments would otherwise stay in memory twice.
            let row = LaidRow {
                cells: std::mem::take(&mut rows[i].cells),
                height: rows[i].height,
                kind: rows[i].kind,
            };
            let row = &row;
            let mut need = row.height;
            if row.kind == RowKind::Group {
                need += rows.get(i + 1).map_or(0.0, |r| r.height);
                stripe = false;
            }
            let page_room = BOTTOM - TOP - header_h;
            if self.y + need.min(page_room) > BOTTOM + 0.01 {
                self.page_break();
                if has_header {
                    self.draw_header(t, &header, true);
                }
            }
            let zebra = t.zebra && stripe && row.kind == RowKind::Normal;
            if row.kind == RowKind::Normal {
                stripe = !stripe;
            }
            if row.height <= BOTTOM - self.y + 0.01 {
                self.draw_row(t, row, 0, usize::MAX, zebra);
                continue;
            }
            // Taller than what is left of a fresh page: split between lines.
            let max_lines = row.cells.iter().map(|c| c.lines.len()).max().unwrap_or(0);
            let line_h = row.cells.iter().map(|c| c.line_h).fold(1.0, f32::max);
            let mut from = 0;
            while from < max_lines {
                let fit = (((BOTTOM - self.y - 2.0 * t.pad) / line_h).floor() as usize).max(1);
                self.draw_row(t, row, from, fit, zebra);
                from += fit;
                if from < max_lines {
                    self.page_break();
                    if has_header {
                        self.draw_header(t, &header, true);
                    }
                }
            }
        }
        self.c.close_to(depth);
        self.y += 6.0;
    }

    /// Draws the running header and the "page X / N" footer on every page but
    /// the first (the cover).
    pub fn furniture(
        &mut self,
        left_header: &str,
        footer_left: &str,
        page_label: impl Fn(usize, usize) -> String,
    ) {
        let n = self.c.page_count();
        let fonts = self.fonts();
        let size = 7.5;
        for page in 1..n {
            if self.c.set_current_page(page).is_err() {
                continue;
            }
            let section = self.page_sections.get(page).cloned().unwrap_or_default();
            let section = ellipsize(fonts, &section, FontStyle::Regular, size, WIDTH * 0.5);
            let right_w = fonts.text_width(&section, FontStyle::Regular, size);
            let left = ellipsize(
                fonts,
                left_header,
                FontStyle::Bold,
                size,
                (WIDTH - right_w - 20.0).max(60.0),
            );
            let y = 40.0;
            self.c.artifact(Furniture::Header);
            self.c.text(LEFT, y, &left, FontStyle::Bold, size, MUTED);
            self.c
                .text_right(RIGHT, y, &section, FontStyle::Regular, size, MUTED);
            self.c
                .line(LEFT, y + 5.0, RIGHT, y + 5.0, Stroke::solid(RULE, 0.5));
            self.c.end_artifact();
            self.c.artifact(Furniture::Footer);
            let fy = PAGE_HEIGHT - 36.0;
            self.c
                .line(LEFT, fy - 10.0, RIGHT, fy - 10.0, Stroke::solid(RULE, 0.5));
            let footer = ellipsize(fonts, footer_left, FontStyle::Regular, size, WIDTH - 80.0);
            self.c
                .text(LEFT, fy, &footer, FontStyle::Regular, size, MUTED);
            self.c.text_right(
                RIGHT,
                fy,
                &page_label(page + 1, n),
                FontStyle::Bold,
                size,
                INK,
            );
            self.c.end_artifact();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::shared()
    }

    #[test]
    fn layout_keeps_lines_within_width_and_words_whole() {
        let spans = [
            Span::bold("Niveau global\u{a0}:"),
            Span::new(" Défini (52,3"),
            Span::new(
                "\u{a0}%) — la collectivité a posé des règles écrites, appliquées inégalement.",
            ),
        ];
        for width in [80.0, 150.0, 300.0] {
            let lines = layout(fonts(), &spans, 10.0, width);
            for l in &lines {
                assert!(l.width <= width + 1e-3, "{l:?}");
            }
            let text: Vec<String> = lines
                .iter()
                .map(|l| {
                    l.pieces
                        .iter()
                        .map(|p| p.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let joined = text.join(" ");
            assert!(joined.contains("(52,3"), "{joined}");
            assert!(joined.contains("global\u{a0}:"), "{joined}");
        }
    }

    #[test]
    fn layout_honours_newlines_and_splits_long_words() {
        let lines = layout(fonts(), &[Span::new("a\nb c")], 10.0, 500.0);
        assert_eq!(lines.len(), 2);
        let lines = layout(
            fonts(),
            &[Span::new("anticonstitutionnellement")],
            10.0,
            40.0,
        );
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 40.0 + 1e-3);
        }
    }

    fn line_texts(lines: &[TextLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect::<String>())
            .collect()
    }

    #[test]
    fn the_soft_hyphen_is_drawn_as_a_hyphen() {
        let f = fonts();
        for style in FontStyle::ALL {
            assert!(f.has_glyph(SOFT_HYPHEN, style), "{style:?}");
            let w = f.text_width(&SOFT_HYPHEN.to_string(), style, 10.0);
            assert!(
                (w - f.text_width("-", style, 10.0)).abs() < 0.01,
                "{style:?}"
            );
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_hyphenated_between_syllables() {
        let _fr = hyphenate_in(crate::i18n::Lang::En);
        let width = fonts().text_width("Explainabil", FontStyle::Regular, 10.0);
        let lines = layout(fonts(), &[Span::new("Explainability")], 10.0, width);
        let texts = line_texts(&lines);
        assert_eq!(texts.len(), 2, "{texts:?}");
        // Cut between syllables, with a hyphen, never "Explainabilit" + "y".
        assert!(texts[0].ends_with(SOFT_HYPHEN), "{texts:?}");
        assert!(texts[1].chars().count() >= 2, "{texts:?}");
        assert_eq!(texts.concat().replace(SOFT_HYPHEN, ""), "Explainability");
        for l in &lines {
            assert!(l.width <= width + 1e-3, "{l:?}");
        }
    }

    #[test]
    fn french_words_break_after_their_hyphens_first() {
        let _fr = hyphenate_in(crate::i18n::Lang::Fr);
        let text = "Saint-Étienne-du-Rouvray";
        let width = fonts().text_width("Saint-Étienne-", FontStyle::Regular, 10.0) + 1.0;
        let texts = line_texts(&layout(fonts(), &[Span::new(text)], 10.0, width));
        assert_eq!(texts[0], "Saint-Étienne-", "{texts:?}");
        assert_eq!(texts.concat(), text);
    }

    #[test]
    fn huge_words_and_names_are_laid_out_in_linear_time() {
        // 50,000 characters without a space, and a 10,000-character name.
        let word = "données".repeat(7_200);
        let start = std::time::Instant::now();
        let lines = layout(fonts(), &[Span::new(&word)], 9.5, 200.0);
        assert!(lines.len() > 100);
        for l in &lines {
            assert!(l.width <= 200.0 + 1e-3);
        }
        let kept: String = line_texts(&lines).concat().replace(SOFT_HYPHEN, "");
        assert_eq!(kept, word);
        let name = "Direction ".repeat(1_000);
        let short = ellipsize(fonts(), &name, FontStyle::Regular, 9.0, 120.0);
        assert!(short.ends_with('…') && short.chars().count() < 40);
        println!("laid out in {:?}", start.elapsed());
    }

    #[test]
    fn ellipsize_fits() {
        let s = ellipsize(
            fonts(),
            "Direction des systèmes d’information",
            FontStyle::Regular,
            9.0,
            60.0,
        );
        assert!(s.ends_with('…'));
        assert!(fonts().text_width(&s, FontStyle::Regular, 9.0) <= 60.0);
    }
}
