//! Low-level PDF drawing: A4 pages, embedded DejaVu Sans text and simple shapes.
//!
//! This module is the only place that talks to `printpdf`. It offers:
//!
//! - [`Fonts`]: DejaVu Sans (regular, bold, oblique, bold oblique), parsed once,
//!   with text measurement ([`Fonts::text_width`]) from the real glyph advances and
//!   line breaking ([`Fonts::wrap`]) that only breaks on ASCII spaces and `'\n'`,
//!   so that U+00A0 and U+202F keep French punctuation attached (`« mot »`, `mot ;`).
//! - [`Canvas`]: a builder of A4 pages addressed in points with a **top-left
//!   origin** (y grows downwards, as on a printed page); it converts to the PDF
//!   bottom-left origin internally. Any page can be drawn on again at any time,
//!   which is how "page X / N" footers are added once the page count is known.
//! - [`Canvas::finish`]: serializes to bytes. The output depends only on what was
//!   drawn and on [`DocMeta`] (no clock, no random ids): the same inputs give a
//!   byte-identical PDF. Fonts are embedded as subsets, so a two-page report
//!   weighs tens of kilobytes rather than the 700 KB of a whole DejaVu face.
//!
//! Text stays real text: glyphs are written through an Identity-H CID font with a
//! `ToUnicode` map, so `pdftotext` and copy-paste give back the accented letters,
//! guillemets, `’`, `€` and the non-breaking spaces.
//!
//! printpdf 0.12.8 quirks worked around here (see the tests):
//! - its resource ids, subset tags and trailer `/ID` come from a process-wide
//!   counter, so they differ between two documents built in the same process;
//!   this module names fonts and graphics states itself and rewrites `/ID`;
//! - the document information dictionary always gets an empty `/GTS_PDFXVersion`
//!   (and empty `/Identifier`, `/Keywords`…), which some tools read as a PDF/X
//!   claim; they are removed;
//! - dates default to 1970-01-01; they are set from [`DocMeta::date`];
//! - the file is declared PDF 1.3, which predates transparency and `/Lang`; it is
//!   raised to 1.4.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use printpdf::{
    Color as PdfColor, Date, DateTime, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId,
    Greyscale, Line, LineDashPattern, LineJoinStyle, LinePoint, Offset, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt,
    Rect, Rgb, TextItem, Time, WindingOrder,
};

/// Width of an A4 page, in points (210 mm).
pub const PAGE_WIDTH: f32 = 595.28;
/// Height of an A4 page, in points (297 mm).
pub const PAGE_HEIGHT: f32 = 841.89;

/// Number of font styles, i.e. of variants in [`FontStyle`].
const STYLE_COUNT: usize = 4;

/// One of the four embedded DejaVu Sans faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum FontStyle {
    /// DejaVu Sans.
    #[default]
    Regular,
    /// DejaVu Sans Bold.
    Bold,
    /// DejaVu Sans Oblique (the family has no true italic).
    Italic,
    /// DejaVu Sans Bold Oblique.
    BoldItalic,
}

impl FontStyle {
    /// Every style, in a fixed order (also the order of the font resources).
    pub const ALL: [FontStyle; STYLE_COUNT] = [
        FontStyle::Regular,
        FontStyle::Bold,
        FontStyle::Italic,
        FontStyle::BoldItalic,
    ];

    fn index(self) -> usize {
        match self {
            FontStyle::Regular => 0,
            FontStyle::Bold => 1,
            FontStyle::Italic => 2,
            FontStyle::BoldItalic => 3,
        }
    }

    /// One-letter suffix that keeps the font resource names of a document distinct.
    fn suffix(self) -> char {
        match self {
            FontStyle::Regular => 'R',
            FontStyle::Bold => 'B',
            FontStyle::Italic => 'I',
            FontStyle::BoldItalic => 'Z',
        }
    }
}

/// The DejaVu Sans faces, parsed once, with text measurement.
///
/// Parsing takes a few milliseconds per face; use [`Fonts::shared`] to parse them
/// once per process, or [`Fonts::dejavu_sans`] for a private copy.
pub struct Fonts {
    faces: [Face; STYLE_COUNT],
}

/// A parsed face plus the metrics the layout code needs often.
struct Face {
    font: ParsedFont,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    line_gap: f32,
    /// Stand-in drawn for characters the face has no glyph for.
    replacement: char,
}

impl Face {
    fn parse(bytes: &'static [u8], name: &str) -> Face {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings).unwrap_or_else(|| {
            panic!("the {name} font bundled by the dejavu crate must parse: {warnings:?}")
        });
        let metrics = font.pdf_font_metrics;
        let units_per_em = f32::from(metrics.units_per_em.max(1));
        let mut face = Face {
            units_per_em,
            ascender: f32::from(metrics.ascender),
            descender: f32::from(metrics.descender),
            line_gap: f32::from(metrics.line_gap),
            font,
            replacement: '?',
        };
        if face.glyph('\u{FFFD}').is_some() {
            face.replacement = '\u{FFFD}';
        }
        face
    }

    fn glyph(&self, c: char) -> Option<u16> {
        self.font.lookup_glyph_index(u32::from(c))
    }

    /// Advance of `c` in font units, after the same substitution [`Canvas::text`] does.
    fn advance(&self, c: char) -> f32 {
        let gid = self
            .glyph(c)
            .or_else(|| self.glyph(self.replacement))
            .unwrap_or(0);
        f32::from(self.font.get_horizontal_advance(gid))
    }

    /// The characters actually drawn for `text`: control characters (tabs, line
    /// breaks…) are dropped and characters without a glyph are replaced, so that
    /// what is measured is what is drawn.
    fn printable(&self, text: &str) -> String {
        text.chars()
            .filter(|c| !c.is_control())
            .map(|c| {
                if self.glyph(c).is_some() {
                    c
                } else {
                    self.replacement
                }
            })
            .collect()
    }
}

impl Fonts {
    /// Parses the four DejaVu Sans faces bundled by the `dejavu` crate.
    pub fn dejavu_sans() -> Fonts {
        Fonts {
            faces: [
                Face::parse(dejavu::sans::regular(), "DejaVu Sans"),
                Face::parse(dejavu::sans::bold(), "DejaVu Sans Bold"),
                Face::parse(dejavu::sans::oblique(), "DejaVu Sans Oblique"),
                Face::parse(dejavu::sans::bold_oblique(), "DejaVu Sans Bold Oblique"),
            ],
        }
    }

