//! `boussole assess`: one respondent answers the questionnaire in the
//! terminal, one question at a time (SPEC §5).
//!
//! The answers file is rewritten atomically after every answer, so that
//! Ctrl-C, a closed window or `kill -9` loses nothing already answered, and
//! running the same command again resumes at the first unanswered question.
//! An existing file is only ever resumed if it was made for the same
//! questionnaire, version, department (and respondent): anything else is
//! refused and left untouched.
//!
//! The session talks to the respondent through the [`prompt::Prompter`]
//! trait: [`terminal::Terminal`] (inquire) in real use,
//! [`scripted::Scripted`] in tests.

pub mod plain;
pub mod prompt;
pub mod scripted;
pub mod terminal;

use std::path::{Path, PathBuf};

use comfy_table::{Cell, CellAlignment};

use crate::answers_file;
use crate::atomic;
use crate::cli::AssessArgs;
use crate::commands::{Ctx, Failure, emit};
use crate::i18n::{Lang, Msg, t, tf};
use crate::load;
use crate::model::{Answer, AnswerSheet, Date, Question, Questionnaire};
use crate::render::{self, table};
use crate::scoring;
use prompt::{MenuItem, PromptError, Prompter, SelectRequest, TextRequest};

/// Longest slug kept from a department or respondent name.
const SLUG_MAX: usize = 60;
/// Text never runs wider than this, even on a very wide terminal: long lines
/// are hard to read.
const MAX_WIDTH: usize = 100;
/// Nor narrower than this: below, the terminal wraps what we cannot.
const MIN_WIDTH: usize = 20;
/// The window height assumed when it cannot be read.
const ASSUMED_ROWS: usize = 24;

/// Runs `boussole assess` on the terminal.
pub fn run(ctx: &mut Ctx, args: &AssessArgs) -> Result<(), Failure> {
    let q = ctx.questionnaire(args.questionnaire.questionnaire.as_deref())?;
    let lang = ctx.lang(&q);
    // Find (and vet) the answers file first: a foreign file is refused even
    // without a terminal.
    let plan = prepare(ctx, args, &q, Path::new(""))?;
    // `--plain` reads lines from standard input, whatever it is (a screen
    // reader's terminal, or a script): at its end the session stops, saved.
    let dumb = ctx.env.dumb_terminal;
    if args.plain {
        #[cfg(unix)]
        end_on_signals_and_hangup(ctx.env.stdin_tty);
        let mut prompter = plain::Plain::new(lang, ctx.env.columns);
        return session(ctx, &q, plan, &mut prompter);
    }
    // inquire reads the keyboard from the terminal itself, even when stdin
    // is redirected: without this check a piped `assess` would hang.
    if !ctx.env.stdin_tty {
        return Err(Failure::Message(t(lang, Msg::AssessNotTty).to_string()));
    }
    // The questions are drawn on stderr: redirected, the respondent would
    // see nothing and the session would wait for keys forever.
    if !ctx.env.stderr_tty {
        return Err(Failure::Message(
            t(lang, Msg::AssessStderrNotTty).to_string(),
        ));
    }
    #[cfg(unix)]
    end_on_signals_and_hangup(true);
    if dumb {
        let mut prompter = plain::Plain::new(lang, ctx.env.columns);
        return session(ctx, &q, plan, &mut prompter);
    }
    let styled = ctx.env.stderr_tty && !ctx.env.no_color;
    let mut terminal = terminal::Terminal::new(lang, styled, ctx.env.columns);
    session(ctx, &q, plan, &mut terminal)
}

/// On SIGTERM or SIGHUP, or when the terminal goes away (a closed window
/// hangs it up: reads then fail at once, and a prompt library would spin on
/// them for ever), put the terminal back in its normal mode and exit with
/// 128 + the signal (SIGHUP for a lost terminal). Every answer given is
/// already on disk, so there is nothing else to save. Nothing here may
/// panic: writing to a dead terminal fails, and a panic would kill this
/// thread and leave the process deaf to signals.
#[cfg(unix)]
fn end_on_signals_and_hangup(watch_terminal: bool) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    fn end(signal: i32) -> ! {
        use std::io::Write;
        let _ = crossterm::terminal::disable_raw_mode();
        let mut err = std::io::stderr();
        let _ = crossterm::execute!(err, crossterm::cursor::Show);
        let _ = writeln!(err);
        std::process::exit(128 + signal);
    }
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                end(signal);
            }
        });
    }
    if watch_terminal {
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(std::time::Duration::from_millis(250));
                // A hung-up terminal answers no terminal request.
                if !crate::env::stdin_tty_now() {
                    end(SIGHUP);
                }
            }
        });
    }
}

