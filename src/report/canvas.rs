//! Low-level PDF drawing: A4 pages, embedded DejaVu Sans text, simple shapes,
//! and the logical structure that makes the file accessible.
//!
//! This module is the only place that talks to `krilla`, the PDF writer (and
//! to `skrifa`, which reads the fonts' metrics). It offers:
//!
//! - [`Fonts`]: DejaVu Sans (regular, bold, oblique, bold oblique), parsed once,
//!   with text measurement ([`Fonts::text_width`]) from the real glyph advances and
//!   line breaking ([`Fonts::wrap`]) that only breaks on ASCII spaces and `'\n'`,
//!   so that U+00A0 and U+202F keep French punctuation attached (`« mot »`, `mot ;`).
//! - [`Canvas`]: a builder of A4 pages addressed in points with a **top-left
//!   origin** (y grows downwards, as on a printed page). Drawing is recorded,
//!   and any page can be drawn on again at any time, which is how "page X / N"
//!   footers are added once the page count is known: krilla writes pages in
//!   order, so the recording is replayed page by page in [`Canvas::finish`].
//! - The **structure** (tagged PDF): [`Canvas::open`] / [`Canvas::close`] nest
//!   structure elements ([`Tag`]: sections, headings, paragraphs, lists, tables
//!   with header cells, figures with an alternative text, links, the table of
//!   contents). Text drawn goes to the innermost open element (or to a
//!   paragraph of its own); lines, boxes and fills are decoration (artifacts)
//!   except inside a figure; [`Canvas::artifact`] marks page furniture (running
//!   header, page numbers, repeated table headers). The reading order is the
//!   order of drawing, except that what is drawn on an earlier page later (the
//!   cover's contents) takes its place by page and position.
//! - **Navigation**: [`Canvas::bookmark`] adds nested outline entries, and a
//!   [`Tag::Link`] element becomes a clickable link to a page position.
//! - [`Canvas::finish`]: serializes to bytes as PDF/UA-1 and PDF/A-2a (PDF 1.7,
//!   XMP identification, sRGB output intent), which krilla checks while
//!   writing. The output depends only on what was drawn and on [`DocMeta`] (no
//!   clock, no random ids): the same inputs give a byte-identical PDF. Fonts are
//!   embedded as subsets.
//!
//! Text stays real text: glyphs are written through a CID font with a
//! `ToUnicode` map, so `pdftotext` and copy-paste give back the accented letters,
//! guillemets, `’`, `€` and the non-breaking spaces. A character DejaVu Sans has
//! no glyph for (an emoji…) is drawn as a visible, named placeholder such as
//! `[U+1F600]`, and reported by [`Canvas::warnings`].

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::num::{NonZeroU16, NonZeroU32};
use std::sync::OnceLock;

use krilla::Document;
use krilla::SerializeSettings;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::{luma, rgb};
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::XyzDestination;
use krilla::geom::{Path, PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineJoin, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope,
    Tag as KTag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

/// Width of an A4 page, in points (210 mm).
pub const PAGE_WIDTH: f32 = 595.28;
/// Height of an A4 page, in points (297 mm).
pub const PAGE_HEIGHT: f32 = 841.89;

/// Number of font styles, i.e. of variants in [`FontStyle`].
const STYLE_COUNT: usize = 4;

/// Longest text string written in the file's dictionaries (titles, alternative
/// texts), in characters: PDF caps strings at 32,767 bytes, and a character
/// may take two.
const MAX_STRING_CHARS: usize = 8_000;

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
    /// Every style, in a fixed order.
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
    font: Font,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    line_gap: f32,
    /// Glyph of every character of the Basic Multilingual Plane (0: none).
    bmp: Vec<u16>,
    /// Glyphs beyond the BMP.
    astral: BTreeMap<u32, u16>,
    /// Advance of every glyph, in font units.
    advances: Vec<f32>,
}

impl Face {
    fn parse(bytes: &'static [u8], name: &str) -> Face {
        let font_ref = skrifa::FontRef::new(bytes)
            .unwrap_or_else(|e| panic!("the {name} font bundled by the dejavu crate: {e}"));
        let metrics = font_ref.metrics(Size::unscaled(), LocationRef::default());
        let glyph_metrics = font_ref.glyph_metrics(Size::unscaled(), LocationRef::default());
        let mut bmp = vec![0u16; 0x1_0000];
        let mut astral = BTreeMap::new();
        for (code, gid) in font_ref.charmap().mappings() {
            let Ok(gid) = u16::try_from(gid.to_u32()) else {
                continue;
            };
            match usize::try_from(code) {
                Ok(c) if c < bmp.len() => bmp[c] = gid,
                _ => {
                    astral.insert(code, gid);
                }
            }
        }
        let advances = (0..glyph_metrics.glyph_count())
            .map(|g| {
                glyph_metrics
                    .advance_width(skrifa::GlyphId::new(g))
                    .unwrap_or(0.0)
            })
            .collect();
        let font = Font::new(bytes.to_vec().into(), 0)
            .unwrap_or_else(|| panic!("krilla must read the {name} font"));
        Face {
            font,
            units_per_em: f32::from(metrics.units_per_em.max(1)),
            ascender: metrics.ascent,
            descender: metrics.descent,
            line_gap: metrics.leading,
            bmp,
            astral,
            advances,
        }
    }

