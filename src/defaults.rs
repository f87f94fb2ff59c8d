//! What ships inside the binary: the default questionnaire (French, and its
//! English twin) and the demo campaign.

use crate::i18n::Lang;

/// The default questionnaire, in French.
pub const QUESTIONNAIRE_FR: &str = include_str!("../questionnaires/ia-gouvernance.fr.yaml");
/// Its English twin: same ids, weights and structure.
pub const QUESTIONNAIRE_EN: &str = include_str!("../questionnaires/ia-governance.en.yaml");

/// The embedded default questionnaire for a language, with the name shown
/// in messages.
pub fn questionnaire(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("questionnaires/ia-gouvernance.fr.yaml", QUESTIONNAIRE_FR),
        Lang::En => ("questionnaires/ia-governance.en.yaml", QUESTIONNAIRE_EN),
    }
}