    /// The faces of [`Fonts::dejavu_sans`], parsed on first use and shared by the
    /// whole process.
    pub fn shared() -> &'static Fonts {
        static SHARED: OnceLock<Fonts> = OnceLock::new();
        SHARED.get_or_init(Fonts::dejavu_sans)
    }

    fn face(&self, style: FontStyle) -> &Face {
        &self.faces[style.index()]
    }

    /// Width of `text` set in `style` at `size_pt`, in points.
    ///
    /// Sums the glyph advances, exactly as the PDF viewer will place them (no
    /// kerning is applied on either side). Control characters count for nothing;
    /// a character without a glyph counts as the replacement mark drawn instead.
    pub fn text_width(&self, text: &str, style: FontStyle, size_pt: f32) -> f32 {
        let face = self.face(style);
        let units: f32 = text
            .chars()
            .filter(|c| !c.is_control())
            .map(|c| face.advance(c))
            .sum();
        units / face.units_per_em * size_pt
    }

    /// Height of the tallest glyphs above the baseline, in points (positive).
    pub fn ascent(&self, style: FontStyle, size_pt: f32) -> f32 {
        let face = self.face(style);
        face.ascender / face.units_per_em * size_pt
    }

    /// Depth of the lowest glyphs below the baseline, in points (positive).
    pub fn descent(&self, style: FontStyle, size_pt: f32) -> f32 {
        let face = self.face(style);
        -face.descender / face.units_per_em * size_pt
    }

    /// The face's recommended distance between two baselines, in points
    /// (ascent + descent + line gap, about 1.16 × the size for DejaVu Sans).
    pub fn line_height(&self, style: FontStyle, size_pt: f32) -> f32 {
        let face = self.face(style);
        (face.ascender - face.descender + face.line_gap) / face.units_per_em * size_pt
    }

    /// Breaks `text` into lines no wider than `max_width` points.
    ///
    /// Lines break only at ASCII spaces (`' '`) and at explicit `'\n'`: U+00A0
    /// and U+202F never break, so `« données »` or `pourquoi ?` written with
    /// them stay whole. Runs of spaces collapse into one, `"\r\n"` counts as
    /// `'\n'`, and an empty paragraph (`"a\n\nb"`) gives an empty line. A word
    /// wider than `max_width` on its own is split between characters instead of
    /// overflowing (at least one character per line, so a tiny `max_width`
    /// cannot loop).
    pub fn wrap(&self, text: &str, style: FontStyle, size_pt: f32, max_width: f32) -> Vec<String> {
        let face = self.face(style);
        // Compare in font units: sums of integers, no rounding drift. Text of
        // no size is of no width: everything fits.
        let limit = if size_pt.is_nan() || size_pt <= 0.0 || max_width == f32::INFINITY {
            f32::INFINITY
        } else if max_width > 0.0 {
            max_width * face.units_per_em / size_pt + 1e-3
        } else {
            0.0
        };
        let width_of = |s: &str| -> f32 {
            s.chars()
                .filter(|c| !c.is_control())
                .map(|c| face.advance(c))
                .sum()
        };
        let space = face.advance(' ');

        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
            let mut line = String::new();
            let mut line_width = 0.0_f32;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_width = width_of(word);
                if line.is_empty() {
                    if word_width <= limit {
                        line.push_str(word);
                        line_width = word_width;
                        continue;
                    }
                } else if line_width + space + word_width <= limit {
                    line.push(' ');
                    line.push_str(word);
                    line_width += space + word_width;
                    continue;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                    if word_width <= limit {
                        line.push_str(word);
                        line_width = word_width;
                        continue;
                    }
                }
                // The word alone is too wide: split it between characters. The
                // last piece stays open so that the next word may follow it.
                for c in word.chars() {
                    let w = if c.is_control() { 0.0 } else { face.advance(c) };
                    if !line.is_empty() && line_width + w > limit {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// An RGB colour with opacity, components from 0.0 to 1.0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color {
    /// Red, 0.0–1.0.
    pub r: f32,
    /// Green, 0.0–1.0.
    pub g: f32,
    /// Blue, 0.0–1.0.
    pub b: f32,
    /// Opacity, 0.0 (invisible) to 1.0 (opaque, the default).
    pub alpha: f32,
}

impl Color {
    /// Opaque black.
    pub const BLACK: Color = Color::grey(0.0);
    /// Opaque white.
    pub const WHITE: Color = Color::grey(1.0);

    /// An opaque colour from components in 0.0–1.0.
    pub const fn rgb(r: f32, g: f32, b: f32) -> Color {
        Color {
            r,
            g,
            b,
            alpha: 1.0,
        }
    }

    /// An opaque colour from 8-bit components (0–255).
    pub const fn rgb8(r: u8, g: u8, b: u8) -> Color {
        Color::rgb(r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0)
    }

    /// An opaque colour from a `0xRRGGBB` value, e.g. `Color::hex(0x1F4E79)`.
    pub const fn hex(rgb: u32) -> Color {
        Color::rgb8((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
    }

    /// An opaque grey: 0.0 is black, 1.0 is white.
    pub const fn grey(level: f32) -> Color {
        Color::rgb(level, level, level)
    }

    /// The same colour with opacity `alpha` (0.0–1.0).
    pub const fn with_alpha(self, alpha: f32) -> Color {
        Color { alpha, ..self }
    }

    /// The printpdf colour; greys are written as `DeviceGray`.
    fn to_pdf(self) -> PdfColor {
        let (r, g, b) = (unit(self.r), unit(self.g), unit(self.b));
        if r == g && g == b {
            PdfColor::Greyscale(Greyscale::new(r, None))
        } else {
            PdfColor::Rgb(Rgb::new(r, g, b, None))
        }
    }

    /// Opacity in thousandths, the key of the graphics state that applies it.
    fn alpha_permille(self) -> u16 {
        (unit(self.alpha) * 1000.0).round() as u16
    }
}

/// How a line or an outline is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Colour (and opacity) of the line.
    pub color: Color,
    /// Thickness in points.
    pub width: f32,
    /// `Some((dash, gap))` in points for a dashed line, `None` for a solid one.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(color: Color, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: None,
        }
    }

    /// A dashed line: `dash` points drawn, `gap` points skipped, repeated.
    pub const fn dashed(color: Color, width: f32, dash: f32, gap: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: Some((dash, gap)),
        }
    }
}

