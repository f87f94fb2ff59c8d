//! `--help` in French or English, with examples for every command, and
//! clap's usage errors in the user's language.
//!
//! [`crate::cli`] declares the structure of the command line only. Every text
//! of the help — about, long help, examples, each argument's help and
//! placeholder name, the headings — is a [`Msg`] of the message catalogue
//! ([`crate::i18n`]), so it has its French and its English text by
//! construction. The table `COMMANDS` says which message goes where, per
//! command and per argument: the same id can mean different things (`-o` is
//! a PDF for `report`, a folder for `import`). A test walks the clap command
//! and fails when a command or an argument has no entry, or an entry names
//! nothing.

use std::fmt::Write as _;
use std::sync::OnceLock;

use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::{Lang, Msg, t, tf};

/// The help texts of one command.
struct CommandHelp {
    /// The subcommand's name; `boussole` for the top command.
    name: &'static str,
    /// One line, in the list of commands and atop the help.
    about: Msg<'static>,
    /// Paragraphs added under `about` by `--help`.
    long: Option<Msg<'static>>,
    /// Example command lines, each indented by two spaces.
    examples: Msg<'static>,
    /// The command's own arguments (global ones are the top command's).
    args: &'static [ArgHelp],
}

/// The help texts of one argument of one command.
struct ArgHelp {
    /// clap's id of the argument (the field name).
    id: &'static str,
    help: Msg<'static>,
    /// The placeholder (`<FICHIER>`), exactly for arguments that take a value.
    value_name: Option<Msg<'static>>,
    /// What each possible value means, listed by `--help`; empty when the
    /// values speak for themselves.
    values: &'static [ValueHelp],
}

/// The meaning of one possible value of an argument.
struct ValueHelp {
    value: &'static str,
    help: Msg<'static>,
}

/// An argument without a value (a flag).
const fn flag(id: &'static str, help: Msg<'static>) -> ArgHelp {
    ArgHelp {
        id,
        help,
        value_name: None,
        values: &[],
    }
}

/// An argument that takes a value, shown as `<value_name>`.
const fn takes(id: &'static str, help: Msg<'static>, value_name: Msg<'static>) -> ArgHelp {
    ArgHelp {
        id,
        help,
        value_name: Some(value_name),
        values: &[],
    }
}

/// `-q, --questionnaire`: one flattened option, one meaning everywhere.
const QUESTIONNAIRE: ArgHelp = takes("questionnaire", Msg::HelpOptQuestionnaire, Msg::ValueFile);

/// `--baseline-questionnaire`, the same for `compare` and `report`.
const BASELINE_QUESTIONNAIRE: ArgHelp = takes(
    "baseline_questionnaire",
    Msg::HelpBaselineQuestionnaire,
    Msg::ValueFile,
);

