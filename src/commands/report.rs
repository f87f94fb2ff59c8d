//! `boussole report ANSWERS... -o FILE.pdf`: the PDF report for élus.

use super::compare::load_baseline;
use super::{Ctx, Failure, emit};
use crate::cli::ReportArgs;
use crate::compare::{self, Campaign};
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::Date;
use crate::output::{self, Kind, Target};
use crate::report::{self, ReportOptions};

/// Loads, scores, compares, renders and writes the report atomically.
pub fn run(ctx: &mut Ctx, args: &ReportArgs) -> Result<(), Failure> {
    let early = ctx.early_lang();
    let date = parse_date(early, args.date.as_deref())?;
    let mut inputs = args.answers.clone();
    inputs.extend(args.baseline.iter().cloned());
    inputs.extend(args.questionnaire.questionnaire.iter().cloned());
    inputs.extend(args.baseline_questionnaire.iter().cloned());
    let target = output::check(early, &args.output, &inputs, Kind::Pdf, args.force)?;
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
    let date = ctx.report_date(date, current.latest_date(), lang);
    let opts = ReportOptions {
        organisation: args.organisation.clone(),
        date,
        with_answers: args.with_answers,
        show_respondents: args.show_respondents,
        min_group: args.min_group as usize,
        lang,
        baseline_date: baseline.as_ref().and_then(Campaign::latest_date),
    };
    if args.show_respondents && !args.with_answers {
        let _ = writeln!(ctx.err, "boussole: {}", t(lang, Msg::ReportNamesNeedAnnex));
    }
    let rendered = report::build(&current, cmp.as_ref(), &opts);
    for warning in &rendered.warnings {
        let _ = writeln!(ctx.err, "boussole: {warning}");
    }
    output::write(lang, &target, ctx.out, &rendered.bytes)?;
    let message = format!("{}\n", written(lang, &target.shown(lang), &rendered));
    match target {
        // The PDF took stdout: the summary goes to stderr.
        Target::Stdout => {
            let _ = ctx.err.write_all(message.as_bytes());
            Ok(())
        }
        Target::File(_) => emit(ctx, &message),
    }
}

/// `--date`, checked: a bad date is refused before any work.
pub fn parse_date(lang: Lang, text: Option<&str>) -> Result<Option<Date>, Failure> {
    match text {
        None => Ok(None),
        Some(s) => Date::parse(s.trim())
            .map(Some)
            .ok_or_else(|| Failure::Message(tf(lang, Msg::ReportBadDate { date: &s }))),
    }
}

/// "Rapport écrit : rapport.pdf (23 pages, 184 Ko)".
pub fn written(lang: Lang, output: &str, r: &report::Rendered) -> String {
    tf(
        lang,
        Msg::ReportWritten {
            path: &output,
            pages: &r.pages,
            size: &r.bytes.len().div_ceil(1024),
        },
    )
}