/// Runs the whole command with any prompter, answers files under `base`
/// (for tests: no terminal, no current directory).
pub fn run_with(
    ctx: &mut Ctx,
    args: &AssessArgs,
    base: &Path,
    prompter: &mut dyn Prompter,
) -> Result<(), Failure> {
    let q = ctx.questionnaire(args.questionnaire.questionnaire.as_deref())?;
    let plan = prepare(ctx, args, &q, base)?;
    session(ctx, &q, plan, prompter)
}

/// Where the answers go, and what is already there.
#[derive(Debug)]
pub struct Plan {
    /// The answers file.
    pub path: PathBuf,
    /// The answers so far (loaded from `path`, or all missing).
    pub sheet: AnswerSheet,
    /// Whether `path` already existed and was loaded.
    pub resumed: bool,
    /// The command that resumes this session, for the quit message.
    pub command: String,
    /// The command that scores the campaign, for the final message.
    pub score_command: String,
    /// The date each save writes into the file (the session's today).
    pub today: Date,
    /// The answers file, open and locked for the whole session: one writer
    /// per file (see [`atomic::write_locked`]).
    pub lock: Option<std::fs::File>,
    /// Whether this session wrote the file at least once.
    pub written: bool,
}

/// Finds the answers file and loads it if it exists; refuses a file that
/// belongs to another questionnaire, version, department or respondent.
pub fn prepare(
    ctx: &Ctx,
    args: &AssessArgs,
    q: &Questionnaire,
    base: &Path,
) -> Result<Plan, Failure> {
    let lang = ctx.lang(q);
    let department = crate::sanitize::terminal(args.department.trim());
    if department.is_empty() {
        return Err(Failure::Message(t(lang, Msg::ADepartmentEmpty).to_string()));
    }
    let respondent = args
        .respondent
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(crate::sanitize::terminal);

    let (path, existing) = match &args.output {
        Some(path) => {
            vet_output(lang, path, args.questionnaire.questionnaire.as_deref())?;
            let existing = if path.exists() {
                let sheet = load_existing(path, q, lang, ctx.env.max_file_bytes)?;
                let same_department = same_name(&sheet.department, &department);
                let same_respondent = match (&sheet.respondent, &respondent) {
                    (Some(a), Some(b)) => same_name(a, b),
                    _ => true,
                };
                if !(same_department && same_respondent) {
                    return Err(Failure::Message(tf(
                        lang,
                        Msg::AssessForeignOwner {
                            path: &path.display(),
                            owner: &owner(lang, &sheet.department, sheet.respondent.as_deref()),
                            expected: &owner(lang, &department, respondent.as_deref()),
                        },
                    )));
                }
                Some(sheet)
            } else {
                None
            };
            (path.clone(), existing)
        }
        None => default_path(
            q,
            lang,
            base,
            &department,
            respondent.as_deref(),
            ctx.env.max_file_bytes,
        )?,
    };

    let resumed = existing.is_some();
    let mut sheet =
        existing.unwrap_or_else(|| AnswerSheet::empty(q, department.clone(), respondent.clone()));
    if sheet.respondent.is_none() {
        sheet.respondent = respondent.clone();
    }
    sheet.source = path.display().to_string();

    let mut command = vec!["boussole".to_string()];
    if let Some(l) = ctx.lang_override {
        command.extend(["--lang".to_string(), l.code().to_string()]);
    }
    let mut score_command = command.clone();
    command.extend([
        "assess".to_string(),
        "--department".to_string(),
        shell_quote(&department),
    ]);
    if let Some(r) = &respondent {
        command.extend(["--respondent".to_string(), shell_quote(r)]);
    }
    score_command.push("score".to_string());
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => format!("{}/", p.display()),
        _ => path.display().to_string(),
    };
    score_command.push(shell_quote(&folder));
    if let Some(qpath) = &args.questionnaire.questionnaire {
        let quoted = shell_quote(&qpath.display().to_string());
        command.extend(["-q".to_string(), quoted.clone()]);
        score_command.extend(["-q".to_string(), quoted]);
    }
    if let Some(o) = &args.output {
        command.extend(["-o".to_string(), shell_quote(&o.display().to_string())]);
    }

    Ok(Plan {
        path,
        sheet,
        resumed,
        command: command.join(" "),
        score_command: score_command.join(" "),
        today: ctx.env.today,
        lock: None,
        written: false,
    })
}

