//! The command line, as clap derive structs. No logic here: commands turn
//! these into their own options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Auto-évaluation de la gouvernance de l’IA dans une collectivité territoriale.
#[derive(Debug, Parser)]
#[command(
    name = "boussole",
    version,
    about = "Auto-évaluation de la gouvernance de l’IA dans une collectivité : questionnaire, scores, comparaisons, rapport PDF pour les élus",
    long_about = None,
)]
pub struct Cli {
    /// Langue des messages : fr ou en (par défaut : celle du questionnaire)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// Couleurs dans le terminal
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
    /// Questionnaire YAML (par défaut : le questionnaire intégré ia-gouvernance)
    #[arg(short = 'q', long = "questionnaire", value_name = "FICHIER")]
    pub questionnaire: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Valide un questionnaire et en affiche le résumé
    Check {
        /// Questionnaire YAML (par défaut : le questionnaire intégré)
        #[arg(value_name = "QUESTIONNAIRE")]
        questionnaire: Option<PathBuf>,
    },

    /// Fait répondre une personne au questionnaire dans le terminal (reprise possible)
    Assess(AssessArgs),

    /// Calcule les scores de l’organisation, des thèmes et des directions
    Score {
        /// Fichiers de réponses ou dossiers (lus récursivement)
        #[arg(required = true, value_name = "REPONSES")]
        answers: Vec<PathBuf>,
        #[command(flatten)]
        questionnaire: QuestionnaireArg,
        /// Format de sortie
        #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
        format: ScoreFormat,
    },

    /// Compare les directions entre elles et avec une campagne antérieure
    Compare(CompareArgs),

    /// Écrit le rapport PDF destiné aux élus
    Report(ReportArgs),

    /// Écrit le formulaire à remplir dans un navigateur, hors ligne (un seul fichier HTML)
    Form(FormArgs),

    /// Écrit une campagne d’exemple et son rapport, sans autre donnée
    Demo {
        /// Dossier de sortie
        #[arg(
            short = 'o',
            long = "output",
            value_name = "DOSSIER",
            default_value = "boussole-demo"
        )]
        output: PathBuf,
        /// Date du rapport (AAAA-MM-JJ)
        #[arg(long, value_name = "AAAA-MM-JJ")]
        date: Option<String>,
    },

    /// Écrit un classeur à remplir (XLSX pour Excel, ODS pour LibreOffice)
    Template(TemplateArgs),

    /// Relit des classeurs remplis et écrit un fichier de réponses par classeur
    Import(ImportArgs),

    /// Écrit le questionnaire intégré (à conserver avec chaque campagne, ou à adapter)
    Questionnaire,

    /// Écrit le script de complétion pour un shell (bash, zsh, fish, powershell, elvish)
    Completions {
        /// Le shell
        #[arg(value_enum)]
        shell: Shell,
    },

    /// Écrit la page de manuel (roff)
    Man,

    /// Écrit le schéma JSON d’un format de fichier, pour les éditeurs (VS Code…)
    Schema {
        /// Le format : questionnaire ou answers
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
    /// Le format des questionnaires
    Questionnaire,
    /// Le format des fichiers de réponses
    Answers,
}

/// `boussole assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Direction de la personne qui répond (ex. « Direction des finances »)
    #[arg(short = 'd', long, value_name = "DIRECTION")]
    pub department: String,
    /// Nom de la personne qui répond (facultatif ; n’apparaît pas dans le rapport sauf demande)
    #[arg(short = 'r', long, value_name = "NOM")]
    pub respondent: Option<String>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Fichier de réponses (par défaut : dérivé de la direction et du nom)
    #[arg(short = 'o', long = "output", value_name = "FICHIER")]
    pub output: Option<PathBuf>,
    /// Questions en lignes simples, choix numérotés (lecteurs d’écran ; automatique si TERM=dumb)
    #[arg(long)]
    pub plain: bool,
}

