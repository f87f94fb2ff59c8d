//! Text outputs: terminal tables, JSON, CSV and Markdown. Each renderer
//! returns a `String`; the commands decide where it goes.
//!
//! All of them draw one [`view::ScoreView`]: scores are computed once, in
//! [`crate::scoring`]; rows, levels, labels and changes are settled once, in
//! [`view`]; the renderers only format them.

pub mod compare;
pub mod csv;
pub mod json;
pub mod table;
pub mod view;

use crate::i18n::Lang;

pub use view::level_of;

/// A score for people: one decimal, French decimal comma in French, a dash
/// when there is no score.
pub fn score_text(lang: Lang, score: Option<f64>) -> String {
    match score {
        Some(s) => number(lang, s, 1),
        None => "—".to_string(),
    }
}

pub use crate::i18n::number;

/// A signed change in points, "+4,2" / "−3,0" / "=" (typographic minus).
pub fn delta_text(lang: Lang, delta: Option<f64>) -> String {
    match delta {
        None => String::new(),
        Some(d) if d.abs() < 0.05 => "=".to_string(),
        Some(d) if d > 0.0 => format!("+{}", number(lang, d, 1)),
        Some(d) => format!("\u{2212}{}", number(lang, -d, 1)),
    }
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

    #[test]
    fn deltas_read_well() {
        assert_eq!(delta_text(Lang::Fr, Some(4.25)), "+4,2");
        assert_eq!(delta_text(Lang::Fr, Some(-3.0)), "\u{2212}3,0");
        assert_eq!(delta_text(Lang::En, Some(0.01)), "=");
        assert_eq!(delta_text(Lang::En, None), "");
    }
}