/// `assess -o`: not standard output (answers are saved after each one), not
/// the questionnaire, not a symlink, device or pipe ([`crate::output`]); an
/// existing file is then vetted as an answers file by [`load_existing`].
fn vet_output(lang: Lang, path: &Path, questionnaire: Option<&Path>) -> Result<(), Failure> {
    if path.as_os_str() == "-" {
        return Err(Failure::Message(
            t(lang, Msg::AssessOutputStdout).to_string(),
        ));
    }
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    let shown = crate::sanitize::terminal(&path.display().to_string());
    let refuse = |msg: Msg<'_>| Err(Failure::Message(tf(lang, msg)));
    if meta.file_type().is_symlink() {
        return refuse(Msg::OutputSymlink { path: &shown });
    }
    if !meta.is_file() && !meta.is_dir() {
        return refuse(Msg::OutputNotRegular { path: &shown });
    }
    let same = |q: &Path| match (q.canonicalize(), path.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if questionnaire.is_some_and(same) {
        return refuse(Msg::OutputIsInput { path: &shown });
    }
    // The content is vetted by `load_existing`, with the precise problem.
    Ok(())
}

/// Loads an existing answers file; any problem refuses it, untouched.
fn load_existing(
    path: &Path,
    q: &Questionnaire,
    lang: Lang,
    limit: u64,
) -> Result<AnswerSheet, Failure> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            Msg::AssessOutputDir { path: &shown },
        )));
    }
    load::answers_from_path(path, &shown, q, lang, limit).map_err(|e| {
        Failure::Message(format!(
            "{e}\n{}",
            tf(lang, Msg::AssessRefused { path: &shown })
        ))
    })
}

/// `reponses/<department>[--<respondent>].yaml` under `base`, or the first
/// `-2`, `-3`… that is free or already this respondent's.
fn default_path(
    q: &Questionnaire,
    lang: Lang,
    base: &Path,
    department: &str,
    respondent: Option<&str>,
    limit: u64,
) -> Result<(PathBuf, Option<AnswerSheet>), Failure> {
    let (folder, dep_fallback, resp_fallback) = match q.lang {
        Lang::Fr => ("reponses", "direction", "repondant"),
        Lang::En => ("answers", "department", "respondent"),
    };
    let mut stem = slug_or(department, dep_fallback);
    if let Some(r) = respondent {
        stem.push_str("--");
        stem.push_str(&slug_or(r, resp_fallback));
    }
    if is_reserved_on_windows(&stem) {
        stem.push_str("-1");
    }
    let folder = base.join(folder);
    for n in 1..=999 {
        let name = if n == 1 {
            format!("{stem}.yaml")
        } else {
            format!("{stem}-{n}.yaml")
        };
        let path = folder.join(name);
        if !path.exists() {
            return Ok((path, None));
        }
        let sheet = load_existing(&path, q, lang, limit)?;
        let mine = same_name(&sheet.department, department)
            && match (&sheet.respondent, respondent) {
                (Some(a), Some(b)) => same_name(a, b),
                (None, None) => true,
                _ => false,
            };
        if mine {
            return Ok((path, Some(sheet)));
        }
    }
    Err(Failure::Message(tf(
        lang,
        Msg::AssessNoFreeName {
            path: &folder.join(format!("{stem}.yaml")).display(),
        },
    )))
}

/// Names compare as the scores group departments
/// ([`scoring::department_key`]): case, accents, apostrophes and runs of
/// spaces do not matter, so "Direction des Finances" resumes the file of
/// "direction des finances".
fn same_name(a: &str, b: &str) -> bool {
    scoring::department_key(a) == scoring::department_key(b)
}

/// "la direction « X »", or "Y (direction « X »)", for messages.
fn owner(lang: Lang, department: &str, respondent: Option<&str>) -> String {
    match respondent {
        Some(r) => tf(
            lang,
            Msg::AssessOwnerRespondent {
                respondent: &r,
                department: &department,
            },
        ),
        None => tf(
            lang,
            Msg::AssessOwner {
                department: &department,
            },
        ),
    }
}

