//! The command line, as clap derive structs. No logic here: commands turn
//! these into their own options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The whole command line. Help texts are not here: [`crate::help`] takes
/// them from the message catalogue, in French or English, and checks that
/// every command and argument below has them.
#[derive(Debug, Parser)]
#[command(name = "boussole", version)]
pub struct Cli {
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The questionnaire option shared by every command.
#[derive(Debug, Clone, Args)]
pub struct QuestionnaireArg {
    #[arg(short = 'q', long = "questionnaire")]
    pub questionnaire: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check {
        questionnaire: Option<PathBuf>,
    },

    Assess(AssessArgs),

    Score {
        #[arg(required = true)]
        answers: Vec<PathBuf>,
        #[command(flatten)]
        questionnaire: QuestionnaireArg,
        #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
        format: ScoreFormat,
    },

    Compare(CompareArgs),

    Report(ReportArgs),

    Form(FormArgs),

    Demo {
        #[arg(short = 'o', long = "output", default_value = "boussole-demo")]
        output: PathBuf,
        #[arg(long)]
        date: Option<String>,
    },

    Template(TemplateArgs),

    Import(ImportArgs),

    Questionnaire,

    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },

    Man,

    Schema {
        #[arg(value_enum)]
        kind: SchemaKind,
    },
}

/// `completions SHELL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// `schema KIND`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Questionnaire,
    Answers,
}

/// `boussole assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    #[arg(short = 'd', long)]
    pub department: String,
    #[arg(short = 'r', long)]
    pub respondent: Option<String>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub plain: bool,
}

/// `boussole compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    #[arg(required = true)]
    pub answers: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(long, num_args = 1..)]
    pub baseline: Vec<PathBuf>,
    #[arg(long)]
    pub baseline_questionnaire: Option<PathBuf>,
    #[arg(long)]
    pub disagreements: bool,
    #[arg(long)]
    pub show_respondents: bool,
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
}

/// `boussole report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(required = true)]
    pub answers: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub organisation: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, num_args = 1..)]
    pub baseline: Vec<PathBuf>,
    #[arg(long)]
    pub baseline_questionnaire: Option<PathBuf>,
    #[arg(long)]
    pub with_answers: bool,
    #[arg(long)]
    pub show_respondents: bool,
    #[arg(long, default_value_t = 3, value_parser = at_least_one)]
    pub min_group: u32,
}

/// `boussole form`.
#[derive(Debug, Args)]
pub struct FormArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(short = 'd', long)]
    pub department: Option<String>,
    #[arg(short = 'r', long)]
    pub respondent: Option<String>,
    #[arg(long, value_enum, default_value_t = FormFormat::Html)]
    pub format: FormFormat,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
}

/// `form --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormFormat {
    Html,
    Pdf,
}

/// `score --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Table,
    Json,
    Csv,
}

/// `compare --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Json,
    Csv,
    Md,
}

/// `boussole template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(short = 'd', long)]
    pub department: Option<String>,
    #[arg(short = 'r', long)]
    pub respondent: Option<String>,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,
    #[arg(long)]
    pub force: bool,
}

/// `template --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    Xlsx,
    Ods,
}

/// `boussole import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
    #[arg(long)]
    pub force: bool,
}

/// A whole number of at least 1 (`--min-group`). The error is typed so that
/// usage errors can word it in the user's language (`help::usage_error`).
pub fn at_least_one(text: &str) -> Result<u32, NotACount> {
    match text.trim().parse::<u32>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(NotACount { min: 1 }),
    }
}

/// A value that is not a whole number of at least `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotACount {
    pub min: u32,
}

impl std::fmt::Display for NotACount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected a whole number of at least {}", self.min)
    }
}

impl std::error::Error for NotACount {}