/// Document information written into the PDF.
///
/// Everything that varies between two reports must be in here (or drawn): the
/// date is an input, never read from the clock, so that the same inputs give the
/// same bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocMeta {
    /// Document title, shown by viewers instead of the file name.
    pub title: String,
    /// Author: the organisation (local authority) the report is about or for.
    pub author: String,
    /// Subject line.
    pub subject: String,
    /// Keywords; may be empty.
    pub keywords: Vec<String>,
    /// Language of the text as a BCP 47 tag (`"fr"`, `"en"`), for screen readers.
    pub language: String,
    /// Creation and modification date, `(year, month, day)`, written as midnight UTC.
    /// Out-of-range months and days are clamped.
    pub date: (i32, u8, u8),
}

/// Error returned by [`Canvas::set_current_page`] for an index past the last page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoSuchPage {
    /// The index asked for (0-based).
    pub index: usize,
    /// The number of pages the canvas had.
    pub page_count: usize,
}

impl fmt::Display for NoSuchPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "page index {} is out of range: the document has {} page(s)",
            self.index, self.page_count
        )
    }
}

impl std::error::Error for NoSuchPage {}

/// A document of A4 pages being drawn, in points, origin at the top-left corner.
///
/// A new canvas has one empty page, which is current. Drawing methods draw on
/// the current page; [`Canvas::new_page`] appends a page and makes it current,
/// [`Canvas::set_current_page`] goes back to any page. Non-finite coordinates are
/// drawn at 0 and coordinates are rounded to 1/100 pt, which keeps files small.
pub struct Canvas<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    current: usize,
    /// Characters drawn per style: they decide the subset tag of each font.
    used_chars: [BTreeSet<char>; STYLE_COUNT],
    /// `(fill, stroke)` opacities in thousandths that need a graphics state.
    alphas: BTreeSet<(u16, u16)>,
}

impl Default for Canvas<'static> {
    fn default() -> Self {
        Canvas::new()
    }
}

impl Canvas<'static> {
    /// A canvas with one empty page, using the process-wide [`Fonts::shared`].
    pub fn new() -> Canvas<'static> {
        Canvas::with_fonts(Fonts::shared())
    }
}

