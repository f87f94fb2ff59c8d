//! `boussole report ANSWERS... -o FILE.pdf`: the PDF report for élus.

use std::path::Path;

use super::compare::load_baseline;
use super::{Ctx, Failure, emit};
use crate::cli::ReportArgs;
use crate::compare::{self, Campaign};
use crate::i18n::{Lang, t, tf};
use crate::model::Date;
use crate::report::{self, ReportOptions};

/// Loads, scores, compares, renders and writes the report atomically.
pub fn run(ctx: &mut Ctx, args: &ReportArgs) -> Result<(), Failure> {
    let early = ctx.early_lang();
    let date = parse_date(early, args.date.as_deref())?;
    check_output(early, &args.output)?;
    let q = ctx.questionnaire_for(args.questionnaire.questionnaire.as_deref(), &args.answers)?;
    let lang = ctx.lang(&q);
    let sheets = ctx.answers(&q, &args.answers)?;
    let current = Campaign::new(q, sheets);
    let baseline = load_baseline(
        ctx,
        &current,
        &args.baseline,
        args.baseline_questionnaire.as_deref(),
    )?;
    let cmp = baseline.as_ref().map(|b| compare::compare(&current, b));
    let opts = ReportOptions {
        organisation: args.organisation.clone(),
        date: date
            .or_else(|| current.latest_date())
            .unwrap_or_else(Date::today),
        with_answers: args.with_answers,
        show_respondents: args.show_respondents,
        min_group: args.min_group as usize,
        lang,
        baseline_date: baseline.as_ref().and_then(Campaign::latest_date),
    };
    if args.show_respondents && !args.with_answers {
        let _ = writeln!(ctx.err, "boussole: {}", t(lang, "report.names-need-annex"));
    }
    let rendered = report::build(&current, cmp.as_ref(), &opts);
    write_pdf(lang, &args.output, &rendered.bytes)?;
    emit(
        ctx,
        &format!("{}\n", written(lang, &args.output, &rendered)),
    )
}

/// `--date`, checked: a bad date is refused before any work.
pub fn parse_date(lang: Lang, text: Option<&str>) -> Result<Option<Date>, Failure> {
    match text {
        None => Ok(None),
        Some(s) => Date::parse(s.trim())
            .map(Some)
            .ok_or_else(|| Failure::Message(tf(lang, "report.bad-date", &[("date", &s)]))),
    }
}

/// The output's folder must exist, and the output must not be a folder.
pub fn check_output(lang: Lang, output: &Path) -> Result<(), Failure> {
    let shown = output.display().to_string();
    if output.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            "report.output-is-dir",
            &[("path", &shown)],
        )));
    }
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            "report.no-folder",
            &[("path", &shown), ("folder", &parent.display().to_string())],
        )));
    }
    Ok(())
}

/// Writes the PDF atomically: on failure, no file is left behind.
pub fn write_pdf(lang: Lang, output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    crate::atomic::write(output, bytes).map_err(|e| {
        Failure::Message(tf(
            lang,
            "io.write",
            &[("path", &output.display()), ("error", &e)],
        ))
    })
}

/// "Rapport écrit : rapport.pdf (23 pages, 184 Ko)".
pub fn written(lang: Lang, output: &Path, r: &report::Rendered) -> String {
    tf(
        lang,
        "report.written",
        &[
            ("path", &output.display()),
            ("pages", &r.pages),
            ("size", &r.bytes.len().div_ceil(1024)),
        ],
    )
}