const COMMANDS: &[CommandHelp] = &[
    CommandHelp {
        name: "boussole",
        about: Msg::HelpBoussoleAbout,
        long: Some(Msg::HelpBoussoleLong),
        examples: Msg::HelpBoussoleExamples,
        args: &[
            takes("lang", Msg::HelpOptLang, Msg::ValueLang),
            takes("color", Msg::HelpOptColor, Msg::ValueColor),
        ],
    },
    CommandHelp {
        name: "check",
        about: Msg::HelpCheckAbout,
        long: Some(Msg::HelpCheckLong),
        examples: Msg::HelpCheckExamples,
        args: &[takes(
            "questionnaire",
            Msg::HelpCheckQuestionnaire,
            Msg::ValueQuestionnaire,
        )],
    },
    CommandHelp {
        name: "assess",
        about: Msg::HelpAssessAbout,
        long: Some(Msg::HelpAssessLong),
        examples: Msg::HelpAssessExamples,
        args: &[
            takes(
                "department",
                Msg::HelpAssessDepartment,
                Msg::ValueDepartment,
            ),
            takes("respondent", Msg::HelpAssessRespondent, Msg::ValueName),
            QUESTIONNAIRE,
            takes("output", Msg::HelpAssessOutput, Msg::ValueFile),
            flag("plain", Msg::HelpAssessPlain),
        ],
    },
    CommandHelp {
        name: "score",
        about: Msg::HelpScoreAbout,
        long: Some(Msg::HelpScoreLong),
        examples: Msg::HelpScoreExamples,
        args: &[
            takes("answers", Msg::HelpScoreAnswers, Msg::ValueAnswers),
            QUESTIONNAIRE,
            takes("format", Msg::HelpScoreFormat, Msg::ValueFormat),
        ],
    },
    CommandHelp {
        name: "compare",
        about: Msg::HelpCompareAbout,
        long: Some(Msg::HelpCompareLong),
        examples: Msg::HelpCompareExamples,
        args: &[
            takes("answers", Msg::HelpCompareAnswers, Msg::ValueAnswers),
            QUESTIONNAIRE,
            takes("baseline", Msg::HelpCompareBaseline, Msg::ValueAnswers),
            BASELINE_QUESTIONNAIRE,
            flag("disagreements", Msg::HelpCompareDisagreements),
            flag("show_respondents", Msg::HelpCompareShowRespondents),
            takes("format", Msg::HelpCompareFormat, Msg::ValueFormat),
        ],
    },
    CommandHelp {
        name: "report",
        about: Msg::HelpReportAbout,
        long: Some(Msg::HelpReportLong),
        examples: Msg::HelpReportExamples,
        args: &[
            takes("answers", Msg::HelpReportAnswers, Msg::ValueAnswers),
            QUESTIONNAIRE,
            takes("output", Msg::HelpReportOutput, Msg::ValuePdfFile),
            flag("force", Msg::HelpReportForce),
            takes("organisation", Msg::HelpReportOrganisation, Msg::ValueName),
            takes("date", Msg::HelpReportDate, Msg::ValueDate),
            takes("baseline", Msg::HelpReportBaseline, Msg::ValueAnswers),
            BASELINE_QUESTIONNAIRE,
            flag("with_answers", Msg::HelpReportWithAnswers),
            flag("show_respondents", Msg::HelpReportShowRespondents),
            takes("min_group", Msg::HelpReportMinGroup, Msg::ValueCount),
        ],
    },
    CommandHelp {
        name: "form",
        about: Msg::HelpFormAbout,
        long: Some(Msg::HelpFormLong),
        examples: Msg::HelpFormExamples,
        args: &[
            QUESTIONNAIRE,
            takes("department", Msg::HelpFormDepartment, Msg::ValueDepartment),
            takes("respondent", Msg::HelpFormRespondent, Msg::ValueName),
            takes("format", Msg::HelpFormFormat, Msg::ValueFormat),
            takes("output", Msg::HelpFormOutput, Msg::ValueFile),
            flag("force", Msg::HelpFormForce),
        ],
    },
    CommandHelp {
        name: "demo",
        about: Msg::HelpDemoAbout,
        long: None,
        examples: Msg::HelpDemoExamples,
        args: &[
            takes("output", Msg::HelpDemoOutput, Msg::ValueFolder),
            takes("date", Msg::HelpDemoDate, Msg::ValueDate),
        ],
    },
    CommandHelp {
        name: "template",
        about: Msg::HelpTemplateAbout,
        long: Some(Msg::HelpTemplateLong),
        examples: Msg::HelpTemplateExamples,
        args: &[
            QUESTIONNAIRE,
            takes(
                "department",
                Msg::HelpTemplateDepartment,
                Msg::ValueDepartment,
            ),
            takes("respondent", Msg::HelpTemplateRespondent, Msg::ValueName),
            takes("output", Msg::HelpTemplateOutput, Msg::ValueWorkbookFile),
            takes("format", Msg::HelpTemplateFormat, Msg::ValueFormat),
            flag("force", Msg::HelpTemplateForce),
        ],
    },
    CommandHelp {
        name: "import",
        about: Msg::HelpImportAbout,
        long: Some(Msg::HelpImportLong),
        examples: Msg::HelpImportExamples,
        args: &[
            takes("files", Msg::HelpImportFiles, Msg::ValueWorkbooks),
            QUESTIONNAIRE,
            takes("output", Msg::HelpImportOutput, Msg::ValueFolder),
            flag("force", Msg::HelpImportForce),
        ],
    },
    CommandHelp {
        name: "questionnaire",
        about: Msg::HelpQuestionnaireAbout,
        long: Some(Msg::HelpQuestionnaireLong),
        examples: Msg::HelpQuestionnaireExamples,
        args: &[],
    },
    CommandHelp {
        name: "completions",
        about: Msg::HelpCompletionsAbout,
        long: None,
        examples: Msg::HelpCompletionsExamples,
        args: &[takes("shell", Msg::HelpCompletionsShell, Msg::ValueShell)],
    },
    CommandHelp {
        name: "man",
        about: Msg::HelpManAbout,
        long: None,
        examples: Msg::HelpManExamples,
        args: &[],
    },
    CommandHelp {
        name: "schema",
        about: Msg::HelpSchemaAbout,
        long: None,
        examples: Msg::HelpSchemaExamples,
        args: &[ArgHelp {
            id: "kind",
            help: Msg::HelpSchemaKind,
            value_name: Some(Msg::ValueKind),
            values: &[
                ValueHelp {
                    value: "questionnaire",
                    help: Msg::HelpSchemaKindQuestionnaire,
                },
                ValueHelp {
                    value: "answers",
                    help: Msg::HelpSchemaKindAnswers,
                },
            ],
        }],
    },
];

