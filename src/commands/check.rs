//! `boussole check [QUESTIONNAIRE]`: validates a questionnaire and sums it up.

use std::path::Path;

use super::{Ctx, Failure, emit};
use crate::i18n::{Msg, tf};
use crate::load;

/// Validates the questionnaire; prints a summary, or every problem.
/// Warnings (an obligation no question cites) go to stderr and do not fail.
pub fn run(ctx: &mut Ctx, path: Option<&Path>) -> Result<(), Failure> {
    let (q, warnings) = match path {
        Some(p) => load::questionnaire_from_path_with_warnings(
            p,
            &p.display().to_string(),
            ctx.lang_override,
            &ctx.load_options(ctx.early_lang()),
        )?,
        None => {
            let lang = ctx.lang_override.unwrap_or(crate::i18n::Lang::Fr);
            let (name, text) = crate::defaults::questionnaire(lang);
            load::questionnaire_with_warnings(text, name, ctx.early_lang())?
        }
    };
    let lang = ctx.lang(&q);
    for d in &warnings.diagnostics {
        let message = tf(
            lang,
            Msg::CheckWarning {
                message: &d.message,
            },
        );
        let _ = writeln!(
            ctx.err,
            "{}:{}:{}: {message}",
            warnings.path, d.line, d.column
        );
    }
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
    text.push_str(&tf(lang, Msg::CheckOk { path: &shown }));
    text.push('\n');
    text.push_str(&tf(
        lang,
        Msg::CheckSummary {
            id: &q.id,
            version: &q.version,
            lang: &q.lang.code(),
            title: &q.title,
        },
    ));
    text.push('\n');
    text.push_str(&tf(
        lang,
        Msg::CheckCounts {
            themes: &q.themes.len(),
            questions: &q.question_count(),
            levels: &q.scale.len(),
            labels: &labels.join(" < "),
        },
    ));
    text.push('\n');
    let (organisation, department) = q.scope_counts();
    let owned = q.questions().filter(|(_, qq)| qq.owner.is_some()).count();
    let stated = q
        .questions()
        .filter(|(_, qq)| qq.statement.is_some())
        .count();
    text.push_str(&tf(
        lang,
        Msg::CheckScopes {
            organisation: &organisation,
            department: &department,
            owned: &owned,
            stated: &stated,
        },
    ));
    text.push('\n');
    if !q.obligations.is_empty() {
        let citing = q
            .questions()
            .filter(|(_, qq)| !qq.obligations.is_empty())
            .count();
        text.push_str(&tf(
            lang,
            Msg::CheckObligations {
                obligations: &q.obligations.len(),
                questions: &citing,
            },
        ));
        text.push('\n');
    }
    let linked = q
        .questions()
        .filter(|(_, qq)| !qq.replaces.is_empty())
        .count();
    if linked > 0 {
        text.push_str(&tf(lang, Msg::CheckReplaces { questions: &linked }));
        text.push('\n');
    }
    for theme in &q.themes {
        text.push_str(&tf(
            lang,
            Msg::CheckTheme {
                title: &theme.title,
                id: &theme.id,
                questions: &theme.questions.len(),
                weight: &crate::render::number(lang, theme.weight, 0),
            },
        ));
        text.push('\n');
    }
    emit(ctx, &text)
}
