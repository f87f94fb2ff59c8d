//! `boussole assess`: finds (and vets) the respondent's answers file, picks
//! the prompter (terminal, plain text, or a test's script), runs the
//! [`crate::assess`] session, then prints the respondent's scores or how to
//! resume.
//!
//! An existing file is only ever resumed if it was made for the same
//! questionnaire, version, department (and respondent): anything else is
//! refused and left untouched.

use std::path::{Path, PathBuf};

use comfy_table::{Cell, CellAlignment};

use super::{Ctx, emit};
use crate::assess::{
    self, End, MAX_WIDTH, MIN_WIDTH, Plan, plain, prompt::Prompter, terminal, wrap,
};
use crate::cli::AssessArgs;
use crate::failure::Failure;
use crate::i18n::{Lang, Msg, t, tf};
use crate::load;
use crate::model::{AnswerSheet, Questionnaire};
use crate::render::{self, table};
use crate::scoring;

/// Longest slug kept from a department or respondent name.
const SLUG_MAX: usize = 60;

/// Runs the session, then says how it went on stdout.
fn session(
    ctx: &mut Ctx,
    q: &Questionnaire,
    plan: Plan,
    p: &mut dyn Prompter,
) -> Result<(), Failure> {
    let lang = ctx.lang(q);
    match assess::session(lang, q, plan, p)? {
        (End::Complete, plan) => finish(ctx, lang, q, &plan),
        (End::Quit, plan) => quit(ctx, lang, q, &plan),
    }
}

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
#[cfg(test)]
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

/// The respondent stopped: where the answers are, how to resume.
fn quit(ctx: &mut Ctx, lang: Lang, q: &Questionnaire, plan: &Plan) -> Result<(), Failure> {
    let answered = assess::answered_count(&plan.sheet);
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
    ctx.width().map_or(usize::MAX / 2, |w| {
        usize::from(w).clamp(MIN_WIDTH, MAX_WIDTH)
    })
}

/// Every question answered: the respondent's own scores, and what next.
fn finish(ctx: &mut Ctx, lang: Lang, q: &Questionnaire, plan: &Plan) -> Result<(), Failure> {
    let scores = scoring::score_sheet(q, &plan.sheet);
    let style = table::Style {
        lang,
        color: ctx.color,
        width: ctx.width(),
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
            answered: &assess::answered_count(&plan.sheet),
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
