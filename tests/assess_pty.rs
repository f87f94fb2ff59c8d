//! `boussole assess` end to end, in a real pseudo-terminal (expectrl): the
//! built binary is driven with keystrokes, its output is replayed through a
//! small terminal emulator to check what the respondent actually sees.
//!
//! Waits are on stable text with generous timeouts (CI runs these on 2
//! cores); keys are only sent once the prompt that reads them is on screen.

#![cfg(unix)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use boussole::i18n::Lang;
use boussole::model::{Answer, AnswerSheet, Questionnaire};
use expectrl::{Session, Signal, WaitStatus};

const BIN: &str = env!("CARGO_BIN_EXE_boussole");
const MINI: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/mini/questionnaire.yaml"
);
const TIMEOUT: Duration = Duration::from_secs(60);
const COLS: usize = 80;

const UP: &str = "\x1b[A";
const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// A questionnaire with help and references, for the help test.
const HELPFUL: &str = r#"
id: helpful
version: "1"
lang: fr
title: "Questionnaire d’essai"
scale:
  - label: Non
  - label: Oui
themes:
  - id: t
    title: Thème unique
    questions:
      - id: a
        text: "Première question ?"
        help: "Le texte d’aide de la première question."
        references: ["Règlement (UE) 2024/1689, art. 4"]
      - id: b
        text: "Seconde question ?"
"#;

/// The boussole binary in a pseudo-terminal, with everything it printed.
struct Pty {
    session: Session,
    /// The window's height.
    rows: usize,
    raw: Vec<u8>,
    /// How far [`Pty::expect`] has consumed the plain text.
    pos: usize,
    eof: bool,
}

impl Pty {
    fn spawn(dir: &Path, args: &[&str]) -> Pty {
        Pty::spawn_sized(dir, args, 60)
    }

    fn spawn_sized(dir: &Path, args: &[&str], rows: usize) -> Pty {
        Pty::spawn_program(dir, BIN, args, rows, "xterm")
    }