/// A file-name-safe form of a name: lowercase ASCII letters, digits and
/// single `-`, accents folded (é → e, œ → oe), at most [`SLUG_MAX`] long. It
/// may be empty (a name of symbols only): see [`slug_or`].
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining accent (decomposed text): drop it, keep the letter.
        } else if let Some(folded) = fold(c) {
            out.push_str(folded);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    let mut cut: String = trimmed.chars().take(SLUG_MAX).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

/// [`slug`], or `fallback` when nothing is left of the name.
pub fn slug_or(text: &str, fallback: &str) -> String {
    let s = slug(text);
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

/// The ASCII letters of a lowercase accented Latin letter.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Names Windows refuses as a file name, whatever the extension.
fn is_reserved_on_windows(stem: &str) -> bool {
    matches!(stem, "con" | "prn" | "aux" | "nul")
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit())
}

/// An argument as a shell user would retype it: bare when safe, else in
/// double quotes (which also work in PowerShell and cmd), else in single
/// quotes.
pub fn shell_quote(arg: &str) -> String {
    let safe = |c: char| c.is_alphanumeric() || "-_./:,+=@%".contains(c);
    if !arg.is_empty() && arg.chars().all(safe) {
        arg.to_string()
    } else if !arg.contains(['"', '$', '`', '\\', '!']) {
        format!("\"{arg}\"")
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

/// What an item of the question menu does.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Action {
    Choice(usize),
    Na,
    Unknown,
    Help,
    Back,
    Quit,
}

/// How a session ended.
enum End {
    /// Every question has an answer.
    Complete,
    /// The respondent stopped; what is answered is saved.
    Quit,
}

/// The session proper: header, questions, then scores or the resume hint.
pub fn session(
    ctx: &mut Ctx,
    q: &Questionnaire,
    mut plan: Plan,
    p: &mut dyn Prompter,
) -> Result<(), Failure> {
    let lang = ctx.lang(q);
    lock_existing(lang, &mut plan)?;
    // Create the folder now, so that a folder we cannot write to is said at
    // once, not after the first answer.
    let folder = plan
        .path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf);
    if let Some(folder) = &folder {
        std::fs::create_dir_all(folder).map_err(|e| {
            Failure::Message(tf(
                lang,
                Msg::IoWrite {
                    path: &plan.path.display(),
                    error: &e,
                },
            ))
        })?;
    }
    let end = interview(lang, q, &mut plan, p);
    if let Some(folder) = &folder
        && !plan.path.exists()
    {
        // Nothing written: leave no empty folder behind (fails if not empty).
        let _ = std::fs::remove_dir(folder);
    }
    match end? {
        End::Complete => finish(ctx, lang, q, &plan),
        End::Quit => quit(ctx, lang, q, &plan),
    }
}

fn answered_count(sheet: &AnswerSheet) -> usize {
    sheet
        .answers
        .iter()
        .filter(|a| !matches!(a, Answer::Missing))
        .count()
}

fn first_missing(sheet: &AnswerSheet, from: usize) -> Option<usize> {
    (from..sheet.answers.len()).find(|&i| matches!(sheet.answers[i], Answer::Missing))
}

fn interview(
    lang: Lang,
    q: &Questionnaire,
    plan: &mut Plan,
    p: &mut dyn Prompter,
) -> Result<End, Failure> {
    let total = q.question_count();
    let width = screen_width(p);
    let answered = answered_count(&plan.sheet);

    // Header.
    let mut head = String::from("\n");
    head.push_str(&wrap(
        &format!("{} ({} {})", q.title, q.id, q.version),
        width,
        0,
    ));
    head.push_str(&wrap(
        &tf(
            lang,
            Msg::AssessHeaderDepartment {
                department: &plan.sheet.department,
            },
        ),
        width,
        2,
    ));
    if let Some(r) = &plan.sheet.respondent {
        head.push_str(&wrap(
            &tf(lang, Msg::AssessHeaderRespondent { respondent: r }),
            width,
            2,
        ));
    }
    head.push_str(&wrap(
        &tf(
            lang,
            Msg::AssessHeaderFile {
                path: &plan.path.display(),
            },
        ),
        width,
        2,
    ));
    p.show(&head);

    let mut review = false;
    let mut i = match first_missing(&plan.sheet, 0) {
        Some(i) => {
            if plan.resumed && answered > 0 {
                let text = tf(
                    lang,
                    Msg::AssessResumed {
                        answered: &answered,
                        total: &total,
                        position: &(i + 1),
                    },
                );
                p.show(&format!("\n{}", wrap(&text, width, 0)));
            }
            i
        }
        None => {
            let text = tf(lang, Msg::AssessCompleteAlready { total: &total });
            p.show(&format!("\n{}\n", wrap(&text, width, 0)));
            let items = [
                MenuItem::plain(t(lang, Msg::AssessReview)),
                MenuItem::plain(t(lang, Msg::AssessFinish)),
            ];
            let request = SelectRequest {
                message: t(lang, Msg::AssessWhatNow),
                items: &items,
                start: 1,
                help: t(lang, Msg::AssessSelectHelp),
                page_size: None,
            };
            match p.select(&request) {
                Ok(0) => {
                    review = true;
                    0
                }
                Ok(_) | Err(PromptError::Back) => return Ok(End::Complete),
                Err(PromptError::Quit) => return Ok(End::Quit),
                Err(PromptError::Failed(m)) => return Err(terminal_failure(lang, plan, &m)),
            }
        }
    };
    let keys = if p.is_plain() {
        Msg::AssessPlainKeys
    } else {
        Msg::AssessKeys
    };
    p.show(&format!("\n{}", wrap(t(lang, keys), width, 0)));
    if answered == 0
        && let Some(intro) = &q.description
    {
        // The introduction first, and time to read it.
        p.show(&format!("\n{}\n", paragraphs(intro, width)));
        let items = [
            MenuItem::plain(t(lang, Msg::AssessStart)),
            MenuItem::plain(t(lang, Msg::AssessQuitAction)),
        ];
        let request = SelectRequest {
            message: t(lang, Msg::AssessReady),
            items: &items,
            start: 0,
            help: t(lang, Msg::AssessStartHelp),
            page_size: None,
        };
        match p.select(&request) {
            Ok(0) | Err(PromptError::Back) => {}
            Ok(_) | Err(PromptError::Quit) => return Ok(End::Quit),
            Err(PromptError::Failed(m)) => return Err(terminal_failure(lang, plan, &m)),
        }
    }

    let mut last_theme: Option<usize> = None;
    let mut cursor: Option<usize> = None;
    loop {
        let Some((theme_index, question)) = q.question_at(i) else {
            return Ok(End::Complete);
        };
        let width = screen_width(p);
        let theme = &q.themes[theme_index];
        let mut screen = String::from("\n");
        let position = tf(
            lang,
            Msg::AssessPosition {
                theme: &theme.title,
                position: &(i + 1),
                total: &total,
            },
        );
        screen.push_str(&rule(&position, width));
        if last_theme != Some(theme_index)
            && let Some(d) = &theme.description
        {
            screen.push_str(&paragraphs(d, width));
            screen.push('\n');
        }
        last_theme = Some(theme_index);
        screen.push_str(&p.strong(&wrap(&question.text, width, 0)));
        let current = &plan.sheet.answers[i];
        if !matches!(current, Answer::Missing) {
            let text = tf(
                lang,
                Msg::AssessCurrent {
                    answer: &short_answer(lang, q, question, current),
                },
            );
            screen.push_str(&wrap(&text, width, 2));
            if let Some(c) = current.comment() {
                screen.push_str(&wrap(
                    &tf(
                        lang,
                        Msg::AssessCurrentComment {
                            comment: &crate::sanitize::terminal(c),
                        },
                    ),
                    width,
                    4,
                ));
            }
        }
        screen.push('\n');
        let (mut items, actions) = menu(lang, q, question, i > 0, width);
        // inquire redraws the list in place: it must fit in the window. If
        // it does not, the choices with their descriptions are printed above
        // it, and the list shows their labels only (scrolling if need be).
        let rows = p.height().unwrap_or(ASSUMED_ROWS);
        let mut page_size = None;
        if list_rows(&items) + 1 > rows {
            for (item, action) in items.iter_mut().zip(&actions) {
                if let Action::Choice(_) = action {
                    screen.push_str(&format!("  {}\n", item.text));
                    item.text = item.short.clone();
                }
            }
            screen.push('\n');
            if list_rows(&items) + 1 > rows {
                page_size = Some(rows.saturating_sub(4).max(3));
            }
        }
        p.show(&screen);

        let start = cursor.take().unwrap_or_else(|| {
            let action = match current {
                Answer::Choice { index, .. } => Action::Choice(*index),
                Answer::Na { .. } => Action::Na,
                Answer::Unknown { .. } => Action::Unknown,
                Answer::Missing => Action::Choice(0),
            };
            actions.iter().position(|a| *a == action).unwrap_or(0)
        });
        let request = SelectRequest {
            message: t(lang, Msg::AssessAnswerPrompt),
            items: &items,
            start,
            help: t(lang, Msg::AssessSelectHelp),
            page_size,
        };
        let picked = match p.select(&request) {
            Ok(k) => actions.get(k).copied().unwrap_or(Action::Quit),
            Err(PromptError::Back) => Action::Back,
            Err(PromptError::Quit) => return Ok(End::Quit),
            Err(PromptError::Failed(m)) => return Err(terminal_failure(lang, plan, &m)),
        };
        let answer_of = |comment: Option<String>| match picked {
            Action::Choice(index) => Some(Answer::Choice { index, comment }),
            Action::Na => Some(Answer::Na { comment }),
            Action::Unknown => Some(Answer::Unknown { comment }),
            _ => None,
        };
        match picked {
            Action::Choice(_) | Action::Na | Action::Unknown => {
                let existing = current.comment().unwrap_or("").to_string();
                // Shown (and editable) escaped: it goes to the terminal.
                let shown = crate::sanitize::terminal(&existing);
                let request = TextRequest {
                    message: t(lang, Msg::AssessComment),
                    initial: &shown,
                    help: t(lang, Msg::AssessCommentHelp),
                    empty_echo: t(lang, Msg::AssessNoComment),
                };
                let keep = || (!existing.is_empty()).then(|| existing.clone());
                match p.text(&request) {
                    Ok(typed) => {
                        let typed = typed.trim();
                        let comment = (!typed.is_empty()).then(|| typed.to_string());
                        plan.sheet.answers[i] = answer_of(comment).unwrap_or(Answer::Missing);
                        save(lang, q, plan)?;
                    }
                    Err(PromptError::Back) => {
                        // Back to this question's list, on the item just picked.
                        cursor = actions.iter().position(|a| *a == picked);
                        continue;
                    }
                    Err(PromptError::Quit) => {
                        // The choice is made: keep it, with the comment as it was.
                        plan.sheet.answers[i] = answer_of(keep()).unwrap_or(Answer::Missing);
                        save(lang, q, plan)?;
                        return Ok(End::Quit);
                    }
                    Err(PromptError::Failed(m)) => {
                        plan.sheet.answers[i] = answer_of(keep()).unwrap_or(Answer::Missing);
                        save(lang, q, plan)?;
                        return Err(terminal_failure(lang, plan, &m));
                    }
                }
                let next = if review {
                    (i + 1 < total).then_some(i + 1)
                } else {
                    first_missing(&plan.sheet, i + 1).or_else(|| first_missing(&plan.sheet, 0))
                };
                match next {
                    Some(n) => i = n,
                    None => return Ok(End::Complete),
                }
            }
            Action::Help => {
                // The help alone on screen, until the respondent returns.
                p.show(&help_block(lang, question, width));
                let items = [MenuItem::plain(t(lang, Msg::AssessHelpReturn))];
                let message = tf(
                    lang,
                    Msg::AssessHelpPosition {
                        position: &(i + 1),
                        total: &total,
                    },
                );
                let request = SelectRequest {
                    message: &message,
                    items: &items,
                    start: 0,
                    help: t(lang, Msg::AssessHelpReturnKeys),
                    page_size: None,
                };
                match p.select(&request) {
                    Ok(_) | Err(PromptError::Back) => {}
                    Err(PromptError::Quit) => return Ok(End::Quit),
                    Err(PromptError::Failed(m)) => return Err(terminal_failure(lang, plan, &m)),
                }
                cursor = Some(start);
                last_theme = Some(theme_index);
            }
            Action::Back => {
                if i == 0 {
                    p.show(&wrap(t(lang, Msg::AssessFirstQuestion), width, 0));
                } else {
                    i -= 1;
                }
            }
            Action::Quit => return Ok(End::Quit),
        }
    }
}

/// Rows a list takes on screen: its prompt, its items, its key reminder.
fn list_rows(items: &[MenuItem]) -> usize {
    2 + items.iter().map(|i| i.text.lines().count()).sum::<usize>()
}

/// The width to wrap to, within reason.
fn screen_width(p: &dyn Prompter) -> usize {
    p.width().clamp(MIN_WIDTH, MAX_WIDTH)
}

/// The items of a question's menu and what each does.
fn menu(
    lang: Lang,
    q: &Questionnaire,
    question: &Question,
    can_go_back: bool,
    width: usize,
) -> (Vec<MenuItem>, Vec<Action>) {
    // inquire puts "> " before each item; continuation lines get no prefix.
    let inner = width.saturating_sub(2).max(MIN_WIDTH);
    let mut items = Vec::new();
    let mut actions = Vec::new();
    let choices = question.choices(&q.scale);
    let digits = choices.len().saturating_sub(1).to_string().len();
    for (k, c) in choices.iter().enumerate() {
        let number = format!("{k:>digits$} · ");
        let text = match c.description {
            Some(d) => format!(
                "{number}{} — {}",
                c.label,
                d.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
            None => format!("{number}{}", c.label),
        };
        items.push(MenuItem {
            text: hanging(
                &text,
                inner,
                number.chars().count(),
                2 + number.chars().count(),
            ),
            short: format!("{k} · {}", c.label),
            keys: vec![k.to_string()],
        });
        actions.push(Action::Choice(k));
    }
    // The words that pick an item in plain mode (`--plain`), first shown.
    let na_keys: &[&str] = match lang {
        Lang::Fr => &["so", "na", "sans objet"],
        Lang::En => &["na"],
    };
    let unknown_keys: &[&str] = match lang {
        Lang::Fr => &["nsp", "unknown", "ne sait pas"],
        Lang::En => &["unknown"],
    };
    let quit_keys: &[&str] = match lang {
        Lang::Fr => &["q", "quitter"],
        Lang::En => &["q", "quit"],
    };
    let mut add = |msg: Msg<'static>, action: Action, keys: &[&str]| {
        let text = t(lang, msg);
        items.push(MenuItem {
            text: hanging(text, inner, 2, 2),
            short: text.to_string(),
            keys: keys.iter().map(|k| (*k).to_string()).collect(),
        });
        actions.push(action);
    };
    add(Msg::AssessNa, Action::Na, na_keys);
    add(Msg::AssessUnknown, Action::Unknown, unknown_keys);
    if question.help.is_some() || !question.references.is_empty() {
        add(Msg::AssessHelpAction, Action::Help, &["?"]);
    }
    if can_go_back {
        add(Msg::AssessBackAction, Action::Back, &["<"]);
    }
    add(Msg::AssessQuitAction, Action::Quit, quit_keys);
    (items, actions)
}

/// The answer as one short line: "2 · Défini", "Sans objet (na)"…
fn short_answer(lang: Lang, q: &Questionnaire, question: &Question, answer: &Answer) -> String {
    match answer {
        Answer::Choice { index, .. } => {
            let label = question
                .choices(&q.scale)
                .get(*index)
                .map_or("?", |c| c.label);
            format!("{index} · {label}")
        }
        Answer::Na { .. } => t(lang, Msg::AssessNa).to_string(),
        Answer::Unknown { .. } => t(lang, Msg::AssessUnknown).to_string(),
        Answer::Missing => String::new(),
    }
}

/// The help text and the references of a question.
fn help_block(lang: Lang, question: &Question, width: usize) -> String {
    let mut out = String::from("\n");
    if let Some(h) = &question.help {
        out.push_str(t(lang, Msg::AssessHelpTitle));
        out.push('\n');
        out.push_str(&indent(&paragraphs(h, width.saturating_sub(2)), 2));
    }
    if !question.references.is_empty() {
        out.push_str(t(lang, Msg::AssessReferencesTitle));
        out.push('\n');
        for r in &question.references {
            out.push_str("  • ");
            out.push_str(&hanging(r, width.saturating_sub(4), 0, 4));
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

/// A heading line: "── text ─────" to the width (the text wraps if long).
fn rule(text: &str, width: usize) -> String {
    let line = format!("── {text} ");
    let len = line.chars().count();
    if len + 2 <= width {
        format!("{line}{}\n", "─".repeat(width - len))
    } else {
        wrap(text, width, 0)
    }
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{pad}{l}\n")
            }
        })
        .collect()
}

/// Wraps a description: each line of the source is a paragraph (YAML's
/// folded blocks keep one line break between paragraphs), shown with a blank
/// line between paragraphs. Ends with a newline.
fn paragraphs(text: &str, width: usize) -> String {
    let parts: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| wrap(l, width, 0))
        .collect();
    if parts.is_empty() {
        "\n".to_string()
    } else {
        parts.join("\n")
    }
}

