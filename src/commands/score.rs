//! `boussole score ANSWERS...`: scores organisation, themes and departments.

use std::path::{Path, PathBuf};

use super::{Ctx, Failure, emit};
use crate::cli::ScoreFormat;
use crate::render::view::ScoreView;
use crate::render::{self, table};
use crate::scoring;

/// Loads, scores and prints in the chosen format.
pub fn run(
    ctx: &mut Ctx,
    inputs: &[PathBuf],
    questionnaire: Option<&Path>,
    format: ScoreFormat,
) -> Result<(), Failure> {
    let q = ctx.questionnaire_for(questionnaire, inputs)?;
    let sheets = ctx.answers(&q, inputs)?;
    let results = scoring::score(&q, &sheets);
    let lang = ctx.lang(&q);
    let view = ScoreView::new(&q, &results, None);
    let text = match format {
        ScoreFormat::Json => render::json::score(&view),
        ScoreFormat::Csv => render::csv::score(&view, lang),
        ScoreFormat::Table => table::score(
            &view,
            table::Style {
                lang,
                color: ctx.color,
                width: ctx.width(),
            },
        ),
    };
    emit(ctx, &text)
}
