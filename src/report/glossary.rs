//! The acronyms a report may use, each with its meaning in French and
//! English. The glossary of Méthode lists those that occur in the
//! questionnaire or in the report's own words.

use crate::i18n::Lang;

/// (acronym, French, English), in alphabetical order.
const ENTRIES: &[(&str, &str, &str)] = &[
    (
        "AIPD",
        "analyse d’impact relative à la protection des données (RGPD, art. 35)",
        "data protection impact assessment (French AIPD; GDPR art. 35)",
    ),
    (
        "ANSSI",
        "Agence nationale de la sécurité des systèmes d’information",
        "French national cybersecurity agency (ANSSI)",
    ),
    (
        "CADA",
        "Commission d’accès aux documents administratifs",
        "commission for access to administrative documents (CADA)",
    ),
    (
        "CNIL",
        "Commission nationale de l’informatique et des libertés, autorité de protection des données",
        "French data protection authority (CNIL)",
    ),
    (
        "CODIR",
        "comité de direction",
        "management committee (CODIR)",
    ),
    (
        "CRPA",
        "code des relations entre le public et l’administration",
        "French code of relations between the public and the administration (CRPA)",
    ),
    (
        "CST",
        "comité social territorial, instance de dialogue social de la collectivité",
        "the authority’s staff consultative committee (CST)",
    ),
    (
        "DGA",
        "directeur ou directrice général(e) adjoint(e)",
        "deputy chief executive (DGA)",
    ),
    (
        "DGS",
        "directeur ou directrice général(e) des services",
        "chief executive (DGS)",
    ),
    (
        "DINUM",
        "direction interministérielle du numérique (État)",
        "French government digital agency (DINUM)",
    ),
    (
        "DPIA",
        "analyse d’impact relative à la protection des données (AIPD)",
        "data protection impact assessment (GDPR art. 35)",
    ),
    (
        "DPO",
        "délégué(e) à la protection des données",
        "data protection officer",
    ),
    (
        "DSI",
        "direction des systèmes d’information",
        "IT department (DSI)",
    ),
    (
        "FRIA",
        "analyse d’impact sur les droits fondamentaux (RIA, art. 27)",
        "fundamental rights impact assessment (AI Act art. 27)",
    ),
    (
        "GDPR",
        "règlement général sur la protection des données (RGPD)",
        "General Data Protection Regulation (EU) 2016/679",
    ),
    (
        "IA",
        "intelligence artificielle",
        "artificial intelligence (IA in French)",
    ),
    (
        "RGAA",
        "référentiel général d’amélioration de l’accessibilité",
        "French web accessibility standard (RGAA)",
    ),
    (
        "RGPD",
        "règlement général sur la protection des données (UE) 2016/679",
        "General Data Protection Regulation (French RGPD)",
    ),
    ("RH", "ressources humaines", "human resources (RH)"),
    (
        "RIA",
        "règlement européen sur l’intelligence artificielle (UE) 2024/1689, dit « AI Act »",
        "EU Artificial Intelligence Act, Regulation (EU) 2024/1689 (French RIA)",
    ),
    (
        "SNDGCT",
        "Syndicat national des directeurs généraux des collectivités territoriales",
        "French association of local authority chief executives (SNDGCT)",
    ),
    ("UE", "Union européenne", "European Union (UE)"),
];

/// Acronyms the report always uses in its own words.
const ALWAYS: &[&str] = &["DGS"];

/// The entries whose acronym occurs as a word in `text` (or that the
/// report always uses), in alphabetical order.
pub fn used(lang: Lang, text: &str) -> Vec<(&'static str, &'static str)> {
    let words: std::collections::HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2)
        .collect();
    ENTRIES
        .iter()
        .filter(|(a, _, _)| words.contains(a) || ALWAYS.contains(a))
        .map(|&(a, fr, en)| {
            (
                a,
                match lang {
                    Lang::Fr => fr,
                    Lang::En => en,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_acronyms_as_words() {
        let found = used(Lang::Fr, "Une AIPD a-t-elle été faite ? Le DPO, la CADA.");
        let names: Vec<&str> = found.iter().map(|e| e.0).collect();
        assert_eq!(names, ["AIPD", "CADA", "DGS", "DPO"]);
        // Not inside a longer word.
        assert!(used(Lang::Fr, "CADASTRE").iter().all(|e| e.0 != "CADA"));
    }

    #[test]
    fn sorted_and_unique() {
        for w in ENTRIES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} / {}", w[0].0, w[1].0);
        }
    }
}