/// Word-wraps `text` to `width` columns; lines after the first are indented
/// by `hang` spaces. Existing line breaks are kept; spaces are the only break
/// points, so a no-break space (French « : ») keeps its neighbours together;
/// a word longer than the line is cut. Ends with a newline.
pub fn wrap(text: &str, width: usize, hang: usize) -> String {
    let mut out = String::new();
    for line in text.trim_end().lines() {
        out.push_str(&hanging(line, width, hang, hang));
        out.push('\n');
    }
    if out.is_empty() {
        out.push('\n');
    }
    out
}

/// Wraps one paragraph: the first line takes `width` columns; the others
/// start with `pad` spaces and hold `width - hang` columns of text (so that
/// `pad` may include a prefix drawn elsewhere on the first line). No final
/// newline.
fn hanging(text: &str, width: usize, hang: usize, pad: usize) -> String {
    let width = width.max(hang + 8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    let limit = |lines: &Vec<String>| {
        if lines.is_empty() {
            width
        } else {
            width - hang
        }
    };
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let room = limit(&lines);
            let sep = usize::from(len > 0);
            if len + sep + word.len() <= room {
                if sep == 1 {
                    line.push(' ');
                }
                line.extend(word.iter());
                len += sep + word.len();
                break;
            }
            if len > 0 {
                lines.push(std::mem::take(&mut line));
                len = 0;
                continue;
            }
            // A word wider than a whole line: cut it.
            let rest = word.split_off(room);
            line.extend(word.iter());
            lines.push(std::mem::take(&mut line));
            word = rest;
            if word.is_empty() {
                break;
            }
        }
    }
    if len > 0 || lines.is_empty() {
        lines.push(line);
    }
    let pad = " ".repeat(pad);
    lines.join(&format!("\n{pad}"))
}

