//! Messages in French and English: one catalogue, looked up by key.
//!
//! Every message a user reads (errors, prompts, table headers, report texts)
//! comes from [`FR`] or [`EN`]. Placeholders are written `{name}` and filled by
//! [`tf`]. A test checks that both catalogues have the same keys and the same
//! placeholders, so a message cannot exist in one language only.

use std::fmt::Display;

/// The language of messages, prompts and reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The ISO 639-1 code used in questionnaire files (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses `fr` or `en` (any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the user's environment asks for: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; `fr*` means French, anything else English.
    /// With none set, French: boussole's users are French.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var) {
                if value.is_empty() {
                    continue;
                }
                return if value.to_ascii_lowercase().starts_with("fr") {
                    Lang::Fr
                } else if value == "C" || value == "POSIX" {
                    // A bare C locale says nothing about the user's language.
                    continue;
                } else {
                    Lang::En
                };
            }
        }
        Lang::Fr
    }

    fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Fr => FR,
            Lang::En => EN,
        }
    }
}

/// The message `key` in `lang`. A key missing from the catalogue (a bug the
/// parity and usage tests catch) is returned as is rather than panicking.
pub fn t(lang: Lang, key: &'static str) -> &'static str {
    lang.catalogue()
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, v)| v)
}

/// The message `key` in `lang` with its `{name}` placeholders filled.
pub fn tf(lang: Lang, key: &'static str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = t(lang, key).to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// French, the reference catalogue. French typography: U+00A0 before `:`,
/// inside « », and U+202F before `;`, `!`, `?`.
pub static FR: &[(&str, &str)] = &[
    // --- reading files -------------------------------------------------------
    ("io.read", "impossible de lire le fichier ({error})"),
    (
        "io.not-found",
        "fichier ou dossier introuvable : vérifiez le chemin",
    ),
    (
        "io.too-large",
        "le fichier fait {size} Mo, au-delà de la limite de {limit} Mo ; si ce fichier est légitime, relevez la limite avec la variable d’environnement BOUSSOLE_MAX_FILE_MB",
    ),
    (
        "io.not-utf8",
        "le fichier n’est pas encodé en UTF-8 (octet 0x{byte} invalide) : enregistrez-le en UTF-8 (dans le Bloc-notes : Enregistrer sous → Encodage UTF-8)",
    ),
    (
        "io.nul",
        "le fichier contient un octet nul : ce n’est pas un fichier texte YAML",
    ),
    (
        "io.no-answers",
        "aucun fichier de réponses (*.yaml, *.yml) trouvé dans {path}",
    ),
    ("io.write", "impossible d’écrire {path} ({error})"),
    (
        "yaml.syntax",
        "YAML invalide : {detail} ; vérifiez l’indentation (des espaces, pas de tabulations) et les guillemets",
    ),
    (
        "yaml.duplicate",
        "clé « {key} » en double : chaque clé ne doit apparaître qu’une fois (supprimez ou renommez l’une des deux)",
    ),
    // --- shapes and fields ---------------------------------------------------
    (
        "field.unknown",
        "champ inconnu « {field} » : les champs possibles ici sont {expected}",
    ),
    (
        "field.unknown-hint",
        "champ inconnu « {field} » : vouliez-vous écrire « {suggestion} » ?",
    ),
    (
        "field.missing",
        "champ obligatoire « {field} » manquant dans {context}",
    ),
    (
        "type.expected",
        "« {field} » doit être {expected}, pas {found}",
    ),
    ("type.string", "un texte"),
    (
        "type.string-quoted",
        "un texte entre guillemets, par exemple \"{example}\"",
    ),
    ("type.number", "un nombre"),
    ("type.integer", "un nombre entier"),
    ("type.list", "une liste (lignes commençant par « - »)"),
    (
        "type.mapping",
        "un tableau de clés (lignes « clé: valeur »)",
    ),
    (
        "type.document",
        "le fichier doit être un tableau de clés (lignes « clé: valeur »), pas {found}",
    ),
    ("ctx.document", "le fichier"),
    ("ctx.level", "ce niveau d’échelle"),
    ("ctx.theme", "ce thème"),
    ("ctx.question", "cette question"),
    ("ctx.option", "cette option"),
    ("ctx.answer", "cette réponse"),
    // --- questionnaire rules -------------------------------------------------
    (
        "q.id-format",
        "identifiant « {id} » invalide : n’utilisez que des minuscules sans accent, des chiffres et des tirets (a-z, 0-9, -)",
    ),
    ("q.lang", "langue « {lang} » inconnue : écrivez fr ou en"),
    ("q.empty-text", "« {field} » ne doit pas être vide"),
    (
        "q.scale-short",
        "l’échelle doit avoir au moins 2 niveaux (elle en a {count})",
    ),
    ("q.empty-list", "la liste « {field} » ne doit pas être vide"),
    (
        "q.options-short",
        "une question à options doit en proposer au moins 2 (elle en a {count})",
    ),
    (
        "q.weight",
        "le poids doit être un nombre fini strictement positif (trouvé : {value})",
    ),
    (
        "q.score-range",
        "le score d’une option doit être compris entre 0 et 100 (trouvé : {value})",
    ),
    (
        "q.dup-theme",
        "identifiant de thème « {id} » en double (déjà utilisé ligne {line}) : donnez-lui un identifiant unique",
    ),
    (
        "q.dup-question",
        "identifiant de question « {id} » en double (déjà utilisé ligne {line}) : chaque question doit avoir un identifiant unique dans tout le fichier",
    ),
    // --- answers rules -------------------------------------------------------
    (
        "a.questionnaire",
        "ces réponses portent sur le questionnaire « {found} », mais le questionnaire utilisé est « {expected} » : choisissez le bon avec --questionnaire",
    ),
    (
        "a.version",
        "ces réponses portent sur la version « {found} » du questionnaire, mais la version utilisée est « {expected} » : choisissez le bon fichier avec --questionnaire",
    ),
    (
        "a.unknown-question",
        "la question « {id} » n’existe pas dans le questionnaire {questionnaire} (version {version}) : vérifiez l’identifiant",
    ),
    (
        "a.choice-range",
        "choix {choice} hors limites : cette question propose les choix 0 à {max} ({labels})",
    ),
    (
        "a.choice-negative",
        "choix {choice} invalide : les choix se comptent à partir de 0 (0 à {max})",
    ),
    (
        "a.bad-word",
        "réponse « {word} » inconnue : écrivez na (sans objet), unknown (je ne sais pas) ou un tableau avec choice",
    ),
    (
        "a.date",
        "date « {date} » invalide : écrivez-la AAAA-MM-JJ, par exemple 2026-10-04",
    ),
    (
        "a.department-empty",
        "le nom de la direction ne doit pas être vide",
    ),
    // --- summary lines -------------------------------------------------------
    ("sum.errors", "{count} problème(s) trouvé(s)"),
    (
        "sum.files-errors",
        "{count} problème(s) dans {files} fichier(s) ; aucun résultat n’a été produit",
    ),
    // --- tables and exports ---------------------------------------------------
    (
        "table.participation",
        "{respondents} répondant(s), {departments} direction(s)",
    ),
    ("table.overall", "Niveau global de l’organisation :"),
    ("table.theme", "Thème"),
    ("table.weight", "Poids"),
    ("table.score", "Score (%)"),
    ("table.level", "Niveau"),
    ("table.answered", "Réponses notées"),
    ("table.na-unknown", "Sans objet / Ne sait pas"),
    ("table.department", "Direction"),
    ("table.respondents-short", "Rép."),
    ("table.overall-short", "Global"),
    ("table.organisation", "Organisation"),
    ("csv.department", "direction"),
    ("csv.respondents", "repondants"),
    ("csv.theme-id", "theme_id"),
    ("csv.theme", "theme"),
    ("csv.score", "score"),
    ("csv.level", "niveau"),
    ("csv.level-label", "libelle_niveau"),
    ("csv.min", "min"),
    ("csv.max", "max"),
    ("csv.stddev", "ecart_type"),
    ("csv.answered", "reponses_notees"),
    ("csv.na", "sans_objet"),
    ("csv.unknown", "ne_sait_pas"),
    ("csv.missing", "sans_reponse"),
    // --- check -----------------------------------------------------------------
    ("check.ok", "{path} : questionnaire valide"),
    (
        "check.summary",
        "{id} version {version} ({lang}) — « {title} »",
    ),
    (
        "check.counts",
        "{themes} thème(s), {questions} question(s), échelle de {levels} niveaux : {labels}",
    ),
    (
        "check.theme",
        "  {title} ({id}) : {questions} question(s), poids {weight}",
    ),
    // --- compare ---------------------------------------------------------------
    ("cmp.new-short", "nouvelle"),
    (
        "cmp.since",
        "évolution depuis la campagne précédente (questionnaire version {version}), en points",
    ),
    (
        "cmp.deltas-note",
        "Entre parenthèses : l’évolution en points depuis la campagne précédente, direction par direction (appariées par leur nom).",
    ),
    (
        "cmp.new-departments",
        "Directions nouvelles (absentes de la campagne précédente) :",
    ),
    (
        "cmp.vanished-departments",
        "Directions qui ne figurent plus (présentes dans la campagne précédente) :",
    ),
    (
        "cmp.same-questions",
        "Les deux campagnes portent sur les mêmes questions.",
    ),
    (
        "cmp.shared-questions",
        "Les évolutions portent sur les {shared} questions communes aux versions {old} et {new} du questionnaire.",
    ),
    (
        "cmp.added",
        "Questions ajoutées depuis (non comptées dans les évolutions) :",
    ),
    (
        "cmp.removed",
        "Questions retirées depuis (non comptées dans les évolutions) :",
    ),
    ("cmp.gap-levels", "{gap} niveaux d’écart"),
    ("cmp.gap-points", "{gap} points d’écart"),
    ("cmp.respondent-n", "Répondant {n}"),
    (
        "cmp.no-disagreement",
        "Aucun désaccord de 2 niveaux ou plus entre répondants d’une même direction.",
    ),
    (
        "cmp.agenda-title",
        "Ordre du jour de la réunion de consensus : {count} question(s) où les réponses d’une même direction divergent de 2 niveaux ou plus",
    ),
    (
        "cmp.agenda-heading",
        "Ordre du jour de la réunion de consensus",
    ),
    ("cmp.md-questionnaire", "Questionnaire"),
    ("cmp.md-version", "version"),
    ("cmp.md-legend", "Scores en % ; niveaux :"),
    ("csv.question-id", "question_id"),
    ("csv.question", "question"),
    ("csv.gap", "ecart"),
    ("csv.respondent", "repondant"),
    ("csv.answer", "reponse"),
    ("csv.comment", "commentaire"),
    ("csv.baseline", "score_precedent"),
    ("csv.change", "evolution"),
];

/// English, the twin of [`FR`]: same keys, same placeholders.
pub static EN: &[(&str, &str)] = &[
    // --- reading files -------------------------------------------------------
    ("io.read", "cannot read the file ({error})"),
    ("io.not-found", "no such file or folder: check the path"),
    (
        "io.too-large",
        "the file is {size} MB, above the {limit} MB limit; if this file is legitimate, raise the limit with the environment variable BOUSSOLE_MAX_FILE_MB",
    ),
    (
        "io.not-utf8",
        "the file is not UTF-8 text (invalid byte 0x{byte}): save it as UTF-8 (in Notepad: Save as → Encoding UTF-8)",
    ),
    (
        "io.nul",
        "the file contains a NUL byte: it is not a YAML text file",
    ),
    (
        "io.no-answers",
        "no answers file (*.yaml, *.yml) found in {path}",
    ),
    ("io.write", "cannot write {path} ({error})"),
    (
        "yaml.syntax",
        "invalid YAML: {detail}; check the indentation (spaces, not tabs) and the quotes",
    ),
    (
        "yaml.duplicate",
        "duplicate key \u{201c}{key}\u{201d}: each key may appear only once (remove or rename one of them)",
    ),
    // --- shapes and fields ---------------------------------------------------
    (
        "field.unknown",
        "unknown field \u{201c}{field}\u{201d}: the fields allowed here are {expected}",
    ),
    (
        "field.unknown-hint",
        "unknown field \u{201c}{field}\u{201d}: did you mean \u{201c}{suggestion}\u{201d}?",
    ),
    (
        "field.missing",
        "required field \u{201c}{field}\u{201d} is missing from {context}",
    ),
    (
        "type.expected",
        "\u{201c}{field}\u{201d} must be {expected}, not {found}",
    ),
    ("type.string", "a text"),
    (
        "type.string-quoted",
        "a text in quotes, for example \"{example}\"",
    ),
    ("type.number", "a number"),
    ("type.integer", "an integer"),
    (
        "type.list",
        "a list (lines starting with \u{201c}-\u{201d})",
    ),
    (
        "type.mapping",
        "a mapping (lines \u{201c}key: value\u{201d})",
    ),
    (
        "type.document",
        "the file must be a mapping (lines \u{201c}key: value\u{201d}), not {found}",
    ),
    ("ctx.document", "the file"),
    ("ctx.level", "this scale level"),
    ("ctx.theme", "this theme"),
    ("ctx.question", "this question"),
    ("ctx.option", "this option"),
    ("ctx.answer", "this answer"),
    // --- questionnaire rules -------------------------------------------------
    (
        "q.id-format",
        "invalid identifier \u{201c}{id}\u{201d}: use only lowercase letters without accents, digits and hyphens (a-z, 0-9, -)",
    ),
    (
        "q.lang",
        "unknown language \u{201c}{lang}\u{201d}: write fr or en",
    ),
    ("q.empty-text", "\u{201c}{field}\u{201d} must not be empty"),
    (
        "q.scale-short",
        "the scale needs at least 2 levels (it has {count})",
    ),
    (
        "q.empty-list",
        "the list \u{201c}{field}\u{201d} must not be empty",
    ),
    (
        "q.options-short",
        "a question with options needs at least 2 of them (it has {count})",
    ),
    (
        "q.weight",
        "the weight must be a finite number greater than 0 (found: {value})",
    ),
    (
        "q.score-range",
        "an option's score must lie between 0 and 100 (found: {value})",
    ),
    (
        "q.dup-theme",
        "duplicate theme id \u{201c}{id}\u{201d} (already used on line {line}): give it a unique id",
    ),
    (
        "q.dup-question",
        "duplicate question id \u{201c}{id}\u{201d} (already used on line {line}): every question needs an id unique in the whole file",
    ),
    // --- answers rules -------------------------------------------------------
    (
        "a.questionnaire",
        "these answers are for questionnaire \u{201c}{found}\u{201d}, but the questionnaire in use is \u{201c}{expected}\u{201d}: pick the right one with --questionnaire",
    ),
    (
        "a.version",
        "these answers are for version \u{201c}{found}\u{201d} of the questionnaire, but the version in use is \u{201c}{expected}\u{201d}: pick the right file with --questionnaire",
    ),
    (
        "a.unknown-question",
        "question \u{201c}{id}\u{201d} does not exist in questionnaire {questionnaire} (version {version}): check the id",
    ),
    (
        "a.choice-range",
        "choice {choice} is out of range: this question offers choices 0 to {max} ({labels})",
    ),
    (
        "a.choice-negative",
        "choice {choice} is invalid: choices are counted from 0 (0 to {max})",
    ),
    (
        "a.bad-word",
        "unknown answer \u{201c}{word}\u{201d}: write na (not applicable), unknown (don't know) or a mapping with choice",
    ),
    (
        "a.date",
        "invalid date \u{201c}{date}\u{201d}: write it YYYY-MM-DD, for example 2026-10-04",
    ),
    (
        "a.department-empty",
        "the department name must not be empty",
    ),
    // --- summary lines -------------------------------------------------------
    ("sum.errors", "{count} problem(s) found"),
    (
        "sum.files-errors",
        "{count} problem(s) in {files} file(s); no result was produced",
    ),
    // --- tables and exports ---------------------------------------------------
    (
        "table.participation",
        "{respondents} respondent(s), {departments} department(s)",
    ),
    ("table.overall", "Overall level of the organisation:"),
    ("table.theme", "Theme"),
    ("table.weight", "Weight"),
    ("table.score", "Score (%)"),
    ("table.level", "Level"),
    ("table.answered", "Scored answers"),
    ("table.na-unknown", "N/A / Don't know"),
    ("table.department", "Department"),
    ("table.respondents-short", "Resp."),
    ("table.overall-short", "Overall"),
    ("table.organisation", "Organisation"),
    ("csv.department", "department"),
    ("csv.respondents", "respondents"),
    ("csv.theme-id", "theme_id"),
    ("csv.theme", "theme"),
    ("csv.score", "score"),
    ("csv.level", "level"),
    ("csv.level-label", "level_label"),
    ("csv.min", "min"),
    ("csv.max", "max"),
    ("csv.stddev", "stddev"),
    ("csv.answered", "answered"),
    ("csv.na", "na"),
    ("csv.unknown", "unknown"),
    ("csv.missing", "missing"),
    // --- check -----------------------------------------------------------------
    ("check.ok", "{path}: valid questionnaire"),
    (
        "check.summary",
        "{id} version {version} ({lang}) — \u{201c}{title}\u{201d}",
    ),
    (
        "check.counts",
        "{themes} theme(s), {questions} question(s), a scale of {levels} levels: {labels}",
    ),
    (
        "check.theme",
        "  {title} ({id}): {questions} question(s), weight {weight}",
    ),
    // --- compare ---------------------------------------------------------------
    ("cmp.new-short", "new"),
    (
        "cmp.since",
        "change since the previous campaign (questionnaire version {version}), in points",
    ),
    (
        "cmp.deltas-note",
        "In brackets: the change in points since the previous campaign, department by department (matched by name).",
    ),
    (
        "cmp.new-departments",
        "New departments (absent from the previous campaign):",
    ),
    (
        "cmp.vanished-departments",
        "Departments no longer present (in the previous campaign only):",
    ),
    (
        "cmp.same-questions",
        "Both campaigns rest on the same questions.",
    ),
    (
        "cmp.shared-questions",
        "Changes rest on the {shared} questions shared by versions {old} and {new} of the questionnaire.",
    ),
    (
        "cmp.added",
        "Questions added since (not counted in the changes):",
    ),
    (
        "cmp.removed",
        "Questions removed since (not counted in the changes):",
    ),
    ("cmp.gap-levels", "{gap} levels apart"),
    ("cmp.gap-points", "{gap} points apart"),
    ("cmp.respondent-n", "Respondent {n}"),
    (
        "cmp.no-disagreement",
        "No disagreement of 2 levels or more between respondents of the same department.",
    ),
    (
        "cmp.agenda-title",
        "Agenda of the consensus meeting: {count} question(s) where answers within a department differ by 2 levels or more",
    ),
    ("cmp.agenda-heading", "Agenda of the consensus meeting"),
    ("cmp.md-questionnaire", "Questionnaire"),
    ("cmp.md-version", "version"),
    ("cmp.md-legend", "Scores in %; levels:"),
    ("csv.question-id", "question_id"),
    ("csv.question", "question"),
    ("csv.gap", "gap"),
    ("csv.respondent", "respondent"),
    ("csv.answer", "answer"),
    ("csv.comment", "comment"),
    ("csv.baseline", "baseline_score"),
    ("csv.change", "change"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) => {
                    let name = &after[..end];
                    if !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                    {
                        out.insert(name.to_string());
                    }
                    rest = &after[end + 1..];
                }
                None => break,
            }
        }
        out
    }

    #[test]
    fn catalogues_have_the_same_keys_and_placeholders() {
        let fr: Vec<_> = FR.iter().map(|(k, _)| *k).collect();
        let en: Vec<_> = EN.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            fr, en,
            "FR and EN must list the same keys in the same order"
        );
        let unique: BTreeSet<_> = fr.iter().collect();
        assert_eq!(unique.len(), fr.len(), "a key is listed twice");
        for ((k, f), (_, e)) in FR.iter().zip(EN) {
            assert_eq!(
                placeholders(f),
                placeholders(e),
                "placeholders differ for {k}"
            );
            assert!(
                !f.trim().is_empty() && !e.trim().is_empty(),
                "empty message {k}"
            );
        }
    }

    #[test]
    fn every_key_used_in_the_sources_exists() {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(src)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for call in [
                        "t(lang, \"",
                        "tf(lang, \"",
                        "t(self.lang, \"",
                        "tf(self.lang, \"",
                    ] {
                        for (idx, _) in text.match_indices(call) {
                            let rest = &text[idx + call.len()..];
                            let key = &rest[..rest.find('"').unwrap()];
                            if !FR.iter().any(|(k, _)| *k == key) {
                                missing.push(format!("{}: {key}", path.display()));
                            }
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys used but not in the catalogue: {missing:?}"
        );
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            tf(Lang::En, "q.scale-short", &[("count", &1)]),
            "the scale needs at least 2 levels (it has 1)"
        );
    }
}
