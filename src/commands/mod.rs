//! One module per subcommand: load → score → render → write.
//!
//! [`run_args`] is what `boussole::run` calls: it parses the command line
//! and runs [`run`], which takes the parsed command line, the environment
//! and the two output streams, so tests can run any command in memory.

pub mod assess;
pub mod check;
pub mod compare;
pub mod demo;
pub mod form;
pub mod import;
pub mod meta;
pub mod report;
pub mod score;
pub mod template;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::{Cli, ColorChoice, Command, LangArg};
use crate::env::Env;
pub use crate::failure::Failure;
use crate::i18n::{Lang, Msg, tf};
use crate::load;
use crate::model::{AnswerSheet, Date, Questionnaire};

/// What every command gets from the outside world.
pub struct Ctx<'a> {
    /// The date, locale, limits and terminal, read once by `main`.
    pub env: Env,
    /// `--lang`, when given.
    pub lang_override: Option<Lang>,
    /// Colour on this output.
    pub color: bool,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Ctx<'_> {
    /// The language for messages before a questionnaire is known.
    pub fn early_lang(&self) -> Lang {
        self.lang_override.unwrap_or(self.env.lang)
    }

    /// The language for messages once the questionnaire is known.
    pub fn lang(&self, q: &Questionnaire) -> Lang {
        self.lang_override.unwrap_or(q.lang)
    }

    /// The width tables may take on stdout, when it is a terminal.
    pub fn width(&self) -> Option<u16> {
        self.env.stdout_width
    }

    /// Loads `-q FILE`, or the embedded default questionnaire (French, or its
    /// English twin under `--lang en`).
    pub fn questionnaire(&self, path: Option<&Path>) -> Result<Questionnaire, Failure> {
        match path {
            Some(p) => Ok(load::questionnaire_from_path_with(
                p,
                &p.display().to_string(),
                self.lang_override,
                &self.load_options(self.early_lang()),
            )?),
            None => {
                let (name, text) =
                    crate::defaults::questionnaire(self.lang_override.unwrap_or(Lang::Fr));
                Ok(load::questionnaire_from_str(text, name, self.early_lang())?)
            }
        }
    }

    /// The questionnaire for a campaign: the one given, else the embedded
    /// version the answers name when it is an archived version of the
    /// default (a campaign answered on 2026.1 still scores), else the
    /// default.
    pub fn questionnaire_for(
        &self,
        path: Option<&Path>,
        answers: &[PathBuf],
    ) -> Result<Questionnaire, Failure> {
        let q = self.questionnaire(path)?;
        if path.is_some() {
            return Ok(q);
        }
        match compare::answered_version(answers, self.lang(&q)) {
            Some((id, version)) if id == q.id && version != q.version => {
                match crate::defaults::archived(&id, &version, q.lang) {
                    Some((name, text)) => {
                        Ok(load::questionnaire_from_str(text, name, self.lang(&q))?)
                    }
                    None => Ok(q),
                }
            }
            _ => Ok(q),
        }
    }

    /// Loads answers files and folders against a questionnaire.
    pub fn answers(
        &mut self,
        q: &Questionnaire,
        inputs: &[PathBuf],
    ) -> Result<Vec<AnswerSheet>, Failure> {
        let sheets = load::load_answers(inputs, q, &self.load_options(self.lang(q)))?;
        self.warn_duplicates(q, &sheets);
        Ok(sheets)
    }

    /// How to read input files: messages in `lang`, the size limit, and a
    /// progress bar only when stderr is a terminal.
    pub fn load_options(&self, lang: Lang) -> load::Options {
        load::Options {
            lang,
            max_file_bytes: self.env.max_file_bytes,
            progress: self.env.stderr_tty,
        }
    }

    /// The report's date: `--date`, else the latest date in the answers,
    /// else today, and then a note on stderr says so, since the same inputs
    /// give another report another day.
    pub fn report_date(&mut self, given: Option<Date>, latest: Option<Date>, lang: Lang) -> Date {
        if let Some(date) = given.or(latest) {
            return date;
        }
        let today = self.env.today;
        let _ = writeln!(
            self.err,
            "boussole: {}",
            tf(lang, Msg::ReportDateFromClock { date: &today })
        );
        today
    }

    /// Warns (on stderr) about two files of one respondent in one department,
    /// the usual trace of a file saved twice: both would count.
    fn warn_duplicates(&mut self, q: &Questionnaire, sheets: &[AnswerSheet]) {
        let lang = self.lang(q);
        let mut seen: std::collections::HashMap<(String, String), usize> =
            std::collections::HashMap::new();
        for (i, s) in sheets.iter().enumerate() {
            let Some(r) = &s.respondent else { continue };
            let key = (
                crate::scoring::department_key(&s.department),
                crate::scoring::department_key(r),
            );
            if let Some(&first) = seen.get(&key) {
                let _ = writeln!(
                    self.err,
                    "{}",
                    tf(
                        lang,
                        Msg::WarnDuplicateRespondent {
                            first: &sheets[first].source,
                            second: &s.source,
                            respondent: r,
                            department: &s.department
                        }
                    )
                );
            } else {
                seen.insert(key, i);
            }
        }
    }
}