/// Locks an existing answers file for this session; a file another session
/// holds is refused at once. A file system without locks is used unlocked.
fn lock_existing(lang: Lang, plan: &mut Plan) -> Result<(), Failure> {
    let Ok(file) = std::fs::File::open(&plan.path) else {
        return Ok(());
    };
    match file.try_lock() {
        Ok(()) => plan.lock = Some(file),
        Err(std::fs::TryLockError::WouldBlock) => return Err(locked(lang, plan)),
        Err(std::fs::TryLockError::Error(_)) => {}
    }
    Ok(())
}

fn locked(lang: Lang, plan: &Plan) -> Failure {
    Failure::Message(tf(
        lang,
        Msg::AssessLocked {
            path: &crate::sanitize::terminal(&plan.path.display().to_string()),
        },
    ))
}

/// Rewrites the answers file, atomically, dated today, keeping it locked.
/// A file that did not exist when the session began is created only if it
/// still does not: another session may have created it meanwhile.
fn save(lang: Lang, q: &Questionnaire, plan: &mut Plan) -> Result<(), Failure> {
    plan.sheet.date = Some(plan.today);
    let text = answers_file::to_yaml(q, &plan.sheet);
    let replace = if plan.resumed || plan.written {
        atomic::Replace::Always
    } else {
        atomic::Replace::Never
    };
    let io_failure = |e: &std::io::Error| {
        Failure::Message(tf(
            lang,
            Msg::IoWrite {
                path: &crate::sanitize::terminal(&plan.path.display().to_string()),
                error: &crate::ioerr::describe(lang, e),
            },
        ))
    };
    match atomic::write_locked(&plan.path, text.as_bytes(), replace) {
        Ok(file) => plan.lock = Some(file),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(locked(lang, plan)),
        // No locks on this file system (some network shares): write anyway.
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => {
            atomic::write(&plan.path, text.as_bytes()).map_err(|e| io_failure(&e))?;
        }
        Err(e) => return Err(io_failure(&e)),
    }
    plan.written = true;
    Ok(())
}