    fn spawn_program(dir: &Path, program: &str, args: &[&str], rows: usize, term: &str) -> Pty {
        // The window size must not change once boussole runs: a resize that
        // arrives with a key can hold that key back in the terminal library
        // until the next one. ptyprocess sets 80×24 from the parent after
        // the child started, so the child waits for that (a line from us)
        // before setting its own size and becoming boussole.
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "IFS= read -r _ && stty rows {rows} cols {COLS} && exec \"$0\" \"$@\""
            ))
            .arg(program)
            .args(args)
            .current_dir(dir)
            .env("TERM", term)
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env_remove("LINES");
        let mut session = Session::spawn(cmd).expect("spawn boussole in a pty");
        session.write_all(b"go\n").expect("start boussole");
        session.flush().expect("start boussole");
        Pty {
            session,
            rows,
            raw: Vec::new(),
            pos: 0,
            eof: false,
        }
    }

    /// Reads what is available; false when nothing came.
    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        match self.session.try_read(&mut buf) {
            Ok(0) => {
                self.eof = true;
                false
            }
            Ok(n) => {
                self.raw.extend_from_slice(&buf[..n]);
                true
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => false,
            // EIO: the child closed the terminal (it exited).
            Err(_) => {
                self.eof = true;
                false
            }
        }
    }

    /// The output without escape sequences and carriage returns.
    fn plain(&self) -> String {
        strip(&String::from_utf8_lossy(&self.raw))
    }

    /// Waits until `needle` appears after what was already consumed.
    fn expect(&mut self, needle: &str) {
        let start = Instant::now();
        loop {
            let plain = self.plain();
            if let Some(at) = plain[self.pos.min(plain.len())..].find(needle) {
                self.pos += at + needle.len();
                return;
            }
            if self.eof || start.elapsed() > TIMEOUT {
                let tail: String = plain[self.pos.min(plain.len())..]
                    .chars()
                    .rev()
                    .take(3000)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                panic!(
                    "never saw {needle:?} (eof: {}); after the last match:\n{tail}",
                    self.eof
                );
            }
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Reads until the output has been quiet for a moment: a redraw only
    /// rewrites the rows that changed, so there is no text to wait for.
    fn settle(&mut self) {
        let start = Instant::now();
        let mut quiet = Instant::now();
        while quiet.elapsed() < Duration::from_millis(300) && start.elapsed() < TIMEOUT {
            if self.pump() {
                quiet = Instant::now();
            } else {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Presses one navigation key and waits for the redraw it causes, as a
    /// person would: a burst of keys can outrun the terminal library's reader
    /// on a loaded machine.
    fn key(&mut self, key: &str) {
        let before = self.raw.len();
        self.send(key);
        let start = Instant::now();
        while self.raw.len() == before {
            assert!(
                !self.eof && start.elapsed() < TIMEOUT,
                "no reaction to {key:?}"
            );
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.session
            .write_all(keys.as_bytes())
            .expect("write to the pty");
        self.session.flush().expect("flush the pty");
    }

    /// Reads to the end and returns the exit code.
    fn finish(mut self) -> (i32, String) {
        let start = Instant::now();
        while !self.eof && start.elapsed() < TIMEOUT {
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        let status = self
            .session
            .get_process()
            .wait()
            .expect("wait for boussole");
        let code = match status {
            WaitStatus::Exited(_, code) => code,
            other => panic!("boussole did not exit normally: {other:?}"),
        };
        (code, self.plain())
    }

    /// What the terminal shows, row by row.
    fn screen(&self) -> Screen {
        let mut s = Screen::new(COLS, self.rows);
        s.feed(&String::from_utf8_lossy(&self.raw));
        s
    }
}

/// Removes ANSI escape sequences and carriage returns; no-break spaces
/// (French typography) become plain spaces, for matching.
fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.next() {
                Some('[') => {
                    for d in chars.by_ref() {
                        if ('@'..='~').contains(&d) {
                            break;
                        }
                    }
                }
                Some(']') => {
                    while let Some(d) = chars.next() {
                        if d == '\x07' || (d == '\x1b' && chars.next_if_eq(&'\\').is_some()) {
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\r' => {}
            '\u{a0}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Just enough of a VT100 to replay inquire's output: printable text with
/// the pending-wrap rule, CR, LF, cursor moves, line and screen erasing, in a
/// window of `height` rows that scrolls (what scrolled off stays in `rows`,
/// as in a scrollback; the cursor cannot move above the window's top).
/// `hard_wraps` counts the times text ran past the last column.
struct Screen {
    rows: Vec<Vec<char>>,
    row: usize,
    col: usize,
    width: usize,
    height: usize,
    /// The first row of the window.
    top: usize,
    pending: bool,
    hard_wraps: usize,
}

impl Screen {
    fn new(width: usize, height: usize) -> Screen {
        Screen {
            rows: vec![Vec::new()],
            row: 0,
            col: 0,
            width,
            height,
            top: 0,
            pending: false,
            hard_wraps: 0,
        }
    }

    fn down(&mut self) {
        self.row += 1;
        if self.row >= self.top + self.height {
            self.top = self.row + 1 - self.height;
        }
        self.line();
    }

    /// The window as it is now.
    fn window(&self) -> Vec<String> {
        let rows = self.rows();
        (self.top..self.top + self.height)
            .map(|r| rows.get(r).cloned().unwrap_or_default())
            .collect()
    }

    fn line(&mut self) -> &mut Vec<char> {
        while self.rows.len() <= self.row {
            self.rows.push(Vec::new());
        }
        &mut self.rows[self.row]
    }

    fn feed(&mut self, text: &str) {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\x1b' => match chars.next() {
                    Some('[') => {
                        let mut params = String::new();
                        let mut last = ' ';
                        for d in chars.by_ref() {
                            if ('@'..='~').contains(&d) {
                                last = d;
                                break;
                            }
                            params.push(d);
                        }
                        self.csi(&params, last);
                    }
                    Some(']') => {
                        while let Some(d) = chars.next() {
                            if d == '\x07' || (d == '\x1b' && chars.next_if_eq(&'\\').is_some()) {
                                break;
                            }
                        }
                    }
                    _ => {}
                },
                '\r' => {
                    self.col = 0;
                    self.pending = false;
                }
                '\n' => {
                    self.pending = false;
                    self.down();
                }
                '\x08' => {
                    self.col = self.col.saturating_sub(1);
                    self.pending = false;
                }
                c if (c as u32) < 0x20 => {}
                c => {
                    if self.pending {
                        self.hard_wraps += 1;
                        self.col = 0;
                        self.pending = false;
                        self.down();
                    }
                    let col = self.col;
                    let line = self.line();
                    while line.len() <= col {
                        line.push(' ');
                    }
                    line[col] = c;
                    if self.col + 1 == self.width {
                        self.pending = true;
                    } else {
                        self.col += 1;
                    }
                }
            }
        }
    }

    fn csi(&mut self, params: &str, command: char) {
        if params.starts_with('?') {
            return; // cursor visibility, bracketed paste
        }
        let n = params
            .split(';')
            .next()
            .and_then(|p| p.parse::<usize>().ok());
        self.pending = false;
        match command {
            'A' => self.row = self.row.saturating_sub(n.unwrap_or(1).max(1)).max(self.top),
            'B' => self.row = (self.row + n.unwrap_or(1).max(1)).min(self.top + self.height - 1),
            'C' => self.col = (self.col + n.unwrap_or(1).max(1)).min(self.width - 1),
            'D' => self.col = self.col.saturating_sub(n.unwrap_or(1).max(1)),
            'G' => self.col = n.unwrap_or(1).max(1) - 1,
            'K' => {
                let col = self.col;
                let line = self.line();
                match n.unwrap_or(0) {
                    0 => line.truncate(col),
                    1 => line.iter_mut().take(col + 1).for_each(|c| *c = ' '),
                    _ => line.clear(),
                }
            }
            'J' => {
                let col = self.col;
                self.line().truncate(col);
                self.rows.truncate(self.row + 1);
            }
            _ => {} // colours and attributes
        }
        self.line();
    }

    fn rows(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|r| {
                r.iter()
                    .collect::<String>()
                    .replace(['\u{a0}', '\u{202f}'], " ")
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    /// The last `n` rows that hold anything, as a user sees the bottom of
    /// the window.
    fn tail(&self, n: usize) -> String {
        let rows = self.rows();
        let end = rows
            .iter()
            .rposition(|r| !r.is_empty())
            .map_or(0, |i| i + 1);
        rows[end.saturating_sub(n)..end].join("\n")
    }
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load_q(path: &Path) -> Questionnaire {
    boussole::load::questionnaire_from_path(path, &path.display().to_string(), None)
        .expect("questionnaire")
}

fn load_answers(path: &Path, q: &Questionnaire) -> AnswerSheet {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    boussole::load::answers_from_str(&text, "answers", q, Lang::Fr)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn choice(index: usize, comment: Option<&str>) -> Answer {
    Answer::Choice {
        index,
        comment: comment.map(str::to_string),
    }
}

/// Picks the item `downs` below the first one, then answers the comment.
fn answer(pty: &mut Pty, position: &str, downs: usize, comment: &str) {
    pty.expect(position);
    pty.expect("Votre réponse");
    pty.expect("Ctrl-C quitter]");
    for _ in 0..downs {
        pty.key(DOWN);
    }
    pty.send(ENTER);
    pty.expect("Commentaire (facultatif)");
    pty.expect("Échap pour revenir au choix]");
    if !comment.is_empty() {
        pty.send(comment);
        pty.expect(comment);
    }
    pty.send(ENTER);
}

#[test]
fn a_complete_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(
        dir.path(),
        &[
            "assess",
            "-q",
            MINI,
            "--department",
            "Direction des finances",
            "--respondent",
            "Claire Martin",
        ],
    );
    pty.expect("Fichier : reponses/direction-des-finances--claire-martin.yaml");
    answer(&mut pty, "Stratégie · Question 1/5", 1, "");
    answer(&mut pty, "Question 2/5", 3, "");
    answer(&mut pty, "Question 3/5", 2, "");
    answer(&mut pty, "Données · Question 4/5", 4, "");
    answer(&mut pty, "Question 5/5", 0, "");
    pty.expect("Questionnaire terminé : 5/5");
    pty.expect("Global");
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("68,8"), "{out}");
    assert!(out.contains("boussole score reponses/"), "{out}");
    let q = load_q(Path::new(MINI));
    let sheet = load_answers(
        &dir.path()
            .join("reponses/direction-des-finances--claire-martin.yaml"),
        &q,
    );
    assert_eq!(
        sheet.answers,
        vec![
            choice(1, None),
            choice(3, None),
            choice(2, None),
            choice(4, None),
            choice(0, None)
        ]
    );
}

#[test]
fn back_with_esc_and_with_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["assess", "-q", MINI, "--department", "RH"]);
    answer(&mut pty, "Question 1/5", 1, "");
    pty.expect("Question 2/5");
    pty.expect("Ctrl-C quitter]");
    pty.send(ESC);
    // Back on question 1, which shows its saved answer.
    pty.expect("Question 1/5");
    pty.expect("Réponse enregistrée : 1 · Initial");
    pty.expect("Ctrl-C quitter]");
    pty.key(DOWN); // the cursor starts on 1: this is 2
    pty.send(ENTER);
    pty.expect("Commentaire (facultatif)");
    pty.send(ENTER);
    // Question 2 again; back through the menu item this time.
    pty.expect("Question 2/5");
    pty.expect("Ctrl-C quitter]");
    // From the first item, wrapping: Quitter, then ← Question précédente.
    pty.key(UP);
    pty.key(UP);
    pty.send(ENTER);
    pty.expect("Question 1/5");
    pty.expect("Réponse enregistrée : 2 · Défini");
    pty.expect("Ctrl-C quitter]");
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
    let q = load_q(Path::new(MINI));
    let sheet = load_answers(&dir.path().join("reponses/rh.yaml"), &q);
    assert_eq!(sheet.answers[0], choice(2, None));
    assert_eq!(sheet.answers[1], Answer::Missing);
}

#[test]
fn help_shows_the_help_text_and_references() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("helpful.yaml");
    std::fs::write(&q, HELPFUL).unwrap();
    let qs = q.display().to_string();
    let mut pty = Pty::spawn(dir.path(), &["assess", "-q", &qs, "--department", "RH"]);
    pty.expect("Question 1/2");
    pty.expect("? Aide et textes de référence");
    pty.expect("Ctrl-C quitter]");
    // Quitter, then the help (no "back" on question 1).
    pty.key(UP);
    pty.key(UP);
    pty.send(ENTER);
    pty.expect("Aide :");
    pty.expect("Le texte d’aide de la première question.");
    pty.expect("Références :");
    pty.expect("• Règlement (UE) 2024/1689, art. 4");
    pty.expect("← Retour à la question");
    pty.send(ENTER);
    answer(&mut pty, "Question 1/2", 1, "");
    pty.expect("Question 2/2");
    pty.expect("Ctrl-C quitter]");
    pty.send(CTRL_C);
    let (code, _) = pty.finish();
    assert_eq!(code, 0);
    let sheet = load_answers(&dir.path().join("reponses/rh.yaml"), &load_q(&q));
    assert_eq!(sheet.answers, vec![choice(1, None), Answer::Missing]);
}

#[test]
fn a_comment_na_and_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), &["assess", "-q", MINI, "--department", "RH"]);
    // The scale has 5 levels: na is the 6th item, unknown the 7th.
    answer(&mut pty, "Question 1/5", 5, "");
    answer(&mut pty, "Question 2/5", 6, "à demander au « DGS »: voir");
    answer(&mut pty, "Question 3/5", 1, "Charte votée, pas appliquée");
    pty.expect("Question 4/5");
    pty.expect("Ctrl-C quitter]");
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Réponses enregistrées dans reponses/rh.yaml (3/5)"),
        "{out}"
    );
    let path = dir.path().join("reponses/rh.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("  s1: na\n"), "{text}");
    let sheet = load_answers(&path, &load_q(Path::new(MINI)));
    assert_eq!(
        sheet.answers[..3],
        [
            Answer::Na { comment: None },
            Answer::Unknown {
                comment: Some("à demander au « DGS »: voir".into())
            },
            choice(1, Some("Charte votée, pas appliquée")),
        ]
    );
}

#[test]
fn ctrl_c_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(
        dir.path(),
        &["assess", "-q", MINI, "--department", "Direction de l’eau"],
    );
    answer(&mut pty, "Question 1/5", 0, "");
    pty.expect("Question 2/5");
    pty.expect("Ctrl-C quitter]");
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Pour reprendre là où vous vous êtes arrêté, tapez :"),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "  boussole assess --department \"Direction de l’eau\" -q {MINI}"
        )),
        "{out}"
    );
}