/// The help texts of the command `name` (`boussole` for the top one).
fn command_help(name: &str) -> Option<&'static CommandHelp> {
    COMMANDS.iter().find(|c| c.name == name)
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

/// [`version`], computed once: clap keeps a `&'static str`.
fn static_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(version)
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
    let mut cmd = Cli::command().version(static_version());
    // Off a terminal (a pipe, a test), wrap help at a fixed width so that it
    // reads the same everywhere.
    if !stdout_tty {
        cmd = cmd.term_width(100);
    }
    localise(cmd, lang, true, false)
}

/// The command line for shell completions: each option's help is its short
/// text alone (a completion menu has no room for "[par défaut : …]"), and
/// clap lists the possible values itself.
pub fn command_for_completions(lang: Lang) -> Command {
    localise(
        Cli::command().version(static_version()).term_width(100),
        lang,
        true,
        true,
    )
}

/// Puts the catalogue's texts in `lang` on `cmd` and its subcommands.
fn localise(mut cmd: Command, lang: Lang, top: bool, bare: bool) -> Command {
    let name = if top { "boussole" } else { cmd.get_name() }.to_string();
    let texts = command_help(&name);
    debug_assert!(texts.is_some(), "no help texts for the command {name}");
    if let Some(texts) = texts {
        let about = t(lang, texts.about);
        let long = texts
            .long
            .map(|long| format!("{about}\n\n{}", t(lang, long)));
        cmd = match long {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(None::<&str>),
        };
        cmd = cmd
            .about(about)
            .after_help(format!(
                "{}\n{}",
                t(lang, Msg::HelpExamplesHeading),
                t(lang, texts.examples)
            ))
            .mut_args(|arg| {
                let id = arg.get_id().as_str();
                let found = texts.args.iter().find(|a| a.id == id);
                debug_assert!(found.is_some(), "no help texts for {name} {id}");
                match found {
                    Some(texts) => localise_arg(arg, lang, texts, bare),
                    None => arg,
                }
            });
    }
    let template = template(&cmd, lang);
    cmd = cmd
        .help_template(template)
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t(lang, Msg::HelpFlagShort))
                .long_help(t(lang, Msg::HelpFlagLong))
                .global(false),
        );
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t(lang, Msg::HelpVersionFlag)),
        );
    }
    cmd.mut_subcommands(|sub| localise(sub, lang, false, bare))
}