fn terminal_failure(lang: Lang, plan: &Plan, error: &str) -> Failure {
    Failure::Message(tf(
        lang,
        Msg::AssessTerminalFailed {
            error: &error,
            path: &plan.path.display(),
            command: &plan.command,
        },
    ))
}

/// The respondent stopped: where the answers are, how to resume.
fn quit(ctx: &mut Ctx, lang: Lang, q: &Questionnaire, plan: &Plan) -> Result<(), Failure> {
    let answered = answered_count(&plan.sheet);
    let total = q.question_count();
    let saved = if plan.path.exists() {
        tf(
            lang,
            Msg::AssessSaved {
                path: &plan.path.display(),
                answered: &answered,
                total: &total,
            },
        )
    } else {
        t(lang, Msg::AssessNothingSaved).to_string()
    };
    let width = out_width(ctx);
    let mut text = String::from("\n");
    text.push_str(&wrap(&saved, width, 0));
    let hint = if plan.path.exists() {
        Msg::AssessResumeHint
    } else {
        Msg::AssessStartHint
    };
    text.push_str(&wrap(t(lang, hint), width, 0));
    // The command on a line of its own, never broken: it is copied.
    text.push_str(&format!("  {}\n", plan.command));
    emit(ctx, &text)
}

/// The width of standard output when it is a terminal, else no limit.
fn out_width(ctx: &Ctx) -> usize {
    ctx.width.map_or(usize::MAX / 2, |w| {
        usize::from(w).clamp(MIN_WIDTH, MAX_WIDTH)
    })
}

