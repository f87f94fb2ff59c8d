//! `boussole compare ANSWERS... [--baseline ANSWERS...]`: departments side by
//! side, the change since an earlier campaign, and the consensus agenda.

use super::{Ctx, Failure, emit};
use crate::cli::{CompareArgs, CompareFormat};
use crate::compare::{self, Campaign};
use crate::render::compare as view;
use crate::render::table::Style;
use crate::render::view::{ScoreView, agenda};

/// Loads both campaigns (each on its own questionnaire) and prints.
pub fn run(ctx: &mut Ctx, args: &CompareArgs) -> Result<(), Failure> {
    let q = ctx.questionnaire_for(args.questionnaire.questionnaire.as_deref(), &args.answers)?;
    let lang = ctx.lang(&q);
    let sheets = ctx.answers(&q, &args.answers)?;
    let current = Campaign::new(q, sheets);

    if args.disagreements {
        let items = agenda(&current, lang, args.show_respondents);
        let text = match args.format {
            CompareFormat::Table => view::agenda_text(&items, lang),
            CompareFormat::Md => view::agenda_md(&items, lang),
            CompareFormat::Json => view::agenda_json(&items),
            CompareFormat::Csv => view::agenda_csv(&items, lang),
        };
        return emit(ctx, &text);
    }

    let baseline = load_baseline(
        ctx,
        &current,
        &args.baseline,
        args.baseline_questionnaire.as_deref(),
    )?;
    let cmp = baseline.as_ref().map(|b| compare::compare(&current, b));
    let shown = ScoreView::of_campaign(&current, cmp.as_ref());
    let text = match args.format {
        CompareFormat::Table => view::table(
            &shown,
            Style {
                lang,
                color: ctx.color,
                width: ctx.width(),
            },
        ),
        CompareFormat::Md => view::markdown(&shown, lang),
        CompareFormat::Json => view::json(&shown),
        CompareFormat::Csv => view::csv_export(&shown, lang),
    };
    emit(ctx, &text)
}

/// Loads a baseline campaign on its own questionnaire: the one given with
/// `--baseline-questionnaire`, else the embedded archive of the version the
/// baseline's answers name (the default questionnaire's earlier versions),
/// else the current one. `None` when no baseline was given.
pub fn load_baseline(
    ctx: &mut Ctx,
    current: &Campaign,
    inputs: &[std::path::PathBuf],
    questionnaire: Option<&std::path::Path>,
) -> Result<Option<Campaign>, Failure> {
    if inputs.is_empty() {
        return Ok(None);
    }
    let q = match questionnaire {
        Some(p) => ctx.questionnaire(Some(p))?,
        None => match answered_version(inputs, ctx.lang(&current.q)) {
            Some((id, version)) if (id != current.q.id || version != current.q.version) => {
                match crate::defaults::archived(&id, &version, current.q.lang) {
                    Some((name, text)) => {
                        crate::load::questionnaire_from_str(text, name, ctx.lang(&current.q))?
                    }
                    None => current.q.clone(),
                }
            }
            _ => current.q.clone(),
        },
    };
    let sheets = ctx.answers(&q, inputs)?;
    Ok(Some(Campaign::new(q, sheets)))
}

/// The questionnaire id and version the first answers file of `inputs`
/// names, when it can be read (any problem is left to the full load, which
/// reports it with its position).
pub(crate) fn answered_version(
    inputs: &[std::path::PathBuf],
    lang: crate::i18n::Lang,
) -> Option<(String, String)> {
    let files = crate::load::expand_inputs(inputs, lang).ok()?;
    let (path, shown) = files.first()?;
    let text = crate::load::read_text(path, shown, lang, crate::env::max_file_bytes(None)).ok()?;
    let root = crate::yaml::parse(&text).ok()?;
    let crate::yaml::Value::Map(entries) = &root.value else {
        return None;
    };
    let field = |key: &str| {
        entries
            .iter()
            .find_map(|(k, v)| match (&k.value, &v.value) {
                (crate::yaml::Value::Str(k), crate::yaml::Value::Str(v)) if k == key => {
                    Some(v.clone())
                }
                _ => None,
            })
    };
    Some((field("questionnaire")?, field("version")?))
}