impl<'f> Canvas<'f> {
    /// A canvas with one empty page, measuring and embedding `fonts`.
    pub fn with_fonts(fonts: &'f Fonts) -> Canvas<'f> {
        Canvas {
            fonts,
            pages: vec![Vec::new()],
            current: 0,
            used_chars: Default::default(),
            alphas: BTreeSet::new(),
        }
    }

    /// The fonts used for measuring, e.g. to lay out text before drawing it.
    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    /// Appends an empty page, makes it current and returns its index (0-based).
    pub fn new_page(&mut self) -> usize {
        self.pages.push(Vec::new());
        self.current = self.pages.len() - 1;
        self.current
    }

    /// Number of pages so far (at least 1).
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Index (0-based) of the page drawing methods draw on.
    pub fn current_page(&self) -> usize {
        self.current
    }

    /// Makes page `index` (0-based) current, e.g. to add footers at the end.
    pub fn set_current_page(&mut self, index: usize) -> Result<(), NoSuchPage> {
        if index < self.pages.len() {
            self.current = index;
            Ok(())
        } else {
            Err(NoSuchPage {
                index,
                page_count: self.pages.len(),
            })
        }
    }

    /// Shorthand for [`Fonts::text_width`].
    pub fn text_width(&self, text: &str, style: FontStyle, size_pt: f32) -> f32 {
        self.fonts.text_width(text, style, size_pt)
    }

    /// Shorthand for [`Fonts::wrap`].
    pub fn wrap(&self, text: &str, style: FontStyle, size_pt: f32, max_width: f32) -> Vec<String> {
        self.fonts.wrap(text, style, size_pt, max_width)
    }

    /// Draws one line of `text` starting at `x`, baseline at `y_baseline`, and
    /// returns its width in points.
    ///
    /// No wrapping: see [`Fonts::wrap`]. Control characters (tabs, line breaks)
    /// are not drawn; a character DejaVu Sans lacks is drawn as U+FFFD.
    pub fn text(
        &mut self,
        x: f32,
        y_baseline: f32,
        text: &str,
        style: FontStyle,
        size_pt: f32,
        color: Color,
    ) -> f32 {
        let face = self.fonts.face(style);
        let printable = face.printable(text);
        let width = self.fonts.text_width(&printable, style, size_pt);
        if printable.is_empty() || !(size_pt.is_finite() && size_pt > 0.0) {
            return width;
        }
        self.used_chars[style.index()].extend(printable.chars());
        let mut ops = vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(placeholder_font_id(style)),
                size: Pt(coord(size_pt)),
            },
            Op::SetFillColor {
                col: color.to_pdf(),
            },
            Op::SetTextCursor {
                pos: self.point(x, y_baseline),
            },
            Op::ShowText {
                items: vec![TextItem::Text(printable)],
            },
            Op::EndTextSection,
        ];
        self.push_with_alpha(&mut ops, color.alpha_permille(), 1000);
        width
    }

    /// Draws one line of `text` ending at `x_right`; returns its width.
    pub fn text_right(
        &mut self,
        x_right: f32,
        y_baseline: f32,
        text: &str,
        style: FontStyle,
        size_pt: f32,
        color: Color,
    ) -> f32 {
        let width = self.text_width(text, style, size_pt);
        self.text(x_right - width, y_baseline, text, style, size_pt, color)
    }

    /// Draws one line of `text` centred on `x_center`; returns its width.
    pub fn text_centered(
        &mut self,
        x_center: f32,
        y_baseline: f32,
        text: &str,
        style: FontStyle,
        size_pt: f32,
        color: Color,
    ) -> f32 {
        let width = self.text_width(text, style, size_pt);
        self.text(
            x_center - width / 2.0,
            y_baseline,
            text,
            style,
            size_pt,
            color,
        )
    }

    /// Draws a straight line from `(x1, y1)` to `(x2, y2)`.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Stroke) {
        self.polyline(&[(x1, y1), (x2, y2)], stroke);
    }

    /// Draws an open path through `points` (at least two).
    pub fn polyline(&mut self, points: &[(f32, f32)], stroke: Stroke) {
        if points.len() < 2 {
            return;
        }
        let line = Line {
            points: self.line_points(points),
            is_closed: false,
        };
        let mut ops = stroke_ops(stroke);
        ops.push(Op::SetLineJoinStyle {
            join: LineJoinStyle::Round,
        });
        ops.push(Op::DrawLine { line });
        self.push_with_alpha(&mut ops, 1000, stroke.color.alpha_permille());
    }

    /// Draws a rectangle whose top-left corner is `(x, y)`, filled and/or outlined.
    pub fn rect(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    ) {
        let Some(mode) = paint_mode(fill.is_some(), stroke.is_some()) else {
            return;
        };
        let rectangle = Rect {
            x: Pt(coord(x)),
            y: Pt(coord(PAGE_HEIGHT - y - height)),
            width: Pt(coord(width)),
            height: Pt(coord(height)),
            mode: Some(mode),
            winding_order: Some(WindingOrder::NonZero),
        };
        let mut ops = paint_ops(fill, stroke);
        ops.push(Op::DrawRectangle { rectangle });
        self.push_with_alpha(&mut ops, fill_alpha(fill), stroke_alpha(stroke));
    }

    /// Draws a closed polygon through `points` (at least three), filled and/or
    /// outlined, e.g. the area of a radar chart. Use a translucent fill
    /// ([`Color::with_alpha`]) to overlay several series.
    pub fn polygon(&mut self, points: &[(f32, f32)], fill: Option<Color>, stroke: Option<Stroke>) {
        if points.len() < 3 {
            return;
        }
        let points = self.line_points(points);
        self.push_shape(points, fill, stroke);
    }

    /// Draws a circle of radius `r` centred on `(cx, cy)`, filled and/or outlined.
    pub fn circle(
        &mut self,
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    ) {
        // Four cubic Bézier arcs; KAPPA places the control points.
        const KAPPA: f32 = 0.552_284_8;
        let k = r * KAPPA;
        let path = [
            ((cx + r, cy), false),
            ((cx + r, cy - k), true),
            ((cx + k, cy - r), true),
            ((cx, cy - r), false),
            ((cx - k, cy - r), true),
            ((cx - r, cy - k), true),
            ((cx - r, cy), false),
            ((cx - r, cy + k), true),
            ((cx - k, cy + r), true),
            ((cx, cy + r), false),
            ((cx + k, cy + r), true),
            ((cx + r, cy + k), true),
            ((cx + r, cy), false),
        ];
        let points = path
            .iter()
            .map(|&((x, y), bezier)| LinePoint {
                p: self.point(x, y),
                bezier,
            })
            .collect();
        self.push_shape(points, fill, stroke);
    }

    /// Serializes the document to PDF bytes.
    ///
    /// Deterministic: the fonts' subset tags and the trailer `/ID` are hashes of
    /// what was drawn and of `meta`; the dates come from `meta.date`.
    pub fn finish(self, meta: &DocMeta) -> Vec<u8> {
        // A placeholder of the final id's length; see the end of `finish`.
        let document_id = "0".repeat(32);
        let Canvas {
            fonts,
            mut pages,
            used_chars,
            alphas,
            ..
        } = self;

        let mut doc = PdfDocument::new(&meta.title);

        // Fonts: deterministic resource names whose first six letters, which
        // printpdf uses as the subset tag, depend on the glyphs in the subset.
        let mut font_ids: [Option<FontId>; STYLE_COUNT] = Default::default();
        for style in FontStyle::ALL {
            let chars = &used_chars[style.index()];
            if chars.is_empty() {
                continue;
            }
            let id = FontId(format!("{}{}", subset_tag(style, chars), style.suffix()));
            doc.resources
                .fonts
                .map
                .insert(id.clone(), PdfFont::new(fonts.face(style).font.clone()));
            font_ids[style.index()] = Some(id);
        }
        for op in pages.iter_mut().flatten() {
            if let Op::SetFont {
                font: PdfFontHandle::External(id),
                ..
            } = op
                && let Some(style) = FontStyle::ALL
                    .into_iter()
                    .find(|s| *id == placeholder_font_id(*s))
                && let Some(real) = &font_ids[style.index()]
            {
                *id = real.clone();
            }
        }

        for &(fill, stroke) in &alphas {
            doc.resources.extgstates.map.insert(
                alpha_state_id(fill, stroke),
                ExtendedGraphicsState::default()
                    .with_current_fill_alpha(f32::from(fill) / 1000.0)
                    .with_current_stroke_alpha(f32::from(stroke) / 1000.0),
            );
        }

        doc.pages = pages
            .into_iter()
            .map(|ops| {
                let mut page = PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), ops);
                let a4 = Rect::from_wh(Pt(PAGE_WIDTH), Pt(PAGE_HEIGHT));
                page.media_box = a4.clone();
                page.trim_box = a4.clone();
                page.crop_box = a4;
                page
            })
            .collect();

        let info = &mut doc.metadata.info;
        let date = pdf_date(meta.date);
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
        info.author = meta.author.clone();
        info.subject = meta.subject.clone();
        info.keywords = meta.keywords.clone();
        info.creator = format!("boussole {}", env!("CARGO_PKG_VERSION"));
        info.producer = "printpdf 0.12.8".to_string();

        let options = PdfSaveOptions {
            optimize: true,
            subset_fonts: true,
            secure: true,
            image_optimization: None,
        };
        let mut warnings = Vec::new();
        let mut pdf = doc.to_lopdf_document(&options, &mut warnings);

        // What follows edits the lopdf document in place. lopdf is not a direct
        // dependency, so its types are never named: values are cloned from
        // objects printpdf already wrote and changed through their methods.
        pdf.version = "1.4".to_string();
        if let Ok(ids) = pdf.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
            for id in ids.iter_mut() {
                if let Ok(bytes) = id.as_str_mut() {
                    *bytes = document_id.clone().into_bytes();
                }
            }
        }
        let mut lang = None;
        if let Ok(info_id) = pdf.trailer.get(b"Info").and_then(|o| o.as_reference())
            && let Ok(info) = pdf.get_dictionary_mut(info_id)
        {
            info.remove(b"GTS_PDFXVersion");
            info.remove(b"Identifier");
            info.remove(b"Trapped");
            for (key, value) in [
                (&b"Keywords"[..], meta.keywords.is_empty()),
                (b"Subject", meta.subject.is_empty()),
                (b"Author", meta.author.is_empty()),
            ] {
                if value {
                    info.remove(key);
                }
            }
            // A literal string object to hold the language tag.
            if let Ok(template) = info.get(b"CreationDate") {
                let mut object = template.clone();
                if let Ok(bytes) = object.as_str_mut() {
                    *bytes = meta.language.clone().into_bytes();
                    lang = Some(object);
                }
            }
        }
        if let Ok(catalog) = pdf.catalog_mut() {
            if let Some(lang) = lang.filter(|_| !meta.language.is_empty()) {
                catalog.set("Lang", lang);
            }
            let mut preferences = empty_like(catalog);
            preferences.set("DisplayDocTitle", true);
            catalog.set("ViewerPreferences", preferences);
        }

        // Flate-compress every stream not compressed yet, at a fast level:
        // lopdf's own `compress` uses the best (slowest) one. Measured on the
        // 44-page demo report: best ≈ 200 KB in 150 ms; level 2 ≈ 245 KB in
        // 75 ms — well within the 500 KB a report may weigh.
        for object in pdf.objects.values_mut() {
            let Ok(stream) = object.as_stream_mut() else {
                continue;
            };
            if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
                continue;
            }
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(2));
            if std::io::Write::write_all(&mut encoder, &stream.content).is_err() {
                continue;
            }
            if let Ok(compressed) = encoder.finish()
                && compressed.len() + 19 < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
        let mut bytes = Vec::new();
        pdf.save_to(&mut bytes)
            .expect("lopdf only fails on I/O errors or encrypted input; a Vec<u8> cannot fail");
        // The document id is a hash of the file itself (written once with a
        // fixed placeholder), so equal inputs give equal bytes.
        let id = bytes_id(&bytes);
        if let Ok(ids) = pdf.trailer.get_mut(b"ID").and_then(|o| o.as_array_mut()) {
            for entry in ids.iter_mut() {
                if let Ok(text) = entry.as_str_mut() {
                    *text = id.clone().into_bytes();
                }
            }
            bytes.clear();
            pdf.save_to(&mut bytes)
                .expect("lopdf only fails on I/O errors or encrypted input; a Vec<u8> cannot fail");
        }
        bytes
    }

    /// PDF point for a top-left-origin point.
    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: Pt(coord(x)),
            y: Pt(coord(PAGE_HEIGHT - y)),
        }
    }

    fn line_points(&self, points: &[(f32, f32)]) -> Vec<LinePoint> {
        points
            .iter()
            .map(|&(x, y)| LinePoint {
                p: self.point(x, y),
                bezier: false,
            })
            .collect()
    }

    fn push_shape(&mut self, points: Vec<LinePoint>, fill: Option<Color>, stroke: Option<Stroke>) {
        let Some(mode) = paint_mode(fill.is_some(), stroke.is_some()) else {
            return;
        };
        let polygon = Polygon {
            rings: vec![PolygonRing { points }],
            mode,
            winding_order: WindingOrder::NonZero,
        };
        let mut ops = paint_ops(fill, stroke);
        if stroke.is_some() {
            ops.push(Op::SetLineJoinStyle {
                join: LineJoinStyle::Round,
            });
        }
        ops.push(Op::DrawPolygon { polygon });
        self.push_with_alpha(&mut ops, fill_alpha(fill), stroke_alpha(stroke));
    }

    /// Appends `ops` to the current page inside `q … Q`, so that colours, widths,
    /// dashes and opacity never leak into the next drawing.
    fn push_with_alpha(&mut self, ops: &mut Vec<Op>, fill: u16, stroke: u16) {
        let page = &mut self.pages[self.current];
        page.push(Op::SaveGraphicsState);
        if (fill, stroke) != (1000, 1000) {
            self.alphas.insert((fill, stroke));
            page.push(Op::LoadGraphicsState {
                gs: alpha_state_id(fill, stroke),
            });
        }
        page.append(ops);
        page.push(Op::RestoreGraphicsState);
    }
}

