//! Messages in French and English: one typed catalogue.
//!
//! Every message a user reads (errors, prompts, table headers, report texts,
//! `--help` and usage errors: see `help.rs`) is a variant of [`Msg`],
//! declared once in the [`catalogue!`] below with its French and its English
//! text side by side. The compiler holds the catalogue
//! to its word:
//!
//! - a message cannot lack a language: the macro takes both texts or none;
//! - a misspelt message is an unknown variant;
//! - a message's placeholders are its fields (`Msg::IoRead { error: &e }`): a
//!   missing or extra value is a compile error, and a `const` check fails the
//!   build when a text uses a placeholder that is not a field, or forgets one;
//! - values are inserted in one pass ([`tf`]), so user text that contains
//!   `{date}` is printed as written, and plurals are chosen by the count
//!   (`{count|question|questions}`), never written « question(s) ».
//!
//! A variant with `[names]` instead of `{fields}` is a template whose
//! placeholders someone else fills (the offline form's script).
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
}

/// Declares [`Msg`] and checks every text's placeholders at compile time.
///
/// An entry reads `Name { field, … } => "français", "English";` (or
/// `Name => …` for a text without placeholders, or `Name [name, …] => …` for
/// a template filled elsewhere).
macro_rules! catalogue {
    ($(
        $name:ident $({ $($field:ident),* $(,)? })? $([ $($raw:ident),* $(,)? ])?
            => $fr:literal, $en:literal;
    )*) => {
        /// A message, with the values of its placeholders. Written out in a
        /// language by [`t`] (no placeholders) or [`tf`].
        #[derive(Clone, Copy)]
        pub enum Msg<'a> {
            $( $name $({ $($field: &'a dyn Display),* })?, )*
        }

        impl Msg<'_> {
            /// The text of the message in `lang`, placeholders unfilled.
            pub const fn template(&self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$name { .. }, Lang::Fr) => $fr,
                        (Msg::$name { .. }, Lang::En) => $en,
                    )*
                }
            }

            /// The value of the placeholder `name`, if the message has one.
            fn arg(&self, name: &str) -> Option<&dyn Display> {
                match self {
                    $(
                        Msg::$name { $($($field,)*)? .. } => {
                            $($(
                                if name == stringify!($field) {
                                    return Some(*$field);
                                }
                            )*)?
                            let _ = name;
                            None
                        }
                    )*
                }
            }

            /// Whether the message carries values (then [`tf`] writes it).
            fn has_fields(&self) -> bool {
                match self {
                    $(
                        Msg::$name { .. } => {
                            let fields: &[&str] = &[$($(stringify!($field)),*)?];
                            !fields.is_empty()
                        }
                    )*
                }
            }
        }

        // Each text uses exactly its message's placeholders, in both languages.
        const _: () = {
            $(
                assert!(
                    placeholders_are($fr, &[$($(stringify!($field),)*)? $($(stringify!($raw),)*)?]),
                    concat!("the French text of Msg::", stringify!($name),
                        " must use exactly the placeholders ",
                        $($(stringify!($field), " ",)*)? $($(stringify!($raw), " ",)*)?),
                );
                assert!(
                    placeholders_are($en, &[$($(stringify!($field),)*)? $($(stringify!($raw),)*)?]),
                    concat!("the English text of Msg::", stringify!($name),
                        " must use exactly the placeholders ",
                        $($(stringify!($field), " ",)*)? $($(stringify!($raw), " ",)*)?),
                );
            )*
        };

        /// Every message's name and texts, for the tests.
        #[cfg(test)]
        const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $fr, $en)),*];
    };
}

/// The message `msg` in `lang`, for a message without placeholders (or a
/// template filled elsewhere).
pub fn t(lang: Lang, msg: Msg<'_>) -> &'static str {
    debug_assert!(!msg.has_fields(), "a message with values is written by tf");
    msg.template(lang)
}

/// The message `msg` in `lang` with its placeholders filled.
///
/// One pass over the template: each `{name}` is replaced by its value once,
/// and inserted text is never scanned again, so user text that happens to
/// contain `{date}` or `{department}` is printed as written. A `{...}` that
/// names no placeholder is kept literally.
///
/// `{name|one|many}` is a plural choice: `one` when the number `name` is
/// singular in `lang` (see [`is_singular`]), else `many`. So a message reads
/// `"{count} {count|problème|problèmes}"`, never "problème(s)".
pub fn tf(lang: Lang, msg: Msg<'_>) -> String {
    fill(lang, msg.template(lang), |name| msg.arg(name))
}

/// Fills the placeholders of `template` in one pass (see [`tf`]).
fn fill<'v>(lang: Lang, template: &str, arg: impl Fn(&str) -> Option<&'v dyn Display>) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| {
            let inner = &after[..close];
            let mut parts = inner.splitn(3, '|');
            let name = parts.next().unwrap_or("");
            let value = arg(name)?;
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

/// Whether `template` uses exactly the placeholders `fields`, each at least
/// once, and no other `{name}` (a `{` that starts no name is literal text).
/// Evaluated at compile time for every message.
const fn placeholders_are(template: &str, fields: &[&str]) -> bool {
    const MAX: usize = 16;
    if fields.len() > MAX {
        return false;
    }
    let b = template.as_bytes();
    let mut used = [false; MAX];
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'{' {
            i += 1;
            continue;
        }
        // `{name}` or `{name|one|many}`: the name runs to `|` or `}`.
        let start = i + 1;
        let mut j = start;
        while j < b.len() && b[j] != b'}' && b[j] != b'{' && b[j] != b'|' {
            j += 1;
        }
        let mut k = j;
        while k < b.len() && b[k] != b'}' && b[k] != b'{' {
            k += 1;
        }
        if j == start || k >= b.len() || b[k] != b'}' || !is_name(b, start, j) {
            i += 1;
            continue;
        }
        let mut f = 0;
        let mut found = false;
        while f < fields.len() {
            if bytes_eq(b, start, j, fields[f].as_bytes()) {
                used[f] = true;
                found = true;
            }
            f += 1;
        }
        if !found {
            return false;
        }
        i = k + 1;
    }
    let mut f = 0;
    while f < fields.len() {
        if !used[f] {
            return false;
        }
        f += 1;
    }
    true
}

const fn is_name(b: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end {
        let c = b[i];
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
            return false;
        }
        i += 1;
    }
    true
}

