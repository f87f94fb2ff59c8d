//! The answering session (SPEC §5), free of the command line: it asks one
//! question at a time through a [`prompt::Prompter`], saves the answers file
//! atomically after every answer, and says how it ended. The command
//! (`commands::assess`) finds the file, picks the prompter, and prints the
//! scores or the resume hint.
//!
//! The answers file is rewritten atomically after every answer, so that
//! Ctrl-C, a closed window or `kill -9` loses nothing already answered, and
//! running the same command again resumes at the first unanswered question.
//!
//! Prompters: [`terminal::Terminal`] (inquire) in a terminal,
//! [`plain::Plain`] (numbered lines, for screen readers and `TERM=dumb`),
//! [`scripted::Scripted`] in tests. The session's only clock is
//! [`Plan::today`], set by the caller.

pub mod plain;
pub mod prompt;
#[cfg(test)]
pub mod scripted;
pub mod terminal;

use std::path::{Path, PathBuf};

use crate::answers_file;
use crate::atomic;
use crate::failure::Failure;
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{Answer, AnswerSheet, Date, Question, Questionnaire};
use prompt::{MenuItem, PromptError, Prompter, SelectRequest, TextRequest};

/// Text never runs wider than this, even on a very wide terminal: long lines
/// are hard to read.
pub const MAX_WIDTH: usize = 100;
/// Nor narrower than this: below, the terminal wraps what we cannot.
pub const MIN_WIDTH: usize = 20;
/// The window height assumed when it cannot be read.
const ASSUMED_ROWS: usize = 24;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Every question has an answer.
    Complete,
    /// The respondent stopped; what is answered is saved.
    Quit,
}

/// The session proper: locks the file, asks the questions, saves after
/// every answer; returns how it ended and the plan as it then stands (the
/// answers given, whether the file was written).
pub fn session(
    lang: Lang,
    q: &Questionnaire,
    mut plan: Plan,
    p: &mut dyn Prompter,
) -> Result<(End, Plan), Failure> {
    lock_existing(lang, &mut plan)?;
    // Create the folder now, so that a folder we cannot write to is said at
    // once, not after the first answer.
    let folder = plan
        .path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf);
    if let Some(folder) = &folder {
        std::fs::create_dir_all(folder)
            .map_err(|e| Failure::write(lang, plan.path.display(), e))?;
    }
    let end = interview(lang, q, &mut plan, p);
    if let Some(folder) = &folder
        && !plan.path.exists()
    {
        // Nothing written: leave no empty folder behind (fails if not empty).
        let _ = std::fs::remove_dir(folder);
    }
    Ok((end?, plan))
}

/// How many questions have an answer (a choice, `na` or `unknown`).
pub fn answered_count(sheet: &AnswerSheet) -> usize {
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
    let io_failure = |e: std::io::Error| Failure::write(lang, plan.path.display(), e);
    match atomic::write_locked(&plan.path, text.as_bytes(), replace) {
        Ok(file) => plan.lock = Some(file),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(locked(lang, plan)),
        // No locks on this file system (some network shares): write anyway.
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => {
            atomic::write(&plan.path, text.as_bytes()).map_err(io_failure)?;
        }
        Err(e) => return Err(io_failure(e)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_between_words_only() {
        let text =
            "Le règlement européen sur l’IA s’applique\u{a0}: mieux vaut savoir où l’on en est.";
        let w = wrap(text, 20, 2);
        for line in w.lines() {
            assert!(line.chars().count() <= 20, "{line:?}");
        }
        assert!(w.contains("s’applique\u{a0}:"), "{w}");
        let words = |s: &str| {
            s.split([' ', '\n'])
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&w), words(text));
        assert_eq!(wrap("abcdefghijkl", 10, 0), "abcdefghij\nkl\n");
        assert_eq!(wrap("un\n\ndeux", 10, 0), "un\n\ndeux\n");
        assert_eq!(
            hanging("0 · Non — un deux trois", 12, 4, 6),
            "0 · Non — un\n      deux\n      trois"
        );
    }
}