/// clap's help layout with headings in `lang` (clap writes its own in
/// English): usage, then commands, arguments and options, each when there
/// are some, then the examples.
fn template(cmd: &Command, lang: Lang) -> String {
    let styles = cmd.get_styles();
    // Headings styled as clap styles its own (plain off a terminal).
    let (usage_style, header) = (styles.get_usage(), styles.get_header());
    let mut out = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}{usage_style:#} {{usage}}\n\n",
        t(lang, Msg::HelpUsageHeading)
    );
    let sections = [
        (
            cmd.has_subcommands(),
            Msg::HelpCommandsHeading,
            "subcommands",
        ),
        (
            cmd.get_positionals().next().is_some(),
            Msg::HelpArgumentsHeading,
            "positionals",
        ),
        (true, Msg::HelpOptionsHeading, "options"),
    ];
    let mut first = true;
    for (_, heading, tag) in sections.into_iter().filter(|s| s.0) {
        if !first {
            out.push_str("\n\n");
        }
        first = false;
        let _ = write!(out, "{header}{}{header:#}\n{{{tag}}}", t(lang, heading));
    }
    out.push_str("{after-help}");
    out
}

/// Puts `texts` in `lang` on `arg`, with its default and possible values
/// (which clap would write in English); `bare`: the help text alone.
fn localise_arg(mut arg: Arg, lang: Lang, texts: &ArgHelp, bare: bool) -> Arg {
    if let Some(name) = texts.value_name {
        arg = arg.value_name(t(lang, name));
    }
    let help = t(lang, texts.help);
    if bare {
        return arg.help(help);
    }
    let takes_values = arg.get_action().takes_values();
    let mut specs = Vec::new();
    if takes_values && !arg.get_default_values().is_empty() {
        let defaults: Vec<_> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy())
            .collect();
        specs.push(format!(
            "[{} {}]",
            t(lang, Msg::HelpDefault),
            defaults.join(" ")
        ));
    }
    let possible: Vec<PossibleValue> = if takes_values {
        arg.get_value_parser()
            .possible_values()
            .map(|values| values.filter(|v| !v.is_hide_set()).collect())
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut short_specs = specs.clone();
    let mut long_specs = specs;
    let mut long = help.to_string();
    if !possible.is_empty() {
        let names: Vec<&str> = possible.iter().map(PossibleValue::get_name).collect();
        let listed = format!(
            "[{} {}]",
            t(lang, Msg::HelpPossibleValues),
            names.join(", ")
        );
        short_specs.push(listed.clone());
        if texts.values.is_empty() {
            long_specs.push(listed);
        } else {
            // One line per value with its meaning, aligned as clap does.
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let _ = write!(long, "\n\n{}", t(lang, Msg::HelpPossibleValuesHeading));
            for name in &names {
                let meaning = texts
                    .values
                    .iter()
                    .find(|v| v.value == *name)
                    .map(|v| t(lang, v.help))
                    .unwrap_or_default();
                let pad = width - name.chars().count();
                let _ = write!(long, "\n- {name}: {:pad$}{meaning}", "");
            }
        }
    }
    let mut short = help.to_string();
    if !short_specs.is_empty() {
        let _ = write!(short, " {}", short_specs.join(" "));
    }
    if !long_specs.is_empty() {
        let _ = write!(long, "\n\n{}", long_specs.join("\n"));
    }
    arg = arg.help(short).long_help(long);
    if takes_values {
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg
}

/// clap's usage error `e` worded in `lang`: the problem, clap's suggestion,
/// the usage line and where to find help. Kinds this does not word (and
/// help or version output, which are not errors) keep clap's own text.
pub fn usage_error(lang: Lang, e: &clap::Error) -> String {
    let Some(message) = usage_problem(lang, e) else {
        return e.render().to_string();
    };
    let mut out = tf(lang, Msg::UsageError { message: &message });
    let tip = if let Some(similar) = e.get(ContextKind::SuggestedArg) {
        let (count, similar) = quoted_list(lang, similar);
        Some(tf(
            lang,
            Msg::UsageSimilarArgument {
                count: &count,
                similar: &similar,
            },
        ))
    } else if let Some(similar) = e.get(ContextKind::SuggestedValue) {
        let (count, similar) = quoted_list(lang, similar);
        Some(tf(
            lang,
            Msg::UsageSimilarValue {
                count: &count,
                similar: &similar,
            },
        ))
    } else if let Some(similar) = e.get(ContextKind::SuggestedSubcommand) {
        let (count, similar) = quoted_list(lang, similar);
        Some(tf(
            lang,
            Msg::UsageSimilarCommand {
                count: &count,
                similar: &similar,
            },
        ))
    } else {
        None
    };
    if let Some(tip) = tip {
        let _ = write!(out, "\n\n  {tip}");
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        // clap's usage line starts with its English heading.
        let usage = usage.to_string();
        let line = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        let _ = write!(out, "\n\n{} {line}", t(lang, Msg::HelpUsageHeading));
    }
    let _ = write!(
        out,
        "\n\n{}\n",
        tf(lang, Msg::UsageTryHelp { help: &"--help" })
    );
    out
}

/// The first line(s) of a usage error in `lang`, or `None` for a kind (or a
/// context) this module does not word.
fn usage_problem(lang: Lang, e: &clap::Error) -> Option<String> {
    let text = |key: ContextKind| match e.get(key) {
        Some(ContextValue::String(s)) => Some(crate::sanitize::terminal(s)),
        _ => None,
    };
    let list = |key: ContextKind| match e.get(key) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => Some(values.clone()),
        _ => None,
    };
    let problem = match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            let mut out = t(lang, Msg::UsageMissingArguments).to_string();
            for arg in list(ContextKind::InvalidArg)? {
                let _ = write!(out, "\n  {arg}");
            }
            out
        }
        ErrorKind::UnknownArgument => tf(
            lang,
            Msg::UsageUnknownArgument {
                arg: &text(ContextKind::InvalidArg)?,
            },
        ),
        ErrorKind::InvalidValue => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            let mut out = if value.is_empty() {
                tf(lang, Msg::UsageMissingValue { arg: &arg })
            } else {
                tf(
                    lang,
                    Msg::UsageInvalidValue {
                        value: &value,
                        arg: &arg,
                    },
                )
            };
            if let Some(values) = list(ContextKind::ValidValue) {
                let values = values.join(", ");
                let _ = write!(
                    out,
                    "\n  {}",
                    tf(lang, Msg::UsagePossibleValues { values: &values })
                );
            }
            out
        }
        ErrorKind::ValueValidation => {
            let arg = text(ContextKind::InvalidArg)?;
            let value = text(ContextKind::InvalidValue)?;
            let source = std::error::Error::source(e);
            let reason = match source.and_then(|s| s.downcast_ref::<crate::cli::NotACount>()) {
                Some(not_a_count) => Some(tf(
                    lang,
                    Msg::UsageNotACount {
                        min: &not_a_count.min,
                    },
                )),
                None => source.map(ToString::to_string),
            };
            match reason {
                Some(reason) => tf(
                    lang,
                    Msg::UsageInvalidValueBecause {
                        value: &value,
                        arg: &arg,
                        reason: &reason,
                    },
                ),
                None => tf(
                    lang,
                    Msg::UsageInvalidValue {
                        value: &value,
                        arg: &arg,
                    },
                ),
            }
        }
        ErrorKind::InvalidSubcommand => tf(
            lang,
            Msg::UsageUnknownCommand {
                command: &text(ContextKind::InvalidSubcommand)?,
            },
        ),
        ErrorKind::MissingSubcommand => {
            let mut out = tf(
                lang,
                Msg::UsageMissingCommand {
                    command: &text(ContextKind::InvalidSubcommand)?,
                },
            );
            if let Some(values) = list(ContextKind::ValidSubcommand) {
                let values = values.join(", ");
                let _ = write!(
                    out,
                    "\n  {}",
                    tf(lang, Msg::UsageCommands { values: &values })
                );
            }
            out
        }
        ErrorKind::ArgumentConflict => {
            let arg = text(ContextKind::InvalidArg)?;
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => {
                    tf(lang, Msg::UsageRepeated { arg: &arg })
                }
                Some(prior @ (ContextValue::String(_) | ContextValue::Strings(_))) => tf(
                    lang,
                    Msg::UsageConflict {
                        arg: &arg,
                        other: &prior,
                    },
                ),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(problem)
}

