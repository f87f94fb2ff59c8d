//! The demo campaign embedded in the binary: a fictional *communauté
//! d’agglomération* with six directions answering in 2026 on questionnaire
//! 2027.1, and the campaign of the year before, answered on 2026.1, as a
//! baseline. `boussole demo` writes these files and
//! their report; they are the same as `examples/` in the repository.

use crate::i18n::Lang;
use crate::load::{self, LoadError};
use crate::model::{AnswerSheet, Questionnaire};

/// The fictional collectivité of the demo.
pub const ORGANISATION: &str = "Communauté d’agglomération du Val-de-Loire";
/// Folder of the current campaign.
pub const CURRENT: &str = "campagne-2026";
/// Folder of the baseline campaign.
pub const BASELINE: &str = "campagne-2025";
/// Folder of the questionnaire files written beside the campaigns.
pub const QUESTIONNAIRES: &str = "questionnaires";
/// The questionnaire the baseline was answered on (version 2026.1 of the
/// default), written beside the campaigns: the demo compares across versions.
pub const BASELINE_QUESTIONNAIRE: (&str, &str) = (
    "questionnaires/ia-gouvernance-2026.1.fr.yaml",
    include_str!("../questionnaires/archive/ia-gouvernance-2026.1.fr.yaml"),
);
/// File name of the demo report.
pub const REPORT: &str = "rapport-demo.pdf";

/// Every answers file: (path relative to the demo folder, contents).
pub static FILES: &[(&str, &str)] = &[
    (
        "campagne-2025/dgs-isabelle-moreau.yaml",
        include_str!("../examples/campagne-2025/dgs-isabelle-moreau.yaml"),
    ),
    (
        "campagne-2025/dgs-nadia-benali.yaml",
        include_str!("../examples/campagne-2025/dgs-nadia-benali.yaml"),
    ),
    (
        "campagne-2025/dgs-philippe-garnier.yaml",
        include_str!("../examples/campagne-2025/dgs-philippe-garnier.yaml"),
    ),
    (
        "campagne-2025/dsi-camille-dubois.yaml",
        include_str!("../examples/campagne-2025/dsi-camille-dubois.yaml"),
    ),
    (
        "campagne-2025/dsi-laurent-petit.yaml",
        include_str!("../examples/campagne-2025/dsi-laurent-petit.yaml"),
    ),
    (
        "campagne-2025/dsi-mathieu-lefevre.yaml",
        include_str!("../examples/campagne-2025/dsi-mathieu-lefevre.yaml"),
    ),
    (
        "campagne-2025/education-bernard-faure.yaml",
        include_str!("../examples/campagne-2025/education-bernard-faure.yaml"),
    ),
    (
        "campagne-2025/education-helene-chevalier.yaml",
        include_str!("../examples/campagne-2025/education-helene-chevalier.yaml"),
    ),
    (
        "campagne-2025/finances-claire-martin.yaml",
        include_str!("../examples/campagne-2025/finances-claire-martin.yaml"),
    ),
    (
        "campagne-2025/finances-julien-roux.yaml",
        include_str!("../examples/campagne-2025/finances-julien-roux.yaml"),
    ),
    (
        "campagne-2025/rh-emilie-fournier.yaml",
        include_str!("../examples/campagne-2025/rh-emilie-fournier.yaml"),
    ),
    (
        "campagne-2025/rh-thomas-girard.yaml",
        include_str!("../examples/campagne-2025/rh-thomas-girard.yaml"),
    ),
    (
        "campagne-2025/solidarites-catherine-blanc.yaml",
        include_str!("../examples/campagne-2025/solidarites-catherine-blanc.yaml"),
    ),
    (
        "campagne-2025/solidarites-yannick-le-gall.yaml",
        include_str!("../examples/campagne-2025/solidarites-yannick-le-gall.yaml"),
    ),
    (
        "campagne-2026/dgs-isabelle-moreau.yaml",
        include_str!("../examples/campagne-2026/dgs-isabelle-moreau.yaml"),
    ),
    (
        "campagne-2026/dgs-nadia-benali.yaml",
        include_str!("../examples/campagne-2026/dgs-nadia-benali.yaml"),
    ),
    (
        "campagne-2026/dgs-philippe-garnier.yaml",
        include_str!("../examples/campagne-2026/dgs-philippe-garnier.yaml"),
    ),
    (
        "campagne-2026/dsi-camille-dubois.yaml",
        include_str!("../examples/campagne-2026/dsi-camille-dubois.yaml"),
    ),
    (
        "campagne-2026/dsi-laurent-petit.yaml",
        include_str!("../examples/campagne-2026/dsi-laurent-petit.yaml"),
    ),
    (
        "campagne-2026/dsi-mathieu-lefevre.yaml",
        include_str!("../examples/campagne-2026/dsi-mathieu-lefevre.yaml"),
    ),
    (
        "campagne-2026/education-antoine-mercier.yaml",
        include_str!("../examples/campagne-2026/education-antoine-mercier.yaml"),
    ),
    (
        "campagne-2026/education-helene-chevalier.yaml",
        include_str!("../examples/campagne-2026/education-helene-chevalier.yaml"),
    ),
    (
        "campagne-2026/finances-claire-martin.yaml",
        include_str!("../examples/campagne-2026/finances-claire-martin.yaml"),
    ),
    (
        "campagne-2026/finances-julien-roux.yaml",
        include_str!("../examples/campagne-2026/finances-julien-roux.yaml"),
    ),
    (
        "campagne-2026/finances-sophie-lambert.yaml",
        include_str!("../examples/campagne-2026/finances-sophie-lambert.yaml"),
    ),
    (
        "campagne-2026/rh-emilie-fournier.yaml",
        include_str!("../examples/campagne-2026/rh-emilie-fournier.yaml"),
    ),
    (
        "campagne-2026/rh-karima-haddad.yaml",
        include_str!("../examples/campagne-2026/rh-karima-haddad.yaml"),
    ),
    (
        "campagne-2026/rh-thomas-girard.yaml",
        include_str!("../examples/campagne-2026/rh-thomas-girard.yaml"),
    ),
    (
        "campagne-2026/solidarites-catherine-blanc.yaml",
        include_str!("../examples/campagne-2026/solidarites-catherine-blanc.yaml"),
    ),
    (
        "campagne-2026/solidarites-fatou-diallo.yaml",
        include_str!("../examples/campagne-2026/solidarites-fatou-diallo.yaml"),
    ),
    (
        "campagne-2026/solidarites-yannick-le-gall.yaml",
        include_str!("../examples/campagne-2026/solidarites-yannick-le-gall.yaml"),
    ),
];