const fn bytes_eq(b: &[u8], start: usize, end: usize, other: &[u8]) -> bool {
    if end - start != other.len() {
        return false;
    }
    let mut i = 0;
    while i < other.len() {
        if b[start + i] != other[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A number with `decimals` decimals, in the language's notation (French
/// decimal comma); never "-0,0" for a tiny negative drift.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let text = match text.strip_prefix('-') {
        Some(digits) if digits.chars().all(|c| c == '0' || c == '.') => digits.to_string(),
        _ => text,
    };
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
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

// French typography in the French texts: U+00A0 before `:`, inside « »,
// and U+202F before `;`, `!`, `?`.
catalogue! {
    // --- reading files -------------------------------------------------------
    IoRead { error } =>
        "impossible de lire le fichier ({error})",
        "cannot read the file ({error})";
    IoNotFound =>
        "fichier ou dossier introuvable : vérifiez le chemin",
        "no such file or folder: check the path";
    IoTooLarge { size, limit } =>
        "le fichier fait {size} Mo, au-delà de la limite de {limit} Mo ; si ce fichier est légitime, relevez la limite avec la variable d’environnement BOUSSOLE_MAX_FILE_MB",
        "the file is {size} MB, above the {limit} MB limit; if this file is legitimate, raise the limit with the environment variable BOUSSOLE_MAX_FILE_MB";
    IoNotUtf8 { byte } =>
        "le fichier n’est pas encodé en UTF-8 (octet 0x{byte} invalide) : enregistrez-le en UTF-8 (dans le Bloc-notes : Enregistrer sous → Encodage UTF-8)",
        "the file is not UTF-8 text (invalid byte 0x{byte}): save it as UTF-8 (in Notepad: Save as → Encoding UTF-8)";
    IoNul =>
        "le fichier contient un octet nul : ce n’est pas un fichier texte YAML",
        "the file contains a NUL byte: it is not a YAML text file";
    IoNoAnswers { path } =>
        "aucun fichier de réponses (*.yaml, *.yml) trouvé dans {path}",
        "no answers file (*.yaml, *.yml) found in {path}";
    IoWrite { path, error } =>
        "impossible d’écrire {path} ({error})",
        "cannot write {path} ({error})";
    // --- the paper questionnaire --------------------------------------------
    PaperKicker =>
        "Questionnaire papier",
        "Paper questionnaire";
    PaperQuestionnaire { id, version, count } =>
        "Questionnaire {id}, version {version} · {count} questions",
        "Questionnaire {id}, version {version} · {count} questions";
    PaperDepartment =>
        "Direction\u{a0}:",
        "Department:";
    PaperRespondent =>
        "Nom (facultatif)\u{a0}:",
        "Name (optional):";
    PaperDate =>
        "Date\u{a0}:",
        "Date:";
    PaperHowTitle =>
        "Comment répondre",
        "How to answer";
    PaperHowTick =>
        "Pour chaque question, cochez une seule case\u{a0}: le niveau que votre direction a atteint aujourd’hui, pas celui qu’elle vise.",
        "For each question, tick one box only: the level your department has reached today, not the one it aims for.";
    PaperHowNa =>
        "Cochez «\u{a0}Sans objet\u{a0}» si la question ne concerne pas votre direction, «\u{a0}Ne sait pas\u{a0}» si vous ne savez pas\u{a0}: ces réponses ne comptent pas dans les scores, ni comme zéro.",
        "Tick “Not applicable” if the question does not concern your department, “Don't know” if you do not know: these answers do not count in the scores, not even as zero.";
    PaperHowComment =>
        "Un commentaire est facultatif\u{a0}; il aide la réunion de consensus à comprendre une réponse.",
        "A comment is optional; it helps the consensus meeting understand an answer.";
    PaperHowTyping { id } =>
        "Les réponses seront saisies ensuite avec «\u{a0}boussole assess\u{a0}» (ou dans le classeur de «\u{a0}boussole template\u{a0}»), dans l’ordre des questions\u{a0}; l’identifiant imprimé en petit sous chaque question permet de les retrouver. Questionnaire\u{a0}: {id}.",
        "The answers are typed in afterwards with “boussole assess” (or in the workbook of “boussole template”), in the order of the questions; the identifier printed small under each question helps find them. Questionnaire: {id}.";
    PaperScaleTitle =>
        "L’échelle",
        "The scale";
    PaperScaleIntro =>
        "Sauf mention contraire, chaque question se répond sur la même échelle, du plus faible au plus élevé\u{a0}:",
        "Unless stated otherwise, every question is answered on the same scale, lowest first:";
    PaperScaleOptions =>
        "Certaines questions proposent leurs propres réponses\u{a0}: elles sont imprimées sous la question.",
        "Some questions offer their own answers: they are printed under the question.";
    PaperId { id } =>
        "identifiant\u{a0}: {id}",
        "identifier: {id}";
    PaperComment =>
        "Commentaire (facultatif)\u{a0}:",
        "Comment (optional):";
    PaperFooter { id, version } =>
        "Questionnaire {id} {version} · à saisir avec boussole assess",
        "Questionnaire {id} {version} · to type in with boussole assess";
    PaperMetaTitle { title } =>
        "{title} — questionnaire papier",
        "{title} — paper questionnaire";
    PaperMetaSubject =>
        "Questionnaire à imprimer pour l’auto-évaluation de la gouvernance de l’IA",
        "Questionnaire to print for the self-assessment of AI governance";
    // --- spreadsheets: template and import -----------------------------------
    SheetName =>
        "Questionnaire",
        "Questionnaire";
    SheetDepartment =>
        "Direction",
        "Department";
    SheetRespondent =>
        "Répondant",
        "Respondent";
    SheetDepartmentNote =>
        "Écrivez ici le nom de votre direction (ex. « Direction des finances »). Le nom du répondant, en dessous, est facultatif et n’apparaît pas dans le rapport.",
        "Write your department's name here (e.g. “Finance department”). The respondent's name, below, is optional and does not appear in the report.";
    SheetInstructions =>
        "Pour chaque question, choisissez une réponse dans la liste de la colonne « Réponse » (le niveau atteint, « Sans objet » ou « Ne sait pas ») ; un commentaire est facultatif. Seules les cellules jaunes se modifient. Renvoyez le fichier tel quel : « boussole import » le relira.",
        "For each question, pick an answer from the list in the “Answer” column (the level reached, “Not applicable” or “Don't know”); a comment is optional. Only the yellow cells can be edited. Send the file back as it is: “boussole import” reads it back.";
    SheetColId =>
        "Identifiant",
        "Identifier";
    SheetColTheme =>
        "Thème",
        "Theme";
    SheetColQuestion =>
        "Question",
        "Question";
    SheetColAnswer =>
        "Réponse",
        "Answer";
    SheetColComment =>
        "Commentaire",
        "Comment";
    SheetColHelp =>
        "Aide",
        "Help";
    SheetNa =>
        "Sans objet",
        "Not applicable";
    SheetUnknown =>
        "Ne sait pas",
        "Don't know";
    SheetErrorTitle =>
        "Réponse hors liste",
        "Answer not in the list";
    SheetErrorMessage =>
        "Choisissez une réponse dans la liste : un niveau, « Sans objet » ou « Ne sait pas ».",
        "Pick an answer from the list: a level, “Not applicable” or “Don't know”.";
    TemplateBadExtension { path } =>
        "{path} : extension inconnue ; nommez le fichier .xlsx (Excel) ou .ods (LibreOffice), ou précisez --format xlsx|ods",
        "{path}: unknown extension; name the file .xlsx (Excel) or .ods (LibreOffice), or give --format xlsx|ods";
    TemplateWritten { path, count, size } =>
        "Modèle écrit\u{a0}: {path} ({count} questions, {size} Ko). Faites-le remplir, puis : boussole import FICHIER -o reponses",
        "Template written: {path} ({count} questions, {size} KB). Have it filled in, then: boussole import FILE -o answers";
    ImportUnreadable { error } =>
        "illisible comme classeur XLSX ou ODS ({error})",
        "not readable as an XLSX or ODS workbook ({error})";
    ImportNotTemplate =>
        "ce classeur n’est pas un modèle boussole (sa feuille cachée « boussole » manque ou a été modifiée) ; partez d’un modèle écrit par « boussole template » et recopiez-y les réponses",
        "this workbook is not a boussole template (its hidden “boussole” sheet is missing or was changed); start from a template written by “boussole template” and copy the answers into it";
    ImportNotFile { path } =>
        "{path} : ce n’est pas un fichier ordinaire",
        "{path}: not a regular file";
    ImportTooLarge { path, size } =>
        "{path} : fichier trop gros ({size} Mo) pour être un classeur de réponses",
        "{path}: file too large ({size} MB) to be an answers workbook";
    ImportNoDepartment =>
        "la direction n’est pas renseignée ; écrivez le nom de la direction dans cette cellule (à droite de « Direction »), ex. « Direction des finances »",
        "the department is missing; write the department's name in this cell (right of “Department”), e.g. “Finance department”";
    ImportMoved { expected } =>
        "l’en-tête « {expected} » n’est plus à sa place (lignes ou colonnes déplacées) ; recopiez les réponses dans un modèle neuf (boussole template)",
        "the “{expected}” header is no longer in its place (rows or columns moved); copy the answers into a fresh template (boussole template)";
    ImportNoId =>
        "une réponse ou un commentaire sans identifiant de question ; remettez l’identifiant de la question dans la colonne A, ou videz la ligne",
        "an answer or comment without a question identifier; put the question's identifier back in column A, or clear the row";
    ImportUnknownId { id, questionnaire, version } =>
        "« {id} » n’est pas une question du questionnaire {questionnaire} {version} ; corrigez l’identifiant ou supprimez la ligne",
        "“{id}” is not a question of questionnaire {questionnaire} {version}; fix the identifier or delete the row";
    ImportDuplicateRow { id, first } =>
        "la question {id} figure deux fois (déjà ligne {first}) ; gardez une seule ligne",
        "question {id} appears twice (already on row {first}); keep a single row";
    ImportCommentWithoutAnswer { id } =>
        "un commentaire sans réponse à la question {id} ; choisissez une réponse (au besoin « Ne sait pas ») ou videz le commentaire",
        "a comment without an answer to question {id}; pick an answer (“Don't know” if need be) or clear the comment";
    ImportBadAnswer { value, id, choices, max, na, unknown } =>
        "« {value} » n’est pas une réponse possible à la question {id} ; choisissez dans la liste ({choices}), tapez le numéro (0 à {max}), « {na} » ou « {unknown} »",
        "“{value}” is not a possible answer to question {id}; pick from the list ({choices}), type the number (0 to {max}), “{na}” or “{unknown}”";
    ImportWrongQuestionnaire { found, expected } =>
        "ce classeur a été fait pour le questionnaire {found}, pas pour {expected} ; importez-le avec -q et le questionnaire {found}, ou recopiez les réponses dans un modèle neuf",
        "this workbook was made for questionnaire {found}, not {expected}; import it with -q and questionnaire {found}, or copy the answers into a fresh template";
    ImportSameTarget { first, second, path } =>
        "{first} et {second} donneraient le même fichier {path} ; renommez l’un des deux classeurs",
        "{first} and {second} would give the same file {path}; rename one of the workbooks";
    ImportExists { path, source } =>
        "{path} existe déjà (il viendrait de {source}) ; ajoutez --force pour le remplacer, ou choisissez un autre dossier avec -o",
        "{path} already exists (it would come from {source}); add --force to replace it, or choose another folder with -o";
    ImportNothing =>
        "aucun classeur à importer",
        "no workbook to import";
    ImportWritten { source, path, answered, total } =>
        "{source} → {path} ({answered} réponses sur {total})",
        "{source} → {path} ({answered} answers out of {total})";
    ImportBlank { source, count } =>
        "{source}\u{a0}: {count} {count|question sans réponse, comptée comme manquante|questions sans réponse, comptées comme manquantes}",
        "{source}: {count} {count|question left blank, counted as missing|questions left blank, counted as missing}";
    SumNothingWritten { count } =>
        "{count} {count|problème|problèmes}\u{202f}; aucun fichier n’a été écrit",
        "{count} {count|problem|problems}; no file was written";
    IoProgress =>
        "Lecture des réponses",
        "Reading answers";
    AssessLocked { path } =>
        "{path} est déjà ouvert dans une autre session «\u{a0}boussole assess\u{a0}» (une autre fenêtre, ou une autre personne sur ce fichier partagé)\u{a0}: rien n’a été modifié\u{202f}; terminez l’autre session (Ctrl-C\u{a0}: ses réponses sont enregistrées) puis relancez cette commande, ou répondez dans un autre fichier avec -o",
        "{path} is already open in another “boussole assess” session (another window, or another person on this shared file): nothing was changed; end the other session (Ctrl-C: its answers are saved) and run this command again, or answer in another file with -o";
    AssessPlainKeys =>
        "Mode texte\u{a0}: chaque question est suivie de ses choix numérotés. Tapez le numéro de votre réponse puis Entrée\u{a0}; so (sans objet), nsp (ne sait pas), ? (aide), < (question précédente) ou q (quitter). Chaque réponse est enregistrée aussitôt.",
        "Text mode: each question is followed by its numbered choices. Type the number of your answer and Enter; na (not applicable), unknown (don’t know), ? (help), < (previous question) or q (quit). Each answer is saved at once.";
    AssessPlainType { words } =>
        "Tapez {words}, puis Entrée\u{a0}:",
        "Type {words}, then Enter:";
    AssessPlainChosen { choice } =>
        "Réponse\u{a0}: {choice}",
        "Answer: {choice}";
    AssessPlainEmpty =>
        "Aucune réponse tapée\u{a0}: tapez l’un des choix ci-dessus, puis Entrée.",
        "Nothing typed: type one of the choices above, then Enter.";
    AssessPlainUnknown { typed } =>
        "«\u{a0}{typed}\u{a0}» n’est pas l’un des choix\u{a0}: tapez l’un des choix ci-dessus, puis Entrée.",
        "“{typed}” is not one of the choices: type one of the choices above, then Enter.";
    AssessPlainCommentHelp =>
        "Tapez votre commentaire puis Entrée (Entrée seule\u{a0}: pas de changement, < pour revenir au choix)\u{a0}:",
        "Type your comment and Enter (Enter alone: no change, < to go back to the choice):";
    YamlTab =>
        "tabulation dans l’indentation\u{a0}: YAML n’accepte que des espaces\u{202f}; remplacez-la par des espaces (deux par niveau)",
        "tab in the indentation: YAML accepts spaces only; replace it with spaces (two per level)";
    AssessOutputStdout =>
        "assess enregistre chaque réponse dans un fichier\u{a0}: donnez à -o le chemin d’un fichier .yaml, pas «\u{a0}-\u{a0}»",
        "assess saves each answer to a file: give -o the path of a .yaml file, not “-”";
    OutputStdout =>
        "la sortie standard",
        "standard output";
    OutputSymlink { path } =>
        "{path} est un lien symbolique\u{a0}: boussole ne le remplace pas\u{202f}; donnez à -o le chemin du fichier lui-même, ou ajoutez --force pour remplacer le lien",
        "{path} is a symbolic link: boussole does not replace it; give -o the path of the file itself, or add --force to replace the link";
    OutputNotRegular { path } =>
        "{path} n’est pas un fichier ordinaire (périphérique, tube ou socket)\u{a0}: boussole ne le remplace pas, même avec --force\u{202f}; choisissez un autre chemin avec -o, ou -o - pour écrire sur la sortie standard",
        "{path} is not a regular file (device, pipe or socket): boussole does not replace it, even with --force; choose another path with -o, or -o - to write to standard output";
    OutputIsInput { path } =>
        "{path} est l’un des fichiers d’entrée de la commande\u{a0}: il ne sera pas remplacé\u{202f}; choisissez un autre chemin avec -o (par exemple rapport.pdf), ou vérifiez l’ordre des arguments (-o FICHIER puis les réponses)",
        "{path} is one of the command’s input files: it will not be replaced; choose another path with -o (for example report.pdf), or check the order of the arguments (-o FILE, then the answers)";
    OutputForeign { path, what } =>
        "{path} existe et n’est pas un {what}\u{a0}: il ne sera pas remplacé\u{202f}; choisissez un autre chemin avec -o, ou ajoutez --force pour le remplacer",
        "{path} exists and is not a {what}: it will not be replaced; choose another path with -o, or add --force to replace it";
    InputNotRegular =>
        "ce n’est pas un fichier ordinaire (tube, périphérique ou socket)\u{a0}: donnez le chemin d’un fichier .yaml",
        "not a regular file (pipe, device or socket): give the path of a .yaml file";
    WarnSkippedSpecial { path } =>
        "attention\u{a0}: {path} n’est pas un fichier ordinaire (tube, périphérique ou socket)\u{a0}; il est ignoré",
        "warning: {path} is not a regular file (pipe, device or socket); skipped";
    SumMoreProblems { path, count } =>
        "{path}\u{a0}: et {count} autres problèmes (corrigez les premiers, puis relancez)",
        "{path}: and {count} more problems (fix the first ones, then run again)";
    OsNotFound =>
        "fichier ou dossier introuvable\u{a0}; vérifiez le chemin",
        "no such file or folder; check the path";
    OsPermission =>
        "accès refusé\u{a0}; vérifiez que vous avez le droit d’y accéder, ou choisissez un autre dossier",
        "permission denied; check that you may access it, or choose another folder";
    OsFull =>
        "le disque est plein\u{a0}; libérez de la place ou choisissez un autre dossier",
        "the disk is full; free some space or choose another folder";
    OsReadOnly =>
        "le disque est en lecture seule\u{a0}; choisissez un autre dossier",
        "the disk is read-only; choose another folder";
    OsIsDir =>
        "c’est un dossier, pas un fichier\u{a0}; donnez le chemin d’un fichier",
        "it is a folder, not a file; give the path of a file";
    OsNotDir =>
        "une partie du chemin n’est pas un dossier\u{a0}; vérifiez le chemin",
        "part of the path is not a folder; check the path";
    OsLoop =>
        "trop de liens symboliques (une boucle)\u{a0}; vérifiez le chemin",
        "too many symbolic links (a loop); check the path";
    OsBadName =>
        "nom de fichier invalide\u{a0}; choisissez un autre nom",
        "invalid file name; choose another name";
    OsTooLarge =>
        "fichier trop gros pour ce disque",
        "file too large for this disk";
    OsBusy =>
        "le fichier est occupé par un autre programme\u{a0}; réessayez dans un instant",
        "the file is busy in another program; try again in a moment";
    OsCrossDevice =>
        "déplacement impossible entre deux disques\u{a0}; choisissez un dossier sur le même disque",
        "cannot move between two disks; choose a folder on the same disk";
    OsExists =>
        "le fichier existe déjà",
        "the file already exists";
    OsInvalidData =>
        "contenu illisible",
        "unreadable content";
    OsInterrupted =>
        "opération interrompue\u{a0}; réessayez",
        "interrupted; try again";
    OsOther =>
        "erreur du système de fichiers\u{a0}; vérifiez le chemin et l’espace disque, puis réessayez",
        "file system error; check the path and the free space, then try again";
    YamlBudgetDepth { limit } =>
        "imbrication trop profonde (plus de {limit} niveaux)\u{a0}: un fichier boussole n’en a que quelques-uns\u{202f}; vérifiez qu’il s’agit du bon fichier",
        "nesting too deep (more than {limit} levels): a boussole file has only a few; check that this is the right file";
    YamlBudgetAliases =>
        "trop d’alias YAML (*nom) ou d’ancres (&nom)\u{a0}: boussole refuse ce fichier pour se protéger\u{202f}; écrivez les valeurs en toutes lettres",
        "too many YAML aliases (*name) or anchors (&name): boussole refuses this file to protect itself; write the values out in full";
    YamlBudgetSize { limit } =>
        "le fichier contient trop de valeurs (plus de {limit})\u{a0}: un questionnaire ou un fichier de réponses n’en a que quelques milliers\u{202f}; vérifiez qu’il s’agit du bon fichier, ou découpez-le",
        "the file holds too many values (more than {limit}): a questionnaire or answers file has a few thousand at most; check that this is the right file, or split it";
    YamlMultipleDocuments =>
        "le fichier contient plusieurs documents YAML (séparés par une ligne ---)\u{a0}: un fichier boussole n’en contient qu’un\u{202f}; supprimez la ligne --- et ce qui suit, ou mettez chaque document dans son propre fichier",
        "the file holds several YAML documents (separated by a --- line): a boussole file holds one; delete the --- line and what follows, or put each document in a file of its own";
    YamlSurrogate =>
        "séquence d’échappement \\u invalide (une moitié de paire UTF-16, entre \\uD800 et \\uDFFF)\u{a0}: écrivez le caractère lui-même, ou son code complet avec \\U (par exemple \\U0001F600)",
        "invalid \\u escape (half of a UTF-16 pair, between \\uD800 and \\uDFFF): write the character itself, or its full code with \\U (for example \\U0001F600)";
    YamlBadChar =>
        "caractère invalide dans un fichier YAML (caractère de contrôle ou non imprimable)\u{a0}: supprimez-le, ou écrivez-le entre guillemets doubles avec un échappement (\\t, \\n, \\u0007…)",
        "invalid character in a YAML file (a control or non-printable character): delete it, or write it in double quotes with an escape (\\t, \\n, \\u0007…)";
    WarnDuplicateRespondent { first, second, respondent, department } =>
        "attention : {first} et {second} portent le même répondant ({respondent}) pour « {department} » ; s’il s’agit d’un doublon, retirez l’un des deux fichiers",
        "warning: {first} and {second} carry the same respondent ({respondent}) for “{department}”; if one is a copy, remove it";
    YamlSyntax { detail } =>
        "YAML invalide : {detail} ; vérifiez l’indentation (des espaces, pas de tabulations) et les guillemets",
        "invalid YAML: {detail}; check the indentation (spaces, not tabs) and the quotes";
    YamlDuplicate { key } =>
        "clé « {key} » en double : chaque clé ne doit apparaître qu’une fois (supprimez ou renommez l’une des deux)",
        "duplicate key \u{201c}{key}\u{201d}: each key may appear only once (remove or rename one of them)";
    // --- shapes and fields ---------------------------------------------------
    FieldUnknown { field, expected } =>
        "champ inconnu « {field} » : les champs possibles ici sont {expected}",
        "unknown field \u{201c}{field}\u{201d}: the fields allowed here are {expected}";
    FieldUnknownHint { field, suggestion } =>
        "champ inconnu « {field} » : vouliez-vous écrire « {suggestion} » ?",
        "unknown field \u{201c}{field}\u{201d}: did you mean \u{201c}{suggestion}\u{201d}?";
    FieldMissing { field, context } =>
        "champ obligatoire « {field} » manquant dans {context}",
        "required field \u{201c}{field}\u{201d} is missing from {context}";
    TypeExpected { field, expected, found } =>
        "« {field} » doit être {expected}, pas {found}",
        "\u{201c}{field}\u{201d} must be {expected}, not {found}";
    TypeString =>
        "un texte",
        "a text";
    TypeStringQuoted { example } =>
        "un texte entre guillemets, par exemple \"{example}\"",
        "a text in quotes, for example \"{example}\"";
    TypeNumber =>
        "un nombre",
        "a number";
    TypeInteger =>
        "un nombre entier",
        "an integer";
    TypeList =>
        "une liste (lignes commençant par « - »)",
        "a list (lines starting with \u{201c}-\u{201d})";
    TypeMapping =>
        "un tableau de clés (lignes « clé: valeur »)",
        "a mapping (lines \u{201c}key: value\u{201d})";
    TypeDocument { found } =>
        "le fichier doit être un tableau de clés (lignes « clé: valeur »), pas {found}",
        "the file must be a mapping (lines \u{201c}key: value\u{201d}), not {found}";
    CtxDocument =>
        "le fichier",
        "the file";
    CtxLevel =>
        "ce niveau d’échelle",
        "this scale level";
    CtxTheme =>
        "ce thème",
        "this theme";
    CtxQuestion =>
        "cette question",
        "this question";
    CtxOption =>
        "cette option",
        "this option";
    CtxObligation =>
        "cette obligation",
        "this obligation";
    CtxAnswer =>
        "cette réponse",
        "this answer";
    // --- questionnaire rules -------------------------------------------------
    QIdFormat { id } =>
        "identifiant « {id} » invalide : n’utilisez que des minuscules sans accent, des chiffres et des tirets (a-z, 0-9, -)",
        "invalid identifier \u{201c}{id}\u{201d}: use only lowercase letters without accents, digits and hyphens (a-z, 0-9, -)";
    QLang { lang } =>
        "langue « {lang} » inconnue : écrivez fr ou en",
        "unknown language \u{201c}{lang}\u{201d}: write fr or en";
    QEmptyText { field } =>
        "« {field} » ne doit pas être vide",
        "\u{201c}{field}\u{201d} must not be empty";
    QScaleShort { count } =>
        "l’échelle doit avoir au moins 2 niveaux (elle en a {count})",
        "the scale needs at least 2 levels (it has {count})";
    QEmptyList { field } =>
        "la liste « {field} » ne doit pas être vide",
        "the list \u{201c}{field}\u{201d} must not be empty";
    QOptionsShort { count } =>
        "une question à options doit en proposer au moins 2 (elle en a {count})",
        "a question with options needs at least 2 of them (it has {count})";
    QWeight { value } =>
        "le poids doit être un nombre fini strictement positif (trouvé : {value})",
        "the weight must be a finite number greater than 0 (found: {value})";
    QScoreRange { value } =>
        "le score d’une option doit être compris entre 0 et 100 (trouvé : {value})",
        "an option's score must lie between 0 and 100 (found: {value})";
    QDupTheme { id, line } =>
        "identifiant de thème « {id} » en double (déjà utilisé ligne {line}) : donnez-lui un identifiant unique",
        "duplicate theme id \u{201c}{id}\u{201d} (already used on line {line}): give it a unique id";
    QDupQuestion { id, line } =>
        "identifiant de question « {id} » en double (déjà utilisé ligne {line}) : chaque question doit avoir un identifiant unique dans tout le fichier",
        "duplicate question id \u{201c}{id}\u{201d} (already used on line {line}): every question needs an id unique in the whole file";
    QScope { scope } =>
        "portée « {scope} » inconnue : écrivez organisation (un fait de la collectivité) ou department (la direction du répondant)",
        "unknown scope \u{201c}{scope}\u{201d}: write organisation (a fact of the authority) or department (the respondent's department)";
    QDate { date, field } =>
        "date « {date} » invalide pour « {field} » : écrivez-la AAAA-MM-JJ entre guillemets, par exemple \"2027-12-02\"",
        "invalid date \u{201c}{date}\u{201d} for \u{201c}{field}\u{201d}: write it YYYY-MM-DD in quotes, for example \"2027-12-02\"";
    QUntilBefore { until, from } =>
        "l’échéance {until} précède la date d’application {from} : corrigez l’une des deux",
        "the deadline {until} is before the application date {from}: correct one of them";
    QDupObligation { id, line } =>
        "identifiant d’obligation « {id} » en double (déjà utilisé ligne {line}) : chaque obligation du catalogue doit avoir un identifiant unique",
        "duplicate obligation id \u{201c}{id}\u{201d} (already used on line {line}): every obligation of the catalogue needs a unique id";
    QObligationUnknown { id, known } =>
        "obligation « {id} » inconnue : citez un identifiant du catalogue « obligations » en tête du fichier ({known}), ou ajoutez-la au catalogue",
        "unknown obligation \u{201c}{id}\u{201d}: cite an id of the \u{201c}obligations\u{201d} catalogue at the top of the file ({known}), or add it to the catalogue";
    QObligationNone =>
        "le fichier n’a pas de catalogue",
        "the file has no catalogue";
    QObligationUncited { id } =>
        "l’obligation « {id} » n’est citée par aucune question : citez-la dans le champ « obligations » d’une question, ou retirez-la du catalogue",
        "obligation \u{201c}{id}\u{201d} is cited by no question: cite it in a question's \u{201c}obligations\u{201d} field, or remove it from the catalogue";
    QReplacesCurrent { id, line } =>
        "« {id} » est une question de cette version (ligne {line}) : « replaces » ne nomme que des questions d’une version antérieure",
        "\u{201c}{id}\u{201d} is a question of this version (line {line}): \u{201c}replaces\u{201d} names only questions of an earlier version";
    // --- answers rules -------------------------------------------------------
    AQuestionnaire { found, expected } =>
        "ces réponses portent sur le questionnaire « {found} », mais le questionnaire utilisé est « {expected} » : choisissez le bon avec --questionnaire",
        "these answers are for questionnaire \u{201c}{found}\u{201d}, but the questionnaire in use is \u{201c}{expected}\u{201d}: pick the right one with --questionnaire";
    AVersion { found, expected } =>
        "ces réponses portent sur la version « {found} » du questionnaire, mais la version utilisée est « {expected} » : choisissez le bon fichier avec --questionnaire (ou --baseline-questionnaire pour une campagne antérieure)",
        "these answers are for version “{found}” of the questionnaire, but the version in use is “{expected}”: pick the right file with --questionnaire (or --baseline-questionnaire for an earlier campaign)";
    AIsQuestionnaire =>
        "ce fichier est un questionnaire, pas un fichier de réponses : retirez-le du dossier des réponses (pour l’utiliser, passez-le avec --questionnaire)",
        "this file is a questionnaire, not an answers file: move it out of the answers folder (to use it, pass it with --questionnaire)";
    AUnknownQuestion { id, questionnaire, version } =>
        "la question « {id} » n’existe pas dans le questionnaire {questionnaire} (version {version}) : vérifiez l’identifiant",
        "question \u{201c}{id}\u{201d} does not exist in questionnaire {questionnaire} (version {version}): check the id";
    AChoiceRange { choice, max, labels } =>
        "choix {choice} hors limites : cette question propose les choix 0 à {max} ({labels})",
        "choice {choice} is out of range: this question offers choices 0 to {max} ({labels})";
    AChoiceNegative { choice, max } =>
        "choix {choice} invalide : les choix se comptent à partir de 0 (0 à {max})",
        "choice {choice} is invalid: choices are counted from 0 (0 to {max})";
    ABadWord { word } =>
        "réponse « {word} » inconnue : écrivez na (sans objet), unknown (ne sait pas), ou le choix sur la ligne suivante, sous la forme « choice: 2 »",
        "unknown answer “{word}”: write na (not applicable), unknown (don't know), or the choice on the next line, as “choice: 2”";
    ABadWordFr { word } =>
        "réponse « {word} » inconnue : écrivez sans objet (ou so, na), ne sait pas (ou nsp, unknown), ou le choix sur la ligne suivante, sous la forme « choice: 2 »",
        "unknown answer \u{201c}{word}\u{201d}: write sans objet (or so, na: not applicable), ne sait pas (or nsp, unknown: don't know), or the choice on the next line, as \u{201c}choice: 2\u{201d}";
    ADate { date } =>
        "date « {date} » invalide : écrivez-la AAAA-MM-JJ, par exemple 2026-10-04",
        "invalid date \u{201c}{date}\u{201d}: write it YYYY-MM-DD, for example 2026-10-04";
    ADepartmentEmpty =>
        "le nom de la direction ne doit pas être vide",
        "the department name must not be empty";
    // --- summary lines -------------------------------------------------------
    SumFilesErrors { count, files } =>
        "{count} {count|problème|problèmes} dans {files} {files|fichier|fichiers} ; aucun résultat n’a été produit",
        "{count} {count|problem|problems} in {files} {files|file|files}; no result was produced";
    ReportMethodQuestionnaire =>
        "Le questionnaire",
        "The questionnaire";
    ReportMethodQuestionnaireCounts { id, version, themes, questions, levels, labels } =>
        "Questionnaire {id}, version {version} : {themes} thèmes, {questions} questions, une échelle de {levels} niveaux ({labels}).",
        "Questionnaire {id}, version {version}: {themes} themes, {questions} questions, a scale of {levels} levels ({labels}).";
    ReportMethodRules =>
        "Les règles de calcul",
        "The scoring rules";
    // --- tables and exports ---------------------------------------------------
    TableParticipation { respondents, departments } =>
        "{respondents} {respondents|répondant|répondants}, {departments} {departments|direction|directions}",
        "{respondents} {respondents|respondent|respondents}, {departments} {departments|department|departments}";
    TableOverall =>
        "Niveau global de l’organisation :",
        "Overall level of the organisation:";
    TableTheme =>
        "Thème",
        "Theme";
    TableWeight =>
        "Poids",
        "Weight";
    TableScore =>
        "Score (%)",
        "Score (%)";
    TableLevel =>
        "Niveau",
        "Level";
    TableAnswered =>
        "Réponses notées",
        "Scored answers";
    TableNaUnknown =>
        "Sans objet / Ne sait pas",
        "N/A / Don't know";
    TableDepartment =>
        "Direction",
        "Department";
    TableRespondentsShort =>
        "Rép.",
        "Resp.";
    TableOverallShort =>
        "Global",
        "Overall";
    TableOrganisation =>
        "Organisation",
        "Organisation";
    CsvDepartment =>
        "direction",
        "department";
    CsvRespondents =>
        "repondants",
        "respondents";
    CsvThemeId =>
        "theme_id",
        "theme_id";
    CsvTheme =>
        "theme",
        "theme";
    CsvScore =>
        "score",
        "score";
    CsvLevel =>
        "niveau",
        "level";
    CsvLevelLabel =>
        "libelle_niveau",
        "level_label";
    CsvMin =>
        "min",
        "min";
    CsvMax =>
        "max",
        "max";
    CsvStddev =>
        "ecart_type",
        "stddev";
    CsvAnswered =>
        "reponses_notees",
        "answered";
    CsvNa =>
        "sans_objet",
        "na";
    CsvUnknown =>
        "ne_sait_pas",
        "unknown";
    CsvMissing =>
        "sans_reponse",
        "missing";
    // --- check -----------------------------------------------------------------
    CheckOk { path } =>
        "{path} : questionnaire valide",
        "{path}: valid questionnaire";
    CheckSummary { id, version, lang, title } =>
        "{id} version {version} ({lang}) — « {title} »",
        "{id} version {version} ({lang}) — \u{201c}{title}\u{201d}";
    CheckCounts { themes, questions, levels, labels } =>
        "{themes} {themes|thème|thèmes}, {questions} {questions|question|questions}, échelle de {levels} niveaux : {labels}",
        "{themes} {themes|theme|themes}, {questions} {questions|question|questions}, a scale of {levels} levels: {labels}";
    CheckTheme { title, id, questions, weight } =>
        "  {title} ({id}) : {questions} {questions|question|questions}, poids {weight}",
        "  {title} ({id}): {questions} {questions|question|questions}, weight {weight}";
    CheckScopes { organisation, department, owned, stated } =>
        "portée : {organisation} {organisation|question|questions} sur la collectivité, {department} sur la direction du répondant ; {owned} avec un pilote suggéré, {stated} avec un constat rédigé",
        "scope: {organisation} {organisation|question|questions} about the authority, {department} about the respondent's department; {owned} with a suggested lead, {stated} with a written finding";
    CheckObligations { obligations, questions } =>
        "{obligations} {obligations|obligation|obligations} au catalogue, {obligations|citée|citées} par {questions} {questions|question|questions}",
        "{obligations} {obligations|obligation|obligations} in the catalogue, cited by {questions} {questions|question|questions}";
    CheckReplaces { questions } =>
        "{questions} {questions|question reliée|questions reliées} à une version antérieure (replaces)",
        "{questions} {questions|question|questions} linked to an earlier version (replaces)";
    CheckWarning { message } =>
        "avertissement : {message}",
        "warning: {message}";
    // --- compare ---------------------------------------------------------------
    CmpNewShort =>
        "nouvelle",
        "new";
    CmpSince { version } =>
        "évolution depuis la campagne précédente (questionnaire version {version}), en points",
        "change since the previous campaign (questionnaire version {version}), in points";
    CmpDeltasNote =>
        "Entre parenthèses : l’évolution en points depuis la campagne précédente, direction par direction (appariées par leur nom).",
        "In brackets: the change in points since the previous campaign, department by department (matched by name).";
    CmpNewDepartments =>
        "Directions nouvelles (absentes de la campagne précédente) :",
        "New departments (absent from the previous campaign):";
    CmpVanishedDepartments =>
        "Directions qui ne figurent plus (présentes dans la campagne précédente) :",
        "Departments no longer present (in the previous campaign only):";
    CmpSameQuestions =>
        "Les deux campagnes portent sur les mêmes questions.",
        "Both campaigns rest on the same questions.";
    CmpSharedQuestions { shared, old, new } =>
        "Scores et évolutions portent sur les {shared} questions communes aux versions {old} et {new} du questionnaire.",
        "Scores and changes rest on the {shared} questions shared by versions {old} and {new} of the questionnaire.";
    CmpAdded =>
        "Questions ajoutées depuis (non comptées dans les évolutions) :",
        "Questions added since (not counted in the changes):";
    CmpRemoved =>
        "Questions retirées depuis (non comptées dans les évolutions) :",
        "Questions removed since (not counted in the changes):";
    CmpGapLevels { gap } =>
        "{gap} niveaux d’écart",
        "{gap} levels apart";
    CmpGapPoints { gap } =>
        "{gap} points d’écart",
        "{gap} points apart";
    CmpRespondentN { n } =>
        "Répondant {n}",
        "Respondent {n}";
    CmpNoDisagreement =>
        "Aucun désaccord de 2 niveaux ou plus entre répondants d’une même direction.",
        "No disagreement of 2 levels or more between respondents of the same department.";
    CmpAgendaTitle { count } =>
        "Ordre du jour de la réunion de consensus : {count} {count|question|questions} où les réponses d’une même direction divergent de 2 niveaux ou plus (50 points pour les questions à choix propres)",
        "Agenda of the consensus meeting: {count} {count|question|questions} where answers within a department differ by 2 levels or more (50 points for questions with their own choices)";
    CmpAgendaHeading =>
        "Ordre du jour de la réunion de consensus",
        "Agenda of the consensus meeting";
    CmpMdQuestionnaire =>
        "Questionnaire",
        "Questionnaire";
    CmpMdVersion =>
        "version",
        "version";
    CmpMdLegend =>
        "Scores en % ; niveaux :",
        "Scores in %; levels:";
    CsvQuestionId =>
        "question_id",
        "question_id";
    CsvQuestion =>
        "question",
        "question";
    CsvGap =>
        "ecart",
        "gap";
    CsvRespondent =>
        "repondant",
        "respondent";
    CsvAnswer =>
        "reponse",
        "answer";
    CsvComment =>
        "commentaire",
        "comment";
    CsvBaseline =>
        "score_precedent",
        "baseline_score";
    CsvChange =>
        "evolution",
        "change";
    // --- form ------------------------------------------------------------------
    FormNoscript =>
        "Ce formulaire a besoin de JavaScript, désactivé dans ce navigateur\u{a0}: activez-le pour ce fichier, ou demandez à la personne qui vous l’a envoyé un autre moyen de répondre (tableur, questionnaire papier).",
        "This form needs JavaScript, which is turned off in this browser: turn it on for this file, or ask the person who sent it for another way to answer (spreadsheet, paper questionnaire).";
    FormSkip =>
        "Aller aux questions",
        "Skip to the questions";
    FormVersion [id, version] =>
        "Questionnaire «\u{a0}{id}\u{a0}», version {version}",
        "Questionnaire “{id}”, version {version}";
    FormOffline =>
        "Sans réseau\u{a0}: ce formulaire fonctionne sans connexion et vos réponses restent sur votre poste. Rien n’est envoyé\u{202f}; c’est vous qui transmettez le fichier de réponses téléchargé.",
        "No network: this form works offline and your answers stay on your computer. Nothing is sent; you pass on the downloaded answers file yourself.";
    FormStorageOn =>
        "Vos réponses sont enregistrées dans ce navigateur à chaque modification\u{a0}: vous pouvez fermer la page et la rouvrir plus tard.",
        "Your answers are saved in this browser at every change: you can close the page and open it again later.";
    FormStorageOff =>
        "Attention\u{a0}: ce navigateur n’enregistre pas les réponses de ce fichier. Si vous fermez la page, elles seront perdues\u{a0}: téléchargez vos réponses avant de la fermer, puis reprenez le fichier téléchargé pour continuer.",
        "Warning: this browser does not save the answers of this file. If you close the page, they are lost: download your answers before closing it, then reopen the downloaded file to continue.";
    FormAboutYou =>
        "Vous",
        "About you";
    FormDepartment =>
        "Direction",
        "Department";
    FormDepartmentHint =>
        "Obligatoire\u{a0}: la direction au nom de laquelle vous répondez.",
        "Required: the department you answer for.";
    FormDepartmentLocked =>
        "Fixée par la personne qui vous a envoyé ce formulaire.",
        "Set by the person who sent you this form.";
    FormRespondent =>
        "Répondant (facultatif)",
        "Respondent (optional)";
    FormRespondentHint =>
        "Votre nom distingue les répondants d’une même direction\u{202f}; il n’apparaît pas dans le rapport.",
        "Your name tells apart the respondents of one department; it does not appear in the report.";
    FormContents =>
        "Thèmes",
        "Themes";
    FormProgress [answered, total] =>
        "{answered}\u{a0}/\u{a0}{total}",
        "{answered}\u{a0}/\u{a0}{total}";
    FormProgressLabel =>
        "Questions avec une réponse",
        "Questions answered";
    FormNextUnanswered =>
        "Question suivante sans réponse",
        "Next unanswered question";
    FormAllAnswered =>
        "Toutes les questions ont une réponse.",
        "Every question has an answer.";
    FormHelp =>
        "Aide",
        "Help";
    FormReferences =>
        "Références",
        "References";
    FormOwner [owner] =>
        "Pilote suggéré\u{a0}: {owner}",
        "Suggested lead: {owner}";
    FormScopeOrganisation =>
        "Question sur la collectivité",
        "Question about the authority";
    FormScopeDepartment =>
        "Question sur votre direction",
        "Question about your department";
    FormNa =>
        "Sans objet",
        "Not applicable";
    FormNaHint =>
        "la question ne concerne pas votre direction",
        "the question does not concern your department";
    FormUnknown =>
        "Ne sait pas",
        "Don’t know";
    FormUnknownHint =>
        "vous ne savez pas répondre",
        "you cannot tell";
    FormClear =>
        "Effacer la réponse",
        "Clear the answer";
    FormComment =>
        "Commentaire (facultatif)",
        "Comment (optional)";
    FormCommentOrphan =>
        "Ce commentaire n’ira dans le fichier qu’avec une réponse (au besoin «\u{a0}Ne sait pas\u{a0}»).",
        "This comment goes into the file only with an answer (“Don’t know” if need be).";
    FormAnswered =>
        "Répondue",
        "Answered";
    FormUnanswered =>
        "Sans réponse",
        "Not answered";
    FormActions =>
        "Vos réponses",
        "Your answers";
    FormDownload =>
        "Télécharger mes réponses",
        "Download my answers";
    FormDownloadHint =>
        "Enregistre un fichier de réponses (.yaml) à envoyer à la personne qui organise l’évaluation. Vous pouvez télécharger un fichier partiel et le compléter plus tard.",
        "Saves an answers file (.yaml) to send to the person who runs the assessment. You may download a partial file and complete it later.";
    FormOpen =>
        "Reprendre un fichier de réponses",
        "Reopen an answers file";
    FormOpenHint =>
        "Rouvre un fichier téléchargé plus tôt, pour le compléter ou le corriger.",
        "Opens a file downloaded earlier, to complete or correct it.";
    FormForget =>
        "Effacer mes réponses de ce navigateur",
        "Clear my answers from this browser";
    FormForgetConfirm =>
        "Effacer toutes les réponses de ce formulaire dans ce navigateur\u{202f}? Les fichiers déjà téléchargés ne sont pas touchés.",
        "Clear every answer of this form from this browser? Files already downloaded are not touched.";
    FormForgotten =>
        "Réponses effacées de ce navigateur.",
        "Answers cleared from this browser.";
    FormDownloaded [file, answered, total] =>
        "Fichier «\u{a0}{file}\u{a0}» enregistré (dans vos téléchargements)\u{a0}: {answered} / {total} questions avec une réponse.",
        "File “{file}” saved (in your downloads): {answered} / {total} questions answered.";
    FormDownloadedPartial =>
        "Vous pourrez le compléter plus tard avec «\u{a0}Reprendre un fichier de réponses\u{a0}».",
        "You can complete it later with “Reopen an answers file”.";
    FormCommentsDropped [list] =>
        "Commentaires sans réponse, absents du fichier\u{a0}: questions {list}.",
        "Comments without an answer, left out of the file: questions {list}.";
    FormNeedDepartment =>
        "Indiquez votre direction avant de télécharger vos réponses.",
        "Enter your department before downloading your answers.";
    FormOpened [file, answered, total] =>
        "Réponses reprises du fichier «\u{a0}{file}\u{a0}»\u{a0}: {answered} / {total} questions avec une réponse.",
        "Answers taken from the file “{file}”: {answered} / {total} questions answered.";
    FormReplaceConfirm [file] =>
        "Remplacer les réponses en cours par celles du fichier «\u{a0}{file}\u{a0}»\u{202f}?",
        "Replace the current answers with those of the file “{file}”?";
    FormOpenError [file, error] =>
        "Le fichier «\u{a0}{file}\u{a0}» n’a pas été repris\u{a0}: {error}",
        "The file “{file}” was not opened: {error}";
    FormErrLine [line, error] =>
        "ligne {line}\u{a0}: {error}",
        "line {line}: {error}";
    FormErrSyntax =>
        "ligne que ce formulaire ne sait pas lire (un fichier de réponses écrit par boussole, ou corrigé à la main sans en changer la forme, est attendu)",
        "a line this form cannot read (an answers file written by boussole, or corrected by hand without changing its layout, is expected)";
    FormErrNotAnswers =>
        "ce n’est pas un fichier de réponses boussole (il y manque «\u{a0}questionnaire\u{a0}», «\u{a0}version\u{a0}» ou «\u{a0}answers\u{a0}»)",
        "this is not a boussole answers file (“questionnaire”, “version” or “answers” is missing)";
    FormErrQuestionnaire [found, found_version, expected, expected_version] =>
        "il répond au questionnaire «\u{a0}{found}\u{a0}» version {found_version}, et ce formulaire est celui du questionnaire «\u{a0}{expected}\u{a0}» version {expected_version}",
        "it answers questionnaire “{found}” version {found_version}, and this form is for questionnaire “{expected}” version {expected_version}";
    FormErrUnknownQuestion [id] =>
        "la question «\u{a0}{id}\u{a0}» n’existe pas dans ce questionnaire",
        "question “{id}” does not exist in this questionnaire";
    FormErrChoice [choice, id, max] =>
        "réponse {choice} impossible pour la question «\u{a0}{id}\u{a0}» (choix de 0 à {max})",
        "answer {choice} is not possible for question “{id}” (choices 0 to {max})";
    FormOtherDepartment [found, expected] =>
        "Ce fichier est celui de la direction «\u{a0}{found}\u{a0}»\u{202f}; ce formulaire est pour la direction «\u{a0}{expected}\u{a0}», qui est conservée.",
        "This file is the department “{found}”’s; this form is for the department “{expected}”, which is kept.";
    FormFooter [title, version] =>
        "Formulaire écrit par boussole à partir du questionnaire «\u{a0}{title}\u{a0}» (version {version}).",
        "Form written by boussole from the questionnaire “{title}” (version {version}).";
    FormDismiss =>
        "Fermer ce message",
        "Dismiss this message";
    FormWritten { path, size, questions } =>
        "Formulaire écrit\u{a0}: {path} ({size} Ko, {questions} questions). Envoyez ce fichier aux répondants\u{a0}: il s’ouvre dans un navigateur, sans réseau.",
        "Form written: {path} ({size} KB, {questions} questions). Send this file to the respondents: it opens in a browser, with no network.";
    FormWrittenPdf { path, size, questions } =>
        "Questionnaire papier écrit\u{a0}: {path} ({size} Ko, {questions} questions). Imprimez-le\u{a0}; les réponses se saisissent ensuite avec boussole assess.",
        "Paper questionnaire written: {path} ({size} KB, {questions} questions). Print it; the answers are typed in afterwards with boussole assess.";
    // --- assess ---------------------------------------------------------------
    AssessFileHeader { title } =>
        "Réponses au questionnaire «\u{a0}{title}\u{a0}»",
        "Answers to the questionnaire \u{201c}{title}\u{201d}";
    AssessNotTty =>
        "assess pose ses questions dans un terminal, mais l’entrée standard n’en est pas un (redirection ou tâche automatique)\u{a0}: lancez la commande dans une fenêtre de terminal",
        "assess asks its questions in a terminal, but standard input is not one (a redirection or an automated job): run the command in a terminal window";
    AssessTerminalError { error } =>
        "erreur du terminal ({error})",
        "terminal error ({error})";
    AssessCanceled =>
        "← retour",
        "← back";
    AssessForeignOwner { path, owner, expected } =>
        "{path} contient déjà les réponses de {owner}, pas de {expected}\u{a0}: il n’a pas été modifié. Choisissez un autre fichier avec -o, ou lancez la commande sans -o pour un nom de fichier automatique",
        "{path} already holds the answers of {owner}, not of {expected}: it was left untouched. Choose another file with -o, or leave out -o for an automatic file name";
    AssessOwner { department } =>
        "la direction «\u{a0}{department}\u{a0}»",
        "the department \u{201c}{department}\u{201d}";
    AssessOwnerRespondent { respondent, department } =>
        "{respondent} (direction «\u{a0}{department}\u{a0}»)",
        "{respondent} (department \u{201c}{department}\u{201d})";
    AssessOutputDir { path } =>
        "{path} est un dossier\u{a0}: donnez à -o le chemin d’un fichier, par exemple {path}/reponses.yaml",
        "{path} is a folder: give -o the path of a file, for example {path}/answers.yaml";
    AssessRefused { path } =>
        "{path} n’a pas été modifié\u{a0}: corrigez-le, déplacez-le, ou choisissez un autre fichier avec -o.",
        "{path} was left untouched: fix it, move it, or choose another file with -o.";
    AssessNoFreeName { path } =>
        "trop de fichiers portent déjà un nom proche de {path}\u{a0}: choisissez le fichier avec -o",
        "too many files already have a name like {path}: choose the file with -o";
    AssessHeaderDepartment { department } =>
        "Direction\u{a0}: {department}",
        "Department: {department}";
    AssessHeaderRespondent { respondent } =>
        "Répondant\u{a0}: {respondent}",
        "Respondent: {respondent}";
    AssessHeaderFile { path } =>
        "Fichier\u{a0}: {path}",
        "File: {path}";
    AssessResumed { answered, total, position } =>
        "Reprise\u{a0}: {answered}/{total} déjà répondues, suite à la question {position}.",
        "Resuming: {answered}/{total} already answered, continuing at question {position}.";
    AssessCompleteAlready { total } =>
        "Les {total} questions ont déjà une réponse.",
        "All {total} questions already have an answer.";
    AssessWhatNow =>
        "Que voulez-vous faire\u{202f}?",
        "What do you want to do?";
    AssessReview =>
        "Revoir et modifier les réponses depuis la question 1",
        "Review and change the answers from question 1";
    AssessFinish =>
        "Terminer et afficher mes scores",
        "Finish and show my scores";
    AssessKeys =>
        "Une question à la fois. ↑↓ pour choisir, Entrée pour valider, Échap pour revenir à la question précédente, Ctrl-C pour quitter. Chaque réponse est enregistrée aussitôt\u{a0}: vous pouvez vous arrêter à tout moment et reprendre plus tard avec la même commande.",
        "One question at a time. ↑↓ to move, Enter to choose, Esc to go back to the previous question, Ctrl-C to quit. Every answer is saved at once: you can stop at any time and resume later with the same command.";
    AssessPosition { theme, position, total } =>
        "Thème — {theme} · Question {position}/{total}",
        "Theme — {theme} · Question {position}/{total}";
    AssessCurrent { answer } =>
        "Réponse enregistrée\u{a0}: {answer}",
        "Saved answer: {answer}";
    AssessCurrentComment { comment } =>
        "Commentaire\u{a0}: {comment}",
        "Comment: {comment}";
    AssessAnswerPrompt =>
        "Votre réponse\u{a0}:",
        "Your answer:";
    AssessSelectHelp =>
        "↑↓ choisir · Entrée valider · Échap question précédente · Ctrl-C quitter",
        "↑↓ move · Enter choose · Esc previous question · Ctrl-C quit";
    AssessNa =>
        "Sans objet",
        "Not applicable (na)";
    AssessUnknown =>
        "Ne sait pas",
        "Don't know (unknown)";
    AssessHelpAction =>
        "? Aide et textes de référence",
        "? Help and references";
    AssessBackAction =>
        "← Question précédente",
        "← Previous question";
    AssessQuitAction =>
        "Quitter (reprendre plus tard)",
        "Quit (resume later)";
    AssessComment =>
        "Commentaire (facultatif)\u{a0}:",
        "Comment (optional):";
    AssessCommentHelp =>
        "Entrée pour valider ou passer · Échap pour revenir au choix",
        "Enter to confirm or skip · Esc to go back to the choice";
    AssessNoComment =>
        "(pas de commentaire)",
        "(no comment)";
    AssessHelpTitle =>
        "Aide\u{a0}:",
        "Help:";
    AssessReferencesTitle =>
        "Références\u{a0}:",
        "References:";
    AssessFirstQuestion =>
        "C’est la première question.",
        "This is the first question.";
    AssessTerminalFailed { error, path, command } =>
        "{error}\u{202f}; les réponses déjà données sont enregistrées dans {path}. Pour reprendre\u{a0}: {command}",
        "{error}; the answers already given are saved in {path}. To resume: {command}";
    AssessSaved { path, answered, total } =>
        "Réponses enregistrées dans {path} ({answered}/{total}).",
        "Answers saved in {path} ({answered}/{total}).";
    AssessNothingSaved =>
        "Aucune réponse enregistrée pour l’instant.",
        "No answer saved yet.";
    AssessResumeHint =>
        "Pour reprendre là où vous vous êtes arrêté, tapez\u{a0}:",
        "To resume where you stopped, type:";
    AssessDone { answered, total } =>
        "Questionnaire terminé\u{a0}: {answered}/{total} réponses. Vos scores par thème\u{a0}:",
        "Questionnaire complete: {answered}/{total} answers. Your scores by theme:";
    AssessFile { path } =>
        "Fichier de réponses\u{a0}: {path}",
        "Answers file: {path}";
    AssessScoreHint =>
        "Pour les scores de toutes les directions, une fois leurs réponses réunies\u{a0}:",
        "For the scores of all departments, once their answers are gathered:";
    AssessReady =>
        "Prêt\u{202f}?",
        "Ready?";
    AssessStart =>
        "Commencer le questionnaire",
        "Start the questionnaire";
    AssessStartHelp =>
        "Entrée pour commencer · Ctrl-C pour quitter",
        "Enter to start · Ctrl-C to quit";
    AssessHelpReturn =>
        "← Retour à la question",
        "← Back to the question";
    AssessHelpReturnKeys =>
        "Entrée ou Échap pour revenir à la question",
        "Enter or Esc to go back to the question";
    AssessHelpPosition { position, total } =>
        "Question {position}/{total}\u{a0}:",
        "Question {position}/{total}:";
    AssessStartHint =>
        "Pour commencer plus tard, tapez\u{a0}:",
        "To start later, type:";
    AssessStderrNotTty =>
        "assess affiche ses questions sur la sortie d’erreur, qui est redirigée\u{a0}: lancez la commande sans rediriger 2>",
        "assess shows its questions on standard error, which is redirected: run the command without redirecting 2>";
    // --- report ---------------------------------------------------------------
    DemoWritten { organisation, current_count, current, baseline_count, baseline } =>
        "Campagne d’exemple de la {organisation} écrite\u{a0}: {current_count} fichiers de réponses dans {current}, et ceux de la campagne de l’année précédente ({baseline_count} fichiers) dans {baseline}.",
        "Sample campaign of the {organisation} written: {current_count} answers files in {current}, and those of the previous year’s campaign ({baseline_count} files) in {baseline}.";
    DemoNext =>
        "À essayer ensuite\u{a0}:",
        "Try next:";
    DemoExampleDepartment =>
        "Direction de la culture",
        "Culture department";
    DemoExampleRespondent =>
        "Marie Dupont",
        "Mary Smith";
    DemoNotAFolder { path } =>
        "{path} existe et n’est pas un dossier\u{a0}: choisissez un autre dossier avec -o",
        "{path} exists and is not a folder: choose another folder with -o";
    DemoNotEmpty { path } =>
        "le dossier {path} existe déjà et contient autre chose qu’une démonstration de boussole\u{a0}: rien n’y a été écrit\u{202f}; choisissez un autre dossier avec -o (par exemple -o boussole-demo)",
        "the folder {path} already exists and holds something other than a boussole demo: nothing was written to it; choose another folder with -o (for example -o boussole-demo)";
    ReportBadDate { date } =>
        "--date «\u{a0}{date}\u{a0}» invalide\u{a0}: écrivez la date sous la forme AAAA-MM-JJ, par exemple --date 2026-10-04",
        "invalid --date “{date}”: write the date as YYYY-MM-DD, for example --date 2026-10-04";
    ReportDateFromClock { date } =>
        "aucune réponse n’est datée et --date n’est pas donnée\u{a0}: le rapport est daté d’aujourd’hui ({date}) d’après l’horloge de l’ordinateur\u{202f}; donnez --date AAAA-MM-JJ pour obtenir le même rapport un autre jour",
        "no answer is dated and --date is not given: the report is dated today ({date}) from the computer’s clock; give --date YYYY-MM-DD to get the same report on another day";
    ReportNoFolder { path, folder } =>
        "impossible d’écrire {path}\u{a0}: le dossier {folder} n’existe pas\u{202f}; créez-le d’abord, ou choisissez un autre chemin avec -o",
        "cannot write {path}: the folder {folder} does not exist; create it first, or choose another path with -o";
    ReportOutputIsDir { path } =>
        "{path} est un dossier\u{a0}: donnez à -o le chemin d’un fichier, par exemple {path}/rapport.pdf",
        "{path} is a folder: give -o the path of a file, for example {path}/report.pdf";
    ReportNamesNeedAnnex =>
        "--show-respondents n’a d’effet qu’avec --with-answers\u{a0}: les noms n’apparaissent que dans l’annexe",
        "--show-respondents only has an effect with --with-answers: names appear only in the annex";
    ReportWritten { path, pages, size } =>
        "Rapport écrit\u{a0}: {path} ({pages} pages, {size} Ko)",
        "Report written: {path} ({pages} pages, {size} KB)";
    ReportPage { page, total } =>
        "page {page} / {total}",
        "page {page} / {total}";
    ReportFooter { title, date } =>
        "{title} — rapport d’auto-évaluation du {date}",
        "{title} — self-assessment report of {date}";
    ReportMetaTitle { title, organisation } =>
        "{title} — {organisation}",
        "{title} — {organisation}";
    ReportMetaSubject =>
        "Rapport d’auto-évaluation de la gouvernance de l’IA",
        "Self-assessment report on AI governance";
    ReportMonth1 =>
        "janvier",
        "January";
    ReportMonth2 =>
        "février",
        "February";
    ReportMonth3 =>
        "mars",
        "March";
    ReportMonth4 =>
        "avril",
        "April";
    ReportMonth5 =>
        "mai",
        "May";
    ReportMonth6 =>
        "juin",
        "June";
    ReportMonth7 =>
        "juillet",
        "July";
    ReportMonth8 =>
        "août",
        "August";
    ReportMonth9 =>
        "septembre",
        "September";
    ReportMonth10 =>
        "octobre",
        "October";
    ReportMonth11 =>
        "novembre",
        "November";
    ReportMonth12 =>
        "décembre",
        "December";
    ReportNoScore =>
        "pas de score (aucune réponse notée)",
        "no score (no scored answer)";
    ReportAnswerNa =>
        "Sans objet",
        "Not applicable";
    ReportAnswerUnknown =>
        "Ne sait pas",
        "Don’t know";
    ReportAnswerMissing =>
        "Sans réponse",
        "No answer";
    ReportOthers { count } =>
        "+{count} autres",
        "+{count} more";
    ReportCoverKicker =>
        "Rapport d’auto-évaluation",
        "Self-assessment report";
    ReportCoverDate { date } =>
        "Campagne du {date}",
        "Campaign of {date}";
    ReportCoverOverall =>
        "Niveau global",
        "Overall level";
    ReportCoverDepartments =>
        "Directions",
        "Departments";
    ReportCoverRespondents =>
        "Répondants",
        "Respondents";
    ReportCoverQuestionnaire { id, version } =>
        "Questionnaire {id}, version {version}.",
        "Questionnaire {id}, version {version}.";
    ReportCoverBaseline { version } =>
        "Comparaison avec une campagne antérieure (questionnaire version {version}).",
        "Compared with an earlier campaign (questionnaire version {version}).";
    ReportCoverNamesHidden =>
        "Les noms des répondants n’apparaissent pas dans ce rapport\u{a0}: il parle de directions, pas de personnes. Document établi avec boussole\u{202f}; la méthode de calcul est expliquée dans la partie «\u{a0}Méthode\u{a0}».",
        "Respondents’ names do not appear in this report: it speaks of departments, not of people. Produced with boussole; the scoring method is explained in the “Method” part.";
    ReportCoverNamesShown =>
        "À la demande, les noms des répondants figurent dans l’annexe\u{202f}; le reste du rapport parle de directions, pas de personnes. Document établi avec boussole\u{202f}; la méthode de calcul est expliquée dans la partie «\u{a0}Méthode\u{a0}».",
        "As requested, respondents’ names appear in the annex; the rest of the report speaks of departments, not of people. Produced with boussole; the scoring method is explained in the “Method” part.";
    ReportContents =>
        "Sommaire",
        "Contents";
    ReportSynthesis =>
        "Synthèse",
        "Summary";
    ReportOverallLevel =>
        "Niveau global\u{a0}:",
        "Overall level:";
    ReportBaselineOf { date } =>
        "la campagne du {date}",
        "the campaign of {date}";
    ReportBaselinePrevious =>
        "la campagne précédente",
        "the previous campaign";
    ReportScorePct =>
        "Score (%)",
        "Score (%)";
    ReportChangeShort =>
        "Évolution",
        "Change";
    ReportOverall =>
        "Global",
        "Overall";
    ReportGlanceNoteDelta =>
        "Évol.\u{a0}: en points depuis la campagne précédente.",
        "Change: in points since the previous campaign.";
    ReportNoPriorities =>
        "Toutes les questions notées sont au niveau le plus haut.",
        "Every scored question is at the top level.";
    ReportParticipation =>
        "Participation",
        "Participation";
    ReportPerDepartmentRange { min, max } =>
        "de {min} à {max} par direction",
        "from {min} to {max} per department";
    ReportChangedNew { names } =>
        "Nouvelles directions (absentes de la campagne précédente)\u{a0}: {names}.",
        "New departments (absent from the previous campaign): {names}.";
    ReportChangedGone { names } =>
        "Directions qui n’ont pas répondu cette fois\u{a0}: {names}.",
        "Departments that did not answer this time: {names}.";
    ReportByTheme =>
        "Résultats par thème",
        "Results by theme";
    ReportThemeScore =>
        "Score du thème\u{a0}:",
        "Theme score:";
    ReportThemeChange { delta } =>
        "{delta} points depuis la campagne précédente (sur les questions communes).",
        "{delta} points since the previous campaign (on the shared questions).";
    ReportThemeFacts { weight, questions, answered, na, unknown, missing } =>
        "Poids du thème dans le score global\u{a0}: {weight} · {questions} questions · réponses\u{a0}: {answered} notées, {na} sans objet, {unknown} ne sait pas, {missing} sans réponse.",
        "Weight of the theme in the overall score: {weight} · {questions} questions · answers: {answered} scored, {na} not applicable, {unknown} don’t know, {missing} missing.";
    ReportSideBySide =>
        "Les directions côte à côte",
        "Departments side by side";
    ReportLegendMean { score } =>
        "moyenne de l’organisation ({score})",
        "organisation mean ({score})";
    ReportLegendBaseline =>
        "score de la campagne précédente",
        "score in the previous campaign";
    ReportHistogramIntro { count } =>
        "Avec {count} {count|direction|directions}, le graphique montre combien d’entre elles se situent à chaque niveau\u{202f}; le tableau complet figure dans la partie «\u{a0}Directions comparées\u{a0}».",
        "With {count} {count|department|departments}, the chart shows how many of them stand at each level; the full table is in the “Departments compared” part.";
    ReportTopDepartments { count } =>
        "Les {count} directions les plus avancées",
        "The {count} most advanced departments";
    ReportBottomDepartments { count } =>
        "Les {count} directions les moins avancées",
        "The {count} least advanced departments";
    ReportFullTableNote =>
        "Toutes les directions figurent dans le tableau de la partie «\u{a0}Directions comparées\u{a0}».",
        "Every department is in the table of the “Departments compared” part.";
    ReportDisagreements =>
        "Où les répondants divergent",
        "Where respondents disagree";
    ReportNoSpread =>
        "Aucune direction n’a plusieurs répondants\u{a0}: il n’y a pas d’écart à mesurer.",
        "No department has several respondents: there is no spread to measure.";
    ReportSpreadIntro =>
        "Quand une direction a plusieurs répondants, leurs scores sur le thème peuvent différer. L’écart-type résume cette dispersion\u{a0}: 0 quand tous donnent le même score, d’autant plus grand que les avis divergent. Les directions où les écarts sont les plus marqués\u{a0}:",
        "When a department has several respondents, their scores on the theme may differ. The standard deviation sums up this spread: 0 when all give the same score, larger as opinions diverge. The departments with the widest gaps:";
    ReportRespondents =>
        "Répondants",
        "Respondents";
    ReportMin =>
        "Min.",
        "Min";
    ReportMax =>
        "Max.",
        "Max";
    ReportStddev =>
        "Écart-type",
        "Std dev.";
    ReportSpreadMore { count } =>
        "+{count} autres directions à plusieurs répondants, aux écarts plus faibles.",
        "+{count} more departments with several respondents, with smaller gaps.";
    ReportAgenda =>
        "Ordre du jour de la réunion de consensus",
        "Agenda of the consensus meeting";
    ReportNoAgenda =>
        "Aucune question de ce thème ne sépare de deux niveaux ou plus les répondants d’une même direction.",
        "No question of this theme separates respondents of the same department by two levels or more.";
    ReportQuestion =>
        "Question",
        "Question";
    ReportGap =>
        "Écart",
        "Gap";
    ReportAnswersGiven =>
        "Réponses",
        "Answers";
    ReportAgendaMore { count } =>
        "+{count} autres questions disputées\u{a0}: la liste complète s’obtient avec la commande boussole compare --disagreements.",
        "+{count} more disputed questions: the full list comes from the command boussole compare --disagreements.";
    ReportRecommendations =>
        "Recommandations",
        "Recommendations";
    ReportRecommendationsIntro =>
        "Les questions les moins bien notées du thème, avec la prochaine étape recommandée\u{a0}:",
        "The theme’s lowest-scoring questions, with the recommended next step:";
    ReportNoRecommendation =>
        "Toutes les questions notées de ce thème sont au niveau le plus haut.",
        "Every scored question of this theme is at the top level.";
    ReportRecommendationMeta { score, level, rank } =>
        "{score}, {level}\u{202f}; action n°\u{a0}{rank} du plan",
        "{score}, {level}; action no. {rank} of the plan";
    ReportDepartments =>
        "Directions comparées",
        "Departments compared";
    ReportDepartmentsIntro =>
        "Pour chaque direction, le score de chaque thème et le score global, en\u{a0}%. La teinte de chaque case indique le niveau — plus elle est foncée, plus le niveau est élevé — et le nombre reste lisible une fois imprimé en noir et blanc. La dernière ligne donne le score de l’organisation.",
        "For each department, the score of each theme and the overall score, in %. The shade of each cell shows the level — the darker, the higher — and the number stays readable when printed in black and white. The last row gives the organisation’s score.";
    ReportDepartmentsIntroDelta =>
        "Sous chaque score, l’évolution en points depuis la campagne précédente\u{202f}; «\u{a0}nouv.\u{a0}» désigne une direction qui n’y figurait pas.",
        "Under each score, the change in points since the previous campaign; “new” marks a department that was not in it.";
    ReportOverallByDepartment =>
        "Score global par direction",
        "Overall score by department";
    ReportDepartmentsTable =>
        "Tableau des directions par thème",
        "Departments by theme";
    ReportNewShort =>
        "nouv.",
        "new";
    ReportReferences =>
        "Textes de référence",
        "Reference texts";
    ReportReferencesIntro =>
        "Deux sortes de textes fondent les questions : les obligations légales, qui s’imposent à la collectivité à une date donnée, et les guides de bonnes pratiques, qui ne s’imposent pas. Ils sont présentés séparément.",
        "Two kinds of texts ground the questions: legal obligations, binding on the authority from a given date, and good-practice guides, which are not binding. They are shown apart.";
    ReportReferencesWhy =>
        "Pourquoi ces textes comptent",
        "Why these texts matter";
    ReportReferencesAiAct =>
        "Le règlement européen sur l’IA (RIA : règlement (UE) 2024/1689, modifié par le règlement (UE) 2026/1744) s’applique à toute collectivité qui utilise un système d’IA\u{a0}: elle en est alors «\u{a0}déployeur\u{a0}», et «\u{a0}fournisseur\u{a0}» d’un système qu’elle fait développer et met en service sous son nom (art. 3 et 25). Depuis le 2 février 2025, certaines pratiques sont interdites (art. 5) et la collectivité doit prendre des mesures pour favoriser la maîtrise de l’IA par ses agents et par ceux qui l’utilisent pour son compte (art. 4), sans qu’un niveau soit garanti\u{202f}; les obligations de transparence (art. 50) s’appliquent depuis le 2 août 2026, celles du fournisseur (informer l’usager qu’il échange avec une IA) comme celles du déployeur (signaler les hypertrucages et les textes générés qui informent le public)\u{202f}; celles qui portent sur les systèmes à haut risque de l’annexe III (art. 26, 27 et 49) s’appliqueront à partir du 2 décembre 2027, et au plus tard le 2 août 2030 pour ceux qu’une autorité publique utilisait déjà (art. 111).",
        "The EU AI Act (Regulation (EU) 2024/1689, amended by Regulation (EU) 2026/1744) applies to any local authority that uses an AI system: it is then a \u{201c}deployer\u{201d}, and the \u{201c}provider\u{201d} of a system it has developed and puts into service under its own name (art. 3 and 25). Since 2 February 2025 some practices are prohibited (art. 5) and the authority must take measures to support the AI literacy of its staff and of those using AI on its behalf (art. 4), with no level guaranteed; transparency duties (art. 50) apply since 2 August 2026, the provider’s (telling users they are interacting with an AI) as well as the deployer’s (disclosing deepfakes and generated text that informs the public); those on the high-risk systems listed in Annex III (art. 26, 27 and 49) apply from 2 December 2027, and by 2 August 2030 at the latest for systems a public authority already used (art. 111).";
    ReportReferencesCrpa =>
        "Le code des relations entre le public et l’administration (CRPA) impose depuis 2017 une mention explicite sur toute décision individuelle prise sur le fondement d’un traitement algorithmique, quel que soit le degré d’intervention humaine (art. L311-3-1), et, sur demande, la communication des règles de ce traitement sous une forme intelligible (art. R311-3-1-2)\u{202f}; le silence gardé un mois vaut refus (art. R*311-12 et R311-13). Les administrations de 50 agents ou plus publient en ligne les règles de leurs principaux traitements algorithmiques (art. L312-1-3 et D312-1-4).",
        "The French code of relations between the public and the administration (CRPA) has required since 2017 an explicit notice on any individual decision taken on the basis of an algorithmic processing, whatever the human involvement (art. L311-3-1), and, on request, the rules of that processing in intelligible form (art. R311-3-1-2); one month of silence counts as a refusal (art. R*311-12 and R311-13). Administrations of 50 staff or more publish online the rules of their main algorithmic processings (art. L312-1-3 and D312-1-4).";
    ReportReferencesGdpr =>
        "Le RGPD exige une analyse d’impact avant un traitement de données personnelles susceptible d’engendrer un risque élevé (art. 35), impose d’associer le délégué à la protection des données (art. 38) et encadre les décisions fondées exclusivement sur un traitement automatisé (art. 22)\u{202f}; pour les décisions administratives, la loi Informatique et Libertés en fixe les conditions (art. 47). Les publications de la CNIL, du Conseil d’État, d’Etalab et du Défenseur des droits servent de repères de bonnes pratiques.",
        "The GDPR requires an impact assessment before a processing of personal data likely to result in a high risk (art. 35), requires the data protection officer to be involved (art. 38) and restricts decisions based solely on automated processing (art. 22); for administrative decisions, the French Informatique et Libertés act sets the conditions (art. 47). Publications of the CNIL, the Conseil d’État, Etalab and the Défenseur des droits serve as good-practice benchmarks.";
    ReportReferencesCaveat =>
        "Repères donnés à titre indicatif, selon l’état des textes à l’automne 2026\u{202f}; ils ne remplacent pas l’avis d’un juriste.",
        "Pointers given for information, as the texts stood in autumn 2026; they do not replace a lawyer’s advice.";
    ReportNoReferences =>
        "Les questions de ce questionnaire ne citent aucun texte.",
        "The questions of this questionnaire cite no text.";
    ReportActions =>
        "Plan d’action",
        "Action plan";
    ReportNoActions =>
        "Toutes les questions notées sont au niveau le plus haut\u{a0}: aucune action prioritaire.",
        "Every scored question is at the top level: no priority action.";
    ReportRank =>
        "N°",
        "No.";
    ReportAction =>
        "Question et action recommandée",
        "Question and recommended action";
    ReportPriority =>
        "Priorité",
        "Priority";
    ReportDepartmentsConcerned =>
        "Directions concernées",
        "Departments concerned";
    ReportAllDepartments { count } =>
        "toutes ({count})",
        "all ({count})";
    ReportMethod =>
        "Méthode",
        "Method";
    ReportMethodIntro =>
        "Les scores sont des pourcentages de 0 à 100. Le calcul n’utilise que des moyennes, pour que chacun puisse le refaire à la main à partir des fichiers de réponses\u{202f}; rien n’est arrondi avant l’affichage. Les règles, dans l’ordre du calcul\u{a0}:",
        "Scores are percentages from 0 to 100. The calculation uses only means, so that anyone can redo it by hand from the answers files; nothing is rounded before display. The rules, in the order of the calculation:";
    ReportRuleQuestionTitle =>
        "Score d’une question",
        "Score of a question";
    ReportRuleQuestion { levels, last, values } =>
        "sur l’échelle commune de {levels} niveaux, le niveau choisi, compté de 0 à {last}, vaut 100 × niveau / {last}, soit {values}. Une question qui propose ses propres options donne le score fixé pour l’option choisie.",
        "on the common scale of {levels} levels, the level chosen, counted from 0 to {last}, is worth 100 × level / {last}, that is {values}. A question with its own options gives the score set for the option chosen.";
    ReportRuleRespondentTitle =>
        "Score d’un répondant sur un thème",
        "Score of a respondent on a theme";
    ReportRuleRespondent =>
        "la moyenne des scores des questions du thème auxquelles il a répondu par un choix, pondérée par le poids de chaque question\u{a0}: Σ (poids × score) / Σ poids.",
        "the mean of the scores of the theme’s questions they answered with a choice, weighted by each question’s weight: Σ (weight × score) / Σ weight.";
    ReportRuleLeftOutTitle =>
        "Réponses écartées",
        "Answers left out";
    ReportRuleLeftOut =>
        "«\u{a0}sans objet\u{a0}» (la question ne concerne pas la direction), «\u{a0}ne sait pas\u{a0}» et l’absence de réponse ne comptent ni dans la somme des scores ni dans celle des poids\u{a0}: elles ne valent pas zéro. Elles sont comptées et signalées. Un répondant qui n’a répondu par un choix à aucune question d’un thème n’a pas de score sur ce thème.",
        "“not applicable” (the question does not concern the department), “don’t know” and missing answers count neither in the sum of scores nor in that of weights: they are not worth zero. They are counted and reported. A respondent who answered no question of a theme with a choice has no score on that theme.";
    ReportRuleDepartmentTitle =>
        "Score d’une direction sur un thème",
        "Score of a department on a theme";
    ReportRuleDepartment =>
        "la moyenne simple des scores de ses répondants sur ce thème\u{202f}; l’écart-type de ces scores mesure leur dispersion.",
        "the plain mean of its respondents’ scores on that theme; the standard deviation of these scores measures their spread.";
    ReportRuleOrganisationTitle =>
        "Score de l’organisation sur un thème",
        "Score of the organisation on a theme";
    ReportRuleOrganisation =>
        "la moyenne simple des scores des directions\u{a0}: chaque direction compte pour une, quel que soit son nombre de répondants.",
        "the plain mean of the departments’ scores: every department counts once, whatever its number of respondents.";
    ReportRuleOverallTitle =>
        "Scores globaux",
        "Overall scores";
    ReportRuleOverall =>
        "pour un répondant, une direction ou l’organisation, la moyenne des scores des thèmes pondérée par le poids de chaque thème\u{202f}; un thème sans score est laissé de côté.",
        "for a respondent, a department or the organisation, the mean of the theme scores weighted by each theme’s weight; a theme without a score is left out.";
    ReportRuleLevelTitle =>
        "Niveaux",
        "Levels";
    ReportRuleLevel { levels, width } =>
        "un score se traduit en niveau par tranches égales\u{a0}: avec {levels} niveaux, chaque tranche couvre {width} points (tableau ci-dessous). Un score situé exactement sur une limite prend le niveau supérieur, et le niveau se lit sur le score exact\u{a0}: 39,97\u{a0}% s’affiche 40,0\u{a0}% mais reste au niveau inférieur.",
        "a score maps to a level by equal bands: with {levels} levels, each band spans {width} points (table below). A score exactly on a boundary takes the higher level, and the level is read on the exact score: 39.97% displays as 40.0% but stays at the lower level.";
    ReportRuleDisagreementTitle =>
        "Désaccords",
        "Disagreements";
    ReportRuleDisagreement =>
        "dans une direction, une question est «\u{a0}disputée\u{a0}» quand deux répondants ont donné des réponses distantes de deux niveaux ou plus (de 50 points ou plus pour une question à options propres). Ces questions forment l’ordre du jour de la réunion de consensus.",
        "within a department, a question is “disputed” when two respondents gave answers two levels or more apart (50 points or more for a question with its own options). These questions make up the agenda of the consensus meeting.";
    ReportRuleRankingTitle =>
        "Classement des questions",
        "Ranking of questions";
    ReportRuleRanking =>
        "pour les points forts, les priorités, les textes de référence et le plan d’action, chaque question reçoit un score d’organisation calculé comme pour un thème\u{a0}: pour chaque direction, la moyenne des scores des répondants qui y ont répondu par un choix, puis la moyenne simple sur les directions. La priorité d’une action vaut poids de la question × (100 − score) / 100 × poids du thème.",
        "for strengths, priorities, reference texts and the action plan, each question gets an organisation score computed as for a theme: for each department, the mean of the scores of the respondents who answered it with a choice, then the plain mean over departments. An action’s priority is question weight × (100 − score) / 100 × theme weight.";
    ReportRuleChangeTitle =>
        "Évolutions",
        "Changes";
    ReportRuleChange =>
        "les deux campagnes sont recalculées sur les seules questions qu’elles ont en commun, les directions étant rapprochées par leur nom\u{202f}; les évolutions sont exprimées en points.",
        "both campaigns are recomputed on the questions they share only, departments being matched by name; changes are given in points.";
    ReportLevelsTable =>
        "Les niveaux",
        "The levels";
    ReportBand =>
        "Score",
        "Score";
    ReportMeaning =>
        "Ce que cela signifie",
        "What it means";
    ReportBandRange { lo, hi } =>
        "de {lo} à moins de {hi}",
        "{lo} to under {hi}";
    ReportBandLast { lo, hi } =>
        "de {lo} à {hi}",
        "{lo} to {hi}";
    ReportExample =>
        "Exemple\u{a0}: refaire un score à la main",
        "Example: recomputing a score by hand";
    ReportExampleIntro { department, theme, respondents } =>
        "Prenons «\u{a0}{department}\u{a0}» et le thème «\u{a0}{theme}\u{a0}»\u{a0}: {respondents} personnes y ont répondu. Voici leurs réponses, anonymes, avec le poids et le score de chaque question.",
        "Take “{department}” and the theme “{theme}”: {respondents} people answered. Here are their answers, anonymous, with each question’s weight and score.";
    ReportAnswer =>
        "Réponse",
        "Answer";
    ReportNotCounted =>
        "non compté",
        "not counted";
    ReportExampleRespondent { who, terms, weights, num, den, score } =>
        "{who}\u{a0}: ({terms}) / ({weights}) = {num} / {den} = {score}\u{a0}%.",
        "{who}: ({terms}) / ({weights}) = {num} / {den} = {score}%.";
    ReportExampleNoScore { who } =>
        "{who} n’a répondu par un choix à aucune question du thème\u{a0}: pas de score.",
        "{who} answered no question of the theme with a choice: no score.";
    ReportExampleDepartment { department, count, terms, score } =>
        "Score de «\u{a0}{department}\u{a0}» sur le thème\u{a0}: moyenne de {count|son|ses} {count} {count|répondant|répondants} = ({terms}) / {count} = {score}\u{a0}%.",
        "Score of “{department}” on the theme: mean of its {count} {count|respondent|respondents} = ({terms}) / {count} = {score}%.";
    ReportExampleOrganisation { theme, count, terms, score } =>
        "Score de l’organisation sur le thème «\u{a0}{theme}\u{a0}»\u{a0}: moyenne des {count} directions = ({terms}) / {count} = {score}\u{a0}%.",
        "Score of the organisation on the theme “{theme}”: mean of the {count} departments = ({terms}) / {count} = {score}%.";
    ReportExampleOrganisationSum { theme, count, sum, score } =>
        "Score de l’organisation sur le thème «\u{a0}{theme}\u{a0}»\u{a0}: moyenne des {count} directions = (somme de leurs scores, {sum}) / {count} = {score}\u{a0}%\u{202f}; chaque score figure dans le tableau des directions.",
        "Score of the organisation on the theme “{theme}”: mean of the {count} departments = (sum of their scores, {sum}) / {count} = {score}%; each score is in the departments table.";
    ReportExampleOverall { terms, weights, score, pct, lo, hi, level } =>
        "Score global de l’organisation\u{a0}: moyenne des thèmes pondérée par leur poids = ({terms}) / ({weights}) = {score}\u{a0}%, soit {pct} tel que le rapport l’affiche. Ce score est compris entre {lo} et {hi}\u{a0}: niveau «\u{a0}{level}\u{a0}».",
        "Overall score of the organisation: mean of the themes weighted by their weights = ({terms}) / ({weights}) = {score}%, shown as {pct} in this report. This score lies between {lo} and {hi}: level “{level}”.";
    ReportExampleRounding =>
        "Dans cet exemple, les nombres sont arrondis à deux décimales\u{202f}; ailleurs, le rapport affiche une décimale (ou aucune dans les listes). Le calcul, lui, n’arrondit jamais. Pour qu’un chiffre affiché ne contredise jamais son niveau, un score juste sous une limite de niveau est tronqué au lieu d’être arrondi vers la limite\u{a0}: avec cinq niveaux, 39,96 s’affiche 39,9 et non 40,0, qui se lirait au niveau supérieur.",
        "In this example, numbers are rounded to two decimals; elsewhere the report shows one decimal (or none in lists). The calculation itself never rounds. So that a printed figure never contradicts its level, a score just under a level boundary is cut rather than rounded up to it: with five levels, 39.96 prints 39.9, not 40.0, which would read as the next level.";
    ReportAnnex =>
        "Annexe",
        "Annex";
    ReportAnnexTitle =>
        "Annexe — Réponses et commentaires par direction",
        "Annex — Answers and comments by department";
    ReportAnnexIntro =>
        "Toutes les réponses et tous les commentaires, direction par direction et thème par thème, tels que les répondants les ont saisis.",
        "Every answer and comment, department by department and theme by theme, as the respondents entered them.";
    ReportAnnexNamesHidden =>
        "Les répondants sont désignés par un numéro (Répondant 1, 2…)\u{202f}; leurs noms ne figurent pas dans ce rapport.",
        "Respondents are designated by a number (Respondent 1, 2…); their names are not in this report.";
    ReportAnnexNamesShown =>
        "À la demande, les répondants sont désignés par leur nom.",
        "As requested, respondents are designated by name.";
    ReportAnnexBounded { shown, count } =>
        "Pour rester lisible, cette annexe se limite aux {shown} premières directions (par ordre alphabétique) sur {count}\u{202f}; toutes les réponses restent dans les fichiers de réponses.",
        "To stay readable, this annex is limited to the first {shown} departments (in alphabetical order) out of {count}; every answer remains in the answers files.";
    ReportAnnexRespondents { count, names } =>
        "{count} {count|répondant|répondants}\u{a0}: {names}.",
        "{count} {count|respondent|respondents}: {names}.";
    ReportOtherOne =>
        "+1 autre",
        "+1 more";
    ReportCampaignOf { date } =>
        "Campagne du {date}",
        "Campaign of {date}";
    ReportCampaignPrevious =>
        "Campagne précédente",
        "Previous campaign";
    ReportAltRadar { values } =>
        "Radar des thèmes, scores sur 100\u{a0}: {values}.",
        "Radar chart of the themes, scores out of 100: {values}.";
    ReportAltBars { values } =>
        "Diagramme en barres, scores sur 100\u{a0}: {values}.",
        "Bar chart, scores out of 100: {values}.";
    ReportAltBaseline { values } =>
        "Campagne précédente\u{a0}: {values}.",
        "Previous campaign: {values}.";
    ReportAltMean { value } =>
        "Moyenne\u{a0}: {value}.",
        "Mean: {value}.";
    ReportAltHistogram { values } =>
        "Histogramme, nombre de directions par niveau\u{a0}: {values}.",
        "Histogram, number of departments per level: {values}.";
    ReportAltNoValue =>
        "sans réponse",
        "no answer";
    ReportMissingGlyph { code } =>
        "un caractère absent de la police DejaVu Sans est imprimé {code} dans le rapport\u{a0}; remplacez-le dans les fichiers si ce n’est pas voulu",
        "a character missing from the DejaVu Sans font is printed {code} in the report; replace it in the files if this is not intended";
    ReportNotConforming { reason } =>
        "le rapport est écrit sans les déclarations PDF/UA-1 et PDF/A-2a, que krilla a refusées ({reason})\u{a0}; signalez-le aux développeurs",
        "the report is written without its PDF/UA-1 and PDF/A-2a claims, which krilla refused ({reason}); please report this to the developers";
    // --- report: findings, plan, obligations, évolution (issue 14) ---------
    ReportFindings =>
        "Constats",
        "Findings";
    ReportFindingGapLead =>
        "Écart entre directions.",
        "Gap between departments.";
    ReportFindingGapMarked { weak, weak_score, weak_level, strong, strong_score, strong_level, gap } =>
        "{weak} est la plus en retard ({weak_score}, {weak_level}) et {strong} la plus avancée ({strong_score}, {strong_level}) : {gap} points les séparent, plus d’un niveau de l’échelle.",
        "{weak} is furthest behind ({weak_score}, {weak_level}) and {strong} furthest ahead ({strong_score}, {strong_level}): {gap} points apart, more than one level of the scale.";
    ReportFindingGapSmall { gap, weak, weak_score, weak_level, strong, strong_score, strong_level } =>
        "Les directions sont proches : {gap} points séparent {weak} ({weak_score}, {weak_level}), la plus en retard, de {strong} ({strong_score}, {strong_level}).",
        "The departments are close: {gap} points separate {weak} ({weak_score}, {weak_level}), furthest behind, from {strong} ({strong_score}, {strong_level}).";
    ReportFindingOneDepartment { name, score, level } =>
        "Une seule direction a répondu, {name} ({score}, {level}) : le rapport ne compare pas de directions.",
        "Only one department answered, {name} ({score}, {level}): the report compares no departments.";
    ReportFindingThemeLead =>
        "Thème en retard.",
        "Lagging theme.";
    ReportFindingThemesLead =>
        "Thèmes.",
        "Themes.";
    ReportFindingLagging { theme, score, below } =>
        "{theme} est le thème le plus faible ({score}), {below} points sous le score global.",
        "{theme} is the weakest theme ({score}), {below} points under the overall score.";
    ReportFindingLaggingWorst { department, score } =>
        "{department} y obtient {score}.",
        "{department} scores {score} on it.";
    ReportFindingThemesEven { theme, lo, hi } =>
        "Aucun thème ne se détache : le plus faible, {theme}, obtient {lo} et le plus fort {hi}. Les écarts se jouent entre directions plus qu’entre thèmes.",
        "No theme stands out: the weakest, {theme}, scores {lo} and the strongest {hi}. The gaps lie between departments more than between themes.";
    ReportFindingProgressLead =>
        "Depuis la dernière campagne.",
        "Since the last campaign.";
    ReportFindingProgressUp { since, delta, before, now } =>
        "Depuis {since}, le score global a progressé de {delta} points ({before} puis {now}).",
        "Since {since}, the overall score has risen by {delta} points ({before}, now {now}).";
    ReportFindingProgressDown { since, delta, before, now } =>
        "Depuis {since}, le score global a reculé de {delta} points ({before} puis {now}).",
        "Since {since}, the overall score has fallen by {delta} points ({before}, now {now}).";
    ReportFindingProgressSame { since, before, now } =>
        "Depuis {since}, le score global est stable ({before} puis {now}).",
        "Since {since}, the overall score is stable ({before}, now {now}).";
    ReportFindingProgressTheme { theme, delta } =>
        "{theme} a le plus progressé ({delta} points).",
        "{theme} rose most ({delta} points).";
    ReportFindingProgressRespondents { before, after } =>
        "Les répondants ne sont pas tout à fait les mêmes ({before} puis {after}) : une partie de l’évolution peut tenir à ce changement.",
        "The respondents are not quite the same ({before}, now {after}): part of the change may come from that.";
    ReportFindingObligationsLead =>
        "Obligations.",
        "Obligations.";
    ReportFindingObligations { count, total, list } =>
        "{count} {count|obligation|obligations} sur {total} {count|n’est|ne sont} pas entièrement {count|tenue|tenues} ou {count|reste|restent} à vérifier{count|| (voir les textes de référence) ; la première échéance} : {list}.",
        "{count} {count|obligation|obligations} of {total} {count|is|are} not fully met or {count|remains|remain} to be {count|checked|checked (see the references chapter); the first deadline}: {list}.";
    ReportFindingGapsLead =>
        "Faits à établir.",
        "Facts to establish.";
    ReportFindingGaps { count, list } =>
        "Sur {count} {count|question|questions} qui {count|porte|portent} sur la collectivité entière, les directeurs se contredisent ou ne savent {count|pas|pas, par exemple} : {list}. Il faut d’abord établir {count|le fait|les faits}.",
        "On {count} {count|question|questions} about the whole authority, directors contradict each other or do not {count|know|know, for example}: {list}. The {count|fact|facts} must be established first.";
    ReportFindingWorstLead =>
        "Résultat le plus faible.",
        "Weakest result.";
    ReportFindingWorst { question, score, level } =>
        "« {question} » : {score}, {level}.",
        "“{question}”: {score}, {level}.";
    ReportFindingStrengthsLead =>
        "Points d’appui.",
        "Strengths to build on.";
    ReportDecide =>
        "Ce que nous proposons de décider",
        "What we propose to decide";
    ReportDecisionFallback { finding } =>
        "Progresser sur ce constat : {finding}",
        "Make progress on this finding: {finding}";
    ReportDecisionMeta { owner, priority, rank } =>
        "Porteur : {owner} · priorité {priority} · action n° {rank} du plan",
        "Lead: {owner} · {priority} priority · action no. {rank} of the plan";
    ReportOwnerDefault =>
        "Direction générale (DGS)",
        "Chief executive (DGS)";
    ReportOwner =>
        "Porteur",
        "Lead";
    ReportPriorityHigh =>
        "haute",
        "high";
    ReportPriorityMedium =>
        "moyenne",
        "medium";
    ReportStatus =>
        "Situation",
        "Status";
    ReportStatusInPlace =>
        "en place",
        "in place";
    ReportStatusPartial =>
        "partiel",
        "partial";
    ReportStatusNotInPlace =>
        "non en place",
        "not in place";
    ReportStatusToCheck =>
        "à vérifier",
        "to check";
    ReportStatusUnknown =>
        "sans réponse",
        "no answer";
    ReportParticipationDepartments { count, respondents, range } =>
        "{count} {count|direction a|directions ont} répondu, avec {respondents} ({range}).",
        "{count} {count|department|departments} answered, with {respondents} ({range}).";
    ReportRespondentCount { count } =>
        "{count} {count|répondant|répondants}",
        "{count} {count|respondent|respondents}";
    ReportPerDepartmentSame { count } =>
        "{count} par direction",
        "{count} per department";
    ReportParticipationAnswers { total, scored, scored_pct, na, na_pct, unknown, unknown_pct, missing, missing_pct } =>
        "Sur {total} réponses attendues, {scored} sont notées ({scored_pct}), {na} disent « sans objet » ({na_pct}), {unknown} « ne sait pas » ({unknown_pct}) et {missing} sont restées vides ({missing_pct}).",
        "Of {total} answers expected, {scored} are scored ({scored_pct}), {na} say “not applicable” ({na_pct}), {unknown} “don’t know” ({unknown_pct}) and {missing} were left blank ({missing_pct}).";
    ReportParticipationAnswersComplete { total, scored, scored_pct, na, na_pct, unknown, unknown_pct } =>
        "Sur {total} réponses attendues, {scored} sont notées ({scored_pct}), {na} disent « sans objet » ({na_pct}), {unknown} « ne sait pas » ({unknown_pct}), et aucune n’est restée vide.",
        "Of {total} answers expected, {scored} are scored ({scored_pct}), {na} say “not applicable” ({na_pct}), {unknown} “don’t know” ({unknown_pct}), and none was left blank.";
    ReportPlanIntro { max, top } =>
        "Le plan retient au plus {max} actions, jamais sur une question déjà au niveau le plus haut (« {top} »). D’abord les obligations légales qui ne sont pas en place, la plus proche échéance en tête ; puis les plus grands écarts sur les questions qui pèsent le plus (poids de la question × écart au maximum × poids du thème). La priorité est haute pour une obligation ou un score sous 40 %, moyenne sinon. Le porteur est celui que suggère le questionnaire, à défaut la direction générale.",
        "The plan keeps at most {max} actions, never on a question already at the top level (“{top}”). First the legal obligations not in place, the nearest deadline first; then the largest gaps on the questions that weigh most (question weight × gap to the maximum × theme weight). Priority is high for an obligation or a score under 40%, medium otherwise. The lead is the one the questionnaire suggests, else the chief executive.";
    ReportHorizonObligations =>
        "Obligations à tenir, par échéance",
        "Obligations to meet, by deadline";
    ReportHorizonGaps =>
        "Les plus grands écarts sur les questions qui pèsent le plus",
        "The largest gaps on the questions that weigh most";
    ReportActionSituation { finding, score, level, theme } =>
        "Constat : {finding} — {score}, {level} ({theme})",
        "Finding: {finding} — {score}, {level} ({theme})";
    ReportMotivatedBy =>
        "Pourquoi",
        "Why";
    ReportPlanLeftOut { count } =>
        "{count} {count|autre question|autres questions} sous le niveau le plus haut {count|n’entre|n’entrent} pas dans le plan ; {count|elle figure|elles figurent}, avec {count|son|leur} score, dans les pages des thèmes.",
        "{count} other {count|question|questions} below the top level {count|is|are} not in the plan; {count|it appears|they appear}, with {count|its score|their scores}, in the theme pages.";
    ReportObligations =>
        "Obligations légales",
        "Legal obligations";
    ReportObligationsIntro =>
        "Une ligne par texte contraignant, dans l’ordre des articles, avec sa date d’application et la situation de la collectivité d’après les questions qui en relèvent.",
        "One row per binding text, in article order, with its date of application and where the authority stands according to the questions that rest on it.";
    ReportObligation =>
        "Texte",
        "Text";
    ReportApplication =>
        "Application",
        "Applies";
    ReportObligationQuestions =>
        "Questions qui en relèvent",
        "Questions resting on it";
    ReportObligationNoQuestion =>
        "aucune question du questionnaire",
        "no question of the questionnaire";
    ReportObligationsRule { in_place, partial, unknown } =>
        "Situation\u{a0}: «\u{a0}en place\u{a0}» quand chaque question qui en relève obtient au moins {in_place}, «\u{a0}non en place\u{a0}» quand toutes sont sous {partial}, «\u{a0}partiel\u{a0}» entre les deux\u{202f}; «\u{a0}à vérifier\u{a0}» dès qu’une de ces questions reçoit au moins {unknown} de «\u{a0}ne sait pas\u{a0}», ou, pour un fait de la collectivité entière, quand au moins un quart des répondants s’écartent de deux niveaux ou plus de la réponse la plus fréquente\u{a0}: il faut alors établir les faits avant de conclure.",
        "Status: “in place” when every question resting on it scores at least {in_place}, “not in place” when all are under {partial}, “partial” in between; “to check” as soon as one of those questions gets at least {unknown} of “don’t know”, or, for a fact of the whole authority, when at least a quarter of respondents depart by two levels or more from the most common answer: the facts must then be established before concluding.";
    ReportInForce =>
        "en vigueur",
        "in force";
    ReportAppliesFrom { date } =>
        "à partir du {date}",
        "from {date}";
    ReportAppliesUntil { date } =>
        " ; d’ici le {date}",
        "; by {date}";
    ReportGoodPractice =>
        "Bonnes pratiques et guides",
        "Good practice and guides";
    ReportReference =>
        "Référence",
        "Reference";
    ReportQuestions =>
        "Questions",
        "Questions";
    ReportWhereWeStand =>
        "Où en est la collectivité",
        "Where the authority stands";
    ReportEvolution =>
        "Évolution",
        "Change";
    ReportEvolutionIntro { since, before, now, delta } =>
        "Depuis {since}, le score global est passé de {before} à {now} ({delta} points), calculé sur les questions communes aux deux campagnes.",
        "Since {since}, the overall score went from {before} to {now} ({delta} points), computed on the questions both campaigns share.";
    ReportEvolutionWarningTitle =>
        "Les répondants ont changé",
        "The respondents changed";
    ReportEvolutionWarning { before, after, departments } =>
        "{before} personnes avaient répondu à la campagne précédente, {after} à celle-ci ; dans {departments} des directions présentes les deux fois, le nombre de répondants a changé. Une évolution peut donc tenir aux personnes autant qu’aux pratiques.",
        "{before} people answered the previous campaign, {after} this one; in {departments} of the departments present both times, the number of respondents changed. A change may therefore come from the people as much as from practice.";
    ReportEvolutionThemes =>
        "Par thème",
        "By theme";
    ReportEvolutionDepartments =>
        "Par direction, la plus forte progression d’abord",
        "By department, largest rise first";
    ReportEvolutionNew =>
        "nouvelle",
        "new";
    ReportBefore =>
        "Avant",
        "Before";
    ReportChange =>
        "Évolution",
        "Change";
    // --- report: anonymity, method (issue 14) ---
    ReportMethodSelfAssessment =>
        "Chaque directeur ou directrice a répondu seul(e) au questionnaire, pour sa direction. Il s’agit d’une auto-évaluation déclarative : elle n’a pas été vérifiée par un audit, et elle vaut d’abord pour comparer les directions et suivre les progrès d’une campagne à l’autre.",
        "Each director answered the questionnaire alone, for their department. It is a declarative self-assessment: it was not checked by an audit, and it is first of all a way to compare departments and follow progress from one campaign to the next.";
    ReportMethodConclusions =>
        "Comment le rapport conclut",
        "How the report concludes";
    ReportRuleFindings { gap, lagging, change } =>
        "Constats de la synthèse : l’écart entre la direction la plus avancée et la plus en retard est dit marqué à partir de {gap} points (un niveau de l’échelle) ; un thème est dit en retard quand il est au moins {lagging} points sous le score global ; une évolution est citée à partir de {change} point. Viennent ensuite les obligations qui ne sont pas en place, puis les questions portant sur la collectivité entière où les directeurs se contredisent ou ne savent pas ; faute de trois constats, le résultat le plus faible est cité.",
        "Findings of the synthesis: the gap between the strongest and the weakest department is called marked from {gap} points (one level of the scale); a theme lags when it is at least {lagging} points under the overall score; a change is mentioned from {change} point. Then come the obligations not in place, then the questions about the whole authority on which directors contradict each other or do not know; with fewer than three findings, the weakest result is mentioned.";
    ReportRulePlan { max, partial, min, most } =>
        "Plan d’action : au plus {max} actions. D’abord les questions qui relèvent d’une obligation et ne sont pas en place, l’échéance la plus proche en tête ; puis les autres, par poids de la question × (100 − score) / 100 × poids du thème. Priorité haute pour une obligation ou un score sous {partial}, moyenne sinon. La synthèse propose de décider les actions de priorité haute, au moins {min} et au plus {most}.",
        "Action plan: at most {max} actions. First the questions resting on an obligation that is not in place, the nearest deadline first; then the others, by question weight × (100 − score) / 100 × theme weight. High priority for an obligation or a score under {partial}, medium otherwise. The synthesis proposes to decide the high-priority actions, at least {min} and at most {most}.";
    ReportRuleStatus { in_place, partial, unknown } =>
        "Situation d’une obligation\u{a0}: «\u{a0}en place\u{a0}» quand chaque question qui en relève obtient au moins {in_place}, «\u{a0}non en place\u{a0}» quand toutes sont sous {partial}, «\u{a0}partiel\u{a0}» entre les deux, «\u{a0}à vérifier\u{a0}» dès qu’une de ces questions reçoit au moins {unknown} de «\u{a0}ne sait pas\u{a0}», ou, pour un fait de la collectivité entière, quand au moins un quart des répondants s’écartent de deux niveaux ou plus de la réponse la plus fréquente\u{a0}: il faut alors établir les faits avant de conclure.",
        "Status of an obligation: “in place” when every question resting on it scores at least {in_place}, “not in place” when all are under {partial}, “partial” in between, “to check” as soon as one of those questions gets at least {unknown} of “don’t know”, or, for a fact of the whole authority, when at least a quarter of respondents depart by two levels or more from the most common answer: the facts must then be established before concluding.";
    ReportRuleMinGroup { min } =>
        "Anonymat : aucune réponse individuelle, aucun commentaire ni écart entre répondants n’est montré pour une direction de moins de {min} répondants ; ailleurs, les réponses sont comptées (« 2 × Défini ») sans étiquette qui relierait les réponses d’une même personne d’une question à l’autre.",
        "Anonymity: no individual answer, comment or spread between respondents is shown for a department with fewer than {min} respondents; elsewhere answers are counted (“2 × Defined”) with no label that would link one person’s answers from one question to the next.";
    ReportExampleNoGroup { min } =>
        "Aucune direction ne compte au moins {min} répondants : pour préserver l’anonymat, l’exemple part des scores des directions, sans montrer les réponses de personne.",
        "No department has at least {min} respondents: to keep answers anonymous, the example starts from the departments’ scores, showing no one’s answers.";
    ReportChoicesScores =>
        "Choix et scores",
        "Choices and scores";
    ReportThemeWeight { theme, weight } =>
        "{theme} — poids du thème {weight}",
        "{theme} — theme weight {weight}";
    ReportChoicesScale =>
        "l’échelle commune (ci-dessus)",
        "the common scale (above)";
    ReportScoringTable =>
        "Barème : le poids de chaque question et le score de chaque choix",
        "Scoring table: each question’s weight and each choice’s score";
    ReportScoringTableIntro { scale } =>
        "Avec ce tableau et les réponses, chacun peut refaire tout score du rapport. Les questions sans choix propres se notent sur l’échelle commune : {scale}.",
        "With this table and the answers, anyone can recompute every score of the report. Questions without their own choices are scored on the common scale: {scale}.";
    ReportGlossary =>
        "Sigles",
        "Acronyms";
    ReportAcronym =>
        "Sigle",
        "Acronym";
    ReportConfidentialTitle =>
        "Diffusion restreinte.",
        "Restricted circulation.";
    ReportConfidential { min } =>
        "Ce rapport contient en annexe les réponses et les commentaires des directions. Ils restent anonymes et ne sont détaillés que pour les directions d’au moins {min} répondants, mais des collègues peuvent se reconnaître : ne le diffusez qu’aux personnes qui en ont besoin.",
        "This report’s annex contains the departments’ answers and comments. They stay anonymous and are detailed only for departments with at least {min} respondents, but colleagues may recognise each other: share it only with those who need it.";
    ReportMinGroupSpread { count, min } =>
        "{count} {count|direction compte|directions comptent} moins de {min} répondants : {count|ses|leurs} écarts entre répondants ne sont pas montrés, pour préserver l’anonymat.",
        "{count} {count|department has|departments have} fewer than {min} respondents: {count|its spread|their spreads} between respondents {count|is|are} not shown, to keep answers anonymous.";
    ReportMinGroupAgenda { count, min } =>
        "{count} {count|désaccord|désaccords}, dans {count|une direction|des directions} de moins de {min} répondants, {count|n’est|ne sont} pas {count|détaillé|détaillés} : {count|il montrerait|ils montreraient} la réponse de chacun.",
        "{count} {count|disagreement|disagreements}, in {count|a department|departments} with fewer than {min} respondents, {count|is|are} not detailed: {count|it|they} would show each person’s answer.";
    ReportAgendaIntro { count } =>
        "{count} {count|question|questions} de ce thème {count|sépare|séparent} de deux niveaux ou plus des répondants d’une même direction : {count|c’est le point|ce sont les points} à trancher ensemble, preuves à l’appui, en réunion de consensus. Les réponses sont comptées, sans dire qui a répondu quoi.",
        "{count} {count|question|questions} of this theme {count|separates|separate} respondents of the same department by two levels or more: the {count|point|points} to settle together, evidence in hand, in a consensus meeting. Answers are counted, without saying who answered what.";
    ReportMinGroupAnnex { count, min } =>
        "{count} {count|répondant|répondants}, moins que les {min} requis pour préserver l’anonymat : les réponses de cette direction ne sont pas détaillées ; ses scores figurent dans les pages des thèmes.",
        "{count} {count|respondent|respondents}, fewer than the {min} needed to keep answers anonymous: this department’s answers are not detailed; its scores are in the theme pages.";
    ReportAnnexPooled { count } =>
        "{count} {count|répondant|répondants}. Pour chaque question, le nombre de réponses de chaque sorte et les commentaires, sans nom ni numéro.",
        "{count} {count|respondent|respondents}. For each question, how many gave each answer, and the comments, with no name or number.";
    ReportComments =>
        "Commentaires",
        "Comments";
    // --- help (`--help`, built by help.rs) --------------------------------
    // French help keeps plain spaces before colons: clap wraps help lines at
    // spaces, and the snapshots in tests/snapshots/help hold the layout.
    HelpUsageHeading =>
        "Utilisation :",
        "Usage:";
    HelpCommandsHeading =>
        "Commandes :",
        "Commands:";
    HelpArgumentsHeading =>
        "Arguments :",
        "Arguments:";
    HelpOptionsHeading =>
        "Options :",
        "Options:";
    HelpExamplesHeading =>
        "Exemples :",
        "Examples:";
    HelpDefault =>
        "par\u{a0}défaut\u{a0}:",
        "default:";
    HelpPossibleValues =>
        "valeurs\u{a0}possibles\u{a0}:",
        "possible values:";
    HelpPossibleValuesHeading =>
        "Valeurs possibles :",
        "Possible values:";
    HelpFlagShort =>
        "Affiche l’aide (-h : résumé, --help : détaillée)",
        "Print help (-h: summary, --help: more)";
    HelpFlagLong =>
        "Affiche l’aide",
        "Print help";
    HelpVersionFlag =>
        "Affiche la version",
        "Print version";
    // Placeholder names (`<FICHIER>`).
    ValueAnswers =>
        "REPONSES",
        "ANSWERS";
    ValueFile =>
        "FICHIER",
        "FILE";
    ValuePdfFile =>
        "FICHIER.pdf",
        "FILE.pdf";
    ValueWorkbookFile =>
        "FICHIER.xlsx|FICHIER.ods",
        "FILE.xlsx|FILE.ods";
    ValueFolder =>
        "DOSSIER",
        "DIR";
    ValueWorkbooks =>
        "CLASSEURS",
        "WORKBOOKS";
    ValueName =>
        "NOM",
        "NAME";
    ValueDepartment =>
        "DIRECTION",
        "DEPARTMENT";
    ValueDate =>
        "AAAA-MM-JJ",
        "YYYY-MM-DD";
    ValueQuestionnaire =>
        "QUESTIONNAIRE",
        "QUESTIONNAIRE";
    ValueLang =>
        "LANG",
        "LANG";
    ValueColor =>
        "COLOR",
        "COLOR";
    ValueFormat =>
        "FORMAT",
        "FORMAT";
    ValueShell =>
        "SHELL",
        "SHELL";
    ValueKind =>
        "KIND",
        "KIND";
    ValueCount =>
        "N",
        "N";
    // Options shared by every command (`--lang`, `--color` are global, `-q`
    // is the same flattened option wherever it appears).
    HelpOptLang =>
        "Langue des messages : fr ou en (par défaut : celle du questionnaire)",
        "Language of messages: fr or en (default: the questionnaire's)";
    HelpOptColor =>
        "Couleurs dans le terminal",
        "Colours in the terminal";
    HelpOptQuestionnaire =>
        "Questionnaire YAML (par défaut : le questionnaire intégré ia-gouvernance)",
        "Questionnaire YAML (default: the embedded ia-gouvernance questionnaire)";
    // boussole
    HelpBoussoleAbout =>
        "Auto-évaluation de la gouvernance de l’IA dans une collectivité : questionnaire, scores, comparaisons, rapport PDF pour les élus",
        "Self-assessment of AI governance in a local authority: questionnaire, scores, comparisons, PDF report for elected officials";
    HelpBoussoleLong =>
        "boussole aide l’équipe de direction générale à mesurer où la collectivité en est dans la gouvernance de l’IA : chaque directeur répond seul (assess), boussole calcule les scores (score), compare les directions et les campagnes (compare) et écrit le rapport PDF pour les élus (report). Tout reste local.",
        "boussole helps a local authority's senior management measure where it stands on AI governance: each director answers alone (assess), boussole scores the answers (score), compares departments and campaigns (compare) and writes the PDF report for elected officials (report). Everything stays local.";
    HelpBoussoleExamples =>
        "  boussole demo -o boussole-demo
  boussole assess --department \"Direction des finances\" --respondent \"Claire Martin\"
  boussole score reponses/
  boussole compare reponses/ --baseline reponses-2025/
  boussole report reponses/ -o rapport.pdf --organisation \"Ville d’Exemple\"",
        "  boussole --lang en demo -o boussole-demo
  boussole --lang en assess --department \"Finance\" --respondent \"Claire Martin\"
  boussole score answers/
  boussole compare answers/ --baseline answers-2025/
  boussole report answers/ -o report.pdf --organisation \"City of Example\"";
    // boussole check
    HelpCheckAbout =>
        "Valide un questionnaire et en affiche le résumé",
        "Validates a questionnaire and prints its summary";
    HelpCheckLong =>
        "Sans argument, vérifie le questionnaire intégré. Chaque problème est signalé sous la forme FICHIER:LIGNE:COLONNE: message, tous à la fois.",
        "Without an argument, checks the embedded questionnaire. Every problem is reported as FILE:LINE:COLUMN: message, all at once.";
    HelpCheckExamples =>
        "  boussole check
  boussole check mon-questionnaire.yaml",
        "  boussole check
  boussole check my-questionnaire.yaml";
    HelpCheckQuestionnaire =>
        "Questionnaire YAML (par défaut : le questionnaire intégré)",
        "Questionnaire YAML (default: the embedded questionnaire)";
    // boussole assess
    HelpAssessAbout =>
        "Fait répondre une personne au questionnaire dans le terminal (reprise possible)",
        "Takes one respondent through the questionnaire in the terminal (resumable)";
    HelpAssessLong =>
        "Une question à la fois ; chaque réponse est enregistrée aussitôt. Échap revient à la question précédente, Ctrl-C interrompt : relancer la même commande reprend à la première question sans réponse.",
        "One question at a time; every answer is saved at once. Esc goes back to the previous question, Ctrl-C stops: running the same command again resumes at the first unanswered question.";
    HelpAssessExamples =>
        "  boussole assess --department \"Direction des finances\" --respondent \"Claire Martin\"
  boussole assess -d \"Direction des solidarités\" -o reponses/solidarites-paul.yaml",
        "  boussole --lang en assess --department \"Finance\" --respondent \"Claire Martin\"
  boussole assess -d \"Social services\" -o answers/social-paul.yaml";
    HelpAssessDepartment =>
        "Direction de la personne qui répond (ex. « Direction des finances »)",
        "The respondent's department (e.g. \"Finance\")";
    HelpAssessRespondent =>
        "Nom de la personne qui répond (facultatif ; n’apparaît pas dans le rapport sauf demande)",
        "The respondent's name (optional; not in the report unless asked)";
    HelpAssessOutput =>
        "Fichier de réponses (par défaut : dérivé de la direction et du nom)",
        "Answers file to write (default: named after the department and the respondent)";
    HelpAssessPlain =>
        "Questions en lignes simples, choix numérotés (lecteurs d’écran ; automatique si TERM=dumb)",
        "Questions as plain lines, numbered choices (screen readers; automatic when TERM=dumb)";
    // boussole score
    HelpScoreAbout =>
        "Calcule les scores de l’organisation, des thèmes et des directions",
        "Scores the organisation, its themes and its departments";
    HelpScoreLong =>
        "Les dossiers sont lus récursivement (*.yaml, *.yml). Le CSV s’ouvre d’un double-clic dans LibreOffice et dans Excel en français.",
        "Folders are read recursively (*.yaml, *.yml). The CSV opens by double-click in LibreOffice and in Excel.";
    HelpScoreExamples =>
        "  boussole score reponses/
  boussole score reponses/ --format json > scores.json
  boussole score reponses/ --format csv > scores.csv",
        "  boussole score answers/
  boussole score answers/ --format json > scores.json
  boussole score answers/ --format csv > scores.csv";
    HelpScoreAnswers =>
        "Fichiers de réponses ou dossiers (lus récursivement)",
        "Answers files or folders (read recursively)";
    HelpScoreFormat =>
        "Format de sortie",
        "Output format";
    // boussole compare
    HelpCompareAbout =>
        "Compare les directions entre elles et avec une campagne antérieure",
        "Compares departments with each other and with an earlier campaign";
    HelpCompareLong =>
        "Avec --baseline, l’évolution de chaque direction (appariée par son nom) ; si la campagne antérieure porte sur une autre version du questionnaire (--baseline-questionnaire), l’évolution est calculée sur les questions communes. --disagreements donne l’ordre du jour de la réunion de consensus.",
        "With --baseline, each department's change (matched by name); if the earlier campaign used another questionnaire version (--baseline-questionnaire), changes rest on the shared questions. --disagreements gives the agenda of the consensus meeting.";
    HelpCompareExamples =>
        "  boussole compare reponses-2026/ --baseline reponses-2025/
  boussole compare reponses-2026/ --baseline reponses-2025/ --format md > comparaison.md
  boussole compare reponses-2026/ --disagreements",
        "  boussole compare answers-2026/ --baseline answers-2025/
  boussole compare answers-2026/ --baseline answers-2025/ --format md > comparison.md
  boussole compare answers-2026/ --disagreements";
    HelpCompareAnswers =>
        "Fichiers de réponses ou dossiers de la campagne actuelle",
        "Answers files or folders of the current campaign";
    HelpCompareBaseline =>
        "Réponses d’une campagne antérieure (fichiers ou dossiers)",
        "Answers of an earlier campaign (files or folders)";
    HelpCompareDisagreements =>
        "Liste les questions où les réponses d’une direction divergent de 2 niveaux ou plus",
        "Lists the questions on which a department's answers differ by 2 levels or more";
    HelpCompareShowRespondents =>
        "Montre les noms des répondants (anonymes par défaut)",
        "Shows respondents' names (anonymous by default)";
    HelpCompareFormat =>
        "Format de sortie",
        "Output format";
    // `--baseline-questionnaire`, the same for compare and report.
    HelpBaselineQuestionnaire =>
        "Questionnaire de la campagne antérieure (par défaut : la version intégrée que nomment ses réponses, sinon le même)",
        "Questionnaire of the earlier campaign (default: the embedded version its answers name, else the same)";
    // boussole report
    HelpReportAbout =>
        "Écrit le rapport PDF destiné aux élus",
        "Writes the PDF report for elected officials";
    HelpReportLong =>
        "Le rapport parle des directions, pas des personnes : les noms des répondants n’y figurent qu’avec --show-respondents.",
        "The report speaks of departments, not people: respondents' names appear only with --show-respondents.";
    HelpReportExamples =>
        "  boussole report reponses/ -o rapport.pdf --organisation \"Ville d’Exemple\"
  boussole report reponses-2026/ --baseline reponses-2025/ -o rapport.pdf --date 2026-11-30",
        "  boussole report answers/ -o report.pdf --organisation \"City of Example\"
  boussole report answers-2026/ --baseline answers-2025/ -o report.pdf --date 2026-11-30";
    HelpReportAnswers =>
        "Fichiers de réponses ou dossiers",
        "Answers files or folders (read recursively)";
    HelpReportOutput =>
        "Fichier PDF à écrire (« - » : la sortie standard)",
        "PDF file to write (\"-\": standard output)";
    HelpReportForce =>
        "Remplace le fichier de sortie même s’il n’est pas un rapport de boussole",
        "Replaces the output file even if it is not a boussole report";
    HelpReportOrganisation =>
        "Nom de la collectivité, sur la couverture",
        "Name of the local authority, on the cover";
    HelpReportDate =>
        "Date de la campagne (AAAA-MM-JJ ; par défaut la plus récente des réponses)",
        "Date of the campaign (YYYY-MM-DD; default: the latest answer's)";
    HelpReportBaseline =>
        "Réponses d’une campagne antérieure, pour montrer l’évolution",
        "Answers of an earlier campaign, to show the change";
    HelpReportWithAnswers =>
        "Ajoute en annexe toutes les réponses et commentaires, par direction",
        "Adds every answer and comment, by department, as an annex";
    HelpReportShowRespondents =>
        "Montre les noms des répondants dans l’annexe",
        "Shows respondents' names in the annex";
    HelpReportMinGroup =>
        "Aucun détail par répondant (réponses, commentaires, écarts) pour une direction de moins de N répondants",
        "No per-respondent detail (answers, comments, spreads) for a department with fewer than N respondents";
    // boussole form
    HelpFormAbout =>
        "Écrit le formulaire à remplir dans un navigateur, hors ligne (un seul fichier HTML)",
        "Writes the form to fill in a browser, offline (one HTML file)";
    HelpFormLong =>
        "Un seul fichier HTML, sans ressource extérieure : envoyez-le par courriel ou déposez-le sur un dossier partagé. Chaque répondant l’ouvre dans son navigateur (sans réseau, sans compte), répond, puis clique « Télécharger mes réponses » et vous renvoie le fichier .yaml obtenu, que score, compare et report lisent tel quel. Les réponses restent enregistrées dans le navigateur entre deux visites.",
        "One HTML file with no outside resource: send it by e-mail or put it in a shared folder. Each respondent opens it in a browser (no network, no account), answers, clicks “Download my answers” and sends you back the .yaml file, which score, compare and report read as is. Answers stay saved in the browser between visits.";
    HelpFormExamples =>
        "  boussole form -o formulaire.html
  boussole form --department \"Direction des finances\" -o formulaire-finances.html
  boussole form -q mon-questionnaire.yaml -o - > formulaire.html",
        "  boussole --lang en form -o form.html
  boussole --lang en form --department \"Finance\" -o form-finance.html
  boussole form -q my-questionnaire.yaml -o - > form.html";
    HelpFormDepartment =>
        "Direction qui répond : le champ « Direction » est prérempli et verrouillé",
        "The answering department: the “Department” field is filled in and locked";
    HelpFormRespondent =>
        "Nom de la personne qui répond, prérempli (facultatif)",
        "The respondent's name, filled in (optional)";
    HelpFormFormat =>
        "Format : html (formulaire à remplir dans un navigateur) ou pdf (questionnaire papier)",
        "Format: html (form to fill in a browser) or pdf (paper questionnaire)";
    HelpFormOutput =>
        "Fichier à écrire (« - » : la sortie standard)",
        "File to write (\"-\": standard output)";
    HelpFormForce =>
        "Remplace un fichier existant qui n’est pas un formulaire boussole",
        "Replaces an existing file that is not a boussole form";
    // boussole demo
    HelpDemoAbout =>
        "Écrit une campagne d’exemple et son rapport, sans autre donnée",
        "Writes a sample campaign and its report, with no other input";
    HelpDemoExamples =>
        "  boussole demo
  boussole demo -o /tmp/demo",
        "  boussole demo
  boussole demo -o /tmp/demo";
    HelpDemoOutput =>
        "Dossier où écrire la campagne d’exemple et son rapport",
        "Folder to write the sample campaign and its report to";
    HelpDemoDate =>
        "Date du rapport (AAAA-MM-JJ)",
        "Date of the report (YYYY-MM-DD)";
    // boussole template
    HelpTemplateAbout =>
        "Écrit un classeur à remplir (XLSX pour Excel, ODS pour LibreOffice)",
        "Writes a workbook to fill in (XLSX for Excel, ODS for LibreOffice)";
    HelpTemplateLong =>
        "Une ligne par question ; la colonne « Réponse » propose la liste des niveaux, « Sans objet » et « Ne sait pas ». Seules les cellules à remplir sont modifiables. Rendez le classeur rempli à « boussole import ».",
        "One row per question; the “Answer” column offers the list of levels, “Not applicable” and “Don't know”. Only the cells to fill in can be edited. Give the filled-in workbook to “boussole import”.";
    HelpTemplateExamples =>
        "  boussole template -o questionnaire.xlsx
  boussole template --department \"Direction des finances\" -o finances.ods",
        "  boussole --lang en template -o questionnaire.xlsx
  boussole --lang en template --department \"Finance\" -o finance.ods";
    HelpTemplateDepartment =>
        "Direction, pré-remplie dans le classeur",
        "Department, filled in in the workbook";
    HelpTemplateRespondent =>
        "Nom de la personne qui répond, pré-rempli dans le classeur",
        "The respondent's name, filled in in the workbook";
    HelpTemplateOutput =>
        "Classeur à écrire (.xlsx ou .ods)",
        "Workbook to write (.xlsx or .ods)";
    HelpTemplateFormat =>
        "Format (par défaut : d’après l’extension du fichier)",
        "Format (default: from the file's extension)";
    HelpTemplateForce =>
        "Remplace un fichier existant (un classeur déjà rempli, par exemple)",
        "Replaces an existing file (a workbook already filled in, for instance)";
    // boussole import
    HelpImportAbout =>
        "Relit des classeurs remplis et écrit un fichier de réponses par classeur",
        "Reads filled-in workbooks back and writes one answers file per workbook";
    HelpImportLong =>
        "Chaque valeur est revérifiée (une valeur collée échappe à la liste déroulante). Un problème est signalé sous la forme FICHIER:FEUILLE!CELLULE: message, tous à la fois, et rien n’est écrit tant qu’il en reste. Un fichier de réponses existant n’est remplacé qu’avec --force.",
        "Every value is checked again (a pasted value bypasses the drop-down list). A problem is reported as FILE:SHEET!CELL: message, all at once, and nothing is written while any remains. An existing answers file is replaced only with --force.";
    HelpImportExamples =>
        "  boussole import finances.xlsx solidarites.ods -o reponses/
  boussole import classeurs/*.xlsx -o reponses/ --force",
        "  boussole import finance.xlsx social.ods -o answers/
  boussole import workbooks/*.xlsx -o answers/ --force";
    HelpImportFiles =>
        "Classeurs remplis (.xlsx ou .ods)",
        "Filled-in workbooks (.xlsx or .ods)";
    HelpImportOutput =>
        "Dossier où écrire les fichiers de réponses",
        "Folder to write the answers files to";
    HelpImportForce =>
        "Remplace les fichiers de réponses qui existent déjà",
        "Replaces answers files that already exist";
    // boussole questionnaire
    HelpQuestionnaireAbout =>
        "Écrit le questionnaire intégré (à conserver avec chaque campagne, ou à adapter)",
        "Writes the embedded questionnaire (to keep with each campaign, or to adapt)";
    HelpQuestionnaireLong =>
        "Conservez-le avec les réponses de la campagne : l’an prochain, si le questionnaire intégré a changé de version, il servira à comparer (--baseline-questionnaire).",
        "Keep it with the campaign's answers: next year, if the embedded questionnaire has a new version, it lets you compare (--baseline-questionnaire).";
    HelpQuestionnaireExamples =>
        "  boussole questionnaire > questionnaire-2027.1.yaml
  boussole --lang en questionnaire > questionnaire-2027.1.en.yaml",
        "  boussole --lang en questionnaire > questionnaire-2027.1.en.yaml
  boussole questionnaire > questionnaire-2027.1.fr.yaml";
    // boussole completions
    HelpCompletionsAbout =>
        "Écrit le script de complétion pour un shell (bash, zsh, fish, powershell, elvish)",
        "Writes the completion script for a shell (bash, zsh, fish, powershell, elvish)";
    HelpCompletionsExamples =>
        "  boussole completions bash > ~/.local/share/bash-completion/completions/boussole
  boussole completions zsh > ~/.zfunc/_boussole
  boussole completions fish > ~/.config/fish/completions/boussole.fish
  boussole completions powershell >> $PROFILE",
        "  boussole completions bash > ~/.local/share/bash-completion/completions/boussole
  boussole completions zsh > ~/.zfunc/_boussole
  boussole completions fish > ~/.config/fish/completions/boussole.fish
  boussole completions powershell >> $PROFILE";
    HelpCompletionsShell =>
        "Le shell",
        "The shell";
    // boussole man
    HelpManAbout =>
        "Écrit la page de manuel (roff)",
        "Writes the man page (roff)";
    HelpManExamples =>
        "  boussole man > boussole.1 && man -l boussole.1",
        "  boussole man > boussole.1 && man -l boussole.1";
    // boussole schema
    HelpSchemaAbout =>
        "Écrit le schéma JSON d’un format de fichier, pour les éditeurs (VS Code…)",
        "Writes the JSON Schema of a file format, for editors (VS Code…)";
    HelpSchemaExamples =>
        "  boussole schema questionnaire > questionnaire.schema.json
  boussole schema answers > answers.schema.json
puis, en première ligne d’un fichier YAML :
  # yaml-language-server: $schema=questionnaire.schema.json",
        "  boussole schema questionnaire > questionnaire.schema.json
  boussole schema answers > answers.schema.json
then, as the first line of a YAML file:
  # yaml-language-server: $schema=questionnaire.schema.json";
    HelpSchemaKind =>
        "Le format : questionnaire ou answers",
        "The format: questionnaire or answers";
    HelpSchemaKindQuestionnaire =>
        "Le format des questionnaires",
        "The format of questionnaires";
    HelpSchemaKindAnswers =>
        "Le format des fichiers de réponses",
        "The format of answers files";
    // --- usage errors (clap's, worded by help::usage_error) ------------------
    UsageError { message } =>
        "erreur\u{a0}: {message}",
        "error: {message}";
    UsageMissingArguments =>
        "arguments obligatoires manquants\u{a0}:",
        "the following required arguments were not provided:";
    UsageUnknownArgument { arg } =>
        "argument inattendu «\u{a0}{arg}\u{a0}»",
        "unexpected argument '{arg}' found";
    UsageInvalidValue { value, arg } =>
        "valeur invalide «\u{a0}{value}\u{a0}» pour «\u{a0}{arg}\u{a0}»",
        "invalid value '{value}' for '{arg}'";
    UsageInvalidValueBecause { value, arg, reason } =>
        "valeur invalide «\u{a0}{value}\u{a0}» pour «\u{a0}{arg}\u{a0}»\u{a0}: {reason}",
        "invalid value '{value}' for '{arg}': {reason}";
    UsageMissingValue { arg } =>
        "«\u{a0}{arg}\u{a0}» attend une valeur, mais aucune n’a été donnée",
        "a value is required for '{arg}' but none was supplied";
    UsageUnknownCommand { command } =>
        "commande inconnue «\u{a0}{command}\u{a0}»",
        "unrecognized subcommand '{command}'";
    UsageMissingCommand { command } =>
        "«\u{a0}{command}\u{a0}» attend une commande, mais aucune n’a été donnée",
        "'{command}' requires a subcommand but one was not provided";
    UsageRepeated { arg } =>
        "l’argument «\u{a0}{arg}\u{a0}» ne peut être donné qu’une fois",
        "the argument '{arg}' cannot be used multiple times";
    UsageConflict { arg, other } =>
        "l’argument «\u{a0}{arg}\u{a0}» ne peut pas être utilisé avec «\u{a0}{other}\u{a0}»",
        "the argument '{arg}' cannot be used with '{other}'";
    UsagePossibleValues { values } =>
        "[valeurs possibles\u{a0}: {values}]",
        "[possible values: {values}]";
    UsageCommands { values } =>
        "[commandes\u{a0}: {values}]",
        "[subcommands: {values}]";
    UsageSimilarArgument { count, similar } =>
        "astuce\u{a0}: {count|un argument proche existe|des arguments proches existent}\u{a0}: {similar}",
        "tip: {count|a similar argument exists|some similar arguments exist}: {similar}";
    UsageSimilarValue { count, similar } =>
        "astuce\u{a0}: {count|une valeur proche existe|des valeurs proches existent}\u{a0}: {similar}",
        "tip: {count|a similar value exists|some similar values exist}: {similar}";
    UsageSimilarCommand { count, similar } =>
        "astuce\u{a0}: {count|une commande proche existe|des commandes proches existent}\u{a0}: {similar}",
        "tip: {count|a similar subcommand exists|some similar subcommands exist}: {similar}";
    UsageNotACount { min } =>
        "un nombre entier d’au moins {min} est attendu",
        "expected a whole number of at least {min}";
    UsageQuoted { text } =>
        "«\u{a0}{text}\u{a0}»",
        "'{text}'";
    UsageTryHelp { help } =>
        "Pour en savoir plus, essayez «\u{a0}{help}\u{a0}».",
        "For more information, try '{help}'.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_two_distinct_non_empty_texts() {
        let mut names: Vec<&str> = ALL.iter().map(|(n, _, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "a message is declared twice");
        for (name, fr, en) in ALL {
            assert!(
                !fr.trim().is_empty() && !en.trim().is_empty(),
                "empty {name}"
            );
        }
    }

    /// A message no code names is dead text that drifts from the rest (27
    /// were found when this test came, among them an unused twin of a
    /// message the report prints).
    #[test]
    fn every_message_is_used_somewhere() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut code = String::new();
        let mut stack = vec![root];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).unwrap() {
                    stack.push(entry.unwrap().path());
                }
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
        let own = include_str!("i18n.rs");
        let used = |name: &str| {
            let pattern = format!("Msg::{name}");
            [code.as_str(), own].iter().any(|text| {
                text.match_indices(&pattern).any(|(at, _)| {
                    let next = text[at + pattern.len()..].chars().next();
                    !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
        };
        assert!(used("IoWrite"), "the search finds a message in use");
        assert!(!used("NoSuchMessage"));
        let unused: Vec<&str> = ALL
            .iter()
            .map(|(name, _, _)| *name)
            .filter(|name| !used(name))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    #[test]
    fn the_placeholder_check_sees_what_fill_fills() {
        assert!(placeholders_are("a {x} b {y|un|des}", &["x", "y"]));
        assert!(placeholders_are("{x}{x}", &["x"]));
        // A forgotten, an unknown and a misspelt placeholder.
        assert!(!placeholders_are("a {x}", &["x", "y"]));
        assert!(!placeholders_are("a {x} {z}", &["x"]));
        assert!(!placeholders_are("{count|one|many}", &["n"]));
        // Braces that name nothing are text.
        assert!(placeholders_are("{ } {} { x} {", &[]));
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            tf(Lang::En, Msg::QScaleShort { count: &1 }),
            "the scale needs at least 2 levels (it has 1)"
        );
        assert_eq!(
            t(Lang::Fr, Msg::IoNotFound),
            Msg::IoNotFound.template(Lang::Fr)
        );
    }

    #[test]
    fn inserted_text_is_never_substituted_again() {
        let arg = |name: &str| -> Option<&'static dyn Display> {
            match name {
                "title" => Some(&"Essai {date}"),
                "date" => Some(&"4 octobre"),
                "respondent" => Some(&"{department}"),
                "department" => Some(&"RH"),
                _ => None,
            }
        };
        assert_eq!(
            fill(Lang::Fr, "{title} — du {date}", arg),
            "Essai {date} — du 4 octobre"
        );
        assert_eq!(
            fill(Lang::Fr, "{respondent} ({department}) {unknown} {", arg),
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
            let arg = |name: &str| (name == "count").then_some(&n as &dyn Display);
            assert_eq!(fill(Lang::Fr, msg, arg), fr);
            assert_eq!(fill(Lang::En, msg, arg), en);
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
        let one = |name: &str| (name == "count").then_some(&1 as &dyn Display);
        assert_eq!(fill(Lang::En, "{count|one}", one), "{count|one}");
    }

    #[test]
    fn no_message_writes_plurals_with_parentheses() {
        for (name, fr, en) in ALL {
            for text in [fr, en] {
                assert!(!text.contains("(s)"), "{name} uses \"(s)\": {text}");
            }
        }
    }
}