/// Whether to colour stdout: `--color`, then `NO_COLOR`, then whether it is a terminal.
pub fn use_color(choice: ColorChoice, env: &Env) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !env.no_color && env.stdout_tty,
    }
}

/// The whole program once `main` has read the environment: parses `args`
/// with the localised command line, runs the command, and returns the exit
/// status (0 success, 1 failure, 2 usage error). Help and version go to
/// `out`, usage errors to `err`.
pub fn run_args(
    args: Vec<std::ffi::OsString>,
    env: Env,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let lang = crate::help::lang_from_args(&args, env.lang);
    let parsed = crate::help::command(lang, env.stdout_tty)
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    match parsed {
        Ok(cli) => run(cli, env, out, err),
        // A usage error, worded in the user's language: exit 2.
        Err(e) if e.use_stderr() => {
            let _ = write!(err, "{}", crate::help::usage_error(lang, &e));
            let _ = err.flush();
            2
        }
        // --help and --version are not errors.
        Err(e) => {
            let styled = e.render();
            let _ = if env.stdout_tty && !env.no_color {
                write!(out, "{}", styled.ansi())
            } else {
                write!(out, "{styled}")
            };
            let _ = out.flush();
            0
        }
    }
}

/// Runs a parsed command line in `env`; returns the process exit status.
pub fn run(cli: Cli, env: Env, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let color = use_color(cli.color, &env);
    let lang_override = cli.lang.map(|l| match l {
        LangArg::Fr => Lang::Fr,
        LangArg::En => Lang::En,
    });
    let mut ctx = Ctx {
        env,
        lang_override,
        color,
        out,
        err,
    };
    let result = match cli.command {
        Command::Check { questionnaire } => check::run(&mut ctx, questionnaire.as_deref()),
        Command::Score {
            answers,
            questionnaire,
            format,
        } => score::run(
            &mut ctx,
            &answers,
            questionnaire.questionnaire.as_deref(),
            format,
        ),
        Command::Compare(args) => compare::run(&mut ctx, &args),
        Command::Completions { shell } => meta::completions(&mut ctx, shell),
        Command::Man => meta::man(&mut ctx),
        Command::Questionnaire => meta::questionnaire(&mut ctx),
        Command::Schema { kind } => meta::schema(&mut ctx, kind),
        Command::Assess(args) => assess::run(&mut ctx, &args),
        Command::Report(args) => report::run(&mut ctx, &args),
        Command::Template(args) => template::run(&mut ctx, &args),
        Command::Import(args) => import::run(&mut ctx, &args),
        Command::Form(args) => form::run(&mut ctx, &args),
        Command::Demo { output, date } => demo::run(&mut ctx, &output, date.as_deref()),
    };
    match result {
        Ok(()) => match ctx.out.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                let _ = writeln!(ctx.err, "boussole: {e}");
                1
            }
            _ => 0,
        },
        Err(failure) => {
            report_failure(&mut ctx, failure);
            1
        }
    }
}

/// Problems shown for one file; beyond, a count: 100,000 bad keys must not
/// flood the terminal, and the first ones are what to fix first.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

fn report_failure(ctx: &mut Ctx, failure: Failure) {
    let lang = ctx.early_lang();
    match failure {
        Failure::Load(errors) => {
            let mut count = 0;
            for e in &errors {
                count += e.diagnostics.len();
                if e.diagnostics.len() > MAX_PROBLEMS_PER_FILE {
                    let first = crate::load::LoadError {
                        path: e.path.clone(),
                        diagnostics: e.diagnostics[..MAX_PROBLEMS_PER_FILE].to_vec(),
                    };
                    let _ = writeln!(ctx.err, "{first}");
                    let more = e.diagnostics.len() - MAX_PROBLEMS_PER_FILE;
                    let _ = writeln!(
                        ctx.err,
                        "{}",
                        tf(
                            lang,
                            Msg::SumMoreProblems {
                                path: &crate::sanitize::terminal_cow(&e.path),
                                count: &more
                            }
                        )
                    );
                } else {
                    let _ = writeln!(ctx.err, "{e}");
                }
            }
            if count > 1 || errors.len() > 1 {
                let _ = writeln!(
                    ctx.err,
                    "{}",
                    tf(
                        lang,
                        Msg::SumFilesErrors {
                            count: &count,
                            files: &errors.len()
                        }
                    )
                );
            }
        }
        Failure::Write { lang, path, source } => {
            let message = tf(
                lang,
                Msg::IoWrite {
                    path: &crate::sanitize::terminal_cow(&path),
                    error: &crate::ioerr::describe(lang, &source),
                },
            );
            let _ = writeln!(ctx.err, "boussole: {message}");
        }
        Failure::Message(m) => {
            let _ = writeln!(ctx.err, "boussole: {}", crate::sanitize::terminal_cow(&m));
        }
        Failure::Problems(problems) => {
            for p in &problems {
                let _ = writeln!(ctx.err, "{p}");
            }
            let _ = writeln!(
                ctx.err,
                "{}",
                tf(
                    lang,
                    Msg::SumNothingWritten {
                        count: &problems.len()
                    }
                )
            );
        }
    }
}

/// Writes command output to stdout; a closed pipe (`| head`) is not an error.
pub fn emit(ctx: &mut Ctx, text: &str) -> Result<(), Failure> {
    match ctx.out.write_all(text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Message(e.to_string())),
    }
}