    /// The glyph drawn for `c`, if the face has one and it may be written as
    /// is (private-use and noncharacter code points may not, in PDF/A).
    fn glyph(&self, c: char) -> Option<u16> {
        let code = u32::from(c);
        if is_private_use(code) {
            return None;
        }
        let gid = match usize::try_from(code) {
            Ok(i) if i < self.bmp.len() => self.bmp[i],
            _ => self.astral.get(&code).copied().unwrap_or(0),
        };
        (gid != 0).then_some(gid)
    }

    fn gid_advance(&self, gid: u16) -> f32 {
        self.advances.get(usize::from(gid)).copied().unwrap_or(0.0)
    }

    /// Advance of `c` in font units, as drawn: a character without a glyph
    /// counts as its placeholder (`[U+1F600]`), a control character as nothing.
    fn advance(&self, c: char) -> f32 {
        if is_dropped(c) {
            return 0.0;
        }
        match self.glyph(c) {
            Some(gid) => self.gid_advance(gid),
            None => placeholder(c)
                .chars()
                .map(|p| self.glyph(p).map_or(0.0, |g| self.gid_advance(g)))
                .sum(),
        }
    }

    /// The characters actually drawn for `text`: control characters (tabs, line
    /// breaks…) are dropped and characters without a glyph are replaced by
    /// their named placeholder, so that what is measured is what is drawn.
    /// The characters replaced are added to `missing`.
    fn printable(&self, text: &str, missing: &mut BTreeSet<char>) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if is_dropped(c) {
                continue;
            }
            if self.glyph(c).is_some() {
                out.push(c);
            } else {
                missing.insert(c);
                out.push_str(&placeholder(c));
            }
        }
        out
    }
}

/// Characters that are never drawn: controls, and the byte-order mark and
/// noncharacters, which a PDF/A text map may not contain.
fn is_dropped(c: char) -> bool {
    c.is_control() || matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Private-use code points: PDF/A-2a forbids mapping glyphs to them.
fn is_private_use(code: u32) -> bool {
    (0xE000..=0xF8FF).contains(&code) || code >= 0xF_0000
}

/// The visible stand-in drawn for a character the font lacks.
pub fn placeholder(c: char) -> String {
    format!("[U+{:04X}]", u32::from(c))
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

    /// Whether the face of `style` has a glyph for `c` (otherwise a placeholder
    /// such as `[U+1F600]` is drawn).
    pub fn has_glyph(&self, c: char, style: FontStyle) -> bool {
        self.face(style).glyph(c).is_some()
    }

    /// Width of `text` set in `style` at `size_pt`, in points.
    ///
    /// Sums the glyph advances, exactly as they are placed in the PDF (no
    /// kerning on either side). Control characters count for nothing; a
    /// character without a glyph counts as the placeholder drawn instead.
    pub fn text_width(&self, text: &str, style: FontStyle, size_pt: f32) -> f32 {
        let face = self.face(style);
        let units: f32 = text.chars().map(|c| face.advance(c)).sum();
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

/// Where a link leads: a position on a page of the same document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dest {
    /// Page index, 0-based.
    pub page: usize,
    /// Distance from the top of the page, in points.
    pub y: f32,
}

/// A structure element of the tagged PDF (ISO 32000-1, 14.8.4).
#[derive(Clone, Debug, PartialEq)]
pub enum Tag {
    /// A chapter or section.
    Section,
    /// A generic block.
    Div,
    /// A paragraph.
    P,
    /// A heading of level 1 to 6; its text is also its title.
    H(u8),
    /// A bulleted list.
    L,
    /// A list item (label and body).
    LI,
    /// A list item's label (the bullet).
    Lbl,
    /// A list item's body.
    LBody,
    /// A table.
    Table,
    /// The header row group of a table.
    THead,
    /// The body row group of a table.
    TBody,
    /// A table row.
    TR,
    /// A header cell of a column (`true`) or of a row (`false`).
    TH(bool),
    /// A data cell spanning `n` columns (1 for an ordinary cell).
    TD(u32),
    /// A chart or drawing, with the alternative text read in its place.
    Figure(String),
    /// A caption.
    Caption,
    /// A table of contents.
    Toc,
    /// An entry of a table of contents.
    TocItem,
    /// A clickable link to a position in the document: the text drawn inside
    /// is the link's area.
    Link(Dest),
    /// A run of text in another language than its surroundings (BCP 47 tag).
    Lang(String),
}

/// What page furniture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    /// The running header.
    Header,
    /// The footer and page number.
    Footer,
    /// Repeated content (a table header on a continuation page) and other
    /// pagination marks.
    Pagination,
}

/// Something drawn, in PDF-ready coordinates (top-left origin, rounded).
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        style: FontStyle,
        color: Color,
        text: Box<str>,
    },
    Shape {
        path: Path,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
}