/// Every question answered: the respondent's own scores, and what next.
fn finish(ctx: &mut Ctx, lang: Lang, q: &Questionnaire, plan: &Plan) -> Result<(), Failure> {
    let scores = scoring::score_sheet(q, &plan.sheet);
    let style = table::Style {
        lang,
        color: ctx.color,
        width: ctx.width,
    };
    let mut tbl = table::new_table(style);
    tbl.set_header(vec![
        Cell::new(t(lang, Msg::TableTheme)),
        Cell::new(t(lang, Msg::TableScore)),
        Cell::new(t(lang, Msg::TableLevel)),
        Cell::new(t(lang, Msg::TableAnswered)),
        Cell::new(t(lang, Msg::TableNaUnknown)),
    ]);
    for ((theme, score), counts) in q.themes.iter().zip(&scores.themes).zip(&scores.counts) {
        tbl.add_row(vec![
            Cell::new(&theme.title),
            table::score_cell(q, *score, style, false),
            Cell::new(render::level_of(q, *score).map_or("—", |l| l.1)),
            Cell::new(format!("{}/{}", counts.answered, counts.total()))
                .set_alignment(CellAlignment::Right),
            Cell::new(format!("{} / {}", counts.na, counts.unknown))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    let all = scores.counts.iter().fold((0, 0, 0, 0), |acc, c| {
        (
            acc.0 + c.answered,
            acc.1 + c.total(),
            acc.2 + c.na,
            acc.3 + c.unknown,
        )
    });
    tbl.add_row(vec![
        Cell::new(t(lang, Msg::TableOverallShort)),
        table::score_cell(q, scores.overall, style, false),
        Cell::new(render::level_of(q, scores.overall).map_or("—", |l| l.1)),
        Cell::new(format!("{}/{}", all.0, all.1)).set_alignment(CellAlignment::Right),
        Cell::new(format!("{} / {}", all.2, all.3)).set_alignment(CellAlignment::Right),
    ]);
    let total = q.question_count();
    let width = out_width(ctx);
    let done = tf(
        lang,
        Msg::AssessDone {
            answered: &answered_count(&plan.sheet),
            total: &total,
        },
    );
    let mut text = String::from("\n");
    text.push_str(&wrap(&done, width, 0));
    text.push('\n');
    text.push_str(&tbl.to_string());
    text.push_str("\n\n");
    text.push_str(&wrap(
        &tf(
            lang,
            Msg::AssessFile {
                path: &plan.path.display(),
            },
        ),
        width,
        2,
    ));
    text.push_str(&wrap(t(lang, Msg::AssessScoreHint), width, 0));
    text.push_str(&format!("  {}\n", plan.score_command));
    emit(ctx, &text)
}

#[cfg(test)]
mod tests;