/// A value of the same (unnamed) type as `_like`, built by `Default`.
fn empty_like<T: Default>(_like: &T) -> T {
    T::default()
}

/// The font id used while drawing, replaced in [`Canvas::finish`].
fn placeholder_font_id(style: FontStyle) -> FontId {
    FontId(format!("boussole-{style:?}"))
}

fn alpha_state_id(fill: u16, stroke: u16) -> ExtendedGraphicsStateId {
    ExtendedGraphicsStateId(format!("GSf{fill}s{stroke}"))
}

/// Six capital letters derived from the glyphs of a subset (ISO 32000-1, 9.6.4).
fn subset_tag(style: FontStyle, chars: &BTreeSet<char>) -> String {
    let mut hash = Fnv::new(0);
    hash.write(&[style.index() as u8]);
    for c in chars {
        hash.write(&u32::from(*c).to_le_bytes());
    }
    let mut h = hash.finish();
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            letter
        })
        .collect()
}

/// 32 hex digits that depend on everything drawn and on the metadata.
fn bytes_id(bytes: &[u8]) -> String {
    let mut a = Fnv::new(0);
    let mut b = Fnv::new(0x9E37_79B9_7F4A_7C15);
    a.write(bytes);
    b.write(bytes);
    format!("{:016x}{:016x}", a.finish(), b.finish())
}

/// FNV-1a, 64 bits: a stable hash (std's hashers may change between releases).
struct Fnv(u64);

