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

/// Earlier versions of the default questionnaire, kept so that campaigns
/// answered on them can still be read and compared: (id, version, French
/// file name, French text, English file name, English text).
const ARCHIVE: &[(&str, &str, &str, &str, &str, &str)] = &[(
    "ia-gouvernance",
    "2026.1",
    "questionnaires/archive/ia-gouvernance-2026.1.fr.yaml",
    include_str!("../questionnaires/archive/ia-gouvernance-2026.1.fr.yaml"),
    "questionnaires/archive/ia-governance-2026.1.en.yaml",
    include_str!("../questionnaires/archive/ia-governance-2026.1.en.yaml"),
)];

/// An archived version of the default questionnaire, by its id and version,
/// in a language, with the name shown in messages.
pub fn archived(id: &str, version: &str, lang: Lang) -> Option<(&'static str, &'static str)> {
    ARCHIVE
        .iter()
        .find(|a| a.0 == id && a.1 == version)
        .map(|a| match lang {
            Lang::Fr => (a.2, a.3),
            Lang::En => (a.4, a.5),
        })
}

/// Every archived version: (id, version).
pub fn archived_versions() -> impl Iterator<Item = (&'static str, &'static str)> {
    ARCHIVE.iter().map(|a| (a.0, a.1))
}