/// clap's suggestions, quoted the way `lang` quotes, and how many they are.
fn quoted_list(lang: Lang, value: &ContextValue) -> (usize, String) {
    let values = match value {
        ContextValue::Strings(values) => values.clone(),
        other => vec![other.to_string()],
    };
    let quoted: Vec<String> = values
        .iter()
        .map(|v| {
            tf(
                lang,
                Msg::UsageQuoted {
                    text: &crate::sanitize::terminal(v),
                },
            )
        })
        .collect();
    (quoted.len(), quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and argument clap knows, with its command's name.
    fn clap_tree() -> Vec<(String, Command)> {
        let mut out = Vec::new();
        let mut stack = vec![("boussole".to_string(), Cli::command())];
        while let Some((name, cmd)) = stack.pop() {
            stack.extend(
                cmd.get_subcommands()
                    .map(|s| (s.get_name().to_string(), s.clone())),
            );
            out.push((name, cmd));
        }
        out
    }

    #[test]
    fn every_command_and_argument_has_its_texts_and_no_text_is_stray() {
        let tree = clap_tree();
        let mut problems = Vec::new();
        let mut checked = 0;
        for (name, cmd) in &tree {
            let Some(texts) = command_help(name) else {
                problems.push(format!("no texts for the command {name}"));
                continue;
            };
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                let Some(a) = texts.args.iter().find(|a| a.id == id) else {
                    problems.push(format!("no texts for {name} {id}"));
                    continue;
                };
                checked += 1;
                if a.value_name.is_some() != arg.get_action().takes_values() {
                    problems.push(format!(
                        "{name} {id}: a placeholder name exactly when it takes a value"
                    ));
                }
                let possible: Vec<String> = arg
                    .get_value_parser()
                    .possible_values()
                    .map(|v| v.map(|v| v.get_name().to_string()).collect())
                    .unwrap_or_default();
                let explained: Vec<String> = a.values.iter().map(|v| v.value.to_string()).collect();
                if !explained.is_empty() && explained != possible {
                    problems.push(format!(
                        "{name} {id}: values {explained:?} explained, {possible:?} accepted"
                    ));
                }
            }
        }
        for texts in COMMANDS {
            let Some((_, cmd)) = tree.iter().find(|(n, _)| n == texts.name) else {
                problems.push(format!("texts for no command: {}", texts.name));
                continue;
            };
            for a in texts.args {
                if !cmd.get_arguments().any(|arg| arg.get_id() == a.id) {
                    problems.push(format!("texts for no argument: {} {}", texts.name, a.id));
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(tree.len(), COMMANDS.len());
        let declared: usize = COMMANDS.iter().map(|c| c.args.len()).sum();
        assert_eq!(checked, declared, "each argument's texts are used once");
    }

    #[test]
    fn help_shows_the_catalogue_texts_in_each_language() {
        for lang in [Lang::Fr, Lang::En] {
            let mut cmd = command(lang, false);
            cmd.build();
            let mut stack = vec![("boussole".to_string(), cmd)];
            let mut seen = 0;
            while let Some((name, cmd)) = stack.pop() {
                let texts = command_help(&name).unwrap();
                assert_eq!(
                    cmd.get_about().map(ToString::to_string).as_deref(),
                    Some(t(lang, texts.about)),
                    "{name}"
                );
                for arg in cmd.get_arguments() {
                    let id = arg.get_id().as_str();
                    if id == "help" || id == "version" {
                        continue;
                    }
                    // Global arguments live in the top command's texts.
                    let a = texts
                        .args
                        .iter()
                        .chain(command_help("boussole").unwrap().args)
                        .find(|a| a.id == id)
                        .unwrap();
                    let help = arg.get_help().unwrap().to_string();
                    assert!(help.starts_with(t(lang, a.help)), "{name} {id}: {help}");
                    let names: Vec<String> = arg
                        .get_value_names()
                        .unwrap_or_default()
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    if let Some(value_name) = a.value_name {
                        assert_eq!(names, [t(lang, value_name)], "{name} {id}");
                    }
                    seen += 1;
                }
                stack.extend(
                    cmd.get_subcommands()
                        .map(|s| (s.get_name().to_string(), s.clone())),
                );
            }
            assert!(seen > 40, "{seen} arguments seen");
        }
    }

    #[test]
    fn the_same_option_reads_differently_where_it_means_something_else() {
        let help = |lang, sub: &str| {
            let mut cmd = command(lang, false);
            cmd.find_subcommand_mut(sub)
                .unwrap()
                .render_help()
                .to_string()
        };
        for (sub, en, fr) in [
            ("report", "PDF file to write", "Fichier PDF à écrire"),
            (
                "demo",
                "Folder to write the sample",
                "Dossier où écrire la campagne",
            ),
            (
                "import",
                "Folder to write the answers files",
                "Dossier où écrire les fichiers",
            ),
            ("assess", "Answers file to write", "Fichier de réponses"),
        ] {
            assert!(help(Lang::En, sub).contains(en), "{sub}");
            assert!(help(Lang::Fr, sub).contains(fr), "{sub}");
        }
        assert!(
            help(Lang::Fr, "report").contains("[par\u{a0}défaut\u{a0}: 3]"),
            "the default value is given in French"
        );
    }

    #[test]
    fn clap_s_english_words_do_not_leak_into_french_help() {
        let mut cmd = command(Lang::Fr, false);
        cmd.build();
        let mut helps = vec![
            ("boussole".to_string(), cmd.render_help().to_string()),
            ("boussole".to_string(), cmd.render_long_help().to_string()),
        ];
        for sub in cmd.get_subcommands_mut() {
            let name = sub.get_name().to_string();
            helps.push((name.clone(), sub.render_help().to_string()));
            helps.push((name, sub.render_long_help().to_string()));
        }
        assert_eq!(helps.len(), 2 * COMMANDS.len());
        for (name, text) in helps {
            assert!(text.contains("Options :"), "{name}:\n{text}");
            for english in [
                "Usage",
                "Options:",
                "Arguments:",
                "Commands",
                "[default",
                "ossible values",
                "Print",
            ] {
                assert!(!text.contains(english), "{name}: {english} in\n{text}");
            }
        }
    }

    /// The usage error for `args` in `lang`.
    fn error(lang: Lang, args: &[&str]) -> (ErrorKind, String) {
        let e = command(lang, false)
            .try_get_matches_from(std::iter::once("boussole").chain(args.iter().copied()))
            .unwrap_err();
        (e.kind(), usage_error(lang, &e))
    }

    #[test]
    fn a_missing_argument_is_named_in_the_users_language() {
        let (kind, fr) = error(Lang::Fr, &["score"]);
        assert_eq!(kind, ErrorKind::MissingRequiredArgument);
        assert_eq!(
            fr,
            "erreur\u{a0}: arguments obligatoires manquants\u{a0}:\n  <REPONSES>...\n\n\
             Utilisation : boussole score <REPONSES>...\n\n\
             Pour en savoir plus, essayez «\u{a0}--help\u{a0}».\n"
        );
        let (_, en) = error(Lang::En, &["report", "answers/"]);
        assert_eq!(
            en,
            "error: the following required arguments were not provided:\n  --output <FILE.pdf>\n\n\
             Usage: boussole report --output <FILE.pdf> <ANSWERS>...\n\n\
             For more information, try '--help'.\n"
        );
    }

    #[test]
    fn an_unknown_argument_comes_with_clap_s_suggestion() {
        let (kind, fr) = error(Lang::Fr, &["score", "r/", "--formt", "json"]);
        assert_eq!(kind, ErrorKind::UnknownArgument);
        assert!(
            fr.starts_with(
                "erreur\u{a0}: argument inattendu «\u{a0}--formt\u{a0}»\n\n  \
                 astuce\u{a0}: un argument proche existe\u{a0}: «\u{a0}--format\u{a0}»\n\n\
                 Utilisation : boussole score"
            ),
            "{fr}"
        );
        let (_, en) = error(Lang::En, &["score", "r/", "--formt", "json"]);
        assert!(
            en.starts_with(
                "error: unexpected argument '--formt' found\n\n  \
                 tip: a similar argument exists: '--format'\n\nUsage: boussole score"
            ),
            "{en}"
        );
    }

    #[test]
    fn an_invalid_value_lists_the_possible_ones() {
        let (kind, fr) = error(Lang::Fr, &["score", "r/", "--format", "jsn"]);
        assert_eq!(kind, ErrorKind::InvalidValue);
        assert!(
            fr.starts_with(
                "erreur\u{a0}: valeur invalide «\u{a0}jsn\u{a0}» pour «\u{a0}--format <FORMAT>\u{a0}»\n  \
                 [valeurs possibles\u{a0}: table, json, csv]\n\n  \
                 astuce\u{a0}: une valeur proche existe\u{a0}: «\u{a0}json\u{a0}»"
            ),
            "{fr}"
        );
        let (_, en) = error(Lang::En, &["--lang", "de", "check"]);
        assert!(
            en.starts_with(
                "error: invalid value 'de' for '--lang <LANG>'\n  [possible values: fr, en]\n"
            ),
            "{en}"
        );
        let (kind, en) = error(
            Lang::En,
            &["report", "r/", "-o", "x.pdf", "--min-group", "0"],
        );
        assert_eq!(kind, ErrorKind::ValueValidation);
        assert!(
            en.starts_with(
                "error: invalid value '0' for '--min-group <N>': \
                 expected a whole number of at least 1\n"
            ),
            "{en}"
        );
        let (_, fr) = error(
            Lang::Fr,
            &["report", "r/", "-o", "x.pdf", "--min-group", "deux"],
        );
        assert!(
            fr.starts_with(
                "erreur\u{a0}: valeur invalide «\u{a0}deux\u{a0}» pour «\u{a0}--min-group <N>\u{a0}»\u{a0}: \
                 un nombre entier d’au moins 1 est attendu\n"
            ),
            "{fr}"
        );
    }

    #[test]
    fn unknown_and_missing_commands() {
        let (kind, fr) = error(Lang::Fr, &["scroe"]);
        assert_eq!(kind, ErrorKind::InvalidSubcommand);
        assert!(
            fr.starts_with(
                "erreur\u{a0}: commande inconnue «\u{a0}scroe\u{a0}»\n\n  \
                 astuce\u{a0}: des commandes proches existent\u{a0}: «\u{a0}schema\u{a0}», «\u{a0}score\u{a0}»"
            ),
            "{fr}"
        );
        let (kind, en) = error(Lang::En, &["--color", "never"]);
        assert_eq!(kind, ErrorKind::MissingSubcommand);
        assert!(
            en.starts_with(
                "error: 'boussole' requires a subcommand but one was not provided\n  \
                 [subcommands: check, assess, score,"
            ),
            "{en}"
        );
        let (_, fr) = error(Lang::Fr, &["--color", "never"]);
        assert!(
            fr.starts_with("erreur\u{a0}: «\u{a0}boussole\u{a0}» attend une commande"),
            "{fr}"
        );
    }

    #[test]
    fn a_repeated_option_is_refused_in_the_users_language() {
        let (kind, fr) = error(
            Lang::Fr,
            &[
                "report",
                "r/",
                "-o",
                "a.pdf",
                "--date",
                "2026-01-01",
                "--date",
                "2026-01-02",
            ],
        );
        assert_eq!(kind, ErrorKind::ArgumentConflict);
        assert!(
            fr.starts_with(
                "erreur\u{a0}: l’argument «\u{a0}--date <AAAA-MM-JJ>\u{a0}» ne peut être donné qu’une fois"
            ),
            "{fr}"
        );
    }

    #[test]
    fn help_and_version_keep_clap_s_text() {
        let e = command(Lang::Fr, false)
            .try_get_matches_from(["boussole", "score", "--help"])
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::DisplayHelp);
        let text = usage_error(Lang::Fr, &e);
        assert!(text.contains("Utilisation : boussole score"), "{text}");
        assert_eq!(text, e.render().to_string());
    }

    #[test]
    fn user_text_in_an_error_cannot_drive_the_terminal() {
        let (_, fr) = error(Lang::Fr, &["score", "r/", "--x\u{1b}[2J"]);
        assert!(!fr.contains('\u{1b}'), "{fr:?}");
    }

    #[test]
    fn version_names_the_questionnaire() {
        let (name, text) = crate::defaults::questionnaire(crate::i18n::Lang::Fr);
        let q = crate::load::questionnaire_from_str(text, name, crate::i18n::Lang::Fr).unwrap();
        let expected = format!("questionnaire {} {}", q.id, q.version);
        assert!(version().contains(&expected), "{}", version());
        assert_eq!(static_version(), version());
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
