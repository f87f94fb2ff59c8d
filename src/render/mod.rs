//! Text outputs: terminal tables, JSON, CSV and Markdown. Each renderer
//! returns a `String`; the commands decide where it goes.
//!
//! All of them draw the same [`crate::scoring::Results`]: scores, levels and
//! labels are computed once, in [`crate::scoring`], and only formatted here.

pub mod compare;
pub mod csv;
pub mod json;
pub mod table;

use crate::i18n::Lang;
use crate::model::Questionnaire;
use crate::scoring;

/// A score for people: one decimal, French decimal comma in French, a dash
/// when there is no score.
pub fn score_text(lang: Lang, score: Option<f64>) -> String {
    match score {
        Some(s) => number(lang, s, 1),
        None => "—".to_string(),
    }
}

pub use crate::i18n::number;

/// The level of a score and its label, if the score exists.
///
/// A score that is not a finite number has no level: a level is never shown
/// without its score.
pub fn level_of(q: &Questionnaire, score: Option<f64>) -> Option<(usize, &str)> {
    score.filter(|s| s.is_finite()).map(|s| {
        let l = scoring::level(s, q.scale.len());
        (l, q.level_label(l))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::Fr, 47.25, 1), "47,2");
        assert_eq!(number(Lang::En, 47.26, 1), "47.3");
        assert_eq!(number(Lang::Fr, -0.01, 1), "0,0");
        assert_eq!(score_text(Lang::Fr, None), "—");
    }
}