#[test]
fn kill_9_loses_nothing_and_the_next_run_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "assess",
        "-q",
        MINI,
        "--department",
        "RH",
        "--respondent",
        "Léa",
    ];
    let mut pty = Pty::spawn(dir.path(), &args);
    answer(&mut pty, "Question 1/5", 1, "première");
    answer(&mut pty, "Question 2/5", 3, "");
    // The file is written before the next question is shown.
    pty.expect("Question 3/5");
    pty.expect("Ctrl-C quitter]");
    pty.session
        .get_process_mut()
        .kill(Signal::SIGKILL)
        .expect("kill -9");
    let status = pty.session.get_process().wait().expect("wait");
    assert!(
        matches!(status, WaitStatus::Signaled(_, Signal::SIGKILL, _)),
        "{status:?}"
    );

    let path = dir.path().join("reponses/rh--lea.yaml");
    let q = load_q(Path::new(MINI));
    let sheet = load_answers(&path, &q);
    assert_eq!(
        sheet.answers,
        vec![
            choice(1, Some("première")),
            choice(3, None),
            Answer::Missing,
            Answer::Missing,
            Answer::Missing
        ]
    );
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path().join("reponses"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p != &path)
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let mut pty = Pty::spawn(dir.path(), &args);
    pty.expect("Reprise : 2/5 déjà répondues, suite à la question 3.");
    pty.expect("Stratégie · Question 3/5");
    pty.expect("Charte ?");
    answer(&mut pty, "", 2, "");
    pty.expect("Question 4/5");
    pty.expect("Ctrl-C quitter]");
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
    let sheet = load_answers(&path, &q);
    assert_eq!(
        sheet.answers[..3],
        [
            choice(1, Some("première")),
            choice(3, None),
            choice(2, None)
        ]
    );
}

