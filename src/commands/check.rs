//! `boussole check [QUESTIONNAIRE]`: validates a questionnaire and sums it up.

use std::path::Path;

use super::{Ctx, Failure, emit};
use crate::i18n::tf;

/// Validates the questionnaire; prints a summary, or every problem.
pub fn run(ctx: &mut Ctx, path: Option<&Path>) -> Result<(), Failure> {
    let q = ctx.questionnaire(path)?;
    let lang = ctx.lang(&q);
    let shown = path.map_or_else(
        || {
            crate::defaults::questionnaire(ctx.lang_override.unwrap_or(q.lang))
                .0
                .to_string()
        },
        |p| p.display().to_string(),
    );
    let labels: Vec<&str> = q.scale.iter().map(|l| l.label.as_str()).collect();
    let mut text = String::new();
    text.push_str(&tf(lang, "check.ok", &[("path", &shown)]));
    text.push('\n');
    text.push_str(&tf(
        lang,
        "check.summary",
        &[
            ("id", &q.id),
            ("version", &q.version),
            ("lang", &q.lang.code()),
            ("title", &q.title),
        ],
    ));
    text.push('\n');
    text.push_str(&tf(
        lang,
        "check.counts",
        &[
            ("themes", &q.themes.len()),
            ("questions", &q.question_count()),
            ("levels", &q.scale.len()),
            ("labels", &labels.join(" < ")),
        ],
    ));
    text.push('\n');
    for theme in &q.themes {
        text.push_str(&tf(
            lang,
            "check.theme",
            &[
                ("title", &theme.title),
                ("id", &theme.id),
                ("questions", &theme.questions.len()),
                ("weight", &crate::render::number(lang, theme.weight, 0)),
            ],
        ));
        text.push('\n');
    }
    emit(ctx, &text)
}