/// Who an [`Op`] belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// Decoration or furniture: not read.
    Artifact(ArtifactKind),
    /// A run of content of an element (index into `Canvas::runs`).
    Run(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArtifactKind {
    Layout,
    Furniture(Furniture),
}

struct Item {
    op: Op,
    mark: Mark,
}

/// A child of a structure element.
#[derive(Clone, Copy, Debug)]
enum Child {
    Elem(usize),
    /// Consecutive content of one element on one page.
    Run(u32),
    /// A link annotation: (page, index among the page's links).
    Annot(usize, usize),
}

struct Elem {
    tag: Tag,
    children: Vec<Child>,
    /// Where its first content is: (page, y), for the order of top-level elements.
    at: Option<(usize, f32)>,
    /// Text drawn inside it, for headings' titles and links' descriptions.
    text: String,
    /// Area of its text per page, for links: page → (left, top, right, bottom).
    area: BTreeMap<usize, (f32, f32, f32, f32)>,
    /// Created while drawing on an earlier page than the last one (the
    /// contents on the cover): placed by position in the reading order.
    late: bool,
}

struct LinkAnnot {
    rect: (f32, f32, f32, f32),
    dest: Dest,
    alt: String,
}

/// A document of A4 pages being drawn, in points, origin at the top-left corner.
///
/// A new canvas has one empty page, which is current. Drawing methods draw on
/// the current page; [`Canvas::new_page`] appends a page and makes it current,
/// [`Canvas::set_current_page`] goes back to any page. Non-finite coordinates are
/// drawn at 0 and coordinates are rounded to 1/100 pt, which keeps files small.
pub struct Canvas<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Item>>,
    links: Vec<Vec<LinkAnnot>>,
    current: usize,
    /// Structure elements; 0 is the document (root).
    elems: Vec<Elem>,
    /// Open elements, innermost last; never empty (the root).
    open: Vec<usize>,
    /// Runs of content: (page, element).
    runs: Vec<(usize, usize)>,
    /// Open artifact marks, innermost last.
    furniture: Vec<Furniture>,
    /// Outline entries: (level, title, destination).
    bookmarks: Vec<(u8, String, Dest)>,
    /// Characters drawn as placeholders because the font lacks them.
    missing: BTreeSet<char>,
    /// Claim PDF/UA-1 and PDF/A-2a (and have krilla check them).
    conform: bool,
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
            links: vec![Vec::new()],
            current: 0,
            elems: vec![Elem::new(Tag::Div)],
            open: vec![0],
            runs: Vec::new(),
            furniture: Vec::new(),
            bookmarks: Vec::new(),
            missing: BTreeSet::new(),
            conform: true,
        }
    }

    /// The fonts used for measuring, e.g. to lay out text before drawing it.
    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    /// Appends an empty page, makes it current and returns its index (0-based).
    pub fn new_page(&mut self) -> usize {
        self.pages.push(Vec::new());
        self.links.push(Vec::new());
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

    /// Whether [`Canvas::finish`] claims PDF/UA-1 and PDF/A-2a (the default)
    /// and has krilla check them; off, the file is still tagged.
    pub fn set_conformance(&mut self, on: bool) {
        self.conform = on;
    }

    /// The characters the fonts lack, drawn as placeholders so far.
    pub fn missing_glyphs(&self) -> Vec<char> {
        self.missing.iter().copied().collect()
    }

    /// Opens a structure element inside the innermost open one; what is drawn
    /// until the matching [`Canvas::close`] belongs to it.
    pub fn open(&mut self, tag: Tag) {
        let id = self.elems.len();
        self.elems.push(Elem::new(tag));
        self.elems[id].late = self.current + 1 < self.pages.len();
        let parent = self.innermost();
        self.elems[parent].children.push(Child::Elem(id));
        self.open.push(id);
    }

    /// Closes the innermost open element (the document itself stays open).
    pub fn close(&mut self) {
        if self.open.len() <= 1 {
            return;
        }
        let Some(id) = self.open.pop() else { return };
        if let Tag::Link(dest) = self.elems[id].tag {
            let alt = clip(self.elems[id].text.trim());
            let areas: Vec<(usize, (f32, f32, f32, f32))> =
                self.elems[id].area.iter().map(|(p, r)| (*p, *r)).collect();
            // The annotations come first in a link element (ISO 14289-1, 7.18.5).
            for (k, (page, rect)) in areas.into_iter().enumerate() {
                if page >= self.links.len() {
                    continue;
                }
                self.links[page].push(LinkAnnot {
                    rect,
                    dest,
                    alt: alt.clone(),
                });
                let annot = Child::Annot(page, self.links[page].len() - 1);
                self.elems[id].children.insert(k, annot);
            }
        }
        let (at, text) = (self.elems[id].at, self.elems[id].text.is_empty());
        // A parent learns where its first content is.
        if let Some(parent) = self.open.last().copied() {
            if self.elems[parent].at.is_none() {
                self.elems[parent].at = at;
            }
            if !text && matches!(self.elems[parent].tag, Tag::Link(_)) {
                let child_text = std::mem::take(&mut self.elems[id].text);
                self.elems[parent].text.push_str(&child_text);
                self.elems[id].text = child_text;
            }
        }
    }

    /// Closes open elements until only `depth` remain open (1: the document).
    pub fn close_to(&mut self, depth: usize) {
        while self.open.len() > depth.max(1) {
            self.close();
        }
    }

    /// Number of open elements, the document included (for [`Canvas::close_to`]).
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// The tag of the innermost open element, `None` at the document level.
    pub fn open_tag(&self) -> Option<&Tag> {
        (self.open.len() > 1).then(|| &self.elems[self.innermost()].tag)
    }

    /// Draws what follows, until [`Canvas::end_artifact`], as page furniture
    /// that screen readers skip (running header, page numbers, repeated headers).
    pub fn artifact(&mut self, kind: Furniture) {
        self.furniture.push(kind);
    }

    /// Ends the innermost [`Canvas::artifact`].
    pub fn end_artifact(&mut self) {
        self.furniture.pop();
    }

    /// Adds an outline entry (bookmark) of `level` (1 = chapter) pointing at
    /// `y` on the current page.
    pub fn bookmark(&mut self, level: u8, title: &str, y: f32) {
        let dest = Dest {
            page: self.current,
            y: coord(y),
        };
        self.bookmarks.push((level.max(1), clip(title), dest));
    }

    /// Number of outline entries so far.
    pub fn bookmark_count(&self) -> usize {
        self.bookmarks.len()
    }

    fn innermost(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
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
    /// are not drawn; a character DejaVu Sans lacks is drawn as a named
    /// placeholder (`[U+1F600]`) and listed by [`Canvas::missing_glyphs`].
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
        let printable = face.printable(text, &mut self.missing);
        let width = self.fonts.text_width(&printable, style, size_pt);
        if printable.is_empty() || !(size_pt.is_finite() && size_pt > 0.0) {
            return width;
        }
        let (x, y, size) = (coord(x), coord(y_baseline), coord(size_pt));
        let mark = self.text_mark(y);
        if let Mark::Run(run) = mark {
            let elem = self.runs[run as usize].1;
            let ascent = self.fonts.ascent(style, size);
            let descent = self.fonts.descent(style, size);
            self.note_text(elem, &printable, (x, y - ascent, x + width, y + descent));
        }
        self.pages[self.current].push(Item {
            op: Op::Text {
                x,
                y,
                size,
                style,
                color,
                text: printable.into_boxed_str(),
            },
            mark,
        });
        width
    }

    /// Records where text drawn for `elem` is, and the text itself for the
    /// open headings and links.
    fn note_text(&mut self, elem: usize, text: &str, (l, t, r, b): (f32, f32, f32, f32)) {
        let page = self.current;
        let first = (page, t);
        for &id in self.open.iter().rev() {
            let e = &mut self.elems[id];
            if e.at.is_none() {
                e.at = Some(first);
            }
            // Only headings (their title) and links (their description and
            // area) keep their text: a copy of every paragraph would double
            // the memory of a 1,000-page report.
            if matches!(e.tag, Tag::Link(_) | Tag::H(_)) {
                if !e.text.is_empty() && !e.text.ends_with(' ') {
                    e.text.push(' ');
                }
                e.text.push_str(text);
                let area = e.area.entry(page).or_insert((l, t, r, b));
                *area = (area.0.min(l), area.1.min(t), area.2.max(r), area.3.max(b));
            }
        }
        if self.elems[elem].at.is_none() {
            self.elems[elem].at = Some(first);
        }
    }

    /// The mark of text drawn now at baseline `y`: furniture, or a run of the
    /// innermost element able to hold text (a paragraph of its own otherwise).
    fn text_mark(&mut self, y: f32) -> Mark {
        if let Some(&kind) = self.furniture.last() {
            return Mark::Artifact(ArtifactKind::Furniture(kind));
        }
        let inner = self.innermost();
        let holder = if self.elems[inner].tag.holds_text() {
            inner
        } else {
            // Pieces of one line drawn one after the other share a paragraph.
            let reuse = match self.elems[inner].children.last() {
                Some(&Child::Elem(last)) => {
                    let e = &self.elems[last];
                    e.tag == Tag::P
                        && e.children.len() == 1
                        && e.at.is_some_and(|(p, _)| p == self.current)
                        && self.last_text_baseline(last) == Some(y)
                }
                _ => false,
            };
            if reuse {
                match self.elems[inner].children.last() {
                    Some(&Child::Elem(last)) => last,
                    _ => inner,
                }
            } else {
                let id = self.elems.len();
                self.elems.push(Elem::new(Tag::P));
                self.elems[id].late = self.current + 1 < self.pages.len();
                self.elems[inner].children.push(Child::Elem(id));
                id
            }
        };
        Mark::Run(self.run_for(holder))
    }

    /// Baseline of the last text item drawn on the current page, if it
    /// belongs to `elem`.
    fn last_text_baseline(&self, elem: usize) -> Option<f32> {
        match self.pages[self.current].last() {
            Some(Item {
                op: Op::Text { y, .. },
                mark: Mark::Run(run),
            }) if self.runs[*run as usize].1 == elem => Some(*y),
            _ => None,
        }
    }

    /// The run that content of `elem` drawn now continues, or a new one.
    fn run_for(&mut self, elem: usize) -> u32 {
        if let Some(Item {
            mark: Mark::Run(run),
            ..
        }) = self.pages[self.current].last()
            && self.runs[*run as usize] == (self.current, elem)
        {
            return *run;
        }
        let run = u32::try_from(self.runs.len()).unwrap_or(u32::MAX);
        self.runs.push((self.current, elem));
        self.elems[elem].children.push(Child::Run(run));
        run
    }

    /// The mark of a shape drawn now: content inside a figure, else decoration.
    fn shape_mark(&mut self, top: f32) -> Mark {
        if let Some(&kind) = self.furniture.last() {
            return Mark::Artifact(ArtifactKind::Furniture(kind));
        }
        let figure = self
            .open
            .iter()
            .rev()
            .copied()
            .find(|&id| matches!(self.elems[id].tag, Tag::Figure(_)));
        match figure {
            Some(id) => {
                let page = self.current;
                for &open in self.open.iter().rev() {
                    let e = &mut self.elems[open];
                    if e.at.is_none() {
                        e.at = Some((page, top));
                    }
                }
                Mark::Run(self.run_for(id))
            }
            None => Mark::Artifact(ArtifactKind::Layout),
        }
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
        let mut pb = PathBuilder::new();
        for (i, &(x, y)) in points.iter().enumerate() {
            if i == 0 {
                pb.move_to(coord(x), coord(y));
            } else {
                pb.line_to(coord(x), coord(y));
            }
        }
        let top = points
            .iter()
            .map(|p| coord(p.1))
            .fold(f32::INFINITY, f32::min);
        self.push_shape(pb, top, None, Some(stroke));
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
        let (x, y, w, h) = (coord(x), coord(y), coord(width), coord(height));
        let mut pb = PathBuilder::new();
        pb.move_to(x, y);
        pb.line_to(x + w, y);
        pb.line_to(x + w, y + h);
        pb.line_to(x, y + h);
        pb.close();
        self.push_shape(pb, y, fill, stroke);
    }

    /// Draws a closed polygon through `points` (at least three), filled and/or
    /// outlined, e.g. the area of a radar chart. Use a translucent fill
    /// ([`Color::with_alpha`]) to overlay several series.
    pub fn polygon(&mut self, points: &[(f32, f32)], fill: Option<Color>, stroke: Option<Stroke>) {
        if points.len() < 3 {
            return;
        }
        let mut pb = PathBuilder::new();
        for (i, &(x, y)) in points.iter().enumerate() {
            if i == 0 {
                pb.move_to(coord(x), coord(y));
            } else {
                pb.line_to(coord(x), coord(y));
            }
        }
        pb.close();
        let top = points
            .iter()
            .map(|p| coord(p.1))
            .fold(f32::INFINITY, f32::min);
        self.push_shape(pb, top, fill, stroke);
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
        let (cx, cy, r) = (coord(cx), coord(cy), coord(r));
        let k = coord(r * KAPPA);
        let mut pb = PathBuilder::new();
        pb.move_to(cx + r, cy);
        pb.cubic_to(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        pb.cubic_to(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
        pb.cubic_to(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        pb.cubic_to(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        pb.close();
        self.push_shape(pb, cy - r, fill, stroke);
    }

    fn push_shape(
        &mut self,
        pb: PathBuilder,
        top: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    ) {
        if fill.is_none() && stroke.is_none() {
            return;
        }
        let Some(path) = pb.finish() else { return };
        let mark = self.shape_mark(top);
        self.pages[self.current].push(Item {
            op: Op::Shape { path, fill, stroke },
            mark,
        });
    }

    /// Serializes the document to PDF bytes (PDF/UA-1 and PDF/A-2a).
    ///
    /// Deterministic: ids and subset tags are hashes of the content; the date
    /// comes from `meta.date`. The recording is freed page by page as it is
    /// written, so that a report of a thousand pages does not exist twice in
    /// memory. Should krilla refuse the file as not conforming (which the
    /// structure built here is meant to rule out), the bytes are empty: use
    /// [`Canvas::finish_checked`], and draw again with
    /// [`Canvas::set_conformance`] off.
    pub fn finish(self, meta: &DocMeta) -> Vec<u8> {
        self.finish_checked(meta).bytes
    }

    /// [`Canvas::finish`], with what the user should be told.
    pub fn finish_checked(self, meta: &DocMeta) -> Finished {
        let missing = self.missing_glyphs();
        let mut canvas = self;
        canvas.close_to(1);
        let plan = canvas.plan();
        let conform = canvas.conform;
        match write_pdf(&mut canvas, meta, &plan, conform) {
            Ok(bytes) => Finished {
                bytes,
                missing,
                refused: None,
            },
            Err(reason) => Finished {
                bytes: Vec::new(),
                missing,
                refused: Some(reason),
            },
        }
    }

    /// The order of the document's top-level elements: the drawing order,
    /// except that what was drawn later on an earlier page (the contents on
    /// the cover) is read where it stands, before the first element below it.
    fn plan(&self) -> Vec<usize> {
        let at = |id: usize| self.elems[id].at.unwrap_or((usize::MAX, f32::MAX));
        let after = |a: (usize, f32), b: (usize, f32)| a.0 > b.0 || (a.0 == b.0 && a.1 > b.1);
        let top: Vec<usize> = self.elems[0]
            .children
            .iter()
            .filter_map(|c| match c {
                Child::Elem(id) => Some(*id),
                _ => None,
            })
            .collect();
        let mut order: Vec<usize> = top
            .iter()
            .copied()
            .filter(|&id| !self.elems[id].late)
            .collect();
        let mut last_late: Option<usize> = None;
        for id in top.into_iter().filter(|&id| self.elems[id].late) {
            let here = at(id);
            let from = last_late.map_or(0, |k| k + 1);
            let pos = order[from..]
                .iter()
                .position(|&other| !self.elems[other].late && after(at(other), here))
                .map_or(order.len(), |k| from + k);
            order.insert(pos, id);
            last_late = Some(pos);
        }
        order
    }
}

/// The bytes of a finished document and what the user should know about it.
#[derive(Clone, Debug, Default)]
pub struct Finished {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Characters the fonts lack, drawn as placeholders (`[U+1F600]`).
    pub missing: Vec<char>,
    /// Why krilla refused to write the file as PDF/UA-1 and PDF/A-2a, when it
    /// did: `bytes` is then empty.
    pub refused: Option<String>,
}

impl Elem {
    fn new(tag: Tag) -> Elem {
        Elem {
            tag,
            children: Vec::new(),
            at: None,
            text: String::new(),
            area: BTreeMap::new(),
            late: false,
        }
    }
}

impl Tag {
    /// Whether text drawn directly inside goes to this element (rather than
    /// to a paragraph of its own).
    fn holds_text(&self) -> bool {
        !matches!(
            self,
            Tag::Section
                | Tag::Div
                | Tag::L
                | Tag::LI
                | Tag::Table
                | Tag::THead
                | Tag::TBody
                | Tag::TR
                | Tag::Toc
        )
    }

    fn to_krilla(&self, title: &str) -> TagKind {
        match self {
            Tag::Section => KTag::Section.into(),
            Tag::Div => KTag::Div.into(),
            Tag::P => KTag::P.into(),
            Tag::H(level) => KTag::Hn(
                NonZeroU16::new(u16::from((*level).clamp(1, 6))).unwrap_or(NonZeroU16::MIN),
                Some(clip(title)),
            )
            .into(),
            Tag::L => KTag::L(ListNumbering::Disc).into(),
            Tag::LI => KTag::LI.into(),
            Tag::Lbl => KTag::Lbl.into(),
            Tag::LBody => KTag::LBody.into(),
            Tag::Table => KTag::Table.into(),
            Tag::THead => KTag::THead.into(),
            Tag::TBody => KTag::TBody.into(),
            Tag::TR => KTag::TR.into(),
            Tag::TH(column) => KTag::TH(if *column {
                TableHeaderScope::Column
            } else {
                TableHeaderScope::Row
            })
            .into(),
            Tag::TD(span) => KTag::TD
                .with_col_span(NonZeroU32::new(*span).filter(|s| s.get() > 1))
                .into(),
            Tag::Figure(alt) => KTag::Figure(Some(clip(alt))).into(),
            Tag::Caption => KTag::Caption.into(),
            Tag::Toc => KTag::TOC.into(),
            Tag::TocItem => KTag::TOCI.into(),
            Tag::Link(_) => KTag::Link.into(),
            Tag::Lang(lang) => KTag::Span.with_lang(Some(lang.clone())).into(),
        }
    }
}

/// `text` cut to what a PDF string may hold, with "…" when cut.
fn clip(text: &str) -> String {
    if text.chars().count() <= MAX_STRING_CHARS {
        return text.to_string();
    }
    let mut out: String = text.chars().take(MAX_STRING_CHARS - 1).collect();
    out.push('…');
    out
}

/// Writes the recorded document with krilla; `conform` asks for PDF/UA-1 and
/// PDF/A-2a and makes krilla check them. Errors are krilla's reasons.
fn write_pdf(
    canvas: &mut Canvas,
    meta: &DocMeta,
    order: &[usize],
    conform: bool,
) -> Result<Vec<u8>, String> {
    let builder = ConfigurationBuilder::new().with_version(PdfVersion::Pdf17);
    let builder = if conform {
        builder
            .with_accessibility_validator(Accessibility::UA1)
            .with_archival_validator(Archival::A2_A)
    } else {
        builder
    };
    let settings = SerializeSettings {
        enable_tagging: true,
        compress_content_streams: true,
        configuration: builder.finish().map_err(|e| format!("{e:?}"))?,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let fonts = canvas.fonts;
    let page_count = canvas.pages.len();
    let mut run_ids: Vec<Option<Identifier>> = vec![None; canvas.runs.len()];
    let mut annot_ids: Vec<Vec<Identifier>> = Vec::with_capacity(page_count);

    for index in 0..page_count {
        // Freed as soon as written.
        let items = std::mem::take(&mut canvas.pages[index]);
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| "A4 page size".to_string())?;
        let mut page = doc.start_page_with(settings);
        {
            let mut surface = page.surface();
            let mut open: Option<Mark> = None;
            for item in &items {
                if open != Some(item.mark) {
                    if open.is_some() {
                        surface.end_tagged();
                    }
                    let id = surface.start_tagged(content_tag(canvas, item));
                    if let Mark::Run(run) = item.mark
                        && let Some(slot) = run_ids.get_mut(run as usize)
                    {
                        *slot = Some(id);
                    }
                    open = Some(item.mark);
                }
                draw(&mut surface, fonts, &item.op);
            }
            if open.is_some() {
                surface.end_tagged();
            }
            surface.finish();
        }
        let mut ids = Vec::new();
        for link in canvas.links.get(index).map_or(&[][..], Vec::as_slice) {
            let (l, t, r, b) = link.rect;
            let Some(rect) = Rect::from_ltrb(l - 1.0, t - 1.0, r + 1.0, b + 1.0) else {
                ids.push(None);
                continue;
            };
            let target = Target::Destination(
                XyzDestination::new(
                    link.dest.page.min(page_count - 1),
                    Point::from_xy(0.0, link.dest.y.clamp(0.0, PAGE_HEIGHT)),
                )
                .into(),
            );
            let alt = if link.alt.is_empty() {
                None
            } else {
                Some(link.alt.clone())
            };
            ids.push(Some(page.add_tagged_annotation(Annotation::new_link(
                LinkAnnotation::new(rect, target),
                alt,
            ))));
        }
        annot_ids.push(ids.into_iter().flatten().collect());
        page.finish();
    }

    // The structure tree.
    let mut tree = TagTree::new();
    for &id in order {
        if let Some(node) = build_node(&mut canvas.elems, id, &mut run_ids, &annot_ids) {
            tree.push(node);
        }
    }
    doc.set_tag_tree(tree);
    // The recording is now all in krilla's hands: free it before krilla
    // serialises (the peak of memory).
    drop(run_ids);
    drop(annot_ids);
    canvas.elems = Vec::new();
    canvas.runs = Vec::new();
    canvas.links = Vec::new();

    // The outline: nested by level.
    let mut outline = Outline::new();
    let mut stack: Vec<(u8, OutlineNode)> = Vec::new();
    let fold = |stack: &mut Vec<(u8, OutlineNode)>, outline: &mut Outline, down_to: u8| {
        while stack.last().is_some_and(|(l, _)| *l >= down_to) {
            let Some((_, node)) = stack.pop() else { break };
            match stack.last_mut() {
                Some((_, parent)) => parent.push_child(node),
                None => outline.push_child(node),
            }
        }
    };
    for (level, title, dest) in &canvas.bookmarks {
        fold(&mut stack, &mut outline, *level);
        let node = OutlineNode::new(
            title.clone(),
            XyzDestination::new(
                dest.page.min(page_count - 1),
                Point::from_xy(0.0, dest.y.clamp(0.0, PAGE_HEIGHT)),
            ),
        );
        stack.push((*level, node));
    }
    fold(&mut stack, &mut outline, 0);
    doc.set_outline(outline);

    let (year, month, day) = clamp_date(meta.date);
    let mut metadata = Metadata::new()
        .title(clip(&meta.title))
        .language(meta.language.clone())
        .creator(format!("boussole {}", env!("CARGO_PKG_VERSION")))
        .producer("krilla 0.8.2".to_string())
        .creation_date(
            DateTime::new(year)
                .month(month)
                .day(day)
                .hour(0)
                .minute(0)
                .second(0)
                .utc_offset_hour(0)
                .utc_offset_minute(0),
        );
    if !meta.author.is_empty() {
        metadata = metadata.authors(vec![clip(&meta.author)]);
    }
    if !meta.subject.is_empty() {
        metadata = metadata.description(clip(&meta.subject));
    }
    if !meta.keywords.is_empty() {
        metadata = metadata.keywords(meta.keywords.iter().map(|k| clip(k)).collect());
    }
    doc.set_metadata(metadata);
    doc.finish().map_err(|e| format!("{e:?}"))
}

/// The krilla node of element `id`, `None` when it holds nothing.
/// Frees the element (and its children) as it goes.
fn build_node(
    elems: &mut [Elem],
    id: usize,
    runs: &mut [Option<Identifier>],
    annots: &[Vec<Identifier>],
) -> Option<Node> {
    let children = std::mem::take(&mut elems[id].children);
    let text = std::mem::take(&mut elems[id].text);
    let mut group = TagGroup::new(elems[id].tag.to_krilla(text.trim()));
    drop(text);
    let mut any = false;
    for child in children {
        match child {
            Child::Elem(c) => {
                if let Some(node) = build_node(elems, c, runs, annots) {
                    group.push(node);
                    any = true;
                }
            }
            Child::Run(r) => {
                if let Some(ident) = runs.get_mut(r as usize).and_then(Option::take) {
                    group.push(ident);
                    any = true;
                }
            }
            Child::Annot(page, k) => {
                if let Some(ident) = annots.get(page).and_then(|a| a.get(k)) {
                    group.push(*ident);
                    any = true;
                }
            }
        }
    }
    any.then(|| group.into())
}

fn content_tag<'a>(canvas: &Canvas, item: &Item) -> ContentTag<'a> {
    match item.mark {
        Mark::Artifact(ArtifactKind::Layout) => {
            ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout))
        }
        Mark::Artifact(ArtifactKind::Furniture(Furniture::Header)) => {
            ContentTag::Artifact(Artifact::with_kind(ArtifactType::Header))
        }
        Mark::Artifact(ArtifactKind::Furniture(Furniture::Footer)) => {
            ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer))
        }
        Mark::Artifact(ArtifactKind::Furniture(Furniture::Pagination)) => {
            ContentTag::Artifact(Artifact::with_kind(ArtifactType::PaginationOther))
        }
        Mark::Run(run) => {
            let elem = canvas.runs.get(run as usize).map_or(0, |r| r.1);
            match canvas.elems[elem].tag {
                Tag::Figure(_) => ContentTag::Other,
                _ => ContentTag::Span(SpanTag::empty()),
            }
        }
    }
}