#[test]
fn sigterm_and_sighup_lose_nothing() {
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let dir = tempfile::tempdir().unwrap();
        let mut pty = Pty::spawn(dir.path(), &["assess", "-q", MINI, "--department", "RH"]);
        answer(&mut pty, "Question 1/5", 2, "avant le signal");
        pty.expect("Question 2/5");
        pty.expect("Ctrl-C quitter]");
        pty.session
            .get_process_mut()
            .kill(signal)
            .expect("send the signal");
        let status = pty.session.get_process().wait().expect("wait");
        // boussole catches the signal to put the terminal back in its normal
        // mode, then exits with the conventional 128 + signal number.
        assert!(
            matches!(status, WaitStatus::Exited(_, code) if code == 128 + signal as i32),
            "{status:?}"
        );
        let sheet = load_answers(
            &dir.path().join("reponses/rh.yaml"),
            &load_q(Path::new(MINI)),
        );
        assert_eq!(
            sheet.answers[..2],
            [choice(2, Some("avant le signal")), Answer::Missing],
            "{signal:?}"
        );
    }
}

/// The default questionnaire's longest question, on an 80-column terminal:
/// its text and every choice wrap between words, nothing runs past the edge.
#[test]
fn the_longest_question_fits_80_columns() {
    let (name, text) = boussole::defaults::questionnaire(Lang::Fr);
    let q = boussole::load::questionnaire_from_str(text, name, Lang::Fr)
        .expect("default questionnaire");
    let (position, question) = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| (i, question))
        .max_by_key(|(_, question)| question.text.chars().count())
        .unwrap();
    // Every earlier question answered: the session resumes on that one.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finances.yaml");
    let mut sheet = AnswerSheet::empty(&q, "Direction des finances".into(), None);
    for a in sheet.answers.iter_mut().take(position) {
        *a = choice(0, None);
    }
    std::fs::write(&path, boussole::answers_file::to_yaml(&q, &sheet)).unwrap();

    let total = q.question_count();
    let heading = format!("· Question {}/{total}", position + 1);
    let mut pty = Pty::spawn(
        dir.path(),
        &[
            "assess",
            "--department",
            "Direction des finances",
            "-o",
            "finances.yaml",
        ],
    );
    pty.expect(&heading);
    pty.expect("Votre réponse");
    pty.expect("Ctrl-C quitter]");

    let screen = pty.screen();
    let rows = screen.rows();
    let top = rows
        .iter()
        .rposition(|r| r.contains(&heading))
        .expect("the heading on screen");
    let prompt = top
        + rows[top..]
            .iter()
            .position(|r| r.starts_with("? Votre réponse"))
            .expect("the prompt");
    let above = words(&rows[top + 1..prompt].join(" "));
    let below = words(&rows[prompt + 1..].join(" "));
    assert!(
        above.contains(&words(&question.text)),
        "question text broken:\n{}",
        rows[top..prompt].join("\n")
    );
    for (k, c) in question.choices(&q.scale).iter().enumerate() {
        let item = match c.description {
            Some(d) => words(&format!("{k} · {} — {d}", c.label)),
            None => words(&format!("{k} · {}", c.label)),
        };
        assert!(
            below.contains(&item),
            "choice {k} broken:\n{}",
            rows[prompt..].join("\n")
        );
    }
    for row in &rows {
        assert!(row.chars().count() <= COLS, "{row:?}");
    }
    assert_eq!(
        screen.hard_wraps,
        0,
        "a line ran past column {COLS}:\n{}",
        rows.join("\n")
    );
    let capture = screen.tail(rows.len() - top + 1);
    println!(
        "--- {COLS} columns, question {}/{total} ---\n{capture}\n---",
        position + 1
    );

    // Its help, too, if it has some.
    if let Some(help) = &question.help {
        // Quitter, ← Question précédente, ? Aide.
        for _ in 0..3 {
            pty.key(UP);
        }
        pty.send(ENTER);
        pty.expect("← Retour à la question");
        pty.expect("pour revenir à la question]");
        let screen = pty.screen();
        let rows = screen.rows();
        let start = rows
            .iter()
            .rposition(|r| r == "Aide :")
            .expect("the help title");
        let shown = words(&rows[start..].join(" "));
        for paragraph in help.lines() {
            assert!(
                shown.contains(&words(paragraph)),
                "help broken:\n{}",
                rows[start..].join("\n")
            );
        }
        assert_eq!(screen.hard_wraps, 0, "{}", rows[start..].join("\n"));
    }
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
}

