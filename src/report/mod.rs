//! The PDF report for élus (SPEC §6).
//!
//! [`render`] turns a scored campaign (and, optionally, its comparison with
//! a baseline) into PDF bytes. It works in three steps:
//!
//! 1. [`view::View`] computes everything once: question scores, strengths,
//!    the action plan, the cited texts, the consensus agenda, the changes;
//! 2. one module per part of the report lays it out on a [`layout::Flow`]
//!    (cover, synthesis, themes, departments, references, action plan,
//!    method, annex), with charts from [`charts`];
//! 3. the page furniture is drawn over every page and [`canvas::Canvas`]
//!    serialises the document.
//!
//! Nothing reads the clock: the same inputs give the same bytes.

mod actions;
mod analysis;
mod annex;
pub mod canvas;
mod charts;
mod cover;
mod departments;
mod evolution;
mod fields;
mod fmt;
mod glossary;
mod layout;
mod method;
mod obligations;
mod paper;
mod references;
mod synthesis;
mod themes;
mod view;

pub use paper::{PaperOptions, paper_form};

use crate::compare::{Campaign, Comparison};
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::Date;

use canvas::{DocMeta, Fonts};
use layout::Flow;
use view::View;

/// What the report shows beyond the campaign itself.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The collectivité's name, on the cover and in the running header.
    pub organisation: Option<String>,
    /// The campaign date printed on the cover and written in the metadata.
    pub date: Date,
    /// Add the annex with every answer and comment, by department.
    pub with_answers: bool,
    /// Print respondents' names in the annex.
    pub show_respondents: bool,
    /// Smallest group whose per-respondent detail (answers, comments,
    /// spreads) the report shows (`--min-group`).
    pub min_group: usize,
    /// Language of the report.
    pub lang: Lang,
    /// Date of the baseline campaign, when known (for legends).
    pub baseline_date: Option<Date>,
}

/// `--min-group` when not given.
pub const DEFAULT_MIN_GROUP: usize = 3;

/// A rendered report.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// What the user should be told (characters the font lacks, drawn as
    /// `[U+1F600]`; a conformance claim krilla refused), one line each.
    pub warnings: Vec<String>,
}

/// The report as PDF bytes.
pub fn render(current: &Campaign, baseline: Option<&Comparison>, opts: &ReportOptions) -> Vec<u8> {
    build(current, baseline, opts).bytes
}

/// The report as PDF bytes, with its page count.
pub fn build(current: &Campaign, baseline: Option<&Comparison>, opts: &ReportOptions) -> Rendered {
    let first = build_with(current, baseline, opts, true);
    if first.refused.is_none() {
        return first.rendered;
    }
    // krilla refused the PDF/UA and PDF/A claims (the structure is meant to
    // rule this out): the same report, tagged, without the claims.
    let mut second = build_with(current, baseline, opts, false);
    if let Some(reason) = &first.refused {
        second
            .rendered
            .warnings
            .push(tf(opts.lang, Msg::ReportNotConforming { reason }));
    }
    second.rendered
}

struct Attempt {
    rendered: Rendered,
    refused: Option<String>,
}

fn build_with(
    current: &Campaign,
    baseline: Option<&Comparison>,
    opts: &ReportOptions,
    conform: bool,
) -> Attempt {
    let v = View::new(current, baseline, opts);
    let a = analysis::Analysis::new(&v);
    let lang = opts.lang;
    let _hyphenation = layout::hyphenate_in(lang);
    let mut f = Flow::new(Fonts::shared());
    f.c.set_conformance(conform);

    let toc_top = cover::draw(&mut f, &v);
    synthesis::draw(&mut f, &v, &a);
    themes::draw(&mut f, &v);
    departments::draw(&mut f, &v);
    // Chapters after the third are numbered in order, Évolution only with
    // a baseline.
    let mut chapter = 4;
    if v.cmp.is_some() {
        evolution::draw(&mut f, &v, chapter);
        chapter += 1;
    }
    references::draw(&mut f, &v, &a, chapter);
    actions::draw(&mut f, &v, &a, chapter + 1);
    method::draw(&mut f, &v, chapter + 2);
    if opts.with_answers {
        annex::draw(&mut f, &v);
    }
    cover::contents(&mut f, &v, toc_top);

    let org = organisation(&v);
    let running = org.clone().unwrap_or_else(|| current.q.title.clone());
    let footer = tf(
        lang,
        Msg::ReportFooter {
            title: &current.q.title,
            date: &fmt::date_long(lang, opts.date),
        },
    );
    f.furniture(&running, &footer, |page, total| {
        tf(
            lang,
            Msg::ReportPage {
                page: &page,
                total: &total,
            },
        )
    });
    let pages = f.c.page_count();
    let meta = DocMeta {
        title: tf(
            lang,
            Msg::ReportMetaTitle {
                title: &current.q.title,
                organisation: &running,
            },
        ),
        author: org.unwrap_or_default(),
        subject: t(lang, Msg::ReportMetaSubject).to_string(),
        keywords: vec![
            current.q.id.clone(),
            current.q.version.clone(),
            "boussole".to_string(),
        ],
        language: lang.code().to_string(),
        date: (i32::from(opts.date.year), opts.date.month, opts.date.day),
    };
    let done = f.c.finish_checked(&meta);
    let warnings: Vec<String> = done
        .missing
        .iter()
        .map(|&c| {
            tf(
                lang,
                Msg::ReportMissingGlyph {
                    code: &canvas::placeholder(c),
                },
            )
        })
        .collect();
    Attempt {
        rendered: Rendered {
            bytes: done.bytes,
            pages,
            warnings,
        },
        refused: done.refused,
    }
}

/// The organisation's name, when given.
fn organisation(v: &View) -> Option<String> {
    v.opts.organisation.clone().filter(|o| !o.trim().is_empty())
}