fn draw(surface: &mut Surface, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            style,
            color,
            text,
        } => {
            let face = fonts.face(*style);
            let glyphs: Vec<KrillaGlyph> = text
                .char_indices()
                .filter_map(|(i, c)| {
                    let gid = face.glyph(c)?;
                    Some(KrillaGlyph {
                        glyph_id: GlyphId::new(u32::from(gid)),
                        text_range: i..i + c.len_utf8(),
                        x_advance: face.gid_advance(gid) / face.units_per_em,
                        x_offset: 0.0,
                        y_offset: 0.0,
                        y_advance: 0.0,
                        location: None,
                    })
                })
                .collect();
            surface.set_stroke(None);
            surface.set_fill(Some(fill_of(*color)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                face.font.clone(),
                text,
                *size,
                false,
            );
        }
        Op::Shape { path, fill, stroke } => {
            surface.set_fill(fill.map(fill_of));
            surface.set_stroke(stroke.map(stroke_of));
            surface.draw_path(path);
        }
    }
}

fn paint_of(color: Color) -> krilla::paint::Paint {
    let (r, g, b) = (byte(color.r), byte(color.g), byte(color.b));
    if r == g && g == b {
        luma::Color::new(r).into()
    } else {
        rgb::Color::new(r, g, b).into()
    }
}