/// The baseline's questionnaire (the embedded archive of 2026.1), in the
/// language of the report.
pub fn baseline_questionnaire(lang: Lang) -> Result<Questionnaire, LoadError> {
    let (name, text) = crate::defaults::archived("ia-gouvernance", "2026.1", lang)
        .unwrap_or(BASELINE_QUESTIONNAIRE);
    load::questionnaire_from_str(text, name, lang)
}

/// The answers of one campaign folder ([`CURRENT`] or [`BASELINE`]), loaded
/// and validated like files on disk.
pub fn sheets(
    folder: &str,
    q: &Questionnaire,
    lang: Lang,
) -> Result<Vec<AnswerSheet>, Vec<LoadError>> {
    let prefix = format!("{folder}/");
    load::all_or_errors(
        FILES
            .iter()
            .filter(|(p, _)| p.starts_with(&prefix))
            .map(|(path, text)| load::answers_from_str(text, path, q, lang)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_are_exactly_the_examples() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut on_disk = Vec::new();
        for folder in [BASELINE, CURRENT] {
            for entry in std::fs::read_dir(root.join(folder)).unwrap() {
                let name = entry.unwrap().file_name().into_string().unwrap();
                if name.ends_with(".yaml") || name.ends_with(".yml") {
                    on_disk.push(format!("{folder}/{name}"));
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(p, _)| p.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
        for (path, text) in FILES {
            let disk = std::fs::read_to_string(root.join(path)).unwrap();
            assert_eq!(*text, disk, "{path} differs from examples/");
        }
        let (name, text) = BASELINE_QUESTIONNAIRE;
        let disk = std::fs::read_to_string(root.join(name)).unwrap();
        assert_eq!(text, disk, "examples/{name} differs from the archive");
    }

    #[test]
    fn both_campaigns_load() {
        let (name, text) = crate::defaults::questionnaire(Lang::Fr);
        let q = load::questionnaire_from_str(text, name, Lang::Fr).unwrap();
        let current = sheets(CURRENT, &q, Lang::Fr).unwrap();
        let base_q = baseline_questionnaire(Lang::Fr).unwrap();
        assert_eq!(base_q.version, "2026.1");
        assert_ne!(
            base_q.version, q.version,
            "the demo compares across versions"
        );
        let baseline = sheets(BASELINE, &base_q, Lang::Fr).unwrap();
        assert_eq!(current.len() + baseline.len(), FILES.len());
        let mut departments: Vec<&str> = current.iter().map(|s| s.department.as_str()).collect();
        departments.sort();
        departments.dedup();
        assert!(departments.len() >= 6, "{departments:?}");
    }
}