/// In a window too short for the list with its descriptions, the
/// descriptions go above a compact list, which inquire can redraw in place.
#[test]
fn a_short_window_is_redrawn_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn_sized(dir.path(), &["assess", "--department", "RH"], 16);
    pty.expect("Commencer le questionnaire");
    pty.expect("Ctrl-C pour quitter]");
    pty.send(ENTER);
    pty.expect("· Question 1/");
    pty.expect("Ctrl-C quitter]");
    for key in [DOWN, DOWN, DOWN, UP, DOWN] {
        pty.key(key);
    }
    pty.expect("> 3 · Maîtrisé");
    pty.settle();
    let window = pty.screen().window();
    let text = window.join("\n");
    for label in [
        "0 · Inexistant",
        "1 · Initial",
        "2 · Défini",
        "3 · Maîtrisé",
        "4 · Optimisé",
        "Sans objet",
    ] {
        let count = window.iter().filter(|r| r.ends_with(label)).count();
        assert_eq!(count, 1, "{label:?} in:\n{text}");
    }
    assert_eq!(
        window
            .iter()
            .filter(|r| r.starts_with("? Votre réponse"))
            .count(),
        1,
        "{text}"
    );
    pty.send(CTRL_C);
    let (code, out) = pty.finish();
    assert_eq!(code, 0, "{out}");
}