impl Fnv {
    fn new(seed: u64) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Midnight UTC on `(year, month, day)`, month and day clamped to valid ranges.
fn pdf_date((year, month, day): (i32, u8, u8)) -> DateTime {
    let month = month.clamp(1, 12);
    let days_in_month = match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    };
    DateTime::new_in_offset(
        Date {
            year: year.clamp(0, 9999),
            month,
            day: day.clamp(1, days_in_month),
        },
        Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

/// A coordinate or length as written: rounded to 1/100 pt, non-finite → 0.
fn coord(v: f32) -> f32 {
    if v.is_finite() {
        (v * 100.0).round() / 100.0
    } else {
        0.0
    }
}

/// A colour component clamped to 0.0–1.0 (NaN → 0).
fn unit(v: f32) -> f32 {
    if v.is_nan() { 0.0 } else { v.clamp(0.0, 1.0) }
}

fn paint_mode(fill: bool, stroke: bool) -> Option<PaintMode> {
    match (fill, stroke) {
        (true, true) => Some(PaintMode::FillStroke),
        (true, false) => Some(PaintMode::Fill),
        (false, true) => Some(PaintMode::Stroke),
        (false, false) => None,
    }
}

fn fill_alpha(fill: Option<Color>) -> u16 {
    fill.map_or(1000, Color::alpha_permille)
}

fn stroke_alpha(stroke: Option<Stroke>) -> u16 {
    stroke.map_or(1000, |s| s.color.alpha_permille())
}

/// Colour, width and dash settings for a stroke.
fn stroke_ops(stroke: Stroke) -> Vec<Op> {
    let mut ops = vec![
        Op::SetOutlineColor {
            col: stroke.color.to_pdf(),
        },
        Op::SetOutlineThickness {
            pt: Pt(coord(stroke.width.max(0.0))),
        },
    ];
    if let Some((dash, gap)) = stroke.dash {
        ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, &[coord(dash.max(0.0)), coord(gap.max(0.0))]),
        });
    }
    ops
}