/// `boussole compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Fichiers de réponses ou dossiers de la campagne actuelle
    #[arg(required = true, value_name = "REPONSES")]
    pub answers: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Réponses d’une campagne antérieure (fichiers ou dossiers)
    #[arg(long, num_args = 1.., value_name = "REPONSES")]
    pub baseline: Vec<PathBuf>,
    /// Questionnaire de la campagne antérieure (par défaut : la version intégrée que nomment ses réponses, sinon le même)
    #[arg(long, value_name = "FICHIER")]
    pub baseline_questionnaire: Option<PathBuf>,
    /// Liste les questions où les réponses d’une direction divergent de 2 niveaux ou plus
    #[arg(long)]
    pub disagreements: bool,
    /// Montre les noms des répondants (anonymes par défaut)
    #[arg(long)]
    pub show_respondents: bool,
    /// Format de sortie
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
}

/// `boussole report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Fichiers de réponses ou dossiers
    #[arg(required = true, value_name = "REPONSES")]
    pub answers: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Fichier PDF à écrire (« - » : la sortie standard)
    #[arg(short = 'o', long = "output", value_name = "FICHIER.pdf")]
    pub output: PathBuf,
    /// Remplace le fichier de sortie même s’il n’est pas un rapport de boussole
    #[arg(long)]
    pub force: bool,
    /// Nom de la collectivité, sur la couverture
    #[arg(long, value_name = "NOM")]
    pub organisation: Option<String>,
    /// Date de la campagne (AAAA-MM-JJ ; par défaut la plus récente des réponses)
    #[arg(long, value_name = "AAAA-MM-JJ")]
    pub date: Option<String>,
    /// Réponses d’une campagne antérieure, pour montrer l’évolution
    #[arg(long, num_args = 1.., value_name = "REPONSES")]
    pub baseline: Vec<PathBuf>,
    /// Questionnaire de la campagne antérieure (par défaut : la version intégrée que nomment ses réponses, sinon le même)
    #[arg(long, value_name = "FICHIER")]
    pub baseline_questionnaire: Option<PathBuf>,
    /// Ajoute en annexe toutes les réponses et commentaires, par direction
    #[arg(long)]
    pub with_answers: bool,
    /// Montre les noms des répondants dans l’annexe
    #[arg(long)]
    pub show_respondents: bool,
    /// Aucun détail par répondant (réponses, commentaires, écarts) pour une direction de moins de N répondants
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    pub min_group: u32,
}

/// `boussole form`.
#[derive(Debug, Args)]
pub struct FormArgs {
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Direction qui répond : le champ « Direction » est prérempli et verrouillé
    #[arg(short = 'd', long, value_name = "DIRECTION")]
    pub department: Option<String>,
    /// Nom de la personne qui répond, prérempli (facultatif)
    #[arg(short = 'r', long, value_name = "NOM")]
    pub respondent: Option<String>,
    /// Format : html (formulaire à remplir dans un navigateur) ou pdf (questionnaire papier)
    #[arg(long, value_enum, default_value_t = FormFormat::Html)]
    pub format: FormFormat,
    /// Fichier à écrire (« - » : la sortie standard)
    #[arg(short = 'o', long = "output", value_name = "FICHIER")]
    pub output: PathBuf,
    /// Remplace un fichier existant qui n’est pas un formulaire boussole
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
    /// Direction, pré-remplie dans le classeur
    #[arg(short = 'd', long, value_name = "DIRECTION")]
    pub department: Option<String>,
    /// Nom de la personne qui répond, pré-rempli dans le classeur
    #[arg(short = 'r', long, value_name = "NOM")]
    pub respondent: Option<String>,
    /// Classeur à écrire (.xlsx ou .ods)
    #[arg(short = 'o', long = "output", value_name = "FICHIER.xlsx|FICHIER.ods")]
    pub output: PathBuf,
    /// Format (par défaut : d’après l’extension du fichier)
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,
    /// Remplace un fichier existant (un classeur déjà rempli, par exemple)
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
    /// Classeurs remplis (.xlsx ou .ods)
    #[arg(required = true, value_name = "CLASSEURS")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub questionnaire: QuestionnaireArg,
    /// Dossier où écrire les fichiers de réponses
    #[arg(short = 'o', long = "output", value_name = "DOSSIER")]
    pub output: PathBuf,
    /// Remplace les fichiers de réponses qui existent déjà
    #[arg(long)]
    pub force: bool,
}
