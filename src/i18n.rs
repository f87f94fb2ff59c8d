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
///
/// One pass over the template: each `{name}` is replaced by its value once,
/// and inserted text is never scanned again, so user text that happens to
/// contain `{date}` or `{department}` is printed as written. A `{...}` with no
/// matching argument is kept literally.
///
/// `{name|one|many}` is a plural choice: `one` when the number `name` is
/// singular in `lang` (see [`is_singular`]), else `many`. So a message reads
/// `"{count} {count|problème|problèmes}"`, never "problème(s)".
pub fn tf(lang: Lang, key: &'static str, args: &[(&str, &dyn Display)]) -> String {
    fill(lang, t(lang, key), args)
}

/// Fills the placeholders of `template` in one pass (see [`tf`]).
pub fn fill(lang: Lang, template: &str, args: &[(&str, &dyn Display)]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| {
            let inner = &after[..close];
            let mut parts = inner.splitn(3, '|');
            let name = parts.next().unwrap_or("");
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            match (parts.next(), parts.next()) {
                (None, _) => {
                    let _ = write!(out, "{value}");
                }
                (Some(one), Some(many)) => {
                    let singular = is_singular(lang, &value.to_string());
                    out.push_str(if singular { one } else { many });
                }
                (Some(_), None) => return None,
            }
            Some(close)
        });
        match filled {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a number, as displayed (`"1"`, `"1 234"`, `"0,5"`), takes the
/// singular: in French 0 and 1 do (and anything below 2: « 1,5 million »),
/// in English only 1 does. Text that is not a number takes the plural.
pub fn is_singular(lang: Lang, number: &str) -> bool {
    let digits: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' && lang == Lang::Fr { '.' } else { c })
        .filter(|c| *c != ',')
        .collect();
    let Ok(n) = digits.parse::<f64>() else {
        return false;
    };
    match lang {
        Lang::Fr => n.abs() < 2.0,
        Lang::En => n == 1.0,
    }
}

/// `one` or `many` for the count `n` in `lang` (French: 0 and 1 are
/// singular), for code that builds a phrase itself.
pub fn plural<'a>(lang: Lang, n: usize, one: &'a str, many: &'a str) -> &'a str {
    if is_singular(lang, &n.to_string()) {
        one
    } else {
        many
    }
}

/// French, the reference catalogue. French typography: U+00A0 before `:`,
/// inside « », and U+202F before `;`, `!`, `?`.
pub static FR: &[(&str, &str)] = &[
    // --- reading files -------------------------------------------------------
    ("io.read", "impossible de lire le fichier ({error})"),
    (
        "io.not-found",
        "fichier ou dossier introuvable : vérifiez le chemin",
    ),
    (
        "io.too-large",
        "le fichier fait {size} Mo, au-delà de la limite de {limit} Mo ; si ce fichier est légitime, relevez la limite avec la variable d’environnement BOUSSOLE_MAX_FILE_MB",
    ),
    (
        "io.not-utf8",
        "le fichier n’est pas encodé en UTF-8 (octet 0x{byte} invalide) : enregistrez-le en UTF-8 (dans le Bloc-notes : Enregistrer sous → Encodage UTF-8)",
    ),
    (
        "io.nul",
        "le fichier contient un octet nul : ce n’est pas un fichier texte YAML",
    ),
    (
        "io.no-answers",
        "aucun fichier de réponses (*.yaml, *.yml) trouvé dans {path}",
    ),
    ("io.write", "impossible d’écrire {path} ({error})"),
    // --- the paper questionnaire --------------------------------------------
    ("paper.kicker", "Questionnaire papier"),
    (
        "paper.questionnaire",
        "Questionnaire {id}, version {version} · {count} questions",
    ),
    ("paper.department", "Direction\u{a0}:"),
    ("paper.respondent", "Nom (facultatif)\u{a0}:"),
    ("paper.date", "Date\u{a0}:"),
    ("paper.how-title", "Comment répondre"),
    (
        "paper.how-tick",
        "Pour chaque question, cochez une seule case\u{a0}: le niveau que votre direction a atteint aujourd’hui, pas celui qu’elle vise.",
    ),
    (
        "paper.how-na",
        "Cochez «\u{a0}Sans objet\u{a0}» si la question ne concerne pas votre direction, «\u{a0}Ne sait pas\u{a0}» si vous ne savez pas\u{a0}: ces réponses ne comptent pas dans les scores, ni comme zéro.",
    ),
    (
        "paper.how-comment",
        "Un commentaire est facultatif\u{a0}; il aide la réunion de consensus à comprendre une réponse.",
    ),
    (
        "paper.how-typing",
        "Les réponses seront saisies ensuite avec «\u{a0}boussole assess\u{a0}» (ou dans le classeur de «\u{a0}boussole template\u{a0}»), dans l’ordre des questions\u{a0}; l’identifiant imprimé en petit sous chaque question permet de les retrouver. Questionnaire\u{a0}: {id}.",
    ),
    ("paper.scale-title", "L’échelle"),
    (
        "paper.scale-intro",
        "Sauf mention contraire, chaque question se répond sur la même échelle, du plus faible au plus élevé\u{a0}:",
    ),
    (
        "paper.scale-options",
        "Certaines questions proposent leurs propres réponses\u{a0}: elles sont imprimées sous la question.",
    ),
    ("paper.id", "identifiant\u{a0}: {id}"),
    ("paper.comment", "Commentaire (facultatif)\u{a0}:"),
    (
        "paper.footer",
        "Questionnaire {id} {version} · à saisir avec boussole assess",
    ),
    ("paper.meta-title", "{title} — questionnaire papier"),
    (
        "paper.meta-subject",
        "Questionnaire à imprimer pour l’auto-évaluation de la gouvernance de l’IA",
    ),
    // --- spreadsheets: template and import -----------------------------------
    ("sheet.name", "Questionnaire"),
    ("sheet.department", "Direction"),
    ("sheet.respondent", "Répondant"),
    (
        "sheet.department-note",
        "Écrivez ici le nom de votre direction (ex. « Direction des finances »). Le nom du répondant, en dessous, est facultatif et n’apparaît pas dans le rapport.",
    ),
    (
        "sheet.instructions",
        "Pour chaque question, choisissez une réponse dans la liste de la colonne « Réponse » (le niveau atteint, « Sans objet » ou « Ne sait pas ») ; un commentaire est facultatif. Seules les cellules jaunes se modifient. Renvoyez le fichier tel quel : « boussole import » le relira.",
    ),
    ("sheet.col-id", "Identifiant"),
    ("sheet.col-theme", "Thème"),
    ("sheet.col-question", "Question"),
    ("sheet.col-answer", "Réponse"),
    ("sheet.col-comment", "Commentaire"),
    ("sheet.col-help", "Aide"),
    ("sheet.na", "Sans objet"),
    ("sheet.unknown", "Ne sait pas"),
    ("sheet.error-title", "Réponse hors liste"),
    (
        "sheet.error-message",
        "Choisissez une réponse dans la liste : un niveau, « Sans objet » ou « Ne sait pas ».",
    ),
    (
        "template.bad-extension",
        "{path} : extension inconnue ; nommez le fichier .xlsx (Excel) ou .ods (LibreOffice), ou précisez --format xlsx|ods",
    ),
    (
        "template.written",
        "Modèle écrit\u{a0}: {path} ({count} questions, {size} Ko). Faites-le remplir, puis : boussole import FICHIER -o reponses",
    ),
    (
        "import.unreadable",
        "illisible comme classeur XLSX ou ODS ({error})",
    ),
    (
        "import.not-template",
        "ce classeur n’est pas un modèle boussole (sa feuille cachée « boussole » manque ou a été modifiée) ; partez d’un modèle écrit par « boussole template » et recopiez-y les réponses",
    ),
    (
        "import.not-file",
        "{path} : ce n’est pas un fichier ordinaire",
    ),
    (
        "import.too-large",
        "{path} : fichier trop gros ({size} Mo) pour être un classeur de réponses",
    ),
    (
        "import.no-department",
        "la direction n’est pas renseignée ; écrivez le nom de la direction dans cette cellule (à droite de « Direction »), ex. « Direction des finances »",
    ),
    (
        "import.moved",
        "l’en-tête « {expected} » n’est plus à sa place (lignes ou colonnes déplacées) ; recopiez les réponses dans un modèle neuf (boussole template)",
    ),
    (
        "import.no-id",
        "une réponse ou un commentaire sans identifiant de question ; remettez l’identifiant de la question dans la colonne A, ou videz la ligne",
    ),
    (
        "import.unknown-id",
        "« {id} » n’est pas une question du questionnaire {questionnaire} {version} ; corrigez l’identifiant ou supprimez la ligne",
    ),
    (
        "import.duplicate-row",
        "la question {id} figure deux fois (déjà ligne {first}) ; gardez une seule ligne",
    ),
    (
        "import.comment-without-answer",
        "un commentaire sans réponse à la question {id} ; choisissez une réponse (au besoin « Ne sait pas ») ou videz le commentaire",
    ),
    (
        "import.bad-answer",
        "« {value} » n’est pas une réponse possible à la question {id} ; choisissez dans la liste ({choices}), tapez le numéro (0 à {max}), « {na} » ou « {unknown} »",
    ),
    (
        "import.wrong-questionnaire",
        "ce classeur a été fait pour le questionnaire {found}, pas pour {expected} ; importez-le avec -q et le questionnaire {found}, ou recopiez les réponses dans un modèle neuf",
    ),
    (
        "import.same-target",
        "{first} et {second} donneraient le même fichier {path} ; renommez l’un des deux classeurs",
    ),
    (
        "import.exists",
        "{path} existe déjà (il viendrait de {source}) ; ajoutez --force pour le remplacer, ou choisissez un autre dossier avec -o",
    ),
    ("import.nothing", "aucun classeur à importer"),
    (
        "import.written",
        "{source} → {path} ({answered} réponses sur {total})",
    ),
    (
        "import.blank",
        "{source}\u{a0}: {count} {count|question sans réponse, comptée comme manquante|questions sans réponse, comptées comme manquantes}",
    ),
    (
        "sum.nothing-written",
        "{count} {count|problème|problèmes}\u{202f}; aucun fichier n’a été écrit",
    ),
    ("io.progress", "Lecture des réponses"),
    (
        "assess.locked",
        "{path} est déjà ouvert dans une autre session «\u{a0}boussole assess\u{a0}» (une autre fenêtre, ou une autre personne sur ce fichier partagé)\u{a0}: rien n’a été modifié\u{202f}; terminez l’autre session (Ctrl-C\u{a0}: ses réponses sont enregistrées) puis relancez cette commande, ou répondez dans un autre fichier avec -o",
    ),
    (
        "assess.plain-keys",
        "Mode texte\u{a0}: chaque question est suivie de ses choix numérotés. Tapez le numéro de votre réponse puis Entrée\u{a0}; so (sans objet), nsp (ne sait pas), ? (aide), < (question précédente) ou q (quitter). Chaque réponse est enregistrée aussitôt.",
    ),
    ("assess.plain-type", "Tapez {words}, puis Entrée\u{a0}:"),
    ("assess.plain-chosen", "Réponse\u{a0}: {choice}"),
    (
        "assess.plain-empty",
        "Aucune réponse tapée\u{a0}: tapez l’un des choix ci-dessus, puis Entrée.",
    ),
    (
        "assess.plain-unknown",
        "«\u{a0}{typed}\u{a0}» n’est pas l’un des choix\u{a0}: tapez l’un des choix ci-dessus, puis Entrée.",
    ),
    (
        "assess.plain-comment-help",
        "Tapez votre commentaire puis Entrée (Entrée seule\u{a0}: pas de changement, < pour revenir au choix)\u{a0}:",
    ),
    (
        "yaml.tab",
        "tabulation dans l’indentation\u{a0}: YAML n’accepte que des espaces\u{202f}; remplacez-la par des espaces (deux par niveau)",
    ),
    (
        "assess.output-stdout",
        "assess enregistre chaque réponse dans un fichier\u{a0}: donnez à -o le chemin d’un fichier .yaml, pas «\u{a0}-\u{a0}»",
    ),
    ("output.stdout", "la sortie standard"),
    (
        "output.symlink",
        "{path} est un lien symbolique\u{a0}: boussole ne le remplace pas\u{202f}; donnez à -o le chemin du fichier lui-même, ou ajoutez --force pour remplacer le lien",
    ),
    (
        "output.not-regular",
        "{path} n’est pas un fichier ordinaire (périphérique, tube ou socket)\u{a0}: boussole ne le remplace pas, même avec --force\u{202f}; choisissez un autre chemin avec -o, ou -o - pour écrire sur la sortie standard",
    ),
    (
        "output.is-input",
        "{path} est l’un des fichiers d’entrée de la commande\u{a0}: il ne sera pas remplacé\u{202f}; choisissez un autre chemin avec -o (par exemple rapport.pdf), ou vérifiez l’ordre des arguments (-o FICHIER puis les réponses)",
    ),
    (
        "output.foreign",
        "{path} existe et n’est pas un {what}\u{a0}: il ne sera pas remplacé\u{202f}; choisissez un autre chemin avec -o, ou ajoutez --force pour le remplacer",
    ),
    (
        "input.not-regular",
        "ce n’est pas un fichier ordinaire (tube, périphérique ou socket)\u{a0}: donnez le chemin d’un fichier .yaml",
    ),
    (
        "warn.skipped-special",
        "attention\u{a0}: {path} n’est pas un fichier ordinaire (tube, périphérique ou socket)\u{a0}; il est ignoré",
    ),
    (
        "sum.more-problems",
        "{path}\u{a0}: et {count} autres problèmes (corrigez les premiers, puis relancez)",
    ),
    (
        "os.not-found",
        "fichier ou dossier introuvable\u{a0}; vérifiez le chemin",
    ),
    (
        "os.permission",
        "accès refusé\u{a0}; vérifiez que vous avez le droit d’y accéder, ou choisissez un autre dossier",
    ),
    (
        "os.full",
        "le disque est plein\u{a0}; libérez de la place ou choisissez un autre dossier",
    ),
    (
        "os.read-only",
        "le disque est en lecture seule\u{a0}; choisissez un autre dossier",
    ),
    (
        "os.is-dir",
        "c’est un dossier, pas un fichier\u{a0}; donnez le chemin d’un fichier",
    ),
    (
        "os.not-dir",
        "une partie du chemin n’est pas un dossier\u{a0}; vérifiez le chemin",
    ),
    (
        "os.loop",
        "trop de liens symboliques (une boucle)\u{a0}; vérifiez le chemin",
    ),
    (
        "os.bad-name",
        "nom de fichier invalide\u{a0}; choisissez un autre nom",
    ),
    ("os.too-large", "fichier trop gros pour ce disque"),
    (
        "os.busy",
        "le fichier est occupé par un autre programme\u{a0}; réessayez dans un instant",
    ),
    (
        "os.cross-device",
        "déplacement impossible entre deux disques\u{a0}; choisissez un dossier sur le même disque",
    ),
    ("os.exists", "le fichier existe déjà"),
    ("os.invalid-data", "contenu illisible"),
    ("os.interrupted", "opération interrompue\u{a0}; réessayez"),
    (
        "os.other",
        "erreur du système de fichiers\u{a0}; vérifiez le chemin et l’espace disque, puis réessayez",
    ),
    (
        "yaml.budget-depth",
        "imbrication trop profonde (plus de {limit} niveaux)\u{a0}: un fichier boussole n’en a que quelques-uns\u{202f}; vérifiez qu’il s’agit du bon fichier",
    ),
    (
        "yaml.budget-aliases",
        "trop d’alias YAML (*nom) ou d’ancres (&nom)\u{a0}: boussole refuse ce fichier pour se protéger\u{202f}; écrivez les valeurs en toutes lettres",
    ),
    (
        "yaml.budget-size",
        "le fichier contient trop de valeurs (plus de {limit})\u{a0}: un questionnaire ou un fichier de réponses n’en a que quelques milliers\u{202f}; vérifiez qu’il s’agit du bon fichier, ou découpez-le",
    ),
    (
        "yaml.multiple-documents",
        "le fichier contient plusieurs documents YAML (séparés par une ligne ---)\u{a0}: un fichier boussole n’en contient qu’un\u{202f}; supprimez la ligne --- et ce qui suit, ou mettez chaque document dans son propre fichier",
    ),
    (
        "yaml.surrogate",
        "séquence d’échappement \\u invalide (une moitié de paire UTF-16, entre \\uD800 et \\uDFFF)\u{a0}: écrivez le caractère lui-même, ou son code complet avec \\U (par exemple \\U0001F600)",
    ),
    (
        "yaml.bad-char",
        "caractère invalide dans un fichier YAML (caractère de contrôle ou non imprimable)\u{a0}: supprimez-le, ou écrivez-le entre guillemets doubles avec un échappement (\\t, \\n, \\u0007…)",
    ),
    (
        "warn.duplicate-respondent",
        "attention : {first} et {second} portent le même répondant ({respondent}) pour « {department} » ; s’il s’agit d’un doublon, retirez l’un des deux fichiers",
    ),
    (
        "yaml.syntax",
        "YAML invalide : {detail} ; vérifiez l’indentation (des espaces, pas de tabulations) et les guillemets",
    ),
    (
        "yaml.duplicate",
        "clé « {key} » en double : chaque clé ne doit apparaître qu’une fois (supprimez ou renommez l’une des deux)",
    ),
    // --- shapes and fields ---------------------------------------------------
    (
        "field.unknown",
        "champ inconnu « {field} » : les champs possibles ici sont {expected}",
    ),
    (
        "field.unknown-hint",
        "champ inconnu « {field} » : vouliez-vous écrire « {suggestion} » ?",
    ),
    (
        "field.missing",
        "champ obligatoire « {field} » manquant dans {context}",
    ),
    (
        "type.expected",
        "« {field} » doit être {expected}, pas {found}",
    ),
    ("type.string", "un texte"),
    (
        "type.string-quoted",
        "un texte entre guillemets, par exemple \"{example}\"",
    ),
    ("type.number", "un nombre"),
    ("type.integer", "un nombre entier"),
    ("type.list", "une liste (lignes commençant par « - »)"),
    (
        "type.mapping",
        "un tableau de clés (lignes « clé: valeur »)",
    ),
    (
        "type.document",
        "le fichier doit être un tableau de clés (lignes « clé: valeur »), pas {found}",
    ),
    ("ctx.document", "le fichier"),
    ("ctx.level", "ce niveau d’échelle"),
    ("ctx.theme", "ce thème"),
    ("ctx.question", "cette question"),
    ("ctx.option", "cette option"),
    ("ctx.obligation", "cette obligation"),
    ("ctx.answer", "cette réponse"),
    // --- questionnaire rules -------------------------------------------------
    (
        "q.id-format",
        "identifiant « {id} » invalide : n’utilisez que des minuscules sans accent, des chiffres et des tirets (a-z, 0-9, -)",
    ),
    ("q.lang", "langue « {lang} » inconnue : écrivez fr ou en"),
    ("q.empty-text", "« {field} » ne doit pas être vide"),
    (
        "q.scale-short",
        "l’échelle doit avoir au moins 2 niveaux (elle en a {count})",
    ),
    ("q.empty-list", "la liste « {field} » ne doit pas être vide"),
    (
        "q.options-short",
        "une question à options doit en proposer au moins 2 (elle en a {count})",
    ),
    (
        "q.weight",
        "le poids doit être un nombre fini strictement positif (trouvé : {value})",
    ),
    (
        "q.score-range",
        "le score d’une option doit être compris entre 0 et 100 (trouvé : {value})",
    ),
    (
        "q.dup-theme",
        "identifiant de thème « {id} » en double (déjà utilisé ligne {line}) : donnez-lui un identifiant unique",
    ),
    (
        "q.dup-question",
        "identifiant de question « {id} » en double (déjà utilisé ligne {line}) : chaque question doit avoir un identifiant unique dans tout le fichier",
    ),
    (
        "q.scope",
        "portée « {scope} » inconnue : écrivez organisation (un fait de la collectivité) ou department (la direction du répondant)",
    ),
    (
        "q.date",
        "date « {date} » invalide pour « {field} » : écrivez-la AAAA-MM-JJ entre guillemets, par exemple \"2027-12-02\"",
    ),
    (
        "q.until-before",
        "l’échéance {until} précède la date d’application {from} : corrigez l’une des deux",
    ),
    (
        "q.dup-obligation",
        "identifiant d’obligation « {id} » en double (déjà utilisé ligne {line}) : chaque obligation du catalogue doit avoir un identifiant unique",
    ),
    (
        "q.obligation-unknown",
        "obligation « {id} » inconnue : citez un identifiant du catalogue « obligations » en tête du fichier ({known}), ou ajoutez-la au catalogue",
    ),
    ("q.obligation-none", "le fichier n’a pas de catalogue"),
    (
        "q.obligation-uncited",
        "l’obligation « {id} » n’est citée par aucune question : citez-la dans le champ « obligations » d’une question, ou retirez-la du catalogue",
    ),
    (
        "q.replaces-current",
        "« {id} » est une question de cette version (ligne {line}) : « replaces » ne nomme que des questions d’une version antérieure",
    ),
    // --- answers rules -------------------------------------------------------
    (
        "a.questionnaire",
        "ces réponses portent sur le questionnaire « {found} », mais le questionnaire utilisé est « {expected} » : choisissez le bon avec --questionnaire",
    ),
    (
        "a.version",
        "ces réponses portent sur la version « {found} » du questionnaire, mais la version utilisée est « {expected} » : choisissez le bon fichier avec --questionnaire (ou --baseline-questionnaire pour une campagne antérieure)",
    ),
    (
        "a.is-questionnaire",
        "ce fichier est un questionnaire, pas un fichier de réponses : retirez-le du dossier des réponses (pour l’utiliser, passez-le avec --questionnaire)",
    ),
    (
        "a.unknown-question",
        "la question « {id} » n’existe pas dans le questionnaire {questionnaire} (version {version}) : vérifiez l’identifiant",
    ),
    (
        "a.choice-range",
        "choix {choice} hors limites : cette question propose les choix 0 à {max} ({labels})",
    ),
    (
        "a.choice-negative",
        "choix {choice} invalide : les choix se comptent à partir de 0 (0 à {max})",
    ),
    (
        "a.bad-word",
        "réponse « {word} » inconnue : écrivez na (sans objet), unknown (ne sait pas), ou le choix sur la ligne suivante, sous la forme « choice: 2 »",
    ),
    (
        "a.bad-word-fr",
        "réponse « {word} » inconnue : écrivez sans objet (ou so, na), ne sait pas (ou nsp, unknown), ou le choix sur la ligne suivante, sous la forme « choice: 2 »",
    ),
    (
        "a.date",
        "date « {date} » invalide : écrivez-la AAAA-MM-JJ, par exemple 2026-10-04",
    ),
    (
        "a.department-empty",
        "le nom de la direction ne doit pas être vide",
    ),
    // --- summary lines -------------------------------------------------------
    (
        "sum.errors",
        "{count} {count|problème trouvé|problèmes trouvés}",
    ),
    (
        "sum.files-errors",
        "{count} {count|problème|problèmes} dans {files} {files|fichier|fichiers} ; aucun résultat n’a été produit",
    ),
    ("report.method-questionnaire", "Le questionnaire"),
    (
        "report.method-questionnaire-counts",
        "Questionnaire {id}, version {version} : {themes} thèmes, {questions} questions, une échelle de {levels} niveaux ({labels}).",
    ),
    ("report.method-rules", "Les règles de calcul"),
    // --- tables and exports ---------------------------------------------------
    (
        "table.participation",
        "{respondents} {respondents|répondant|répondants}, {departments} {departments|direction|directions}",
    ),
    ("table.overall", "Niveau global de l’organisation :"),
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
    ("check.ok", "{path} : questionnaire valide"),
    (
        "check.summary",
        "{id} version {version} ({lang}) — « {title} »",
    ),
    (
        "check.counts",
        "{themes} {themes|thème|thèmes}, {questions} {questions|question|questions}, échelle de {levels} niveaux : {labels}",
    ),
    (
        "check.theme",
        "  {title} ({id}) : {questions} {questions|question|questions}, poids {weight}",
    ),
    (
        "check.scopes",
        "portée : {organisation} {organisation|question|questions} sur la collectivité, {department} sur la direction du répondant ; {owned} avec un pilote suggéré, {stated} avec un constat rédigé",
    ),
    (
        "check.obligations",
        "{obligations} {obligations|obligation|obligations} au catalogue, {obligations|citée|citées} par {questions} {questions|question|questions}",
    ),
    (
        "check.replaces",
        "{questions} {questions|question reliée|questions reliées} à une version antérieure (replaces)",
    ),
    ("check.warning", "avertissement : {message}"),
    // --- compare ---------------------------------------------------------------
    ("cmp.new-short", "nouvelle"),
    (
        "cmp.since",
        "évolution depuis la campagne précédente (questionnaire version {version}), en points",
    ),
    (
        "cmp.deltas-note",
        "Entre parenthèses : l’évolution en points depuis la campagne précédente, direction par direction (appariées par leur nom).",
    ),
    (
        "cmp.new-departments",
        "Directions nouvelles (absentes de la campagne précédente) :",
    ),
    (
        "cmp.vanished-departments",
        "Directions qui ne figurent plus (présentes dans la campagne précédente) :",
    ),
    (
        "cmp.same-questions",
        "Les deux campagnes portent sur les mêmes questions.",
    ),
    (
        "cmp.shared-questions",
        "Scores et évolutions portent sur les {shared} questions communes aux versions {old} et {new} du questionnaire.",
    ),
    (
        "cmp.added",
        "Questions ajoutées depuis (non comptées dans les évolutions) :",
    ),
    (
        "cmp.removed",
        "Questions retirées depuis (non comptées dans les évolutions) :",
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
        "Ordre du jour de la réunion de consensus : {count} {count|question|questions} où les réponses d’une même direction divergent de 2 niveaux ou plus (50 points pour les questions à choix propres)",
    ),
    (
        "cmp.agenda-heading",
        "Ordre du jour de la réunion de consensus",
    ),
    ("cmp.md-questionnaire", "Questionnaire"),
    ("cmp.md-version", "version"),
    ("cmp.md-legend", "Scores en % ; niveaux :"),
    ("csv.question-id", "question_id"),
    ("csv.question", "question"),
    ("csv.gap", "ecart"),
    ("csv.respondent", "repondant"),
    ("csv.answer", "reponse"),
    ("csv.comment", "commentaire"),
    ("csv.baseline", "score_precedent"),
    ("csv.change", "evolution"),
    // --- form ------------------------------------------------------------------
    (
        "form.noscript",
        "Ce formulaire a besoin de JavaScript, désactivé dans ce navigateur\u{a0}: activez-le pour ce fichier, ou demandez à la personne qui vous l’a envoyé un autre moyen de répondre (tableur, questionnaire papier).",
    ),
    ("form.skip", "Aller aux questions"),
    (
        "form.version",
        "Questionnaire «\u{a0}{id}\u{a0}», version {version}",
    ),
    (
        "form.offline",
        "Sans réseau\u{a0}: ce formulaire fonctionne sans connexion et vos réponses restent sur votre poste. Rien n’est envoyé\u{202f}; c’est vous qui transmettez le fichier de réponses téléchargé.",
    ),
    (
        "form.storage-on",
        "Vos réponses sont enregistrées dans ce navigateur à chaque modification\u{a0}: vous pouvez fermer la page et la rouvrir plus tard.",
    ),
    (
        "form.storage-off",
        "Attention\u{a0}: ce navigateur n’enregistre pas les réponses de ce fichier. Si vous fermez la page, elles seront perdues\u{a0}: téléchargez vos réponses avant de la fermer, puis reprenez le fichier téléchargé pour continuer.",
    ),
    ("form.about-you", "Vous"),
    ("form.department", "Direction"),
    (
        "form.department-hint",
        "Obligatoire\u{a0}: la direction au nom de laquelle vous répondez.",
    ),
    (
        "form.department-locked",
        "Fixée par la personne qui vous a envoyé ce formulaire.",
    ),
    ("form.respondent", "Répondant (facultatif)"),
    (
        "form.respondent-hint",
        "Votre nom distingue les répondants d’une même direction\u{202f}; il n’apparaît pas dans le rapport.",
    ),
    ("form.contents", "Thèmes"),
    ("form.progress", "{answered}\u{a0}/\u{a0}{total}"),
    ("form.progress-label", "Questions avec une réponse"),
    ("form.next-unanswered", "Question suivante sans réponse"),
    ("form.all-answered", "Toutes les questions ont une réponse."),
    ("form.help", "Aide"),
    ("form.references", "Références"),
    ("form.owner", "Pilote suggéré\u{a0}: {owner}"),
    ("form.scope-organisation", "Question sur la collectivité"),
    ("form.scope-department", "Question sur votre direction"),
    ("form.na", "Sans objet"),
    (
        "form.na-hint",
        "la question ne concerne pas votre direction",
    ),
    ("form.unknown", "Ne sait pas"),
    ("form.unknown-hint", "vous ne savez pas répondre"),
    ("form.clear", "Effacer la réponse"),
    ("form.comment", "Commentaire (facultatif)"),
    (
        "form.comment-orphan",
        "Ce commentaire n’ira dans le fichier qu’avec une réponse (au besoin «\u{a0}Ne sait pas\u{a0}»).",
    ),
    ("form.answered", "Répondue"),
    ("form.unanswered", "Sans réponse"),
    ("form.actions", "Vos réponses"),
    ("form.download", "Télécharger mes réponses"),
    (
        "form.download-hint",
        "Enregistre un fichier de réponses (.yaml) à envoyer à la personne qui organise l’évaluation. Vous pouvez télécharger un fichier partiel et le compléter plus tard.",
    ),
    ("form.open", "Reprendre un fichier de réponses"),
    (
        "form.open-hint",
        "Rouvre un fichier téléchargé plus tôt, pour le compléter ou le corriger.",
    ),
    ("form.forget", "Effacer mes réponses de ce navigateur"),
    (
        "form.forget-confirm",
        "Effacer toutes les réponses de ce formulaire dans ce navigateur\u{202f}? Les fichiers déjà téléchargés ne sont pas touchés.",
    ),
    ("form.forgotten", "Réponses effacées de ce navigateur."),
    (
        "form.downloaded",
        "Fichier «\u{a0}{file}\u{a0}» enregistré (dans vos téléchargements)\u{a0}: {answered} / {total} questions avec une réponse.",
    ),
    (
        "form.downloaded-partial",
        "Vous pourrez le compléter plus tard avec «\u{a0}Reprendre un fichier de réponses\u{a0}».",
    ),
    (
        "form.comments-dropped",
        "Commentaires sans réponse, absents du fichier\u{a0}: questions {list}.",
    ),
    (
        "form.need-department",
        "Indiquez votre direction avant de télécharger vos réponses.",
    ),
    (
        "form.opened",
        "Réponses reprises du fichier «\u{a0}{file}\u{a0}»\u{a0}: {answered} / {total} questions avec une réponse.",
    ),
    (
        "form.replace-confirm",
        "Remplacer les réponses en cours par celles du fichier «\u{a0}{file}\u{a0}»\u{202f}?",
    ),
    (
        "form.open-error",
        "Le fichier «\u{a0}{file}\u{a0}» n’a pas été repris\u{a0}: {error}",
    ),
    ("form.err-line", "ligne {line}\u{a0}: {error}"),
    (
        "form.err-syntax",
        "ligne que ce formulaire ne sait pas lire (un fichier de réponses écrit par boussole, ou corrigé à la main sans en changer la forme, est attendu)",
    ),
    (
        "form.err-not-answers",
        "ce n’est pas un fichier de réponses boussole (il y manque «\u{a0}questionnaire\u{a0}», «\u{a0}version\u{a0}» ou «\u{a0}answers\u{a0}»)",
    ),
    (
        "form.err-questionnaire",
        "il répond au questionnaire «\u{a0}{found}\u{a0}» version {found_version}, et ce formulaire est celui du questionnaire «\u{a0}{expected}\u{a0}» version {expected_version}",
    ),
    (
        "form.err-unknown-question",
        "la question «\u{a0}{id}\u{a0}» n’existe pas dans ce questionnaire",
    ),
    (
        "form.err-choice",
        "réponse {choice} impossible pour la question «\u{a0}{id}\u{a0}» (choix de 0 à {max})",
    ),
    (
        "form.other-department",
        "Ce fichier est celui de la direction «\u{a0}{found}\u{a0}»\u{202f}; ce formulaire est pour la direction «\u{a0}{expected}\u{a0}», qui est conservée.",
    ),
    (
        "form.footer",
        "Formulaire écrit par boussole à partir du questionnaire «\u{a0}{title}\u{a0}» (version {version}).",
    ),
    ("form.dismiss", "Fermer ce message"),
    (
        "form.written",
        "Formulaire écrit\u{a0}: {path} ({size} Ko, {questions} questions). Envoyez ce fichier aux répondants\u{a0}: il s’ouvre dans un navigateur, sans réseau.",
    ),
    (
        "form.written-pdf",
        "Questionnaire papier écrit\u{a0}: {path} ({size} Ko, {questions} questions). Imprimez-le\u{a0}; les réponses se saisissent ensuite avec boussole assess.",
    ),
    (
        "form.output-not-file",
        "{path} n’est pas un fichier ordinaire\u{a0}: choisissez un fichier, ou «\u{a0}-o -\u{a0}» pour écrire sur la sortie standard",
    ),
    (
        "form.output-is-input",
        "{path} est le questionnaire lu\u{a0}: choisissez un autre fichier de sortie",
    ),
    (
        "form.output-exists",
        "{path} existe et n’est pas un formulaire boussole\u{a0}: choisissez un autre nom, ou ajoutez --force pour le remplacer",
    ),
    (
        "form.output-is-dir",
        "{path} est un dossier\u{a0}: donnez à -o le chemin d’un fichier, par exemple {path}/formulaire.html",
    ),
    (
        "form.no-folder",
        "impossible d’écrire {path}\u{a0}: le dossier {folder} n’existe pas\u{202f}; créez-le d’abord, ou choisissez un autre chemin avec -o",
    ),
    // --- assess ---------------------------------------------------------------
    (
        "assess.file-header",
        "Réponses au questionnaire «\u{a0}{title}\u{a0}»",
    ),
    (
        "assess.not-tty",
        "assess pose ses questions dans un terminal, mais l’entrée standard n’en est pas un (redirection ou tâche automatique)\u{a0}: lancez la commande dans une fenêtre de terminal",
    ),
    ("assess.terminal-error", "erreur du terminal ({error})"),
    ("assess.canceled", "← retour"),
    (
        "assess.foreign-owner",
        "{path} contient déjà les réponses de {owner}, pas de {expected}\u{a0}: il n’a pas été modifié. Choisissez un autre fichier avec -o, ou lancez la commande sans -o pour un nom de fichier automatique",
    ),
    ("assess.owner", "la direction «\u{a0}{department}\u{a0}»"),
    (
        "assess.owner-respondent",
        "{respondent} (direction «\u{a0}{department}\u{a0}»)",
    ),
    (
        "assess.output-dir",
        "{path} est un dossier\u{a0}: donnez à -o le chemin d’un fichier, par exemple {path}/reponses.yaml",
    ),
    (
        "assess.refused",
        "{path} n’a pas été modifié\u{a0}: corrigez-le, déplacez-le, ou choisissez un autre fichier avec -o.",
    ),
    (
        "assess.no-free-name",
        "trop de fichiers portent déjà un nom proche de {path}\u{a0}: choisissez le fichier avec -o",
    ),
    ("assess.header-department", "Direction\u{a0}: {department}"),
    ("assess.header-respondent", "Répondant\u{a0}: {respondent}"),
    ("assess.header-file", "Fichier\u{a0}: {path}"),
    (
        "assess.resumed",
        "Reprise\u{a0}: {answered}/{total} déjà répondues, suite à la question {position}.",
    ),
    (
        "assess.complete-already",
        "Les {total} questions ont déjà une réponse.",
    ),
    ("assess.what-now", "Que voulez-vous faire\u{202f}?"),
    (
        "assess.review",
        "Revoir et modifier les réponses depuis la question 1",
    ),
    ("assess.finish", "Terminer et afficher mes scores"),
    (
        "assess.keys",
        "Une question à la fois. ↑↓ pour choisir, Entrée pour valider, Échap pour revenir à la question précédente, Ctrl-C pour quitter. Chaque réponse est enregistrée aussitôt\u{a0}: vous pouvez vous arrêter à tout moment et reprendre plus tard avec la même commande.",
    ),
    (
        "assess.position",
        "Thème — {theme} · Question {position}/{total}",
    ),
    ("assess.current", "Réponse enregistrée\u{a0}: {answer}"),
    ("assess.current-comment", "Commentaire\u{a0}: {comment}"),
    ("assess.answer-prompt", "Votre réponse\u{a0}:"),
    (
        "assess.select-help",
        "↑↓ choisir · Entrée valider · Échap question précédente · Ctrl-C quitter",
    ),
    ("assess.na", "Sans objet"),
    ("assess.unknown", "Ne sait pas"),
    ("assess.help-action", "? Aide et textes de référence"),
    ("assess.back-action", "← Question précédente"),
    ("assess.quit-action", "Quitter (reprendre plus tard)"),
    ("assess.comment", "Commentaire (facultatif)\u{a0}:"),
    (
        "assess.comment-help",
        "Entrée pour valider ou passer · Échap pour revenir au choix",
    ),
    ("assess.no-comment", "(pas de commentaire)"),
    ("assess.help-title", "Aide\u{a0}:"),
    ("assess.references-title", "Références\u{a0}:"),
    ("assess.first-question", "C’est la première question."),
    (
        "assess.terminal-failed",
        "{error}\u{202f}; les réponses déjà données sont enregistrées dans {path}. Pour reprendre\u{a0}: {command}",
    ),
    (
        "assess.saved",
        "Réponses enregistrées dans {path} ({answered}/{total}).",
    ),
    (
        "assess.nothing-saved",
        "Aucune réponse enregistrée pour l’instant.",
    ),
    (
        "assess.resume-hint",
        "Pour reprendre là où vous vous êtes arrêté, tapez\u{a0}:",
    ),
    (
        "assess.done",
        "Questionnaire terminé\u{a0}: {answered}/{total} réponses. Vos scores par thème\u{a0}:",
    ),
    ("assess.file", "Fichier de réponses\u{a0}: {path}"),
    (
        "assess.score-hint",
        "Pour les scores de toutes les directions, une fois leurs réponses réunies\u{a0}:",
    ),
    ("assess.ready", "Prêt\u{202f}?"),
    ("assess.start", "Commencer le questionnaire"),
    (
        "assess.start-help",
        "Entrée pour commencer · Ctrl-C pour quitter",
    ),
    ("assess.help-return", "← Retour à la question"),
    (
        "assess.help-return-keys",
        "Entrée ou Échap pour revenir à la question",
    ),
    ("assess.help-position", "Question {position}/{total}\u{a0}:"),
    (
        "assess.start-hint",
        "Pour commencer plus tard, tapez\u{a0}:",
    ),
    (
        "assess.stderr-not-tty",
        "assess affiche ses questions sur la sortie d’erreur, qui est redirigée\u{a0}: lancez la commande sans rediriger 2>",
    ),
    // --- report ---------------------------------------------------------------
    (
        "demo.written",
        "Campagne d’exemple de la {organisation} écrite\u{a0}: {current_count} fichiers de réponses dans {current}, et ceux de la campagne de l’année précédente ({baseline_count} fichiers) dans {baseline}.",
    ),
    ("demo.next", "À essayer ensuite\u{a0}:"),
    ("demo.example-department", "Direction de la culture"),
    ("demo.example-respondent", "Marie Dupont"),
    (
        "demo.not-a-folder",
        "{path} existe et n’est pas un dossier\u{a0}: choisissez un autre dossier avec -o",
    ),
    (
        "demo.not-empty",
        "le dossier {path} existe déjà et contient autre chose qu’une démonstration de boussole\u{a0}: rien n’y a été écrit\u{202f}; choisissez un autre dossier avec -o (par exemple -o boussole-demo)",
    ),
    (
        "report.bad-date",
        "--date «\u{a0}{date}\u{a0}» invalide\u{a0}: écrivez la date sous la forme AAAA-MM-JJ, par exemple --date 2026-10-04",
    ),
    (
        "report.date-from-clock",
        "aucune réponse n’est datée et --date n’est pas donnée\u{a0}: le rapport est daté d’aujourd’hui ({date}) d’après l’horloge de l’ordinateur\u{202f}; donnez --date AAAA-MM-JJ pour obtenir le même rapport un autre jour",
    ),
    (
        "report.no-folder",
        "impossible d’écrire {path}\u{a0}: le dossier {folder} n’existe pas\u{202f}; créez-le d’abord, ou choisissez un autre chemin avec -o",
    ),
    (
        "report.output-is-dir",
        "{path} est un dossier\u{a0}: donnez à -o le chemin d’un fichier, par exemple {path}/rapport.pdf",
    ),
    (
        "report.names-need-annex",
        "--show-respondents n’a d’effet qu’avec --with-answers\u{a0}: les noms n’apparaissent que dans l’annexe",
    ),
    (
        "report.written",
        "Rapport écrit\u{a0}: {path} ({pages} pages, {size} Ko)",
    ),
    ("report.page", "page {page} / {total}"),
    (
        "report.footer",
        "{title} — rapport d’auto-évaluation du {date}",
    ),
    ("report.meta-title", "{title} — {organisation}"),
    (
        "report.meta-subject",
        "Rapport d’auto-évaluation de la gouvernance de l’IA",
    ),
    ("report.month-1", "janvier"),
    ("report.month-2", "février"),
    ("report.month-3", "mars"),
    ("report.month-4", "avril"),
    ("report.month-5", "mai"),
    ("report.month-6", "juin"),
    ("report.month-7", "juillet"),
    ("report.month-8", "août"),
    ("report.month-9", "septembre"),
    ("report.month-10", "octobre"),
    ("report.month-11", "novembre"),
    ("report.month-12", "décembre"),
    ("report.no-score", "pas de score (aucune réponse notée)"),
    ("report.answer-na", "Sans objet"),
    ("report.answer-unknown", "Ne sait pas"),
    ("report.answer-missing", "Sans réponse"),
    ("report.others", "+{count} autres"),
    ("report.cover-kicker", "Rapport d’auto-évaluation"),
    ("report.cover-date", "Campagne du {date}"),
    ("report.cover-overall", "Niveau global"),
    ("report.cover-departments", "Directions"),
    ("report.cover-respondents", "Répondants"),
    (
        "report.cover-questionnaire",
        "Questionnaire {id}, version {version}.",
    ),
    (
        "report.cover-baseline",
        "Comparaison avec une campagne antérieure (questionnaire version {version}).",
    ),
    (
        "report.cover-names-hidden",
        "Les noms des répondants n’apparaissent pas dans ce rapport\u{a0}: il parle de directions, pas de personnes. Document établi avec boussole\u{202f}; la méthode de calcul est expliquée dans la partie «\u{a0}Méthode\u{a0}».",
    ),
    (
        "report.cover-names-shown",
        "À la demande, les noms des répondants figurent dans l’annexe\u{202f}; le reste du rapport parle de directions, pas de personnes. Document établi avec boussole\u{202f}; la méthode de calcul est expliquée dans la partie «\u{a0}Méthode\u{a0}».",
    ),
    ("report.contents", "Sommaire"),
    ("report.synthesis", "Synthèse"),
    ("report.overall-level", "Niveau global\u{a0}:"),
    (
        "report.overall-change",
        "{delta} points depuis {since}, quand le niveau était {before}.",
    ),
    ("report.baseline-of", "la campagne du {date}"),
    ("report.baseline-previous", "la campagne précédente"),
    ("report.score-pct", "Score (%)"),
    ("report.change-short", "Évolution"),
    ("report.overall", "Global"),
    (
        "report.glance-note",
        "Scores en\u{a0}% (de 0 à 100)\u{202f}; les anneaux du graphique marquent les limites des niveaux.",
    ),
    (
        "report.glance-note-delta",
        "Évol.\u{a0}: en points depuis la campagne précédente.",
    ),
    ("report.see-action", "action n°\u{a0}{rank}"),
    ("report.strengths", "Points forts"),
    ("report.priorities", "Priorités"),
    (
        "report.no-strengths",
        "Aucune question n’a encore de score.",
    ),
    (
        "report.no-priorities",
        "Toutes les questions notées sont au niveau le plus haut.",
    ),
    ("report.participation", "Participation"),
    ("report.per-department-same", "{count} par direction"),
    (
        "report.per-department-range",
        "de {min} à {max} par direction",
    ),
    (
        "report.participation-text",
        "{departments} directions ont répondu, avec {respondents} répondants ({range}). {completion} des questions ont reçu une réponse\u{202f}; «\u{a0}sans objet\u{a0}» représente {na} des réponses et «\u{a0}ne sait pas\u{a0}» {unknown}.",
    ),
    (
        "report.na-unknown-gloss",
        "Ces deux réponses ne valent pas zéro\u{a0}: elles sont écartées du calcul.",
    ),
    ("report.what-changed", "Ce qui a changé"),
    (
        "report.changed-overall",
        "Depuis {since}, le score global a évolué de {delta} points.",
    ),
    ("report.changed-up", "Progressions\u{a0}: {themes}."),
    ("report.changed-down", "Reculs\u{a0}: {themes}."),
    ("report.changed-departments", "Directions\u{a0}: {list}."),
    (
        "report.changed-new",
        "Nouvelles directions (absentes de la campagne précédente)\u{a0}: {names}.",
    ),
    (
        "report.changed-gone",
        "Directions qui n’ont pas répondu cette fois\u{a0}: {names}.",
    ),
    (
        "report.changed-added",
        "{count} {count|question ajoutée, non comptée|questions ajoutées, non comptées} dans les évolutions\u{a0}: {questions}.",
    ),
    (
        "report.changed-removed",
        "{count} {count|question retirée|questions retirées}\u{a0}: {questions}.",
    ),
    ("report.by-theme", "Résultats par thème"),
    ("report.theme-score", "Score du thème\u{a0}:"),
    (
        "report.theme-change",
        "{delta} points depuis la campagne précédente (sur les questions communes).",
    ),
    (
        "report.theme-facts",
        "Poids du thème dans le score global\u{a0}: {weight} · {questions} questions · réponses\u{a0}: {answered} notées, {na} sans objet, {unknown} ne sait pas, {missing} sans réponse.",
    ),
    ("report.side-by-side", "Les directions côte à côte"),
    ("report.legend-mean", "moyenne de l’organisation ({score})"),
    ("report.legend-baseline", "score de la campagne précédente"),
    (
        "report.histogram-intro",
        "Avec {count} {count|direction|directions}, le graphique montre combien d’entre elles se situent à chaque niveau\u{202f}; le tableau complet figure dans la partie «\u{a0}Directions comparées\u{a0}».",
    ),
    (
        "report.top-departments",
        "Les {count} directions les plus avancées",
    ),
    (
        "report.bottom-departments",
        "Les {count} directions les moins avancées",
    ),
    (
        "report.full-table-note",
        "Toutes les directions figurent dans le tableau de la partie «\u{a0}Directions comparées\u{a0}».",
    ),
    ("report.disagreements", "Où les répondants divergent"),
    (
        "report.no-spread",
        "Aucune direction n’a plusieurs répondants\u{a0}: il n’y a pas d’écart à mesurer.",
    ),
    (
        "report.spread-intro",
        "Quand une direction a plusieurs répondants, leurs scores sur le thème peuvent différer. L’écart-type résume cette dispersion\u{a0}: 0 quand tous donnent le même score, d’autant plus grand que les avis divergent. Les directions où les écarts sont les plus marqués\u{a0}:",
    ),
    ("report.respondents", "Répondants"),
    ("report.min", "Min."),
    ("report.max", "Max."),
    ("report.stddev", "Écart-type"),
    (
        "report.spread-more",
        "+{count} autres directions à plusieurs répondants, aux écarts plus faibles.",
    ),
    ("report.agenda", "Ordre du jour de la réunion de consensus"),
    (
        "report.no-agenda",
        "Aucune question de ce thème ne sépare de deux niveaux ou plus les répondants d’une même direction.",
    ),
    (
        "report.agenda-intro",
        "{count} {count|question de ce thème sépare|questions de ce thème séparent} de deux niveaux ou plus des répondants d’une même direction\u{a0}: ce sont les points à trancher ensemble, preuves à l’appui, en réunion de consensus. Les répondants restent anonymes.",
    ),
    ("report.question", "Question"),
    ("report.gap", "Écart"),
    ("report.answers-given", "Réponses"),
    (
        "report.agenda-more",
        "+{count} autres questions disputées\u{a0}: la liste complète s’obtient avec la commande boussole compare --disagreements.",
    ),
    ("report.recommendations", "Recommandations"),
    (
        "report.recommendations-intro",
        "Les questions les moins bien notées du thème, avec la prochaine étape recommandée\u{a0}:",
    ),
    (
        "report.no-recommendation",
        "Toutes les questions notées de ce thème sont au niveau le plus haut.",
    ),
    (
        "report.recommendation-meta",
        "{score}, {level}\u{202f}; action n°\u{a0}{rank} du plan",
    ),
    ("report.departments", "Directions comparées"),
    (
        "report.departments-intro",
        "Pour chaque direction, le score de chaque thème et le score global, en\u{a0}%. La teinte de chaque case indique le niveau — plus elle est foncée, plus le niveau est élevé — et le nombre reste lisible une fois imprimé en noir et blanc. La dernière ligne donne le score de l’organisation.",
    ),
    (
        "report.departments-intro-delta",
        "Sous chaque score, l’évolution en points depuis la campagne précédente\u{202f}; «\u{a0}nouv.\u{a0}» désigne une direction qui n’y figurait pas.",
    ),
    ("report.overall-by-department", "Score global par direction"),
    (
        "report.departments-table",
        "Tableau des directions par thème",
    ),
    ("report.new-short", "nouv."),
    ("report.references", "Textes de référence"),
    (
        "report.references-intro",
        "Deux sortes de textes fondent les questions : les obligations légales, qui s’imposent à la collectivité à une date donnée, et les guides de bonnes pratiques, qui ne s’imposent pas. Ils sont présentés séparément.",
    ),
    ("report.references-why", "Pourquoi ces textes comptent"),
    (
        "report.references-ai-act",
        "Le règlement européen sur l’IA (RIA : règlement (UE) 2024/1689, modifié par le règlement (UE) 2026/1744) s’applique à toute collectivité qui utilise un système d’IA\u{a0}: elle en est alors «\u{a0}déployeur\u{a0}», et «\u{a0}fournisseur\u{a0}» d’un système qu’elle fait développer et met en service sous son nom (art. 3 et 25). Depuis le 2 février 2025, certaines pratiques sont interdites (art. 5) et la collectivité doit prendre des mesures pour favoriser la maîtrise de l’IA par ses agents et par ceux qui l’utilisent pour son compte (art. 4), sans qu’un niveau soit garanti\u{202f}; les obligations de transparence (art. 50) s’appliquent depuis le 2 août 2026, celles du fournisseur (informer l’usager qu’il échange avec une IA) comme celles du déployeur (signaler les hypertrucages et les textes générés qui informent le public)\u{202f}; celles qui portent sur les systèmes à haut risque de l’annexe III (art. 26, 27 et 49) s’appliqueront à partir du 2 décembre 2027, et au plus tard le 2 août 2030 pour ceux qu’une autorité publique utilisait déjà (art. 111).",
    ),
    (
        "report.references-crpa",
        "Le code des relations entre le public et l’administration (CRPA) impose depuis 2017 une mention explicite sur toute décision individuelle prise sur le fondement d’un traitement algorithmique, quel que soit le degré d’intervention humaine (art. L311-3-1), et, sur demande, la communication des règles de ce traitement sous une forme intelligible (art. R311-3-1-2)\u{202f}; le silence gardé un mois vaut refus (art. R*311-12 et R311-13). Les administrations de 50 agents ou plus publient en ligne les règles de leurs principaux traitements algorithmiques (art. L312-1-3 et D312-1-4).",
    ),
    (
        "report.references-gdpr",
        "Le RGPD exige une analyse d’impact avant un traitement de données personnelles susceptible d’engendrer un risque élevé (art. 35), impose d’associer le délégué à la protection des données (art. 38) et encadre les décisions fondées exclusivement sur un traitement automatisé (art. 22)\u{202f}; pour les décisions administratives, la loi Informatique et Libertés en fixe les conditions (art. 47). Les publications de la CNIL, du Conseil d’État, d’Etalab et du Défenseur des droits servent de repères de bonnes pratiques.",
    ),
    (
        "report.references-caveat",
        "Repères donnés à titre indicatif, selon l’état des textes à l’automne 2026\u{202f}; ils ne remplacent pas l’avis d’un juriste.",
    ),
    ("report.references-overall", "ensemble\u{a0}:"),
    (
        "report.no-references",
        "Les questions de ce questionnaire ne citent aucun texte.",
    ),
    ("report.actions", "Plan d’action"),
    (
        "report.actions-intro",
        "Les recommandations sont classées par priorité. La priorité d’une question multiplie trois facteurs\u{a0}: son poids, l’écart entre le score de l’organisation et le maximum, et le poids de son thème, soit priorité = poids de la question × (100 − score) / 100 × poids du thème. Une question importante et mal notée vient donc en tête. Seules figurent les questions dont le score est sous le niveau le plus haut («\u{a0}{top}\u{a0}»)\u{202f}; les directions concernées sont celles dont le score sur la question est sous ce niveau, la plus en retrait d’abord.",
    ),
    (
        "report.no-actions",
        "Toutes les questions notées sont au niveau le plus haut\u{a0}: aucune action prioritaire.",
    ),
    ("report.rank", "N°"),
    ("report.action", "Question et action recommandée"),
    ("report.priority", "Priorité"),
    ("report.departments-concerned", "Directions concernées"),
    ("report.all-departments", "toutes ({count})"),
    (
        "report.no-recommendation-text",
        "Le questionnaire ne donne pas de recommandation pour cette question.",
    ),
    ("report.method", "Méthode"),
    (
        "report.method-intro",
        "Les scores sont des pourcentages de 0 à 100. Le calcul n’utilise que des moyennes, pour que chacun puisse le refaire à la main à partir des fichiers de réponses\u{202f}; rien n’est arrondi avant l’affichage. Les règles, dans l’ordre du calcul\u{a0}:",
    ),
    ("report.rule-question-title", "Score d’une question"),
    (
        "report.rule-question",
        "sur l’échelle commune de {levels} niveaux, le niveau choisi, compté de 0 à {last}, vaut 100 × niveau / {last}, soit {values}. Une question qui propose ses propres options donne le score fixé pour l’option choisie.",
    ),
    (
        "report.rule-respondent-title",
        "Score d’un répondant sur un thème",
    ),
    (
        "report.rule-respondent",
        "la moyenne des scores des questions du thème auxquelles il a répondu par un choix, pondérée par le poids de chaque question\u{a0}: Σ (poids × score) / Σ poids.",
    ),
    ("report.rule-left-out-title", "Réponses écartées"),
    (
        "report.rule-left-out",
        "«\u{a0}sans objet\u{a0}» (la question ne concerne pas la direction), «\u{a0}ne sait pas\u{a0}» et l’absence de réponse ne comptent ni dans la somme des scores ni dans celle des poids\u{a0}: elles ne valent pas zéro. Elles sont comptées et signalées. Un répondant qui n’a répondu par un choix à aucune question d’un thème n’a pas de score sur ce thème.",
    ),
    (
        "report.rule-department-title",
        "Score d’une direction sur un thème",
    ),
    (
        "report.rule-department",
        "la moyenne simple des scores de ses répondants sur ce thème\u{202f}; l’écart-type de ces scores mesure leur dispersion.",
    ),
    (
        "report.rule-organisation-title",
        "Score de l’organisation sur un thème",
    ),
    (
        "report.rule-organisation",
        "la moyenne simple des scores des directions\u{a0}: chaque direction compte pour une, quel que soit son nombre de répondants.",
    ),
    ("report.rule-overall-title", "Scores globaux"),
    (
        "report.rule-overall",
        "pour un répondant, une direction ou l’organisation, la moyenne des scores des thèmes pondérée par le poids de chaque thème\u{202f}; un thème sans score est laissé de côté.",
    ),
    ("report.rule-level-title", "Niveaux"),
    (
        "report.rule-level",
        "un score se traduit en niveau par tranches égales\u{a0}: avec {levels} niveaux, chaque tranche couvre {width} points (tableau ci-dessous). Un score situé exactement sur une limite prend le niveau supérieur, et le niveau se lit sur le score exact\u{a0}: 39,97\u{a0}% s’affiche 40,0\u{a0}% mais reste au niveau inférieur.",
    ),
    ("report.rule-disagreement-title", "Désaccords"),
    (
        "report.rule-disagreement",
        "dans une direction, une question est «\u{a0}disputée\u{a0}» quand deux répondants ont donné des réponses distantes de deux niveaux ou plus (de 50 points ou plus pour une question à options propres). Ces questions forment l’ordre du jour de la réunion de consensus.",
    ),
    ("report.rule-ranking-title", "Classement des questions"),
    (
        "report.rule-ranking",
        "pour les points forts, les priorités, les textes de référence et le plan d’action, chaque question reçoit un score d’organisation calculé comme pour un thème\u{a0}: pour chaque direction, la moyenne des scores des répondants qui y ont répondu par un choix, puis la moyenne simple sur les directions. La priorité d’une action vaut poids de la question × (100 − score) / 100 × poids du thème.",
    ),
    ("report.rule-change-title", "Évolutions"),
    (
        "report.rule-change",
        "les deux campagnes sont recalculées sur les seules questions qu’elles ont en commun, les directions étant rapprochées par leur nom\u{202f}; les évolutions sont exprimées en points.",
    ),
    ("report.levels-table", "Les niveaux"),
    ("report.band", "Score"),
    ("report.meaning", "Ce que cela signifie"),
    ("report.band-range", "de {lo} à moins de {hi}"),
    ("report.band-last", "de {lo} à {hi}"),
    (
        "report.example",
        "Exemple\u{a0}: refaire un score à la main",
    ),
    (
        "report.example-intro",
        "Prenons «\u{a0}{department}\u{a0}» et le thème «\u{a0}{theme}\u{a0}»\u{a0}: {respondents} personnes y ont répondu. Voici leurs réponses, anonymes, avec le poids et le score de chaque question.",
    ),
    ("report.answer", "Réponse"),
    ("report.not-counted", "non compté"),
    (
        "report.example-respondent",
        "{who}\u{a0}: ({terms}) / ({weights}) = {num} / {den} = {score}\u{a0}%.",
    ),
    (
        "report.example-no-score",
        "{who} n’a répondu par un choix à aucune question du thème\u{a0}: pas de score.",
    ),
    (
        "report.example-department",
        "Score de «\u{a0}{department}\u{a0}» sur le thème\u{a0}: moyenne de {count|son|ses} {count} {count|répondant|répondants} = ({terms}) / {count} = {score}\u{a0}%.",
    ),
    (
        "report.example-organisation",
        "Score de l’organisation sur le thème «\u{a0}{theme}\u{a0}»\u{a0}: moyenne des {count} directions = ({terms}) / {count} = {score}\u{a0}%.",
    ),
    (
        "report.example-organisation-sum",
        "Score de l’organisation sur le thème «\u{a0}{theme}\u{a0}»\u{a0}: moyenne des {count} directions = (somme de leurs scores, {sum}) / {count} = {score}\u{a0}%\u{202f}; chaque score figure dans le tableau des directions.",
    ),
    (
        "report.example-overall",
        "Score global de l’organisation\u{a0}: moyenne des thèmes pondérée par leur poids = ({terms}) / ({weights}) = {score}\u{a0}%, soit {pct} tel que le rapport l’affiche. Ce score est compris entre {lo} et {hi}\u{a0}: niveau «\u{a0}{level}\u{a0}».",
    ),
    (
        "report.example-rounding",
        "Dans cet exemple, les nombres sont arrondis à deux décimales\u{202f}; ailleurs, le rapport affiche une décimale (ou aucune dans les listes). Le calcul, lui, n’arrondit jamais. Pour qu’un chiffre affiché ne contredise jamais son niveau, un score juste sous une limite de niveau est tronqué au lieu d’être arrondi vers la limite\u{a0}: avec cinq niveaux, 39,96 s’affiche 39,9 et non 40,0, qui se lirait au niveau supérieur.",
    ),
    ("report.annex", "Annexe"),
    (
        "report.annex-title",
        "Annexe — Réponses et commentaires par direction",
    ),
    (
        "report.annex-intro",
        "Toutes les réponses et tous les commentaires, direction par direction et thème par thème, tels que les répondants les ont saisis.",
    ),
    (
        "report.annex-names-hidden",
        "Les répondants sont désignés par un numéro (Répondant 1, 2…)\u{202f}; leurs noms ne figurent pas dans ce rapport.",
    ),
    (
        "report.annex-names-shown",
        "À la demande, les répondants sont désignés par leur nom.",
    ),
    (
        "report.annex-bounded",
        "Pour rester lisible, cette annexe se limite aux {shown} premières directions (par ordre alphabétique) sur {count}\u{202f}; toutes les réponses restent dans les fichiers de réponses.",
    ),
    (
        "report.annex-respondents",
        "{count} {count|répondant|répondants}\u{a0}: {names}.",
    ),
    ("report.other-one", "+1 autre"),
    ("report.dept-up", "{count} en progrès"),
    ("report.dept-down", "{count} en recul"),
    ("report.dept-same", "{count} {count|stable|stables}"),
    ("report.campaign-of", "Campagne du {date}"),
    ("report.campaign-previous", "Campagne précédente"),
    (
        "report.alt-radar",
        "Radar des thèmes, scores sur 100\u{a0}: {values}.",
    ),
    (
        "report.alt-bars",
        "Diagramme en barres, scores sur 100\u{a0}: {values}.",
    ),
    (
        "report.alt-baseline",
        "Campagne précédente\u{a0}: {values}.",
    ),
    ("report.alt-mean", "Moyenne\u{a0}: {value}."),
    (
        "report.alt-histogram",
        "Histogramme, nombre de directions par niveau\u{a0}: {values}.",
    ),
    ("report.alt-no-value", "sans réponse"),
    (
        "report.missing-glyph",
        "un caractère absent de la police DejaVu Sans est imprimé {code} dans le rapport\u{a0}; remplacez-le dans les fichiers si ce n’est pas voulu",
    ),
    (
        "report.not-conforming",
        "le rapport est écrit sans les déclarations PDF/UA-1 et PDF/A-2a, que krilla a refusées ({reason})\u{a0}; signalez-le aux développeurs",
    ),
    // --- report: findings, plan, obligations, évolution (issue 14) ---------
    ("report.findings", "Constats"),
    ("report.finding-gap-lead", "Écart entre directions."),
    (
        "report.finding-gap-marked",
        "{weak} est la plus en retard ({weak_score}, {weak_level}) et {strong} la plus avancée ({strong_score}, {strong_level}) : {gap} points les séparent, plus d’un niveau de l’échelle.",
    ),
    (
        "report.finding-gap-small",
        "Les directions sont proches : {gap} points séparent {weak} ({weak_score}, {weak_level}), la plus en retard, de {strong} ({strong_score}, {strong_level}).",
    ),
    (
        "report.finding-one-department",
        "Une seule direction a répondu, {name} ({score}, {level}) : le rapport ne compare pas de directions.",
    ),
    ("report.finding-theme-lead", "Thème en retard."),
    ("report.finding-themes-lead", "Thèmes."),
    (
        "report.finding-lagging",
        "{theme} est le thème le plus faible ({score}), {below} points sous le score global.",
    ),
    (
        "report.finding-lagging-worst",
        "{department} y obtient {score}.",
    ),
    (
        "report.finding-themes-even",
        "Aucun thème ne se détache : le plus faible, {theme}, obtient {lo} et le plus fort {hi}. Les écarts se jouent entre directions plus qu’entre thèmes.",
    ),
    (
        "report.finding-progress-lead",
        "Depuis la dernière campagne.",
    ),
    (
        "report.finding-progress-up",
        "Depuis {since}, le score global a progressé de {delta} points ({before} puis {now}).",
    ),
    (
        "report.finding-progress-down",
        "Depuis {since}, le score global a reculé de {delta} points ({before} puis {now}).",
    ),
    (
        "report.finding-progress-same",
        "Depuis {since}, le score global est stable ({before} puis {now}).",
    ),
    (
        "report.finding-progress-theme",
        "{theme} a le plus progressé ({delta} points).",
    ),
    (
        "report.finding-progress-respondents",
        "Les répondants ne sont pas tout à fait les mêmes ({before} puis {after}) : une partie de l’évolution peut tenir à ce changement.",
    ),
    ("report.finding-obligations-lead", "Obligations."),
    (
        "report.finding-obligations-one",
        "{count} obligation sur {total} n’est pas entièrement tenue ou reste à vérifier : {list}.",
    ),
    (
        "report.finding-obligations-many",
        "{count} obligations sur {total} ne sont pas entièrement tenues ou restent à vérifier (voir les textes de référence) ; la première échéance : {list}.",
    ),
    ("report.finding-gaps-lead", "Faits à établir."),
    (
        "report.finding-gaps-one",
        "Sur {count} question qui porte sur la collectivité entière, les directeurs se contredisent ou ne savent pas : {list}. Il faut d’abord établir le fait.",
    ),
    (
        "report.finding-gaps-many",
        "Sur {count} questions qui portent sur la collectivité entière, les directeurs se contredisent ou ne savent pas, par exemple : {list}. Il faut d’abord établir les faits.",
    ),
    ("report.finding-worst-lead", "Résultat le plus faible."),
    ("report.finding-worst", "« {question} » : {score}, {level}."),
    ("report.finding-strengths-lead", "Points d’appui."),
    ("report.decide", "Ce que nous proposons de décider"),
    (
        "report.decision-fallback",
        "Progresser sur ce constat : {finding}",
    ),
    (
        "report.decision-meta",
        "Porteur : {owner} · priorité {priority} · action n° {rank} du plan",
    ),
    ("report.owner-default", "Direction générale (DGS)"),
    ("report.owner", "Porteur"),
    ("report.priority-high", "haute"),
    ("report.priority-medium", "moyenne"),
    ("report.status", "Situation"),
    ("report.status-in-place", "en place"),
    ("report.status-partial", "partiel"),
    ("report.status-not-in-place", "non en place"),
    ("report.status-to-check", "à vérifier"),
    ("report.status-unknown", "sans réponse"),
    (
        "report.participation-departments-one",
        "{count} direction a répondu, avec {respondents} ({range}).",
    ),
    (
        "report.participation-departments-many",
        "{count} directions ont répondu, avec {respondents} ({range}).",
    ),
    ("report.respondents-one", "{count} répondant"),
    ("report.respondents-many", "{count} répondants"),
    ("report.per-department-same-one", "{count} par direction"),
    ("report.per-department-same-many", "{count} par direction"),
    (
        "report.participation-answers",
        "Sur {total} réponses attendues, {scored} sont notées ({scored_pct}), {na} disent « sans objet » ({na_pct}), {unknown} « ne sait pas » ({unknown_pct}) et {missing} sont restées vides ({missing_pct}).",
    ),
    (
        "report.participation-answers-complete",
        "Sur {total} réponses attendues, {scored} sont notées ({scored_pct}), {na} disent « sans objet » ({na_pct}), {unknown} « ne sait pas » ({unknown_pct}), et aucune n’est restée vide.",
    ),
    (
        "report.plan-intro",
        "Le plan retient au plus {max} actions, jamais sur une question déjà au niveau le plus haut (« {top} »). D’abord les obligations légales qui ne sont pas en place, la plus proche échéance en tête ; puis les plus grands écarts sur les questions qui pèsent le plus (poids de la question × écart au maximum × poids du thème). La priorité est haute pour une obligation ou un score sous 40 %, moyenne sinon. Le porteur est celui que suggère le questionnaire, à défaut la direction générale.",
    ),
    (
        "report.horizon-obligations",
        "Obligations à tenir, par échéance",
    ),
    (
        "report.horizon-gaps",
        "Les plus grands écarts sur les questions qui pèsent le plus",
    ),
    (
        "report.action-situation",
        "Constat : {finding} — {score}, {level} ({theme})",
    ),
    ("report.motivated-by", "Pourquoi"),
    (
        "report.plan-left-out-one",
        "{count} autre question sous le niveau le plus haut n’entre pas dans le plan ; elle figure, avec son score, dans les pages des thèmes.",
    ),
    (
        "report.plan-left-out-many",
        "{count} autres questions sous le niveau le plus haut n’entrent pas dans le plan ; elles figurent, avec leur score, dans les pages des thèmes.",
    ),
    ("report.obligations", "Obligations légales"),
    (
        "report.obligations-intro",
        "Une ligne par texte contraignant, dans l’ordre des articles, avec sa date d’application et la situation de la collectivité d’après les questions qui en relèvent.",
    ),
    ("report.obligation", "Texte"),
    ("report.application", "Application"),
    ("report.obligation-questions", "Questions qui en relèvent"),
    (
        "report.obligation-no-question",
        "aucune question du questionnaire",
    ),
    (
        "report.obligations-rule",
        "Situation\u{a0}: «\u{a0}en place\u{a0}» quand chaque question qui en relève obtient au moins {in_place}, «\u{a0}non en place\u{a0}» quand toutes sont sous {partial}, «\u{a0}partiel\u{a0}» entre les deux\u{202f}; «\u{a0}à vérifier\u{a0}» dès qu’une de ces questions reçoit au moins {unknown} de «\u{a0}ne sait pas\u{a0}», ou, pour un fait de la collectivité entière, quand au moins un quart des répondants s’écartent de deux niveaux ou plus de la réponse la plus fréquente\u{a0}: il faut alors établir les faits avant de conclure.",
    ),
    ("report.in-force", "en vigueur"),
    ("report.applies-from", "à partir du {date}"),
    ("report.applies-until", " ; d’ici le {date}"),
    ("report.good-practice", "Bonnes pratiques et guides"),
    ("report.reference", "Référence"),
    ("report.questions", "Questions"),
    ("report.where-we-stand", "Où en est la collectivité"),
    ("report.evolution", "Évolution"),
    (
        "report.evolution-intro",
        "Depuis {since}, le score global est passé de {before} à {now} ({delta} points), calculé sur les questions communes aux deux campagnes.",
    ),
    (
        "report.evolution-warning-title",
        "Les répondants ont changé",
    ),
    (
        "report.evolution-warning",
        "{before} personnes avaient répondu à la campagne précédente, {after} à celle-ci ; dans {departments} des directions présentes les deux fois, le nombre de répondants a changé. Une évolution peut donc tenir aux personnes autant qu’aux pratiques.",
    ),
    ("report.evolution-themes", "Par thème"),
    (
        "report.evolution-departments",
        "Par direction, la plus forte progression d’abord",
    ),
    ("report.evolution-new", "nouvelle"),
    ("report.before", "Avant"),
    ("report.change", "Évolution"),
    // --- report: anonymity, method (issue 14) ---
    (
        "report.method-self-assessment",
        "Chaque directeur ou directrice a répondu seul(e) au questionnaire, pour sa direction. Il s’agit d’une auto-évaluation déclarative : elle n’a pas été vérifiée par un audit, et elle vaut d’abord pour comparer les directions et suivre les progrès d’une campagne à l’autre.",
    ),
    ("report.method-conclusions", "Comment le rapport conclut"),
    (
        "report.rule-findings",
        "Constats de la synthèse : l’écart entre la direction la plus avancée et la plus en retard est dit marqué à partir de {gap} points (un niveau de l’échelle) ; un thème est dit en retard quand il est au moins {lagging} points sous le score global ; une évolution est citée à partir de {change} point. Viennent ensuite les obligations qui ne sont pas en place, puis les questions portant sur la collectivité entière où les directeurs se contredisent ou ne savent pas ; faute de trois constats, le résultat le plus faible est cité.",
    ),
    (
        "report.rule-plan",
        "Plan d’action : au plus {max} actions. D’abord les questions qui relèvent d’une obligation et ne sont pas en place, l’échéance la plus proche en tête ; puis les autres, par poids de la question × (100 − score) / 100 × poids du thème. Priorité haute pour une obligation ou un score sous {partial}, moyenne sinon. La synthèse propose de décider les actions de priorité haute, au moins {min} et au plus {most}.",
    ),
    (
        "report.rule-status",
        "Situation d’une obligation\u{a0}: «\u{a0}en place\u{a0}» quand chaque question qui en relève obtient au moins {in_place}, «\u{a0}non en place\u{a0}» quand toutes sont sous {partial}, «\u{a0}partiel\u{a0}» entre les deux, «\u{a0}à vérifier\u{a0}» dès qu’une de ces questions reçoit au moins {unknown} de «\u{a0}ne sait pas\u{a0}», ou, pour un fait de la collectivité entière, quand au moins un quart des répondants s’écartent de deux niveaux ou plus de la réponse la plus fréquente\u{a0}: il faut alors établir les faits avant de conclure.",
    ),
    (
        "report.rule-min-group",
        "Anonymat : aucune réponse individuelle, aucun commentaire ni écart entre répondants n’est montré pour une direction de moins de {min} répondants ; ailleurs, les réponses sont comptées (« 2 × Défini ») sans étiquette qui relierait les réponses d’une même personne d’une question à l’autre.",
    ),
    (
        "report.example-no-group",
        "Aucune direction ne compte au moins {min} répondants : pour préserver l’anonymat, l’exemple part des scores des directions, sans montrer les réponses de personne.",
    ),
    ("report.choices-scores", "Choix et scores"),
    ("report.theme-weight", "{theme} — poids du thème {weight}"),
    ("report.choices-scale", "l’échelle commune (ci-dessus)"),
    (
        "report.scoring-table",
        "Barème : le poids de chaque question et le score de chaque choix",
    ),
    (
        "report.scoring-table-intro",
        "Avec ce tableau et les réponses, chacun peut refaire tout score du rapport. Les questions sans choix propres se notent sur l’échelle commune : {scale}.",
    ),
    ("report.glossary", "Sigles"),
    ("report.acronym", "Sigle"),
    ("report.confidential-title", "Diffusion restreinte."),
    (
        "report.confidential",
        "Ce rapport contient en annexe les réponses et les commentaires des directions. Ils restent anonymes et ne sont détaillés que pour les directions d’au moins {min} répondants, mais des collègues peuvent se reconnaître : ne le diffusez qu’aux personnes qui en ont besoin.",
    ),
    (
        "report.min-group-spread-one",
        "{count} direction compte moins de {min} répondants : ses écarts entre répondants ne sont pas montrés, pour préserver l’anonymat.",
    ),
    (
        "report.min-group-spread-many",
        "{count} directions comptent moins de {min} répondants : leurs écarts entre répondants ne sont pas montrés, pour préserver l’anonymat.",
    ),
    (
        "report.min-group-agenda-one",
        "{count} désaccord, dans une direction de moins de {min} répondants, n’est pas détaillé : il montrerait la réponse de chacun.",
    ),
    (
        "report.min-group-agenda-many",
        "{count} désaccords, dans des directions de moins de {min} répondants, ne sont pas détaillés : ils montreraient la réponse de chacun.",
    ),
    (
        "report.agenda-intro-one",
        "{count} question de ce thème sépare de deux niveaux ou plus des répondants d’une même direction : c’est le point à trancher ensemble, preuves à l’appui, en réunion de consensus. Les réponses sont comptées, sans dire qui a répondu quoi.",
    ),
    (
        "report.agenda-intro-many",
        "{count} questions de ce thème séparent de deux niveaux ou plus des répondants d’une même direction : ce sont les points à trancher ensemble, preuves à l’appui, en réunion de consensus. Les réponses sont comptées, sans dire qui a répondu quoi.",
    ),
    (
        "report.min-group-annex-one",
        "{count} répondant, moins que les {min} requis pour préserver l’anonymat : les réponses de cette direction ne sont pas détaillées ; ses scores figurent dans les pages des thèmes.",
    ),
    (
        "report.min-group-annex-many",
        "{count} répondants, moins que les {min} requis pour préserver l’anonymat : les réponses de cette direction ne sont pas détaillées ; ses scores figurent dans les pages des thèmes.",
    ),
    (
        "report.annex-pooled-one",
        "{count} répondant. Pour chaque question, le nombre de réponses de chaque sorte et les commentaires, sans nom ni numéro.",
    ),
    (
        "report.annex-pooled-many",
        "{count} répondants. Pour chaque question, le nombre de réponses de chaque sorte et les commentaires, sans nom ni numéro.",
    ),
    ("report.comments", "Commentaires"),
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
    // --- the paper questionnaire --------------------------------------------
    ("paper.kicker", "Paper questionnaire"),
    (
        "paper.questionnaire",
        "Questionnaire {id}, version {version} · {count} questions",
    ),
    ("paper.department", "Department:"),
    ("paper.respondent", "Name (optional):"),
    ("paper.date", "Date:"),
    ("paper.how-title", "How to answer"),
    (
        "paper.how-tick",
        "For each question, tick one box only: the level your department has reached today, not the one it aims for.",
    ),
    (
        "paper.how-na",
        "Tick “Not applicable” if the question does not concern your department, “Don't know” if you do not know: these answers do not count in the scores, not even as zero.",
    ),
    (
        "paper.how-comment",
        "A comment is optional; it helps the consensus meeting understand an answer.",
    ),
    (
        "paper.how-typing",
        "The answers are typed in afterwards with “boussole assess” (or in the workbook of “boussole template”), in the order of the questions; the identifier printed small under each question helps find them. Questionnaire: {id}.",
    ),
    ("paper.scale-title", "The scale"),
    (
        "paper.scale-intro",
        "Unless stated otherwise, every question is answered on the same scale, lowest first:",
    ),
    (
        "paper.scale-options",
        "Some questions offer their own answers: they are printed under the question.",
    ),
    ("paper.id", "identifier: {id}"),
    ("paper.comment", "Comment (optional):"),
    (
        "paper.footer",
        "Questionnaire {id} {version} · to type in with boussole assess",
    ),
    ("paper.meta-title", "{title} — paper questionnaire"),
    (
        "paper.meta-subject",
        "Questionnaire to print for the self-assessment of AI governance",
    ),
    // --- spreadsheets: template and import -----------------------------------
    ("sheet.name", "Questionnaire"),
    ("sheet.department", "Department"),
    ("sheet.respondent", "Respondent"),
    (
        "sheet.department-note",
        "Write your department's name here (e.g. “Finance department”). The respondent's name, below, is optional and does not appear in the report.",
    ),
    (
        "sheet.instructions",
        "For each question, pick an answer from the list in the “Answer” column (the level reached, “Not applicable” or “Don't know”); a comment is optional. Only the yellow cells can be edited. Send the file back as it is: “boussole import” reads it back.",
    ),
    ("sheet.col-id", "Identifier"),
    ("sheet.col-theme", "Theme"),
    ("sheet.col-question", "Question"),
    ("sheet.col-answer", "Answer"),
    ("sheet.col-comment", "Comment"),
    ("sheet.col-help", "Help"),
    ("sheet.na", "Not applicable"),
    ("sheet.unknown", "Don't know"),
    ("sheet.error-title", "Answer not in the list"),
    (
        "sheet.error-message",
        "Pick an answer from the list: a level, “Not applicable” or “Don't know”.",
    ),
    (
        "template.bad-extension",
        "{path}: unknown extension; name the file .xlsx (Excel) or .ods (LibreOffice), or give --format xlsx|ods",
    ),
    (
        "template.written",
        "Template written: {path} ({count} questions, {size} KB). Have it filled in, then: boussole import FILE -o answers",
    ),
    (
        "import.unreadable",
        "not readable as an XLSX or ODS workbook ({error})",
    ),
    (
        "import.not-template",
        "this workbook is not a boussole template (its hidden “boussole” sheet is missing or was changed); start from a template written by “boussole template” and copy the answers into it",
    ),
    ("import.not-file", "{path}: not a regular file"),
    (
        "import.too-large",
        "{path}: file too large ({size} MB) to be an answers workbook",
    ),
    (
        "import.no-department",
        "the department is missing; write the department's name in this cell (right of “Department”), e.g. “Finance department”",
    ),
    (
        "import.moved",
        "the “{expected}” header is no longer in its place (rows or columns moved); copy the answers into a fresh template (boussole template)",
    ),
    (
        "import.no-id",
        "an answer or comment without a question identifier; put the question's identifier back in column A, or clear the row",
    ),
    (
        "import.unknown-id",
        "“{id}” is not a question of questionnaire {questionnaire} {version}; fix the identifier or delete the row",
    ),
    (
        "import.duplicate-row",
        "question {id} appears twice (already on row {first}); keep a single row",
    ),
    (
        "import.comment-without-answer",
        "a comment without an answer to question {id}; pick an answer (“Don't know” if need be) or clear the comment",
    ),
    (
        "import.bad-answer",
        "“{value}” is not a possible answer to question {id}; pick from the list ({choices}), type the number (0 to {max}), “{na}” or “{unknown}”",
    ),
    (
        "import.wrong-questionnaire",
        "this workbook was made for questionnaire {found}, not {expected}; import it with -q and questionnaire {found}, or copy the answers into a fresh template",
    ),
    (
        "import.same-target",
        "{first} and {second} would give the same file {path}; rename one of the workbooks",
    ),
    (
        "import.exists",
        "{path} already exists (it would come from {source}); add --force to replace it, or choose another folder with -o",
    ),
    ("import.nothing", "no workbook to import"),
    (
        "import.written",
        "{source} → {path} ({answered} answers out of {total})",
    ),
    (
        "import.blank",
        "{source}: {count} {count|question left blank, counted as missing|questions left blank, counted as missing}",
    ),
    (
        "sum.nothing-written",
        "{count} {count|problem|problems}; no file was written",
    ),
    ("io.progress", "Reading answers"),
    (
        "assess.locked",
        "{path} is already open in another “boussole assess” session (another window, or another person on this shared file): nothing was changed; end the other session (Ctrl-C: its answers are saved) and run this command again, or answer in another file with -o",
    ),
    (
        "assess.plain-keys",
        "Text mode: each question is followed by its numbered choices. Type the number of your answer and Enter; na (not applicable), unknown (don’t know), ? (help), < (previous question) or q (quit). Each answer is saved at once.",
    ),
    ("assess.plain-type", "Type {words}, then Enter:"),
    ("assess.plain-chosen", "Answer: {choice}"),
    (
        "assess.plain-empty",
        "Nothing typed: type one of the choices above, then Enter.",
    ),
    (
        "assess.plain-unknown",
        "“{typed}” is not one of the choices: type one of the choices above, then Enter.",
    ),
    (
        "assess.plain-comment-help",
        "Type your comment and Enter (Enter alone: no change, < to go back to the choice):",
    ),
    (
        "yaml.tab",
        "tab in the indentation: YAML accepts spaces only; replace it with spaces (two per level)",
    ),
    (
        "assess.output-stdout",
        "assess saves each answer to a file: give -o the path of a .yaml file, not “-”",
    ),
    ("output.stdout", "standard output"),
    (
        "output.symlink",
        "{path} is a symbolic link: boussole does not replace it; give -o the path of the file itself, or add --force to replace the link",
    ),
    (
        "output.not-regular",
        "{path} is not a regular file (device, pipe or socket): boussole does not replace it, even with --force; choose another path with -o, or -o - to write to standard output",
    ),
    (
        "output.is-input",
        "{path} is one of the command’s input files: it will not be replaced; choose another path with -o (for example report.pdf), or check the order of the arguments (-o FILE, then the answers)",
    ),
    (
        "output.foreign",
        "{path} exists and is not a {what}: it will not be replaced; choose another path with -o, or add --force to replace it",
    ),
    (
        "input.not-regular",
        "not a regular file (pipe, device or socket): give the path of a .yaml file",
    ),
    (
        "warn.skipped-special",
        "warning: {path} is not a regular file (pipe, device or socket); skipped",
    ),
    (
        "sum.more-problems",
        "{path}: and {count} more problems (fix the first ones, then run again)",
    ),
    ("os.not-found", "no such file or folder; check the path"),
    (
        "os.permission",
        "permission denied; check that you may access it, or choose another folder",
    ),
    (
        "os.full",
        "the disk is full; free some space or choose another folder",
    ),
    (
        "os.read-only",
        "the disk is read-only; choose another folder",
    ),
    (
        "os.is-dir",
        "it is a folder, not a file; give the path of a file",
    ),
    (
        "os.not-dir",
        "part of the path is not a folder; check the path",
    ),
    (
        "os.loop",
        "too many symbolic links (a loop); check the path",
    ),
    ("os.bad-name", "invalid file name; choose another name"),
    ("os.too-large", "file too large for this disk"),
    (
        "os.busy",
        "the file is busy in another program; try again in a moment",
    ),
    (
        "os.cross-device",
        "cannot move between two disks; choose a folder on the same disk",
    ),
    ("os.exists", "the file already exists"),
    ("os.invalid-data", "unreadable content"),
    ("os.interrupted", "interrupted; try again"),
    (
        "os.other",
        "file system error; check the path and the free space, then try again",
    ),
    (
        "yaml.budget-depth",
        "nesting too deep (more than {limit} levels): a boussole file has only a few; check that this is the right file",
    ),
    (
        "yaml.budget-aliases",
        "too many YAML aliases (*name) or anchors (&name): boussole refuses this file to protect itself; write the values out in full",
    ),
    (
        "yaml.budget-size",
        "the file holds too many values (more than {limit}): a questionnaire or answers file has a few thousand at most; check that this is the right file, or split it",
    ),
    (
        "yaml.multiple-documents",
        "the file holds several YAML documents (separated by a --- line): a boussole file holds one; delete the --- line and what follows, or put each document in a file of its own",
    ),
    (
        "yaml.surrogate",
        "invalid \\u escape (half of a UTF-16 pair, between \\uD800 and \\uDFFF): write the character itself, or its full code with \\U (for example \\U0001F600)",
    ),
    (
        "yaml.bad-char",
        "invalid character in a YAML file (a control or non-printable character): delete it, or write it in double quotes with an escape (\\t, \\n, \\u0007…)",
    ),
    (
        "warn.duplicate-respondent",
        "warning: {first} and {second} carry the same respondent ({respondent}) for “{department}”; if one is a copy, remove it",
    ),
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
    ("ctx.obligation", "this obligation"),
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
    (
        "q.scope",
        "unknown scope \u{201c}{scope}\u{201d}: write organisation (a fact of the authority) or department (the respondent's department)",
    ),
    (
        "q.date",
        "invalid date \u{201c}{date}\u{201d} for \u{201c}{field}\u{201d}: write it YYYY-MM-DD in quotes, for example \"2027-12-02\"",
    ),
    (
        "q.until-before",
        "the deadline {until} is before the application date {from}: correct one of them",
    ),
    (
        "q.dup-obligation",
        "duplicate obligation id \u{201c}{id}\u{201d} (already used on line {line}): every obligation of the catalogue needs a unique id",
    ),
    (
        "q.obligation-unknown",
        "unknown obligation \u{201c}{id}\u{201d}: cite an id of the \u{201c}obligations\u{201d} catalogue at the top of the file ({known}), or add it to the catalogue",
    ),
    ("q.obligation-none", "the file has no catalogue"),
    (
        "q.obligation-uncited",
        "obligation \u{201c}{id}\u{201d} is cited by no question: cite it in a question's \u{201c}obligations\u{201d} field, or remove it from the catalogue",
    ),
    (
        "q.replaces-current",
        "\u{201c}{id}\u{201d} is a question of this version (line {line}): \u{201c}replaces\u{201d} names only questions of an earlier version",
    ),
    // --- answers rules -------------------------------------------------------
    (
        "a.questionnaire",
        "these answers are for questionnaire \u{201c}{found}\u{201d}, but the questionnaire in use is \u{201c}{expected}\u{201d}: pick the right one with --questionnaire",
    ),
    (
        "a.version",
        "these answers are for version “{found}” of the questionnaire, but the version in use is “{expected}”: pick the right file with --questionnaire (or --baseline-questionnaire for an earlier campaign)",
    ),
    (
        "a.is-questionnaire",
        "this file is a questionnaire, not an answers file: move it out of the answers folder (to use it, pass it with --questionnaire)",
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
        "unknown answer “{word}”: write na (not applicable), unknown (don't know), or the choice on the next line, as “choice: 2”",
    ),
    (
        "a.bad-word-fr",
        "unknown answer \u{201c}{word}\u{201d}: write sans objet (or so, na: not applicable), ne sait pas (or nsp, unknown: don't know), or the choice on the next line, as \u{201c}choice: 2\u{201d}",
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
    ("sum.errors", "{count} {count|problem|problems} found"),
    (
        "sum.files-errors",
        "{count} {count|problem|problems} in {files} {files|file|files}; no result was produced",
    ),
    ("report.method-questionnaire", "The questionnaire"),
    (
        "report.method-questionnaire-counts",
        "Questionnaire {id}, version {version}: {themes} themes, {questions} questions, a scale of {levels} levels ({labels}).",
    ),
    ("report.method-rules", "The scoring rules"),
    // --- tables and exports ---------------------------------------------------
    (
        "table.participation",
        "{respondents} {respondents|respondent|respondents}, {departments} {departments|department|departments}",
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
        "{themes} {themes|theme|themes}, {questions} {questions|question|questions}, a scale of {levels} levels: {labels}",
    ),
    (
        "check.theme",
        "  {title} ({id}): {questions} {questions|question|questions}, weight {weight}",
    ),
    (
        "check.scopes",
        "scope: {organisation} {organisation|question|questions} about the authority, {department} about the respondent's department; {owned} with a suggested lead, {stated} with a written finding",
    ),
    (
        "check.obligations",
        "{obligations} {obligations|obligation|obligations} in the catalogue, cited by {questions} {questions|question|questions}",
    ),
    (
        "check.replaces",
        "{questions} {questions|question|questions} linked to an earlier version (replaces)",
    ),
    ("check.warning", "warning: {message}"),
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
        "Scores and changes rest on the {shared} questions shared by versions {old} and {new} of the questionnaire.",
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
        "Agenda of the consensus meeting: {count} {count|question|questions} where answers within a department differ by 2 levels or more (50 points for questions with their own choices)",
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
    // --- form ------------------------------------------------------------------
    (
        "form.noscript",
        "This form needs JavaScript, which is turned off in this browser: turn it on for this file, or ask the person who sent it for another way to answer (spreadsheet, paper questionnaire).",
    ),
    ("form.skip", "Skip to the questions"),
    ("form.version", "Questionnaire “{id}”, version {version}"),
    (
        "form.offline",
        "No network: this form works offline and your answers stay on your computer. Nothing is sent; you pass on the downloaded answers file yourself.",
    ),
    (
        "form.storage-on",
        "Your answers are saved in this browser at every change: you can close the page and open it again later.",
    ),
    (
        "form.storage-off",
        "Warning: this browser does not save the answers of this file. If you close the page, they are lost: download your answers before closing it, then reopen the downloaded file to continue.",
    ),
    ("form.about-you", "About you"),
    ("form.department", "Department"),
    (
        "form.department-hint",
        "Required: the department you answer for.",
    ),
    (
        "form.department-locked",
        "Set by the person who sent you this form.",
    ),
    ("form.respondent", "Respondent (optional)"),
    (
        "form.respondent-hint",
        "Your name tells apart the respondents of one department; it does not appear in the report.",
    ),
    ("form.contents", "Themes"),
    ("form.progress", "{answered}\u{a0}/\u{a0}{total}"),
    ("form.progress-label", "Questions answered"),
    ("form.next-unanswered", "Next unanswered question"),
    ("form.all-answered", "Every question has an answer."),
    ("form.help", "Help"),
    ("form.references", "References"),
    ("form.owner", "Suggested lead: {owner}"),
    ("form.scope-organisation", "Question about the authority"),
    ("form.scope-department", "Question about your department"),
    ("form.na", "Not applicable"),
    (
        "form.na-hint",
        "the question does not concern your department",
    ),
    ("form.unknown", "Don’t know"),
    ("form.unknown-hint", "you cannot tell"),
    ("form.clear", "Clear the answer"),
    ("form.comment", "Comment (optional)"),
    (
        "form.comment-orphan",
        "This comment goes into the file only with an answer (“Don’t know” if need be).",
    ),
    ("form.answered", "Answered"),
    ("form.unanswered", "Not answered"),
    ("form.actions", "Your answers"),
    ("form.download", "Download my answers"),
    (
        "form.download-hint",
        "Saves an answers file (.yaml) to send to the person who runs the assessment. You may download a partial file and complete it later.",
    ),
    ("form.open", "Reopen an answers file"),
    (
        "form.open-hint",
        "Opens a file downloaded earlier, to complete or correct it.",
    ),
    ("form.forget", "Clear my answers from this browser"),
    (
        "form.forget-confirm",
        "Clear every answer of this form from this browser? Files already downloaded are not touched.",
    ),
    ("form.forgotten", "Answers cleared from this browser."),
    (
        "form.downloaded",
        "File “{file}” saved (in your downloads): {answered} / {total} questions answered.",
    ),
    (
        "form.downloaded-partial",
        "You can complete it later with “Reopen an answers file”.",
    ),
    (
        "form.comments-dropped",
        "Comments without an answer, left out of the file: questions {list}.",
    ),
    (
        "form.need-department",
        "Enter your department before downloading your answers.",
    ),
    (
        "form.opened",
        "Answers taken from the file “{file}”: {answered} / {total} questions answered.",
    ),
    (
        "form.replace-confirm",
        "Replace the current answers with those of the file “{file}”?",
    ),
    (
        "form.open-error",
        "The file “{file}” was not opened: {error}",
    ),
    ("form.err-line", "line {line}: {error}"),
    (
        "form.err-syntax",
        "a line this form cannot read (an answers file written by boussole, or corrected by hand without changing its layout, is expected)",
    ),
    (
        "form.err-not-answers",
        "this is not a boussole answers file (“questionnaire”, “version” or “answers” is missing)",
    ),
    (
        "form.err-questionnaire",
        "it answers questionnaire “{found}” version {found_version}, and this form is for questionnaire “{expected}” version {expected_version}",
    ),
    (
        "form.err-unknown-question",
        "question “{id}” does not exist in this questionnaire",
    ),
    (
        "form.err-choice",
        "answer {choice} is not possible for question “{id}” (choices 0 to {max})",
    ),
    (
        "form.other-department",
        "This file is the department “{found}”’s; this form is for the department “{expected}”, which is kept.",
    ),
    (
        "form.footer",
        "Form written by boussole from the questionnaire “{title}” (version {version}).",
    ),
    ("form.dismiss", "Dismiss this message"),
    (
        "form.written",
        "Form written: {path} ({size} KB, {questions} questions). Send this file to the respondents: it opens in a browser, with no network.",
    ),
    (
        "form.written-pdf",
        "Paper questionnaire written: {path} ({size} KB, {questions} questions). Print it; the answers are typed in afterwards with boussole assess.",
    ),
    (
        "form.output-not-file",
        "{path} is not a regular file: choose a file, or “-o -” to write to standard output",
    ),
    (
        "form.output-is-input",
        "{path} is the questionnaire being read: choose another output file",
    ),
    (
        "form.output-exists",
        "{path} exists and is not a boussole form: choose another name, or add --force to replace it",
    ),
    (
        "form.output-is-dir",
        "{path} is a folder: give -o the path of a file, for example {path}/form.html",
    ),
    (
        "form.no-folder",
        "cannot write {path}: the folder {folder} does not exist; create it first, or choose another path with -o",
    ),
    // --- assess ---------------------------------------------------------------
    (
        "assess.file-header",
        "Answers to the questionnaire \u{201c}{title}\u{201d}",
    ),
    (
        "assess.not-tty",
        "assess asks its questions in a terminal, but standard input is not one (a redirection or an automated job): run the command in a terminal window",
    ),
    ("assess.terminal-error", "terminal error ({error})"),
    ("assess.canceled", "← back"),
    (
        "assess.foreign-owner",
        "{path} already holds the answers of {owner}, not of {expected}: it was left untouched. Choose another file with -o, or leave out -o for an automatic file name",
    ),
    (
        "assess.owner",
        "the department \u{201c}{department}\u{201d}",
    ),
    (
        "assess.owner-respondent",
        "{respondent} (department \u{201c}{department}\u{201d})",
    ),
    (
        "assess.output-dir",
        "{path} is a folder: give -o the path of a file, for example {path}/answers.yaml",
    ),
    (
        "assess.refused",
        "{path} was left untouched: fix it, move it, or choose another file with -o.",
    ),
    (
        "assess.no-free-name",
        "too many files already have a name like {path}: choose the file with -o",
    ),
    ("assess.header-department", "Department: {department}"),
    ("assess.header-respondent", "Respondent: {respondent}"),
    ("assess.header-file", "File: {path}"),
    (
        "assess.resumed",
        "Resuming: {answered}/{total} already answered, continuing at question {position}.",
    ),
    (
        "assess.complete-already",
        "All {total} questions already have an answer.",
    ),
    ("assess.what-now", "What do you want to do?"),
    (
        "assess.review",
        "Review and change the answers from question 1",
    ),
    ("assess.finish", "Finish and show my scores"),
    (
        "assess.keys",
        "One question at a time. ↑↓ to move, Enter to choose, Esc to go back to the previous question, Ctrl-C to quit. Every answer is saved at once: you can stop at any time and resume later with the same command.",
    ),
    (
        "assess.position",
        "Theme — {theme} · Question {position}/{total}",
    ),
    ("assess.current", "Saved answer: {answer}"),
    ("assess.current-comment", "Comment: {comment}"),
    ("assess.answer-prompt", "Your answer:"),
    (
        "assess.select-help",
        "↑↓ move · Enter choose · Esc previous question · Ctrl-C quit",
    ),
    ("assess.na", "Not applicable (na)"),
    ("assess.unknown", "Don't know (unknown)"),
    ("assess.help-action", "? Help and references"),
    ("assess.back-action", "← Previous question"),
    ("assess.quit-action", "Quit (resume later)"),
    ("assess.comment", "Comment (optional):"),
    (
        "assess.comment-help",
        "Enter to confirm or skip · Esc to go back to the choice",
    ),
    ("assess.no-comment", "(no comment)"),
    ("assess.help-title", "Help:"),
    ("assess.references-title", "References:"),
    ("assess.first-question", "This is the first question."),
    (
        "assess.terminal-failed",
        "{error}; the answers already given are saved in {path}. To resume: {command}",
    ),
    (
        "assess.saved",
        "Answers saved in {path} ({answered}/{total}).",
    ),
    ("assess.nothing-saved", "No answer saved yet."),
    ("assess.resume-hint", "To resume where you stopped, type:"),
    (
        "assess.done",
        "Questionnaire complete: {answered}/{total} answers. Your scores by theme:",
    ),
    ("assess.file", "Answers file: {path}"),
    (
        "assess.score-hint",
        "For the scores of all departments, once their answers are gathered:",
    ),
    ("assess.ready", "Ready?"),
    ("assess.start", "Start the questionnaire"),
    ("assess.start-help", "Enter to start · Ctrl-C to quit"),
    ("assess.help-return", "← Back to the question"),
    (
        "assess.help-return-keys",
        "Enter or Esc to go back to the question",
    ),
    ("assess.help-position", "Question {position}/{total}:"),
    ("assess.start-hint", "To start later, type:"),
    (
        "assess.stderr-not-tty",
        "assess shows its questions on standard error, which is redirected: run the command without redirecting 2>",
    ),
    // --- report ---------------------------------------------------------------
    (
        "demo.written",
        "Sample campaign of the {organisation} written: {current_count} answers files in {current}, and those of the previous year’s campaign ({baseline_count} files) in {baseline}.",
    ),
    ("demo.next", "Try next:"),
    ("demo.example-department", "Culture department"),
    ("demo.example-respondent", "Mary Smith"),
    (
        "demo.not-a-folder",
        "{path} exists and is not a folder: choose another folder with -o",
    ),
    (
        "demo.not-empty",
        "the folder {path} already exists and holds something other than a boussole demo: nothing was written to it; choose another folder with -o (for example -o boussole-demo)",
    ),
    (
        "report.bad-date",
        "invalid --date “{date}”: write the date as YYYY-MM-DD, for example --date 2026-10-04",
    ),
    (
        "report.date-from-clock",
        "no answer is dated and --date is not given: the report is dated today ({date}) from the computer’s clock; give --date YYYY-MM-DD to get the same report on another day",
    ),
    (
        "report.no-folder",
        "cannot write {path}: the folder {folder} does not exist; create it first, or choose another path with -o",
    ),
    (
        "report.output-is-dir",
        "{path} is a folder: give -o the path of a file, for example {path}/report.pdf",
    ),
    (
        "report.names-need-annex",
        "--show-respondents only has an effect with --with-answers: names appear only in the annex",
    ),
    (
        "report.written",
        "Report written: {path} ({pages} pages, {size} KB)",
    ),
    ("report.page", "page {page} / {total}"),
    (
        "report.footer",
        "{title} — self-assessment report of {date}",
    ),
    ("report.meta-title", "{title} — {organisation}"),
    (
        "report.meta-subject",
        "Self-assessment report on AI governance",
    ),
    ("report.month-1", "January"),
    ("report.month-2", "February"),
    ("report.month-3", "March"),
    ("report.month-4", "April"),
    ("report.month-5", "May"),
    ("report.month-6", "June"),
    ("report.month-7", "July"),
    ("report.month-8", "August"),
    ("report.month-9", "September"),
    ("report.month-10", "October"),
    ("report.month-11", "November"),
    ("report.month-12", "December"),
    ("report.no-score", "no score (no scored answer)"),
    ("report.answer-na", "Not applicable"),
    ("report.answer-unknown", "Don’t know"),
    ("report.answer-missing", "No answer"),
    ("report.others", "+{count} more"),
    ("report.cover-kicker", "Self-assessment report"),
    ("report.cover-date", "Campaign of {date}"),
    ("report.cover-overall", "Overall level"),
    ("report.cover-departments", "Departments"),
    ("report.cover-respondents", "Respondents"),
    (
        "report.cover-questionnaire",
        "Questionnaire {id}, version {version}.",
    ),
    (
        "report.cover-baseline",
        "Compared with an earlier campaign (questionnaire version {version}).",
    ),
    (
        "report.cover-names-hidden",
        "Respondents’ names do not appear in this report: it speaks of departments, not of people. Produced with boussole; the scoring method is explained in the “Method” part.",
    ),
    (
        "report.cover-names-shown",
        "As requested, respondents’ names appear in the annex; the rest of the report speaks of departments, not of people. Produced with boussole; the scoring method is explained in the “Method” part.",
    ),
    ("report.contents", "Contents"),
    ("report.synthesis", "Summary"),
    ("report.overall-level", "Overall level:"),
    (
        "report.overall-change",
        "{delta} points since {since}, when the level was {before}.",
    ),
    ("report.baseline-of", "the campaign of {date}"),
    ("report.baseline-previous", "the previous campaign"),
    ("report.score-pct", "Score (%)"),
    ("report.change-short", "Change"),
    ("report.overall", "Overall"),
    (
        "report.glance-note",
        "Scores in % (0 to 100); the chart’s rings mark the level boundaries.",
    ),
    (
        "report.glance-note-delta",
        "Change: in points since the previous campaign.",
    ),
    ("report.see-action", "action no. {rank}"),
    ("report.strengths", "Strengths"),
    ("report.priorities", "Priorities"),
    ("report.no-strengths", "No question has a score yet."),
    (
        "report.no-priorities",
        "Every scored question is at the top level.",
    ),
    ("report.participation", "Participation"),
    ("report.per-department-same", "{count} per department"),
    (
        "report.per-department-range",
        "from {min} to {max} per department",
    ),
    (
        "report.participation-text",
        "{departments} departments answered, with {respondents} respondents ({range}). {completion} of the questions were answered; “not applicable” makes up {na} of the answers and “don’t know” {unknown}.",
    ),
    (
        "report.na-unknown-gloss",
        "These two answers do not count as zero: they are left out of the calculation.",
    ),
    ("report.what-changed", "What changed"),
    (
        "report.changed-overall",
        "Since {since}, the overall score has moved by {delta} points.",
    ),
    ("report.changed-up", "Rises: {themes}."),
    ("report.changed-down", "Falls: {themes}."),
    ("report.changed-departments", "Departments: {list}."),
    (
        "report.changed-new",
        "New departments (absent from the previous campaign): {names}.",
    ),
    (
        "report.changed-gone",
        "Departments that did not answer this time: {names}.",
    ),
    (
        "report.changed-added",
        "{count} {count|question|questions} added, not counted in the changes: {questions}.",
    ),
    (
        "report.changed-removed",
        "{count} {count|question|questions} removed: {questions}.",
    ),
    ("report.by-theme", "Results by theme"),
    ("report.theme-score", "Theme score:"),
    (
        "report.theme-change",
        "{delta} points since the previous campaign (on the shared questions).",
    ),
    (
        "report.theme-facts",
        "Weight of the theme in the overall score: {weight} · {questions} questions · answers: {answered} scored, {na} not applicable, {unknown} don’t know, {missing} missing.",
    ),
    ("report.side-by-side", "Departments side by side"),
    ("report.legend-mean", "organisation mean ({score})"),
    ("report.legend-baseline", "score in the previous campaign"),
    (
        "report.histogram-intro",
        "With {count} {count|department|departments}, the chart shows how many of them stand at each level; the full table is in the “Departments compared” part.",
    ),
    (
        "report.top-departments",
        "The {count} most advanced departments",
    ),
    (
        "report.bottom-departments",
        "The {count} least advanced departments",
    ),
    (
        "report.full-table-note",
        "Every department is in the table of the “Departments compared” part.",
    ),
    ("report.disagreements", "Where respondents disagree"),
    (
        "report.no-spread",
        "No department has several respondents: there is no spread to measure.",
    ),
    (
        "report.spread-intro",
        "When a department has several respondents, their scores on the theme may differ. The standard deviation sums up this spread: 0 when all give the same score, larger as opinions diverge. The departments with the widest gaps:",
    ),
    ("report.respondents", "Respondents"),
    ("report.min", "Min"),
    ("report.max", "Max"),
    ("report.stddev", "Std dev."),
    (
        "report.spread-more",
        "+{count} more departments with several respondents, with smaller gaps.",
    ),
    ("report.agenda", "Agenda of the consensus meeting"),
    (
        "report.no-agenda",
        "No question of this theme separates respondents of the same department by two levels or more.",
    ),
    (
        "report.agenda-intro",
        "{count} {count|question|questions} of this theme {count|separates|separate} respondents of the same department by two levels or more: these are the points to settle together, evidence in hand, in a consensus meeting. Respondents remain anonymous.",
    ),
    ("report.question", "Question"),
    ("report.gap", "Gap"),
    ("report.answers-given", "Answers"),
    (
        "report.agenda-more",
        "+{count} more disputed questions: the full list comes from the command boussole compare --disagreements.",
    ),
    ("report.recommendations", "Recommendations"),
    (
        "report.recommendations-intro",
        "The theme’s lowest-scoring questions, with the recommended next step:",
    ),
    (
        "report.no-recommendation",
        "Every scored question of this theme is at the top level.",
    ),
    (
        "report.recommendation-meta",
        "{score}, {level}; action no. {rank} of the plan",
    ),
    ("report.departments", "Departments compared"),
    (
        "report.departments-intro",
        "For each department, the score of each theme and the overall score, in %. The shade of each cell shows the level — the darker, the higher — and the number stays readable when printed in black and white. The last row gives the organisation’s score.",
    ),
    (
        "report.departments-intro-delta",
        "Under each score, the change in points since the previous campaign; “new” marks a department that was not in it.",
    ),
    (
        "report.overall-by-department",
        "Overall score by department",
    ),
    ("report.departments-table", "Departments by theme"),
    ("report.new-short", "new"),
    ("report.references", "Reference texts"),
    (
        "report.references-intro",
        "Two kinds of texts ground the questions: legal obligations, binding on the authority from a given date, and good-practice guides, which are not binding. They are shown apart.",
    ),
    ("report.references-why", "Why these texts matter"),
    (
        "report.references-ai-act",
        "The EU AI Act (Regulation (EU) 2024/1689, amended by Regulation (EU) 2026/1744) applies to any local authority that uses an AI system: it is then a \u{201c}deployer\u{201d}, and the \u{201c}provider\u{201d} of a system it has developed and puts into service under its own name (art. 3 and 25). Since 2 February 2025 some practices are prohibited (art. 5) and the authority must take measures to support the AI literacy of its staff and of those using AI on its behalf (art. 4), with no level guaranteed; transparency duties (art. 50) apply since 2 August 2026, the provider’s (telling users they are interacting with an AI) as well as the deployer’s (disclosing deepfakes and generated text that informs the public); those on the high-risk systems listed in Annex III (art. 26, 27 and 49) apply from 2 December 2027, and by 2 August 2030 at the latest for systems a public authority already used (art. 111).",
    ),
    (
        "report.references-crpa",
        "The French code of relations between the public and the administration (CRPA) has required since 2017 an explicit notice on any individual decision taken on the basis of an algorithmic processing, whatever the human involvement (art. L311-3-1), and, on request, the rules of that processing in intelligible form (art. R311-3-1-2); one month of silence counts as a refusal (art. R*311-12 and R311-13). Administrations of 50 staff or more publish online the rules of their main algorithmic processings (art. L312-1-3 and D312-1-4).",
    ),
    (
        "report.references-gdpr",
        "The GDPR requires an impact assessment before a processing of personal data likely to result in a high risk (art. 35), requires the data protection officer to be involved (art. 38) and restricts decisions based solely on automated processing (art. 22); for administrative decisions, the French Informatique et Libertés act sets the conditions (art. 47). Publications of the CNIL, the Conseil d’État, Etalab and the Défenseur des droits serve as good-practice benchmarks.",
    ),
    (
        "report.references-caveat",
        "Pointers given for information, as the texts stood in autumn 2026; they do not replace a lawyer’s advice.",
    ),
    ("report.references-overall", "overall:"),
    (
        "report.no-references",
        "The questions of this questionnaire cite no text.",
    ),
    ("report.actions", "Action plan"),
    (
        "report.actions-intro",
        "Recommendations are ordered by priority. A question’s priority multiplies three factors: its weight, the gap between the organisation’s score and the maximum, and the weight of its theme, that is priority = question weight × (100 − score) / 100 × theme weight. An important, poorly scored question therefore comes first. Only questions scoring below the top level (“{top}”) are listed; the departments concerned are those whose score on the question is below that level, the furthest behind first.",
    ),
    (
        "report.no-actions",
        "Every scored question is at the top level: no priority action.",
    ),
    ("report.rank", "No."),
    ("report.action", "Question and recommended action"),
    ("report.priority", "Priority"),
    ("report.departments-concerned", "Departments concerned"),
    ("report.all-departments", "all ({count})"),
    (
        "report.no-recommendation-text",
        "The questionnaire gives no recommendation for this question.",
    ),
    ("report.method", "Method"),
    (
        "report.method-intro",
        "Scores are percentages from 0 to 100. The calculation uses only means, so that anyone can redo it by hand from the answers files; nothing is rounded before display. The rules, in the order of the calculation:",
    ),
    ("report.rule-question-title", "Score of a question"),
    (
        "report.rule-question",
        "on the common scale of {levels} levels, the level chosen, counted from 0 to {last}, is worth 100 × level / {last}, that is {values}. A question with its own options gives the score set for the option chosen.",
    ),
    (
        "report.rule-respondent-title",
        "Score of a respondent on a theme",
    ),
    (
        "report.rule-respondent",
        "the mean of the scores of the theme’s questions they answered with a choice, weighted by each question’s weight: Σ (weight × score) / Σ weight.",
    ),
    ("report.rule-left-out-title", "Answers left out"),
    (
        "report.rule-left-out",
        "“not applicable” (the question does not concern the department), “don’t know” and missing answers count neither in the sum of scores nor in that of weights: they are not worth zero. They are counted and reported. A respondent who answered no question of a theme with a choice has no score on that theme.",
    ),
    (
        "report.rule-department-title",
        "Score of a department on a theme",
    ),
    (
        "report.rule-department",
        "the plain mean of its respondents’ scores on that theme; the standard deviation of these scores measures their spread.",
    ),
    (
        "report.rule-organisation-title",
        "Score of the organisation on a theme",
    ),
    (
        "report.rule-organisation",
        "the plain mean of the departments’ scores: every department counts once, whatever its number of respondents.",
    ),
    ("report.rule-overall-title", "Overall scores"),
    (
        "report.rule-overall",
        "for a respondent, a department or the organisation, the mean of the theme scores weighted by each theme’s weight; a theme without a score is left out.",
    ),
    ("report.rule-level-title", "Levels"),
    (
        "report.rule-level",
        "a score maps to a level by equal bands: with {levels} levels, each band spans {width} points (table below). A score exactly on a boundary takes the higher level, and the level is read on the exact score: 39.97% displays as 40.0% but stays at the lower level.",
    ),
    ("report.rule-disagreement-title", "Disagreements"),
    (
        "report.rule-disagreement",
        "within a department, a question is “disputed” when two respondents gave answers two levels or more apart (50 points or more for a question with its own options). These questions make up the agenda of the consensus meeting.",
    ),
    ("report.rule-ranking-title", "Ranking of questions"),
    (
        "report.rule-ranking",
        "for strengths, priorities, reference texts and the action plan, each question gets an organisation score computed as for a theme: for each department, the mean of the scores of the respondents who answered it with a choice, then the plain mean over departments. An action’s priority is question weight × (100 − score) / 100 × theme weight.",
    ),
    ("report.rule-change-title", "Changes"),
    (
        "report.rule-change",
        "both campaigns are recomputed on the questions they share only, departments being matched by name; changes are given in points.",
    ),
    ("report.levels-table", "The levels"),
    ("report.band", "Score"),
    ("report.meaning", "What it means"),
    ("report.band-range", "{lo} to under {hi}"),
    ("report.band-last", "{lo} to {hi}"),
    ("report.example", "Example: recomputing a score by hand"),
    (
        "report.example-intro",
        "Take “{department}” and the theme “{theme}”: {respondents} people answered. Here are their answers, anonymous, with each question’s weight and score.",
    ),
    ("report.answer", "Answer"),
    ("report.not-counted", "not counted"),
    (
        "report.example-respondent",
        "{who}: ({terms}) / ({weights}) = {num} / {den} = {score}%.",
    ),
    (
        "report.example-no-score",
        "{who} answered no question of the theme with a choice: no score.",
    ),
    (
        "report.example-department",
        "Score of “{department}” on the theme: mean of its {count} {count|respondent|respondents} = ({terms}) / {count} = {score}%.",
    ),
    (
        "report.example-organisation",
        "Score of the organisation on the theme “{theme}”: mean of the {count} departments = ({terms}) / {count} = {score}%.",
    ),
    (
        "report.example-organisation-sum",
        "Score of the organisation on the theme “{theme}”: mean of the {count} departments = (sum of their scores, {sum}) / {count} = {score}%; each score is in the departments table.",
    ),
    (
        "report.example-overall",
        "Overall score of the organisation: mean of the themes weighted by their weights = ({terms}) / ({weights}) = {score}%, shown as {pct} in this report. This score lies between {lo} and {hi}: level “{level}”.",
    ),
    (
        "report.example-rounding",
        "In this example, numbers are rounded to two decimals; elsewhere the report shows one decimal (or none in lists). The calculation itself never rounds. So that a printed figure never contradicts its level, a score just under a level boundary is cut rather than rounded up to it: with five levels, 39.96 prints 39.9, not 40.0, which would read as the next level.",
    ),
    ("report.annex", "Annex"),
    (
        "report.annex-title",
        "Annex — Answers and comments by department",
    ),
    (
        "report.annex-intro",
        "Every answer and comment, department by department and theme by theme, as the respondents entered them.",
    ),
    (
        "report.annex-names-hidden",
        "Respondents are designated by a number (Respondent 1, 2…); their names are not in this report.",
    ),
    (
        "report.annex-names-shown",
        "As requested, respondents are designated by name.",
    ),
    (
        "report.annex-bounded",
        "To stay readable, this annex is limited to the first {shown} departments (in alphabetical order) out of {count}; every answer remains in the answers files.",
    ),
    (
        "report.annex-respondents",
        "{count} {count|respondent|respondents}: {names}.",
    ),
    ("report.other-one", "+1 more"),
    ("report.dept-up", "{count} up"),
    ("report.dept-down", "{count} down"),
    ("report.dept-same", "{count} unchanged"),
    ("report.campaign-of", "Campaign of {date}"),
    ("report.campaign-previous", "Previous campaign"),
    (
        "report.alt-radar",
        "Radar chart of the themes, scores out of 100: {values}.",
    ),
    ("report.alt-bars", "Bar chart, scores out of 100: {values}."),
    ("report.alt-baseline", "Previous campaign: {values}."),
    ("report.alt-mean", "Mean: {value}."),
    (
        "report.alt-histogram",
        "Histogram, number of departments per level: {values}.",
    ),
    ("report.alt-no-value", "no answer"),
    (
        "report.missing-glyph",
        "a character missing from the DejaVu Sans font is printed {code} in the report; replace it in the files if this is not intended",
    ),
    (
        "report.not-conforming",
        "the report is written without its PDF/UA-1 and PDF/A-2a claims, which krilla refused ({reason}); please report this to the developers",
    ),
    // --- report: findings, plan, obligations, évolution (issue 14) ---------
    ("report.findings", "Findings"),
    ("report.finding-gap-lead", "Gap between departments."),
    (
        "report.finding-gap-marked",
        "{weak} is furthest behind ({weak_score}, {weak_level}) and {strong} furthest ahead ({strong_score}, {strong_level}): {gap} points apart, more than one level of the scale.",
    ),
    (
        "report.finding-gap-small",
        "The departments are close: {gap} points separate {weak} ({weak_score}, {weak_level}), furthest behind, from {strong} ({strong_score}, {strong_level}).",
    ),
    (
        "report.finding-one-department",
        "Only one department answered, {name} ({score}, {level}): the report compares no departments.",
    ),
    ("report.finding-theme-lead", "Lagging theme."),
    ("report.finding-themes-lead", "Themes."),
    (
        "report.finding-lagging",
        "{theme} is the weakest theme ({score}), {below} points under the overall score.",
    ),
    (
        "report.finding-lagging-worst",
        "{department} scores {score} on it.",
    ),
    (
        "report.finding-themes-even",
        "No theme stands out: the weakest, {theme}, scores {lo} and the strongest {hi}. The gaps lie between departments more than between themes.",
    ),
    ("report.finding-progress-lead", "Since the last campaign."),
    (
        "report.finding-progress-up",
        "Since {since}, the overall score has risen by {delta} points ({before}, now {now}).",
    ),
    (
        "report.finding-progress-down",
        "Since {since}, the overall score has fallen by {delta} points ({before}, now {now}).",
    ),
    (
        "report.finding-progress-same",
        "Since {since}, the overall score is stable ({before}, now {now}).",
    ),
    (
        "report.finding-progress-theme",
        "{theme} rose most ({delta} points).",
    ),
    (
        "report.finding-progress-respondents",
        "The respondents are not quite the same ({before}, now {after}): part of the change may come from that.",
    ),
    ("report.finding-obligations-lead", "Obligations."),
    (
        "report.finding-obligations-one",
        "{count} obligation of {total} is not fully met or remains to be checked: {list}.",
    ),
    (
        "report.finding-obligations-many",
        "{count} obligations of {total} are not fully met or remain to be checked (see the references chapter); the first deadline: {list}.",
    ),
    ("report.finding-gaps-lead", "Facts to establish."),
    (
        "report.finding-gaps-one",
        "On {count} question about the whole authority, directors contradict each other or do not know: {list}. The fact must be established first.",
    ),
    (
        "report.finding-gaps-many",
        "On {count} questions about the whole authority, directors contradict each other or do not know, for example: {list}. The facts must be established first.",
    ),
    ("report.finding-worst-lead", "Weakest result."),
    ("report.finding-worst", "“{question}”: {score}, {level}."),
    ("report.finding-strengths-lead", "Strengths to build on."),
    ("report.decide", "What we propose to decide"),
    (
        "report.decision-fallback",
        "Make progress on this finding: {finding}",
    ),
    (
        "report.decision-meta",
        "Lead: {owner} · {priority} priority · action no. {rank} of the plan",
    ),
    ("report.owner-default", "Chief executive (DGS)"),
    ("report.owner", "Lead"),
    ("report.priority-high", "high"),
    ("report.priority-medium", "medium"),
    ("report.status", "Status"),
    ("report.status-in-place", "in place"),
    ("report.status-partial", "partial"),
    ("report.status-not-in-place", "not in place"),
    ("report.status-to-check", "to check"),
    ("report.status-unknown", "no answer"),
    (
        "report.participation-departments-one",
        "{count} department answered, with {respondents} ({range}).",
    ),
    (
        "report.participation-departments-many",
        "{count} departments answered, with {respondents} ({range}).",
    ),
    ("report.respondents-one", "{count} respondent"),
    ("report.respondents-many", "{count} respondents"),
    ("report.per-department-same-one", "{count} per department"),
    ("report.per-department-same-many", "{count} per department"),
    (
        "report.participation-answers",
        "Of {total} answers expected, {scored} are scored ({scored_pct}), {na} say “not applicable” ({na_pct}), {unknown} “don’t know” ({unknown_pct}) and {missing} were left blank ({missing_pct}).",
    ),
    (
        "report.participation-answers-complete",
        "Of {total} answers expected, {scored} are scored ({scored_pct}), {na} say “not applicable” ({na_pct}), {unknown} “don’t know” ({unknown_pct}), and none was left blank.",
    ),
    (
        "report.plan-intro",
        "The plan keeps at most {max} actions, never on a question already at the top level (“{top}”). First the legal obligations not in place, the nearest deadline first; then the largest gaps on the questions that weigh most (question weight × gap to the maximum × theme weight). Priority is high for an obligation or a score under 40%, medium otherwise. The lead is the one the questionnaire suggests, else the chief executive.",
    ),
    (
        "report.horizon-obligations",
        "Obligations to meet, by deadline",
    ),
    (
        "report.horizon-gaps",
        "The largest gaps on the questions that weigh most",
    ),
    (
        "report.action-situation",
        "Finding: {finding} — {score}, {level} ({theme})",
    ),
    ("report.motivated-by", "Why"),
    (
        "report.plan-left-out-one",
        "{count} other question below the top level is not in the plan; it appears, with its score, in the theme pages.",
    ),
    (
        "report.plan-left-out-many",
        "{count} other questions below the top level are not in the plan; they appear, with their scores, in the theme pages.",
    ),
    ("report.obligations", "Legal obligations"),
    (
        "report.obligations-intro",
        "One row per binding text, in article order, with its date of application and where the authority stands according to the questions that rest on it.",
    ),
    ("report.obligation", "Text"),
    ("report.application", "Applies"),
    ("report.obligation-questions", "Questions resting on it"),
    (
        "report.obligation-no-question",
        "no question of the questionnaire",
    ),
    (
        "report.obligations-rule",
        "Status: “in place” when every question resting on it scores at least {in_place}, “not in place” when all are under {partial}, “partial” in between; “to check” as soon as one of those questions gets at least {unknown} of “don’t know”, or, for a fact of the whole authority, when at least a quarter of respondents depart by two levels or more from the most common answer: the facts must then be established before concluding.",
    ),
    ("report.in-force", "in force"),
    ("report.applies-from", "from {date}"),
    ("report.applies-until", "; by {date}"),
    ("report.good-practice", "Good practice and guides"),
    ("report.reference", "Reference"),
    ("report.questions", "Questions"),
    ("report.where-we-stand", "Where the authority stands"),
    ("report.evolution", "Change"),
    (
        "report.evolution-intro",
        "Since {since}, the overall score went from {before} to {now} ({delta} points), computed on the questions both campaigns share.",
    ),
    ("report.evolution-warning-title", "The respondents changed"),
    (
        "report.evolution-warning",
        "{before} people answered the previous campaign, {after} this one; in {departments} of the departments present both times, the number of respondents changed. A change may therefore come from the people as much as from practice.",
    ),
    ("report.evolution-themes", "By theme"),
    (
        "report.evolution-departments",
        "By department, largest rise first",
    ),
    ("report.evolution-new", "new"),
    ("report.before", "Before"),
    ("report.change", "Change"),
    // --- report: anonymity, method (issue 14) ---
    (
        "report.method-self-assessment",
        "Each director answered the questionnaire alone, for their department. It is a declarative self-assessment: it was not checked by an audit, and it is first of all a way to compare departments and follow progress from one campaign to the next.",
    ),
    ("report.method-conclusions", "How the report concludes"),
    (
        "report.rule-findings",
        "Findings of the synthesis: the gap between the strongest and the weakest department is called marked from {gap} points (one level of the scale); a theme lags when it is at least {lagging} points under the overall score; a change is mentioned from {change} point. Then come the obligations not in place, then the questions about the whole authority on which directors contradict each other or do not know; with fewer than three findings, the weakest result is mentioned.",
    ),
    (
        "report.rule-plan",
        "Action plan: at most {max} actions. First the questions resting on an obligation that is not in place, the nearest deadline first; then the others, by question weight × (100 − score) / 100 × theme weight. High priority for an obligation or a score under {partial}, medium otherwise. The synthesis proposes to decide the high-priority actions, at least {min} and at most {most}.",
    ),
    (
        "report.rule-status",
        "Status of an obligation: “in place” when every question resting on it scores at least {in_place}, “not in place” when all are under {partial}, “partial” in between, “to check” as soon as one of those questions gets at least {unknown} of “don’t know”, or, for a fact of the whole authority, when at least a quarter of respondents depart by two levels or more from the most common answer: the facts must then be established before concluding.",
    ),
    (
        "report.rule-min-group",
        "Anonymity: no individual answer, comment or spread between respondents is shown for a department with fewer than {min} respondents; elsewhere answers are counted (“2 × Defined”) with no label that would link one person’s answers from one question to the next.",
    ),
    (
        "report.example-no-group",
        "No department has at least {min} respondents: to keep answers anonymous, the example starts from the departments’ scores, showing no one’s answers.",
    ),
    ("report.choices-scores", "Choices and scores"),
    ("report.theme-weight", "{theme} — theme weight {weight}"),
    ("report.choices-scale", "the common scale (above)"),
    (
        "report.scoring-table",
        "Scoring table: each question’s weight and each choice’s score",
    ),
    (
        "report.scoring-table-intro",
        "With this table and the answers, anyone can recompute every score of the report. Questions without their own choices are scored on the common scale: {scale}.",
    ),
    ("report.glossary", "Acronyms"),
    ("report.acronym", "Acronym"),
    ("report.confidential-title", "Restricted circulation."),
    (
        "report.confidential",
        "This report’s annex contains the departments’ answers and comments. They stay anonymous and are detailed only for departments with at least {min} respondents, but colleagues may recognise each other: share it only with those who need it.",
    ),
    (
        "report.min-group-spread-one",
        "{count} department has fewer than {min} respondents: its spread between respondents is not shown, to keep answers anonymous.",
    ),
    (
        "report.min-group-spread-many",
        "{count} departments have fewer than {min} respondents: their spreads between respondents are not shown, to keep answers anonymous.",
    ),
    (
        "report.min-group-agenda-one",
        "{count} disagreement, in a department with fewer than {min} respondents, is not detailed: it would show each person’s answer.",
    ),
    (
        "report.min-group-agenda-many",
        "{count} disagreements, in departments with fewer than {min} respondents, are not detailed: they would show each person’s answer.",
    ),
    (
        "report.agenda-intro-one",
        "{count} question of this theme separates respondents of the same department by two levels or more: the point to settle together, evidence in hand, in a consensus meeting. Answers are counted, without saying who answered what.",
    ),
    (
        "report.agenda-intro-many",
        "{count} questions of this theme separate respondents of the same department by two levels or more: the points to settle together, evidence in hand, in a consensus meeting. Answers are counted, without saying who answered what.",
    ),
    (
        "report.min-group-annex-one",
        "{count} respondent, fewer than the {min} needed to keep answers anonymous: this department’s answers are not detailed; its scores are in the theme pages.",
    ),
    (
        "report.min-group-annex-many",
        "{count} respondents, fewer than the {min} needed to keep answers anonymous: this department’s answers are not detailed; its scores are in the theme pages.",
    ),
    (
        "report.annex-pooled-one",
        "{count} respondent. For each question, how many gave each answer, and the comments, with no name or number.",
    ),
    (
        "report.annex-pooled-many",
        "{count} respondents. For each question, how many gave each answer, and the comments, with no name or number.",
    ),
    ("report.comments", "Comments"),
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
                    // `{count|one|many}` names `count`.
                    let name = after[..end].split('|').next().unwrap_or("");
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

    #[test]
    fn inserted_text_is_never_substituted_again() {
        let args: &[(&str, &dyn Display)] = &[("title", &"Essai {date}"), ("date", &"4 octobre")];
        assert_eq!(
            fill(Lang::Fr, "{title} — du {date}", args),
            "Essai {date} — du 4 octobre"
        );
        let args: &[(&str, &dyn Display)] =
            &[("respondent", &"{department}"), ("department", &"RH")];
        assert_eq!(
            fill(Lang::Fr, "{respondent} ({department}) {unknown} {", args),
            "{department} (RH) {unknown} {"
        );
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let msg = "{count} {count|question|questions}";
        for (n, fr, en) in [
            (0, "0 question", "0 questions"),
            (1, "1 question", "1 question"),
            (2, "2 questions", "2 questions"),
            (1_234, "1234 questions", "1234 questions"),
        ] {
            assert_eq!(fill(Lang::Fr, msg, &[("count", &n)]), fr);
            assert_eq!(fill(Lang::En, msg, &[("count", &n)]), en);
        }
        assert!(is_singular(Lang::Fr, "1,5"));
        assert!(!is_singular(Lang::En, "1.5"));
        assert!(!is_singular(Lang::Fr, "1\u{202f}234"));
        assert!(!is_singular(Lang::En, "1,000"));
        assert_eq!(plural(Lang::Fr, 0, "direction", "directions"), "direction");
        assert_eq!(
            plural(Lang::En, 0, "department", "departments"),
            "departments"
        );
        // A malformed choice is left as written rather than guessed.
        assert_eq!(
            fill(Lang::En, "{count|one}", &[("count", &1)]),
            "{count|one}"
        );
    }

    #[test]
    fn no_message_writes_plurals_with_parentheses() {
        for (k, v) in FR.iter().chain(EN) {
            assert!(!v.contains("(s)"), "{k} uses \"(s)\": {v}");
        }
    }
}