fn fill_of(color: Color) -> Fill {
    Fill {
        paint: paint_of(color),
        opacity: NormalizedF32::new(unit(color.alpha)).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    }
}

fn stroke_of(stroke: Stroke) -> krilla::paint::Stroke {
    krilla::paint::Stroke {
        paint: paint_of(stroke.color),
        width: coord(stroke.width.max(0.0)),
        line_join: LineJoin::Round,
        opacity: NormalizedF32::new(unit(stroke.color.alpha)).unwrap_or(NormalizedF32::ONE),
        dash: stroke.dash.map(|(dash, gap)| StrokeDash {
            array: vec![coord(dash.max(0.0)), coord(gap.max(0.0))],
            offset: 0.0,
        }),
        ..Default::default()
    }
}

/// A colour component as a byte.
fn byte(v: f32) -> u8 {
    (unit(v) * 255.0).round() as u8
}

/// `(year, month, day)` clamped to valid ranges.
fn clamp_date((year, month, day): (i32, u8, u8)) -> (u16, u8, u8) {
    let year = year.clamp(0, 9999);
    let month = month.clamp(1, 12);
    let days_in_month = match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    };
    (
        u16::try_from(year).unwrap_or(0),
        month,
        day.clamp(1, days_in_month),
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
        // U+E000 (private use) and U+6F22 (a CJK ideograph) have no glyph in
        // DejaVu Sans: measured as the placeholder drawn, "[U+E000]".
        for c in ['\u{E000}', '\u{6F22}'] {
            let missing = f.text_width(&c.to_string(), FontStyle::Regular, 10.0);
            let shown = f.text_width(&placeholder(c), FontStyle::Regular, 10.0);
            assert!(missing > 0.0 && missing.is_finite());
            assert_eq!(missing, shown);
        }
        assert_eq!(placeholder('\u{1F9E0}'), "[U+1F9E0]");
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
        assert!(first.starts_with(b"%PDF-1.7"));
        assert!(
            first.len() < 100_000,
            "{} bytes: fonts not subset?",
            first.len()
        );

        let text = String::from_utf8_lossy(&first);
        assert!(!text.contains("GTS_PDFX"));
        assert!(text.contains("/Lang(fr)"), "no /Lang");
        assert!(text.contains("D:20261128000000"), "no creation date");
        assert!(text.contains("pdfuaid:part"), "no PDF/UA identification");
        assert!(text.contains("/StructTreeRoot"), "not tagged");
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
            let at = text.rfind("/ID").expect("trailer /ID");
            text[at..at + 40].to_string()
        };
        assert_eq!(id_of(&draw("A")), id_of(&draw("A")));
        assert_ne!(id_of(&draw("A")), id_of(&draw("B")));
    }

    #[test]
    fn missing_glyphs_are_named_and_the_file_still_conforms() {
        let mut c = Canvas::new();
        c.open(Tag::P);
        c.text(
            50.0,
            50.0,
            "Maison 漢 \u{E000}",
            FontStyle::Regular,
            10.0,
            Color::BLACK,
        );
        c.close();
        c.open(Tag::Figure("Un carré gris.".to_string()));
        c.rect(50.0, 80.0, 20.0, 20.0, Some(Color::grey(0.5)), None);
        c.close();
        c.bookmark(1, "Début", 0.0);
        let done = c.finish_checked(&sample_meta());
        assert_eq!(done.missing, ['漢', '\u{E000}']);
        assert_eq!(done.refused, None, "krilla refused the claims");
        let text = String::from_utf8_lossy(&done.bytes);
        assert!(text.contains("/Figure") && text.contains("/Alt"));
    }

    #[test]
    fn a_figure_without_alternative_text_is_refused_and_reported() {
        let draw = |conform: bool| {
            let mut c = Canvas::new();
            c.set_conformance(conform);
            c.open(Tag::Figure(String::new()));
            c.rect(50.0, 80.0, 20.0, 20.0, Some(Color::grey(0.5)), None);
            c.close();
            c.bookmark(1, "Début", 0.0);
            c.finish_checked(&sample_meta())
        };
        let done = draw(true);
        let reason = done
            .refused
            .expect("an empty alternative text must be refused");
        assert!(reason.contains("MissingAltText"), "{reason}");
        assert!(done.bytes.is_empty());
        // Without the claims, the same drawing makes a (tagged) file.
        let plain = draw(false);
        assert_eq!(plain.refused, None);
        assert!(plain.bytes.starts_with(b"%PDF-"));
        assert!(!String::from_utf8_lossy(&plain.bytes).contains("pdfuaid"));
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

    /// `name` if it is on the PATH; prints a note and returns `None` otherwise,
    /// except under `CI=true`, where a missing tool fails the test.
    fn tool(name: &str) -> Option<&str> {
        let found = std::process::Command::new(name).arg("-v").output().is_ok();
        if !found {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "`{name}` is required in CI (install poppler-utils / qpdf)"
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