#[test]
fn stdin_not_a_terminal_exits_1_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let out = Command::new(BIN)
        .args(["assess", "-q", MINI, "--department", "RH"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
    assert!(err.contains("l’entrée standard n’en est pas un"), "{err}");
    assert!(!dir.path().join("reponses").exists());
}

#[test]
fn a_foreign_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.yaml");
    let text = "questionnaire: mini\nversion: \"0.9\"\ndepartment: RH\nanswers:\n  s1: na\n";
    std::fs::write(&path, text).unwrap();
    let out = Command::new(BIN)
        .args(["assess", "-q", MINI, "--department", "RH", "-o", "old.yaml"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
    assert!(
        err.contains("old.yaml:2:10")
            && err.contains("« 0.9 »")
            && err.contains("old.yaml n’a pas été modifié"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// Two sessions on one answers file: the second is refused at once, and the
/// first one's answers are all kept.
#[test]
fn a_second_session_on_the_same_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["assess", "-q", MINI, "--department", "RH", "-o", "rh.yaml"];
    let mut first = Pty::spawn(dir.path(), &args);
    answer(&mut first, "Question 1/5", 2, "premier");
    first.expect("Question 2/5");
    first.expect("Ctrl-C quitter]");

    let second = Pty::spawn(dir.path(), &args);
    let start = Instant::now();
    let (code, out) = second.finish();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("déjà ouvert dans une autre session"), "{out}");
    assert!(start.elapsed() < Duration::from_secs(30));

    for _ in 0..3 {
        first.key(DOWN);
    }
    first.send(ENTER);
    first.expect("Commentaire (facultatif)");
    first.expect("Échap pour revenir au choix]");
    first.send(ENTER);
    first.expect("Question 3/5");
    first.expect("Ctrl-C quitter]");
    first.send(CTRL_C);
    let (code, out) = first.finish();
    assert_eq!(code, 0, "{out}");
    let sheet = load_answers(&dir.path().join("rh.yaml"), &load_q(Path::new(MINI)));
    assert_eq!(
        sheet.answers[..3],
        [choice(2, Some("premier")), choice(3, None), Answer::Missing]
    );
    // Once the first session has ended, the file is free again.
    let mut again = Pty::spawn(dir.path(), &args);
    again.expect("Reprise : 2/5");
    again.expect("Ctrl-C quitter]");
    again.send(CTRL_C);
    assert_eq!(again.finish().0, 0);
}

/// The pid of the process whose command line holds `needle`, if any.
fn pid_with(needle: &str) -> Option<u32> {
    for entry in std::fs::read_dir("/proc").ok()? {
        let entry = entry.ok()?;
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
        if args.first().is_some_and(|a| a.ends_with(b"boussole"))
            && args.iter().any(|a| a == &needle.as_bytes())
        {
            return Some(pid);
        }
    }
    None
}

/// Closing the terminal window (here: killing the terminal that holds the
/// pseudo-terminal's other end) ends the session within moments, answers
/// saved; it used to spin at 40 % CPU for ever, deaf to signals.
#[test]
fn a_closed_terminal_ends_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("ferme.yaml");
    let output = output.to_str().unwrap();
    let inner = format!("exec {BIN} assess -q {MINI} --department RH -o {output}");
    // `script` opens a terminal of its own for boussole; killing it closes
    // that terminal, as closing a window does.
    let mut pty = Pty::spawn_program(
        dir.path(),
        "script",
        &["-qfec", &inner, "/dev/null"],
        60,
        "xterm",
    );
    answer(&mut pty, "Question 1/5", 1, "avant la fermeture");
    pty.expect("Question 2/5");
    pty.expect("Ctrl-C quitter]");
    let pid = pid_with(output).expect("boussole runs");
    pty.session
        .get_process_mut()
        .kill(Signal::SIGKILL)
        .expect("kill the terminal");
    let start = Instant::now();
    while pid_with(output) == Some(pid) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "boussole still running after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let sheet = load_answers(Path::new(output), &load_q(Path::new(MINI)));
    assert_eq!(
        sheet.answers[..2],
        [choice(1, Some("avant la fermeture")), Answer::Missing]
    );
}

/// `--plain`: numbered choices, typed answers, each saved at once.
#[test]
fn plain_mode_for_screen_readers() {
    for (term, extra) in [("xterm", Some("--plain")), ("dumb", None)] {
        let dir = tempfile::tempdir().unwrap();
        let mut args = vec!["assess", "-q", MINI, "--department", "RH", "-o", "p.yaml"];
        args.extend(extra);
        let mut pty = Pty::spawn_program(dir.path(), BIN, &args, 60, term);
        pty.expect("Mode texte");
        pty.expect("Question 1/5");
        pty.expect("  2 · Défini");
        pty.expect("  so · Sans objet");
        pty.expect("Tapez 0, 1, 2, 3, 4, so, nsp, q, puis Entrée");
        pty.send("7\n");
        pty.expect("n’est pas l’un des choix");
        pty.send("3\n");
        pty.expect("Réponse : 3 · Maîtrisé");
        pty.expect("Commentaire");
        pty.send("écrit en mode texte\n");
        pty.expect("Question 2/5");
        pty.expect("puis Entrée");
        pty.send("so\n");
        pty.expect("Commentaire");
        pty.send("\n");
        pty.expect("Question 3/5");
        pty.expect("puis Entrée");
        pty.send("<\n");
        pty.expect("Question 2/5");
        pty.expect("puis Entrée");
        pty.send("nsp\n");
        pty.expect("Commentaire");
        pty.send("\n");
        pty.expect("Question 3/5");
        pty.expect("puis Entrée");
        // Each answer is on disk before the next question.
        let sheet = load_answers(&dir.path().join("p.yaml"), &load_q(Path::new(MINI)));
        assert_eq!(
            sheet.answers[..3],
            [
                choice(3, Some("écrit en mode texte")),
                Answer::Unknown { comment: None },
                Answer::Missing
            ],
            "{term}"
        );
        // Nothing drawn in place: no escape sequence at all.
        assert!(
            !pty.raw.contains(&0x1b),
            "{term}: escape sequences in plain mode"
        );
        pty.send("q\n");
        let (code, out) = pty.finish();
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("Pour reprendre"), "{out}");
    }
}