fn paint_ops(fill: Option<Color>, stroke: Option<Stroke>) -> Vec<Op> {
    let mut ops = Vec::new();
    if let Some(fill) = fill {
        ops.push(Op::SetFillColor { col: fill.to_pdf() });
    }
    if let Some(stroke) = stroke {
        ops.extend(stroke_ops(stroke));
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::shared()
    }

    #[test]
    fn wide_letters_are_wider() {
        let f = fonts();
        assert!(
            f.text_width("WWW", FontStyle::Regular, 12.0)
                > 2.0 * f.text_width("iii", FontStyle::Regular, 12.0)
        );
        assert!(
            f.text_width("Société", FontStyle::Bold, 12.0)
                > f.text_width("Société", FontStyle::Regular, 12.0)
        );
        assert_eq!(f.text_width("", FontStyle::Regular, 12.0), 0.0);
    }

    #[test]
    fn width_scales_linearly_with_size() {
        let f = fonts();
        for style in FontStyle::ALL {
            let w10 = f.text_width("Gouvernance de l’IA", style, 10.0);
            let w25 = f.text_width("Gouvernance de l’IA", style, 25.0);
            assert!(w10 > 0.0);
            assert!((w25 - 2.5 * w10).abs() < 1e-3, "{style:?}: {w10} {w25}");
        }
    }

    #[test]
    fn width_is_additive_and_matches_em_units() {
        let f = fonts();
        let s = FontStyle::Regular;
        let ab = f.text_width("ab", s, 10.0);
        assert!((ab - f.text_width("a", s, 10.0) - f.text_width("b", s, 10.0)).abs() < 1e-4);
        // DejaVu Sans: space is 651/2048 em.
        assert!((f.text_width(" ", s, 2048.0) - 651.0).abs() < 1e-2);
    }

    #[test]
    fn characters_without_glyph_and_controls_are_handled() {
        let f = fonts();
        // U+E000 (private use) has no glyph in DejaVu Sans: measured as U+FFFD.
        let missing = f.text_width("\u{E000}", FontStyle::Regular, 10.0);
        let replacement = f.text_width("\u{FFFD}", FontStyle::Regular, 10.0);
        assert!(missing > 0.0 && missing.is_finite());
        assert_eq!(missing, replacement);
        assert_eq!(f.text_width("a\tb\r", FontStyle::Regular, 10.0), {
            f.text_width("ab", FontStyle::Regular, 10.0)
        });
    }

    #[test]
    fn vertical_metrics_are_sensible() {
        let f = fonts();
        let (a, d, lh) = (
            f.ascent(FontStyle::Regular, 10.0),
            f.descent(FontStyle::Regular, 10.0),
            f.line_height(FontStyle::Regular, 10.0),
        );
        assert!(a > 7.0 && a < 10.0, "{a}");
        assert!(d > 1.0 && d < 3.5, "{d}");
        assert!(lh >= a + d && lh < 13.0, "{lh}");
    }

    const FRENCH: &str = "La collectivité a-t-elle désigné un référent\u{a0}? Les élus \
        disposent-ils d’une «\u{a0}cartographie\u{a0}» des données et des usages\u{202f}; \
        l’œuvre commune coûte 12\u{202f}000\u{a0}€ par an.";

    #[test]
    fn wrap_respects_the_width_as_measured() {
        let f = fonts();
        for max in [60.0, 120.0, 200.0, 400.0] {
            let lines = f.wrap(FRENCH, FontStyle::Regular, 10.0, max);
            assert!(lines.len() > 1 || max >= 400.0);
            for line in &lines {
                let w = f.text_width(line, FontStyle::Regular, 10.0);
                assert!(w <= max + 1e-3, "{line:?} is {w} > {max}");
                assert!(!line.starts_with(' ') && !line.ends_with(' '));
            }
            // When every word fits, only ASCII spaces were consumed.
            let widest = FRENCH
                .split(' ')
                .map(|w| f.text_width(w, FontStyle::Regular, 10.0))
                .fold(0.0, f32::max);
            if widest <= max {
                assert_eq!(lines.join(" "), FRENCH);
            }
        }
    }

    #[test]
    fn wrap_never_breaks_at_non_breaking_spaces() {
        let f = fonts();
        for max in [40.0, 70.0, 90.0, 150.0] {
            let lines = f.wrap(FRENCH, FontStyle::Bold, 11.0, max);
            for needle in [
                "«\u{a0}cartographie\u{a0}»",
                "usages\u{202f};",
                "référent\u{a0}?",
            ] {
                let whole = lines.iter().any(|l| l.contains(needle));
                // Unless the group is itself wider than the line, it stays whole.
                if f.text_width(needle, FontStyle::Bold, 11.0) <= max {
                    assert!(whole, "{needle:?} split at width {max}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn wrap_splits_an_overlong_word_by_characters() {
        let f = fonts();
        let word = "anticonstitutionnellement";
        let lines = f.wrap(&format!("un {word} fin"), FontStyle::Regular, 12.0, 50.0);
        assert!(lines.len() >= 4, "{lines:?}");
        for line in &lines {
            assert!(f.text_width(line, FontStyle::Regular, 12.0) <= 50.0 + 1e-3);
        }
        assert_eq!(lines.concat().replace(' ', ""), format!("un{word}fin"));
        // A width smaller than any glyph still makes progress, one char a line.
        let tiny = f.wrap("abc", FontStyle::Regular, 12.0, 0.5);
        assert_eq!(tiny, ["a", "b", "c"]);
        assert_eq!(f.wrap("abc", FontStyle::Regular, 12.0, f32::NAN), tiny);
        // Text of no size fits anywhere.
        assert_eq!(f.wrap("a b c", FontStyle::Regular, 0.0, 1.0), ["a b c"]);
    }

    #[test]
    fn wrap_honours_explicit_line_breaks() {
        let f = fonts();
        let lines = f.wrap(
            "un  deux\n\ntrois\r\nquatre",
            FontStyle::Regular,
            10.0,
            500.0,
        );
        assert_eq!(lines, ["un deux", "", "trois", "quatre"]);
        assert_eq!(f.wrap("", FontStyle::Regular, 10.0, 100.0), [""]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn wrap_lines_fit_and_keep_every_word(
            text in "[a-zé€«» \u{a0}\u{202f}]{0,80}",
            max in 1.0f32..300.0,
        ) {
            let f = fonts();
            let lines = f.wrap(&text, FontStyle::Regular, 9.0, max);
            for line in &lines {
                let w = f.text_width(line, FontStyle::Regular, 9.0);
                proptest::prop_assert!(w <= max + 1e-3 || line.chars().count() == 1);
            }
            let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(lines.concat().replace(' ', ""), words.concat());
        }
    }

    #[test]
    fn set_current_page_checks_the_index() {
        let mut canvas = Canvas::new();
        assert_eq!(canvas.page_count(), 1);
        assert_eq!(canvas.new_page(), 1);
        assert_eq!(canvas.current_page(), 1);
        assert!(canvas.set_current_page(0).is_ok());
        assert_eq!(canvas.current_page(), 0);
        let err = canvas.set_current_page(2).unwrap_err();
        assert_eq!(
            err,
            NoSuchPage {
                index: 2,
                page_count: 2
            }
        );
        assert_eq!(canvas.current_page(), 0);
    }

    const EXTRACT: &str = "Société, élus « données » œuvre ’ €";
    const NBSP_LINE: &str = "Espaces fines\u{202f}: «\u{a0}oui\u{a0}» ; total 1\u{202f}234\u{a0}€";

    fn sample_meta() -> DocMeta {
        DocMeta {
            title: "Boussole — rapport d’auto-évaluation".to_string(),
            author: "Commune de Saint-Étienne-du-Test".to_string(),
            subject: "Gouvernance de l’IA".to_string(),
            keywords: vec!["IA".to_string(), "gouvernance".to_string()],
            language: "fr".to_string(),
            date: (2026, 11, 28),
        }
    }

    /// A two-page report-like document exercising every primitive.
    fn sample_document(fonts: &Fonts) -> Vec<u8> {
        let navy = Color::hex(0x1F4E79);
        let mut c = Canvas::with_fonts(fonts);
        let margin = 56.0;
        let width = PAGE_WIDTH - 2.0 * margin;

        c.rect(0.0, 0.0, PAGE_WIDTH, 90.0, Some(navy), None);
        c.text(
            margin,
            52.0,
            "Boussole IA",
            FontStyle::Bold,
            26.0,
            Color::WHITE,
        );
        c.text_right(
            PAGE_WIDTH - margin,
            52.0,
            "Rapport 2026",
            FontStyle::Italic,
            12.0,
            Color::WHITE,
        );
        c.text(
            margin,
            130.0,
            EXTRACT,
            FontStyle::Regular,
            12.0,
            Color::BLACK,
        );
        c.text(
            margin,
            150.0,
            NBSP_LINE,
            FontStyle::Regular,
            12.0,
            Color::BLACK,
        );
        let mut y = 180.0;
        for line in c.wrap(&FRENCH.repeat(3), FontStyle::Regular, 10.5, width) {
            c.text(margin, y, &line, FontStyle::Regular, 10.5, Color::grey(0.2));
            y += c.fonts().line_height(FontStyle::Regular, 10.5);
        }
        c.line(
            margin,
            y,
            PAGE_WIDTH - margin,
            y,
            Stroke::dashed(Color::grey(0.5), 0.8, 4.0, 2.0),
        );

        // Radar chart: grid rings, axes, two translucent series.
        let (cx, cy, radius) = (PAGE_WIDTH / 2.0, y + 170.0, 130.0);
        let axes = 6;
        let at = |i: usize, k: f32| {
            let angle =
                std::f32::consts::TAU * i as f32 / axes as f32 - std::f32::consts::FRAC_PI_2;
            (cx + radius * k * angle.cos(), cy + radius * k * angle.sin())
        };
        for ring in 1..=4 {
            let k = ring as f32 / 4.0;
            let pts: Vec<_> = (0..axes).map(|i| at(i, k)).collect();
            c.polygon(&pts, None, Some(Stroke::solid(Color::grey(0.75), 0.5)));
        }
        for i in 0..axes {
            let (x, y) = at(i, 1.0);
            c.line(cx, cy, x, y, Stroke::solid(Color::grey(0.75), 0.5));
            let (lx, ly) = at(i, 1.15);
            c.text_centered(
                lx,
                ly + 3.0,
                &format!("Axe {}", i + 1),
                FontStyle::Bold,
                8.0,
                navy,
            );
        }
        let reference = [0.6, 0.5, 0.7, 0.4, 0.55, 0.65];
        let ours = [0.8, 0.35, 0.9, 0.6, 0.3, 0.75];
        for (values, color) in [
            (reference, Color::grey(0.4)),
            (ours, Color::rgb8(230, 120, 30)),
        ] {
            let pts: Vec<_> = values.iter().enumerate().map(|(i, &k)| at(i, k)).collect();
            c.polygon(
                &pts,
                Some(color.with_alpha(0.35)),
                Some(Stroke::solid(color, 1.5)),
            );
            for &(x, y) in &pts {
                c.circle(x, y, 2.5, Some(color), None);
            }
        }

        c.new_page();
        c.text(
            margin,
            80.0,
            "Deuxième page",
            FontStyle::BoldItalic,
            18.0,
            navy,
        );
        c.rect(
            margin,
            100.0,
            width,
            60.0,
            Some(Color::rgb(0.93, 0.95, 0.98)),
            Some(Stroke::solid(navy, 1.0)),
        );
        c.text(
            margin + 10.0,
            135.0,
            "Recommandation : nommer un référent IA.",
            FontStyle::Regular,
            11.0,
            Color::BLACK,
        );
        c.text(
            margin,
            200.0,
            "Caractère absent : \u{E000}.",
            FontStyle::Italic,
            11.0,
            Color::BLACK,
        );

        // Footers, added once the page count is known.
        let n = c.page_count();
        for page in 0..n {
            c.set_current_page(page).expect("page exists");
            c.line(
                margin,
                PAGE_HEIGHT - 40.0,
                PAGE_WIDTH - margin,
                PAGE_HEIGHT - 40.0,
                Stroke::solid(Color::grey(0.6), 0.5),
            );
            c.text_centered(
                PAGE_WIDTH / 2.0,
                PAGE_HEIGHT - 26.0,
                &format!("page {} / {}", page + 1, n),
                FontStyle::Regular,
                9.0,
                Color::grey(0.3),
            );
        }
        c.finish(&sample_meta())
    }

    #[test]
    fn document_is_deterministic_small_and_clean() {
        let start = std::time::Instant::now();
        let fonts = fonts();
        let parsed = start.elapsed();
        let first = sample_document(fonts);
        let elapsed = start.elapsed() - parsed;
        // A separately parsed set of fonts and a second build in the same
        // process: printpdf's own ids would differ here.
        let second = sample_document(&Fonts::dejavu_sans());
        println!(
            "2-page sample: {} bytes in {elapsed:?} (fonts parsed in {parsed:?})",
            first.len()
        );
        assert!(first == second, "two builds differ");
        assert!(first.starts_with(b"%PDF-1.4"));
        assert!(
            first.len() < 100_000,
            "{} bytes: fonts not subset?",
            first.len()
        );

        let text = String::from_utf8_lossy(&first);
        assert!(!text.contains("GTS_PDFX"));
        assert!(text.contains("/Lang(fr)"), "no /Lang");
        assert!(text.contains("D:20261128000000"), "no creation date");
        assert!(!text.contains("boussole-"), "placeholder font id left");
        assert_eq!(text.matches("/Type/Page/").count(), 2);

        if let Ok(path) = std::env::var("BOUSSOLE_CANVAS_SAMPLE") {
            std::fs::write(&path, &first).expect("write the sample PDF");
        }
    }

    #[test]
    fn document_id_depends_on_inputs() {
        let draw = |title: &str| {
            let mut c = Canvas::new();
            c.text(50.0, 50.0, "x", FontStyle::Regular, 10.0, Color::BLACK);
            c.finish(&DocMeta {
                title: title.to_string(),
                ..sample_meta()
            })
        };
        let id_of = |pdf: &[u8]| {
            let text = String::from_utf8_lossy(pdf).into_owned();
            let at = text.rfind("/ID[").expect("trailer /ID");
            text[at..at + 40].to_string()
        };
        assert_eq!(id_of(&draw("A")), id_of(&draw("A")));
        assert_ne!(id_of(&draw("A")), id_of(&draw("B")));
    }

    #[test]
    fn empty_canvas_still_makes_a_valid_document() {
        let pdf = Canvas::new().finish(&sample_meta());
        assert!(pdf.starts_with(b"%PDF-"));
        if let Some(qpdf) = tool("qpdf") {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("empty.pdf");
            std::fs::write(&path, &pdf).expect("write PDF");
            let out = std::process::Command::new(qpdf)
                .arg("--check")
                .arg(&path)
                .output()
                .expect("run qpdf");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }

    /// `name` if it is on the PATH; otherwise a note and `None` on a
    /// developer's machine, but a failure under `CI=true`: CI installs the
    /// tools, so a skipped check there would pass having checked nothing.
    fn tool(name: &str) -> Option<&str> {
        let found = std::process::Command::new(name).arg("-v").output().is_ok();
        if !found {
            assert!(
                std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false"),
                "`{name}` is needed under CI=true: install poppler-utils and qpdf"
            );
            println!("note: `{name}` not found, check skipped (install poppler-utils / qpdf)");
        }
        found.then_some(name)
    }

    #[test]
    fn text_is_extractable_and_file_is_valid() {
        let pdf = sample_document(fonts());
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sample.pdf");
        std::fs::write(&path, &pdf).expect("write PDF");

        if let Some(pdftotext) = tool("pdftotext") {
            let out = std::process::Command::new(pdftotext)
                .args(["-enc", "UTF-8", "-layout"])
                .arg(&path)
                .arg("-")
                .output()
                .expect("run pdftotext");
            assert!(out.status.success());
            let text = String::from_utf8(out.stdout).expect("UTF-8 from pdftotext");
            assert!(text.contains(EXTRACT), "{text}");
            // Poppler turns every Unicode space (U+00A0, U+202F included) into a
            // word break and writes an ASCII space (TextOutputDev.cc, addChar):
            // compare modulo that, and check the ToUnicode maps below.
            let spaced = NBSP_LINE.replace(['\u{a0}', '\u{202f}'], " ");
            assert!(text.contains(&spaced), "{text}");
            assert!(text.contains("page 1 / 2") && text.contains("page 2 / 2"));
            assert!(text.contains("Deuxième page"));
        }
        if let Some(qpdf) = tool("qpdf") {
            let out = std::process::Command::new(qpdf)
                .arg("--check")
                .arg(&path)
                .output()
                .expect("run qpdf");
            let report = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{report}");
            assert!(!report.contains("WARNING"), "{report}");

            // The ToUnicode maps give back the non-breaking spaces themselves.
            let plain = dir.path().join("plain.pdf");
            let status = std::process::Command::new(qpdf)
                .args(["--stream-data=uncompress", "--object-streams=disable"])
                .arg(&path)
                .arg(&plain)
                .status()
                .expect("run qpdf");
            assert!(status.success());
            let raw = std::fs::read(&plain).expect("read uncompressed PDF");
            let raw = String::from_utf8_lossy(&raw);
            for code in ["<00A0>", "<202F>", "<0153>", "<20AC>", "<2019>", "<00AB>"] {
                assert!(raw.contains(code), "ToUnicode lacks {code}");
            }
        }
    }
}
