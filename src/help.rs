//! `--help` in French or English, with examples for every command.
//!
//! clap's own help words are English ("Usage", "Print help"). The French
//! texts live in the doc comments of [`crate::cli`]; this module swaps in the
//! headings, the help and version flags, the examples, and — for English —
//! every command's and option's text, from the tables below. A test checks
//! that every command and option has its English text.

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::Lang;

/// Per command: (name, English about, French examples, English examples,
/// French long help, English long help).
type CommandText = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const COMMANDS: &[CommandText] = &[
    (
        "boussole",
        "Self-assessment of AI governance in a local authority: questionnaire, scores, comparisons, PDF report for elected officials",
        "  boussole demo -o boussole-demo
  boussole assess --department \"Direction des finances\" --respondent \"Claire Martin\"
  boussole score reponses/
  boussole compare reponses/ --baseline reponses-2025/
  boussole report reponses/ -o rapport.pdf --organisation \"Ville d’Exemple\"",
        "  boussole --lang en demo -o boussole-demo
  boussole --lang en assess --department \"Finance\" --respondent \"Claire Martin\"
  boussole score answers/
  boussole compare answers/ --baseline answers-2025/
  boussole report answers/ -o report.pdf --organisation \"City of Example\"",
        "boussole aide l’équipe de direction générale à mesurer où la collectivité en est dans la gouvernance de l’IA : chaque directeur répond seul (assess), boussole calcule les scores (score), compare les directions et les campagnes (compare) et écrit le rapport PDF pour les élus (report). Tout reste local.",
        "boussole helps a local authority's senior management measure where it stands on AI governance: each director answers alone (assess), boussole scores the answers (score), compares departments and campaigns (compare) and writes the PDF report for elected officials (report). Everything stays local.",
    ),
    (
        "check",
        "Validates a questionnaire and prints its summary",
        "  boussole check
  boussole check mon-questionnaire.yaml",
        "  boussole check
  boussole check my-questionnaire.yaml",
        "Sans argument, vérifie le questionnaire intégré. Chaque problème est signalé sous la forme FICHIER:LIGNE:COLONNE: message, tous à la fois.",
        "Without an argument, checks the embedded questionnaire. Every problem is reported as FILE:LINE:COLUMN: message, all at once.",
    ),
    (
        "assess",
        "Takes one respondent through the questionnaire in the terminal (resumable)",
        "  boussole assess --department \"Direction des finances\" --respondent \"Claire Martin\"
  boussole assess -d \"Direction des solidarités\" -o reponses/solidarites-paul.yaml",
        "  boussole --lang en assess --department \"Finance\" --respondent \"Claire Martin\"
  boussole assess -d \"Social services\" -o answers/social-paul.yaml",
        "Une question à la fois ; chaque réponse est enregistrée aussitôt. Échap revient à la question précédente, Ctrl-C interrompt : relancer la même commande reprend à la première question sans réponse.",
        "One question at a time; every answer is saved at once. Esc goes back to the previous question, Ctrl-C stops: running the same command again resumes at the first unanswered question.",
    ),
    (
        "score",
        "Scores the organisation, its themes and its departments",
        "  boussole score reponses/
  boussole score reponses/ --format json > scores.json
  boussole score reponses/ --format csv > scores.csv",
        "  boussole score answers/
  boussole score answers/ --format json > scores.json
  boussole score answers/ --format csv > scores.csv",
        "Les dossiers sont lus récursivement (*.yaml, *.yml). Le CSV s’ouvre d’un double-clic dans LibreOffice et dans Excel en français.",
        "Folders are read recursively (*.yaml, *.yml). The CSV opens by double-click in LibreOffice and in Excel.",
    ),
    (
        "compare",
        "Compares departments with each other and with an earlier campaign",
        "  boussole compare reponses-2026/ --baseline reponses-2025/
  boussole compare reponses-2026/ --baseline reponses-2025/ --format md > comparaison.md
  boussole compare reponses-2026/ --disagreements",
        "  boussole compare answers-2026/ --baseline answers-2025/
  boussole compare answers-2026/ --baseline answers-2025/ --format md > comparison.md
  boussole compare answers-2026/ --disagreements",
        "Avec --baseline, l’évolution de chaque direction (appariée par son nom) ; si la campagne antérieure porte sur une autre version du questionnaire (--baseline-questionnaire), l’évolution est calculée sur les questions communes. --disagreements donne l’ordre du jour de la réunion de consensus.",
        "With --baseline, each department's change (matched by name); if the earlier campaign used another questionnaire version (--baseline-questionnaire), changes rest on the shared questions. --disagreements gives the agenda of the consensus meeting.",
    ),
    (
        "report",
        "Writes the PDF report for elected officials",
        "  boussole report reponses/ -o rapport.pdf --organisation \"Ville d’Exemple\"
  boussole report reponses-2026/ --baseline reponses-2025/ -o rapport.pdf --date 2026-11-30",
        "  boussole report answers/ -o report.pdf --organisation \"City of Example\"
  boussole report answers-2026/ --baseline answers-2025/ -o report.pdf --date 2026-11-30",
        "Le rapport parle des directions, pas des personnes : les noms des répondants n’y figurent qu’avec --show-respondents.",
        "The report speaks of departments, not people: respondents' names appear only with --show-respondents.",
    ),
    (
        "form",
        "Writes the form to fill in a browser, offline (one HTML file)",
        "  boussole form -o formulaire.html
  boussole form --department \"Direction des finances\" -o formulaire-finances.html
  boussole form -q mon-questionnaire.yaml -o - > formulaire.html",
        "  boussole --lang en form -o form.html
  boussole --lang en form --department \"Finance\" -o form-finance.html
  boussole form -q my-questionnaire.yaml -o - > form.html",
        "Un seul fichier HTML, sans ressource extérieure : envoyez-le par courriel ou déposez-le sur un dossier partagé. Chaque répondant l’ouvre dans son navigateur (sans réseau, sans compte), répond, puis clique « Télécharger mes réponses » et vous renvoie le fichier .yaml obtenu, que score, compare et report lisent tel quel. Les réponses restent enregistrées dans le navigateur entre deux visites.",
        "One HTML file with no outside resource: send it by e-mail or put it in a shared folder. Each respondent opens it in a browser (no network, no account), answers, clicks “Download my answers” and sends you back the .yaml file, which score, compare and report read as is. Answers stay saved in the browser between visits.",
    ),
    (
        "demo",
        "Writes a sample campaign and its report, with no other input",
        "  boussole demo
  boussole demo -o /tmp/demo",
        "  boussole demo
  boussole demo -o /tmp/demo",
        "",
        "",
    ),
    (
        "template",
        "Writes a workbook to fill in (XLSX for Excel, ODS for LibreOffice)",
        "  boussole template -o questionnaire.xlsx
  boussole template --department \"Direction des finances\" -o finances.ods",
        "  boussole --lang en template -o questionnaire.xlsx
  boussole --lang en template --department \"Finance\" -o finance.ods",
        "Une ligne par question ; la colonne « Réponse » propose la liste des niveaux, « Sans objet » et « Ne sait pas ». Seules les cellules à remplir sont modifiables. Rendez le classeur rempli à « boussole import ».",
        "One row per question; the “Answer” column offers the list of levels, “Not applicable” and “Don't know”. Only the cells to fill in can be edited. Give the filled-in workbook to “boussole import”.",
    ),
    (
        "import",
        "Reads filled-in workbooks back and writes one answers file per workbook",
        "  boussole import finances.xlsx solidarites.ods -o reponses/
  boussole import classeurs/*.xlsx -o reponses/ --force",
        "  boussole import finance.xlsx social.ods -o answers/
  boussole import workbooks/*.xlsx -o answers/ --force",
        "Chaque valeur est revérifiée (une valeur collée échappe à la liste déroulante). Un problème est signalé sous la forme FICHIER:FEUILLE!CELLULE: message, tous à la fois, et rien n’est écrit tant qu’il en reste. Un fichier de réponses existant n’est remplacé qu’avec --force.",
        "Every value is checked again (a pasted value bypasses the drop-down list). A problem is reported as FILE:SHEET!CELL: message, all at once, and nothing is written while any remains. An existing answers file is replaced only with --force.",
    ),
    (
        "questionnaire",
        "Writes the embedded questionnaire (to keep with each campaign, or to adapt)",
        "  boussole questionnaire > questionnaire-2027.1.yaml
  boussole --lang en questionnaire > questionnaire-2027.1.en.yaml",
        "  boussole --lang en questionnaire > questionnaire-2027.1.en.yaml
  boussole questionnaire > questionnaire-2027.1.fr.yaml",
        "Conservez-le avec les réponses de la campagne : l’an prochain, si le questionnaire intégré a changé de version, il servira à comparer (--baseline-questionnaire).",
        "Keep it with the campaign's answers: next year, if the embedded questionnaire has a new version, it lets you compare (--baseline-questionnaire).",
    ),
    (
        "completions",
        "Writes the completion script for a shell",
        "  boussole completions bash > ~/.local/share/bash-completion/completions/boussole
  boussole completions zsh > ~/.zfunc/_boussole
  boussole completions fish > ~/.config/fish/completions/boussole.fish
  boussole completions powershell >> $PROFILE",
        "  boussole completions bash > ~/.local/share/bash-completion/completions/boussole
  boussole completions zsh > ~/.zfunc/_boussole
  boussole completions fish > ~/.config/fish/completions/boussole.fish
  boussole completions powershell >> $PROFILE",
        "",
        "",
    ),
    (
        "man",
        "Writes the man page (roff)",
        "  boussole man > boussole.1 && man -l boussole.1",
        "  boussole man > boussole.1 && man -l boussole.1",
        "",
        "",
    ),
    (
        "schema",
        "Writes the JSON Schema of a file format, for editors (VS Code…)",
        "  boussole schema questionnaire > questionnaire.schema.json
  boussole schema answers > answers.schema.json
puis, en première ligne d’un fichier YAML :
  # yaml-language-server: $schema=questionnaire.schema.json",
        "  boussole schema questionnaire > questionnaire.schema.json
  boussole schema answers > answers.schema.json
then, as the first line of a YAML file:
  # yaml-language-server: $schema=questionnaire.schema.json",
        "",
        "",
    ),
];

/// English help of options and arguments, by argument id (ids are unique
/// enough across commands to share one text).
const ARGS_EN: &[(&str, &str)] = &[
    (
        "lang",
        "Language of messages: fr or en (default: the questionnaire's)",
    ),
    ("color", "Colours in the terminal"),
    (
        "questionnaire",
        "Questionnaire YAML (default: the embedded questionnaire)",
    ),
    (
        "department",
        "The respondent's department (e.g. \"Finance\")",
    ),
    (
        "respondent",
        "The respondent's name (optional; not in the report unless asked)",
    ),
    ("output", "Output file or folder"),
    ("answers", "Answers files or folders (read recursively)"),
    ("format", "Output format"),
    (
        "baseline",
        "Answers of an earlier campaign (files or folders)",
    ),
    (
        "baseline_questionnaire",
        "Questionnaire of the earlier campaign (default: the embedded version its answers name, else the same)",
    ),
    (
        "disagreements",
        "Lists the questions on which a department's answers differ by 2 levels or more",
    ),
    (
        "show_respondents",
        "Shows respondents' names (anonymous by default)",
    ),
    ("organisation", "Name of the local authority, on the cover"),
    (
        "min_group",
        "No per-respondent detail (answers, comments, spreads) for a department with fewer than N respondents",
    ),
    (
        "date",
        "Date of the campaign (YYYY-MM-DD; default: the latest answer's)",
    ),
    (
        "with_answers",
        "Adds every answer and comment, by department, as an annex",
    ),
    ("files", "Filled-in workbooks (.xlsx or .ods)"),
    (
        "force",
        "Replaces an existing file that boussole would otherwise keep",
    ),
    ("shell", "The shell"),
    (
        "plain",
        "Questions as plain lines, numbered choices (screen readers; automatic when TERM=dumb)",
    ),
    ("kind", "The format: questionnaire or answers"),
];

/// English placeholder names for the French ones of [`crate::cli`].
fn value_name_en(name: &str) -> &'static str {
    match name {
        "REPONSES" => "ANSWERS",
        "FICHIER" => "FILE",
        "FICHIER.pdf" => "FILE.pdf",
        "DOSSIER" => "DIR",
        "CLASSEURS" => "WORKBOOKS",
        "FICHIER.xlsx|FICHIER.ods" => "FILE.xlsx|FILE.ods",
        "NOM" => "NAME",
        "DIRECTION" => "DEPARTMENT",
        "AAAA-MM-JJ" => "YYYY-MM-DD",
        "QUESTIONNAIRE" => "QUESTIONNAIRE",
        "LANG" => "LANG",
        "COLOR" => "COLOR",
        "FORMAT" => "FORMAT",
        "SHELL" => "SHELL",
        "KIND" => "KIND",
        "N" => "N",
        _ => "VALUE",
    }
}

/// The version line: boussole's and the embedded questionnaire's.
pub fn version() -> String {
    let q_version = crate::defaults::QUESTIONNAIRE_FR
        .lines()
        .find_map(|l| l.strip_prefix("version:"))
        .map(|v| v.trim().trim_matches('"').to_string())
        .unwrap_or_default();
    format!(
        "{} (questionnaire ia-gouvernance {q_version})",
        env!("CARGO_PKG_VERSION")
    )
}

/// The language help should be in: `--lang` among the arguments, else the
/// environment.
pub fn lang_from_args(args: &[std::ffi::OsString], fallback: Lang) -> Lang {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--lang" {
            if let Some(l) = it.next().and_then(Lang::from_code) {
                return l;
            }
        } else if let Some(l) = a.strip_prefix("--lang=").and_then(Lang::from_code) {
            return l;
        }
    }
    fallback
}

/// The clap command, with help in `lang`; `stdout_tty` says whether help
/// goes to a terminal.
pub fn command(lang: Lang, stdout_tty: bool) -> Command {
    let version: &'static str = Box::leak(version().into_boxed_str());
    let mut cmd = Cli::command().version(version);
    // Off a terminal (a pipe, a test), wrap help at a fixed width so that it
    // reads the same everywhere.
    if !stdout_tty {
        cmd = cmd.term_width(100);
    }
    localise(cmd, lang, true)
}

fn localise(mut cmd: Command, lang: Lang, top: bool) -> Command {
    let (usage, commands, help, help_long, version_help) = match lang {
        Lang::Fr => (
            "Utilisation :",
            "Commandes",
            "Affiche l’aide (-h : résumé, --help : détaillée)",
            "Affiche l’aide",
            "Affiche la version",
        ),
        Lang::En => (
            "Usage:",
            "Commands",
            "Print help (-h: summary, --help: more)",
            "Print help",
            "Print version",
        ),
    };
    let name = if top { "boussole" } else { cmd.get_name() }.to_string();
    if let Some(&(_, about_en, ex_fr, ex_en, long_fr, long_en)) =
        COMMANDS.iter().find(|c| c.0 == name)
    {
        let (examples, long, heading) = match lang {
            Lang::Fr => (ex_fr, long_fr, "Exemples :"),
            Lang::En => (ex_en, long_en, "Examples:"),
        };
        if lang == Lang::En {
            cmd = cmd.about(about_en);
        }
        if !long.is_empty() {
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            cmd = cmd.long_about(format!("{about}\n\n{long}"));
        }
        cmd = cmd.after_help(format!("{heading}\n{examples}"));
    }
    if lang == Lang::En {
        cmd = cmd.mut_args(|a| {
            let id = a.get_id().as_str().to_string();
            let names: Vec<&'static str> = a
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|n| value_name_en(n.as_str()))
                .collect();
            let a = if names.is_empty() {
                a
            } else {
                a.value_names(names)
            };
            match ARGS_EN.iter().find(|(k, _)| *k == id) {
                Some((_, text)) => a.help(*text),
                None => a,
            }
        });
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(commands)
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(help)
                .long_help(help_long)
                .global(false),
        );
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(version_help),
        );
    }
    cmd.mut_subcommands(|sub| localise(sub, lang, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_option_has_english_help() {
        let cmd = Cli::command();
        let mut missing = Vec::new();
        let mut stack = vec![(true, cmd)];
        while let Some((top, c)) = stack.pop() {
            let name = if top {
                "boussole".to_string()
            } else {
                c.get_name().to_string()
            };
            if !COMMANDS.iter().any(|t| t.0 == name) {
                missing.push(format!("command {name}"));
            }
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                if id != "help" && id != "version" && !ARGS_EN.iter().any(|(k, _)| *k == id) {
                    missing.push(format!("{name} --{id}"));
                }
            }
            stack.extend(c.get_subcommands().cloned().map(|s| (false, s)));
        }
        assert!(missing.is_empty(), "no English help for: {missing:?}");
    }

    #[test]
    fn version_names_the_questionnaire() {
        let (name, text) = crate::defaults::questionnaire(crate::i18n::Lang::Fr);
        let q = crate::load::questionnaire_from_str(text, name, crate::i18n::Lang::Fr).unwrap();
        let expected = format!("questionnaire {} {}", q.id, q.version);
        assert!(version().contains(&expected), "{}", version());
    }

    #[test]
    fn lang_flag_is_found_anywhere() {
        let args: Vec<std::ffi::OsString> = ["boussole", "score", "--lang", "en", "x"]
            .iter()
            .map(Into::into)
            .collect();
        assert_eq!(lang_from_args(&args, Lang::Fr), Lang::En);
        let args: Vec<std::ffi::OsString> =
            ["boussole", "--lang=fr"].iter().map(Into::into).collect();
        assert_eq!(lang_from_args(&args, Lang::En), Lang::Fr);
    }
}
