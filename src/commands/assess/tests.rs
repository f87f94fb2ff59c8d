//! The session's logic, driven by the scripted prompter.

use std::path::{Path, PathBuf};

use super::*;
use crate::assess::scripted::{Scripted, Step};
use crate::cli::QuestionnaireArg;
use crate::model::{Answer, Date};

/// The session's "today": a fixed date, so that no test depends on the clock
/// (nor fails when it straddles midnight).
const TODAY: Date = Date {
    year: 2026,
    month: 10,
    day: 4,
};

fn test_env() -> crate::env::Env {
    crate::env::Env::fixed(TODAY)
}

/// [`test_env`] with stdout a terminal of `width` columns.
fn test_env_width(width: Option<u16>) -> crate::env::Env {
    crate::env::Env {
        stdout_width: width,
        ..test_env()
    }
}

const MINI: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/mini/questionnaire.yaml"
);

/// A questionnaire with help, references, a description and long texts.
const HELPFUL: &str = r#"
id: helpful
version: "1"
lang: fr
title: "Questionnaire d’essai"
description: "Bienvenue dans ce questionnaire d’essai : il sert aux tests de la session."
scale:
  - label: Non
    description: "Rien n’est fait, ni écrit, ni même envisagé pour l’instant dans la collectivité, malgré les demandes répétées des services."
  - label: Oui
themes:
  - id: t
    title: Thème unique
    description: "Ce thème rassemble deux questions."
    questions:
      - id: a
        text: "Une question dont le texte est volontairement très long, pour vérifier que le retour à la ligne se fait entre les mots et jamais au milieu : anticonstitutionnellement ?"
        help: "Un texte d’aide qui explique ce que l’on attend, assez long lui aussi pour devoir passer à la ligne."
        references: ["Règlement (UE) 2024/1689, art. 4", "Code des relations entre le public et l’administration, art. L311-3-1"]
      - id: b
        text: "Seconde question ?"
"#;

struct Env {
    dir: tempfile::TempDir,
    questionnaire: PathBuf,
}

impl Env {
    fn mini() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            questionnaire: PathBuf::from(MINI),
        }
    }

    fn helpful() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let questionnaire = dir.path().join("helpful.yaml");
        std::fs::write(&questionnaire, HELPFUL).unwrap();
        Env { dir, questionnaire }
    }

    fn base(&self) -> &Path {
        self.dir.path()
    }

    fn args(
        &self,
        department: &str,
        respondent: Option<&str>,
        output: Option<PathBuf>,
    ) -> AssessArgs {
        AssessArgs {
            department: department.to_string(),
            respondent: respondent.map(str::to_string),
            questionnaire: QuestionnaireArg {
                questionnaire: Some(self.questionnaire.clone()),
            },
            output,
            plain: false,
        }
    }

    fn q(&self) -> Questionnaire {
        load::questionnaire_from_path(&self.questionnaire, "q.yaml", None).unwrap()
    }

    /// Runs a session; returns stdout, the transcript and the result.
    fn run(&self, args: &AssessArgs, steps: Vec<Step>) -> (String, Scripted, Result<(), Failure>) {
        let mut p = Scripted::new(steps);
        let mut out = Vec::new();
        let mut err = Vec::new();
        let result = {
            let mut ctx = Ctx {
                env: test_env_width(Some(80)),
                lang_override: None,
                color: false,
                out: &mut out,
                err: &mut err,
            };
            run_with(&mut ctx, args, self.base(), &mut p)
        };
        assert_eq!(
            p.remaining(),
            0,
            "unused steps; transcript:\n{}",
            p.transcript
        );
        (String::from_utf8(out).unwrap(), p, result)
    }

    fn load(&self, path: &Path) -> AnswerSheet {
        load::answers_from_path(path, "a.yaml", &self.q(), Lang::Fr, u64::MAX).unwrap()
    }
}

fn pick(i: usize) -> Step {
    Step::Pick(i)
}

fn no_comment() -> Step {
    Step::Type(String::new())
}

fn choice(index: usize) -> Answer {
    Answer::Choice {
        index,
        comment: None,
    }
}

fn message(result: Result<(), Failure>) -> String {
    match result {
        Err(Failure::Message(m)) => m,
        Err(Failure::Load(e)) => panic!("expected a message, got {e:?}"),
        Err(Failure::Problems(p)) => panic!("expected a message, got {p:?}"),
        Err(e @ Failure::Write { .. }) => panic!("expected a message, got {e:?}"),
        Ok(()) => panic!("expected a failure"),
    }
}

#[test]
fn a_complete_session_writes_every_answer_and_shows_the_scores() {
    let env = Env::mini();
    let args = env.args("Direction des finances", Some("Claire Martin"), None);
    let steps = vec![
        pick(1),
        no_comment(),
        pick(3),
        no_comment(),
        pick(2),
        Step::Type("  charte votée  ".into()),
        pick(4),
        no_comment(),
        pick(0),
        no_comment(),
    ];
    let (out, p, result) = env.run(&args, steps);
    result.unwrap();
    let path = env
        .base()
        .join("reponses/direction-des-finances--claire-martin.yaml");
    let sheet = env.load(&path);
    assert_eq!(sheet.department, "Direction des finances");
    assert_eq!(sheet.respondent.as_deref(), Some("Claire Martin"));
    assert_eq!(sheet.date, Some(TODAY));
    assert_eq!(
        sheet.answers,
        vec![
            choice(1),
            choice(3),
            Answer::Choice {
                index: 2,
                comment: Some("charte votée".into())
            },
            choice(4),
            choice(0),
        ]
    );
    // The screens: theme, position, text, choices, na, unknown, actions.
    assert!(
        p.transcript.contains("Thème — Stratégie · Question 1/5"),
        "{}",
        p.transcript
    );
    assert!(p.transcript.contains("Thème — Données · Question 5/5"));
    assert!(p.transcript.contains("Feuille de route ?"));
    assert!(p.transcript.contains("0 · Inexistant"));
    assert!(p.transcript.contains("2 · Oui"));
    assert!(p.transcript.contains("Sans objet"));
    assert!(p.transcript.contains("Ne sait pas"));
    assert!(p.transcript.contains("Quitter (reprendre plus tard)"));
    assert!(p.transcript.contains("Fichier\u{a0}: "));
    // No back action on question 1; the mini questionnaire has no help.
    let first = p.transcript.split("Question 2/5").next().unwrap();
    assert!(!first.contains("← Question précédente"));
    assert!(!p.transcript.contains("? Aide"));
    // The scores: Stratégie = (1·25 + 2·75 + 1·100) / 4 = 68.75; Données = (100 + 0) / 2 = 50.
    assert!(out.contains("Questionnaire terminé\u{a0}: 5/5"), "{out}");
    assert!(out.contains("68,8"), "{out}");
    assert!(out.contains("50,0"), "{out}");
    assert!(out.contains("Global"), "{out}");
    assert!(
        out.contains("direction-des-finances--claire-martin.yaml"),
        "{out}"
    );
    assert!(out.contains("boussole score"), "{out}");
}

#[test]
fn the_file_is_written_after_every_answer() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    // Fail the terminal at the third question: two answers must be on disk.
    let steps = vec![
        pick(1),
        no_comment(),
        pick(2),
        no_comment(),
        Step::Fail("boom".into()),
    ];
    let (_, _, result) = env.run(&args, steps);
    let m = message(result);
    assert!(m.contains("boom") && m.contains("reponses/rh.yaml"), "{m}");
    let sheet = env.load(&env.base().join("reponses/rh.yaml"));
    assert_eq!(sheet.answers[..3], [choice(1), choice(2), Answer::Missing]);
}

#[test]
fn esc_goes_back_and_the_cursor_starts_on_the_saved_answer() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let steps = vec![
        pick(1),
        Step::Type("premier".into()), // q1
        Step::Esc,                    // q2: back to q1
        pick(3),
        Step::Enter, // q1 changed, comment kept as pre-filled
        Step::PickText("← Question précédente".into()), // q2: back again, by the menu
        Step::Enter,
        Step::Type(String::new()), // q1: Enter keeps choice 3, comment erased
        Step::CtrlC,               // q2
    ];
    let (out, p, result) = env.run(&args, steps);
    result.unwrap();
    // Cursor: q1 at 0, q2 at 0, q1 on 1 (saved), q2 at 0, q1 on 3, q2.
    assert_eq!(p.starts, vec![0, 0, 1, 0, 3, 0]);
    // The comment prompt is pre-filled with the saved comment.
    assert_eq!(p.initials, vec!["", "premier", "premier"]);
    let sheet = env.load(&env.base().join("reponses/rh.yaml"));
    assert_eq!(sheet.answers[0], choice(3));
    assert!(
        p.transcript
            .contains("Réponse enregistrée\u{a0}: 1 · Initial")
    );
    assert!(p.transcript.contains("Commentaire\u{a0}: premier"));
    assert!(out.contains("(1/5)"), "{out}");
}

#[test]
fn quitting_at_the_introduction_writes_nothing() {
    let env = Env::helpful();
    let (out, _, result) = env.run(&env.args("RH", None, None), vec![pick(1)]);
    result.unwrap();
    assert!(out.contains("Aucune réponse enregistrée"), "{out}");
    assert!(!env.base().join("reponses/rh.yaml").exists());
}

#[test]
fn esc_on_the_first_question_stays_there() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let (_, p, result) = env.run(&args, vec![Step::Esc, Step::CtrlC]);
    result.unwrap();
    assert!(p.transcript.contains("C’est la première question."));
    assert_eq!(p.transcript.matches("Question 1/5").count(), 2);
}

#[test]
fn esc_on_the_comment_returns_to_the_choices() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let steps = vec![pick(2), Step::Esc, pick(4), no_comment(), Step::CtrlC];
    let (_, p, result) = env.run(&args, steps);
    result.unwrap();
    assert_eq!(p.starts[..2], [0, 2]);
    let sheet = env.load(&env.base().join("reponses/rh.yaml"));
    assert_eq!(sheet.answers[0], choice(4));
}

#[test]
fn na_and_unknown_with_and_without_comments() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let steps = vec![
        Step::PickText("Sans objet".into()),
        no_comment(),
        Step::PickText("Ne sait pas".into()),
        Step::Type("à demander au DGS".into()),
        Step::PickText("Sans objet".into()),
        Step::Type("pas de charte: \"aucune\"".into()),
        Step::PickText("Ne sait pas".into()),
        no_comment(),
        pick(0),
        no_comment(),
    ];
    let (_, _, result) = env.run(&args, steps);
    result.unwrap();
    let path = env.base().join("reponses/rh.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("  s1: na\n"), "{text}");
    assert!(
        text.contains("  s2: {choice: unknown, comment: \"à demander au DGS\"}\n"),
        "{text}"
    );
    assert!(text.contains("  d1: unknown\n"), "{text}");
    let sheet = env.load(&path);
    assert_eq!(
        sheet.answers[..4],
        [
            Answer::Na { comment: None },
            Answer::Unknown {
                comment: Some("à demander au DGS".into())
            },
            Answer::Na {
                comment: Some("pas de charte: \"aucune\"".into())
            },
            Answer::Unknown { comment: None },
        ]
    );
}

#[test]
fn ctrl_c_on_the_comment_keeps_the_choice() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let (out, _, result) = env.run(&args, vec![pick(2), Step::CtrlC]);
    result.unwrap();
    let sheet = env.load(&env.base().join("reponses/rh.yaml"));
    assert_eq!(sheet.answers[0], choice(2));
    assert!(out.contains("(1/5)"), "{out}");
}

#[test]
fn quitting_says_how_to_resume() {
    let env = Env::mini();
    let args = env.args("Direction de l’eau", Some("Jean d’Arc"), None);
    let steps = vec![pick(1), no_comment(), Step::PickText("Quitter".into())];
    let (out, _, result) = env.run(&args, steps);
    result.unwrap();
    assert!(
        out.contains("reponses/direction-de-l-eau--jean-d-arc.yaml (1/5)"),
        "{out}"
    );
    let q = env.questionnaire.display();
    assert!(
        out.contains(&format!(
            "boussole assess --department \"Direction de l’eau\" --respondent \"Jean d’Arc\" -q {q}"
        )),
        "{out}"
    );
}

#[test]
fn quitting_before_any_answer_writes_nothing() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let (out, _, result) = env.run(&args, vec![Step::CtrlC]);
    result.unwrap();
    assert!(out.contains("Aucune réponse enregistrée"), "{out}");
    assert!(out.contains("Pour commencer plus tard"), "{out}");
    // Not even an empty folder is left behind.
    assert!(!env.base().join("reponses").exists());
}

#[test]
fn resuming_starts_at_the_first_missing_question_and_says_so() {
    let env = Env::mini();
    let args = env.args("RH", Some("Léa"), None);
    env.run(
        &args,
        vec![
            pick(1),
            Step::Type("note".into()),
            pick(2),
            no_comment(),
            Step::CtrlC,
        ],
    )
    .2
    .unwrap();
    let steps = vec![
        pick(0),
        no_comment(),
        pick(1),
        no_comment(),
        pick(2),
        no_comment(),
    ];
    let (out, p, result) = env.run(&args, steps);
    result.unwrap();
    assert!(
        p.transcript
            .contains("Reprise\u{a0}: 2/5 déjà répondues, suite à la question 3."),
        "{}",
        p.transcript
    );
    let first = p.transcript.find("· Question ").unwrap();
    assert!(
        p.transcript[first..].starts_with("· Question 3/5"),
        "{}",
        p.transcript
    );
    let sheet = env.load(&env.base().join("reponses/rh--lea.yaml"));
    assert_eq!(
        sheet.answers,
        vec![
            Answer::Choice {
                index: 1,
                comment: Some("note".into())
            },
            choice(2),
            choice(0),
            choice(1),
            choice(2),
        ]
    );
    assert!(out.contains("5/5"));
}

#[test]
fn after_going_back_the_session_returns_to_the_first_missing_question() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let steps = vec![
        pick(1),
        no_comment(),
        pick(1),
        no_comment(),
        pick(1),
        no_comment(), // q4 now
        Step::Esc,
        Step::Esc,
        Step::Esc, // q3, q2, q1
        pick(4),
        no_comment(), // q1 changed: jump to q4
        Step::CtrlC,
    ];
    let (_, p, result) = env.run(&args, steps);
    result.unwrap();
    let last = p.transcript.rfind("· Question ").unwrap();
    assert!(
        p.transcript[last..].starts_with("· Question 4/5"),
        "{}",
        p.transcript
    );
}

#[test]
fn a_complete_file_can_be_reviewed_or_just_scored() {
    let env = Env::mini();
    let args = env.args("RH", None, None);
    let all = vec![
        pick(1),
        no_comment(),
        pick(1),
        no_comment(),
        pick(1),
        no_comment(),
        pick(1),
        no_comment(),
        pick(1),
        no_comment(),
    ];
    env.run(&args, all).2.unwrap();
    // Just the scores.
    let (out, p, result) = env.run(&args, vec![Step::Enter]);
    result.unwrap();
    assert!(
        p.transcript
            .contains("Les 5 questions ont déjà une réponse.")
    );
    assert!(out.contains("5/5"), "{out}");
    // Review: every question in turn, from the first, cursor on the answer.
    let mut steps = vec![pick(0)];
    for _ in 0..5 {
        steps.extend([Step::Enter, Step::Enter]);
    }
    let (_, p, result) = env.run(&args, steps);
    result.unwrap();
    assert_eq!(p.starts, vec![1, 1, 1, 1, 1, 1]);
}

#[test]
fn help_shows_the_help_text_and_the_references() {
    let env = Env::helpful();
    let args = env.args("RH", None, None);
    let steps = vec![
        Step::Enter,
        Step::PickText("? Aide".into()),
        Step::Enter,
        pick(1),
        no_comment(),
        Step::CtrlC,
    ];
    let (_, p, result) = env.run(&args, steps);
    result.unwrap();
    let t = &p.transcript;
    assert!(t.contains("Bienvenue dans ce questionnaire"), "{t}");
    assert!(t.contains("Ce thème rassemble deux questions."), "{t}");
    assert!(t.contains("Aide\u{a0}:\n  Un texte d’aide"), "{t}");
    assert!(
        t.contains("Références\u{a0}:\n  • Règlement (UE) 2024/1689, art. 4"),
        "{t}"
    );
    assert!(t.contains("L311-3-1"), "{t}");
    // Question b has no help: no help action.
    let b = &t[t.find("Question 2/2").unwrap()..];
    assert!(!b.contains("? Aide"), "{b}");
    // The introduction waits for Enter; after the help, the cursor is back where it was.
    assert!(t.contains("Commencer le questionnaire"), "{t}");
    assert!(t.contains("Retour à la question"), "{t}");
    assert_eq!(p.starts[..4], [0, 0, 0, 0]);
}

#[test]
fn the_screen_fits_narrow_terminals() {
    let env = Env::helpful();
    let args = env.args("RH", None, None);
    for width in [80, 40] {
        let mut p = Scripted::new(vec![
            Step::Enter,
            Step::PickText("? Aide".into()),
            Step::CtrlC,
        ]);
        p.width = width;
        let mut out = Vec::new();
        let mut err = Vec::new();
        let mut ctx = Ctx {
            env: test_env_width(Some(80)),
            lang_override: None,
            color: false,
            out: &mut out,
            err: &mut err,
        };
        run_with(&mut ctx, &args, env.base(), &mut p).unwrap();
        for line in p.transcript.lines() {
            // The scripted prompter puts "> " or "  " before list items, as inquire does.
            assert!(line.chars().count() <= width, "{width}: {line:?}");
        }
        // Words are never cut.
        assert!(p.transcript.contains("anticonstitutionnellement"));
        assert!(p.transcript.contains("répétées"));
    }
}

#[test]
fn english_questionnaires_speak_english() {
    let env = Env::helpful();
    let english = HELPFUL.replace("lang: fr", "lang: en");
    std::fs::write(&env.questionnaire, english).unwrap();
    let args = env.args("Finance", None, None);
    let steps = vec![
        Step::Enter,
        Step::PickText("Not applicable".into()),
        no_comment(),
        Step::CtrlC,
    ];
    let (out, p, result) = env.run(&args, steps);
    result.unwrap();
    assert!(
        p.transcript.contains("Theme — Thème unique · Question 1/2"),
        "{}",
        p.transcript
    );
    assert!(p.transcript.contains("Don't know (unknown)"));
    assert!(out.contains("answers/finance.yaml (1/2)"), "{out}");
}

#[test]
fn a_file_for_another_questionnaire_or_version_is_refused_untouched() {
    let env = Env::mini();
    let path = env.base().join("mine.yaml");
    for (questionnaire, version) in [("autre", "1.0"), ("mini", "0.9")] {
        let text = format!(
            "questionnaire: {questionnaire}\nversion: \"{version}\"\ndepartment: RH\nanswers:\n  s1: na\n"
        );
        std::fs::write(&path, &text).unwrap();
        let args = env.args("RH", None, Some(path.clone()));
        let (_, _, result) = env.run(&args, vec![]);
        let m = message(result);
        assert!(m.contains("n’a pas été modifié"), "{m}");
        assert!(
            m.contains(if questionnaire == "autre" {
                "autre"
            } else {
                "0.9"
            }),
            "{m}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
    // The same at the default path.
    let default = env.base().join("reponses/rh.yaml");
    std::fs::create_dir_all(default.parent().unwrap()).unwrap();
    let text = "questionnaire: autre\nversion: \"1.0\"\ndepartment: RH\nanswers: {}\n";
    std::fs::write(&default, text).unwrap();
    let (_, _, result) = env.run(&env.args("RH", None, None), vec![]);
    assert!(message(result).contains("reponses/rh.yaml"));
    assert_eq!(std::fs::read_to_string(&default).unwrap(), text);
}

#[test]
fn a_broken_file_is_refused_untouched() {
    let env = Env::mini();
    let path = env.base().join("mine.yaml");
    std::fs::write(&path, "questionnaire: [oops\n").unwrap();
    let (_, _, result) = env.run(&env.args("RH", None, Some(path.clone())), vec![]);
    assert!(message(result).contains("n’a pas été modifié"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "questionnaire: [oops\n"
    );
}

#[test]
fn a_file_of_another_department_or_respondent_is_refused_with_o() {
    let env = Env::mini();
    let path = env.base().join("mine.yaml");
    let text = "questionnaire: mini\nversion: \"1.0\"\ndepartment: RH\nrespondent: Léa\nanswers:\n  s1: na\n";
    std::fs::write(&path, text).unwrap();
    let (_, _, result) = env.run(&env.args("Finances", None, Some(path.clone())), vec![]);
    let m = message(result);
    assert!(
        m.contains("Léa (direction «\u{a0}RH\u{a0}»)") && m.contains("«\u{a0}Finances\u{a0}»"),
        "{m}"
    );
    let (_, _, result) = env.run(&env.args("RH", Some("Paul"), Some(path.clone())), vec![]);
    assert!(message(result).contains("Paul"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // Same department and respondent, spelt otherwise (case, accents, spaces): resumed.
    let (_, p, result) = env.run(
        &env.args(" rh ", Some("LEA"), Some(path.clone())),
        vec![Step::CtrlC],
    );
    result.unwrap();
    assert!(p.transcript.contains("Question 2/5"), "{}", p.transcript);
}

#[test]
fn the_default_path_never_takes_another_respondents_file() {
    let env = Env::mini();
    // "Claire-Martin" and "Claire Martin" have the same slug.
    env.run(
        &env.args("RH", Some("Claire-Martin"), None),
        vec![pick(1), no_comment(), Step::CtrlC],
    )
    .2
    .unwrap();
    let (out, _, result) = env.run(
        &env.args("RH", Some("Claire Martin"), None),
        vec![pick(2), no_comment(), Step::CtrlC],
    );
    result.unwrap();
    assert!(out.contains("reponses/rh--claire-martin-2.yaml"), "{out}");
    let first = env.load(&env.base().join("reponses/rh--claire-martin.yaml"));
    assert_eq!(first.respondent.as_deref(), Some("Claire-Martin"));
    assert_eq!(first.answers[0], choice(1));
    // Each one resumes their own.
    let (_, p, result) = env.run(
        &env.args("RH", Some("Claire Martin"), None),
        vec![Step::CtrlC],
    );
    result.unwrap();
    assert!(p.transcript.contains("rh--claire-martin-2.yaml"));
    assert!(p.transcript.contains("Reprise"));
    // No respondent: its own file, not a respondent's.
    let (out, _, result) = env.run(
        &env.args("RH", None, None),
        vec![pick(0), no_comment(), Step::CtrlC],
    );
    result.unwrap();
    assert!(out.contains("reponses/rh.yaml"), "{out}");
}

#[test]
fn an_empty_department_is_refused() {
    let env = Env::mini();
    let (_, _, result) = env.run(&env.args("   ", None, None), vec![]);
    assert!(message(result).contains("direction"));
}

#[test]
fn slugs_are_safe_file_names() {
    let cases = [
        ("Direction des Finances", "direction-des-finances"),
        ("Éducation, Œuvres & Loisirs", "education-oeuvres-loisirs"),
        ("  Ça  va ?  ", "ca-va"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("..", ""),
        (".", ""),
        ("", ""),
        ("???", ""),
        ("Straße", "strasse"),
        ("Cafe\u{301}", "cafe"),
        ("Jean d’Arc", "jean-d-arc"),
        ("日本", ""),
    ];
    for (name, expected) in cases {
        assert_eq!(slug(name), expected, "{name:?}");
    }
    let long = "a".repeat(59) + " b" + &"c".repeat(100);
    let s = slug(&long);
    assert!(s.len() <= SLUG_MAX && !s.ends_with('-'), "{s}");
    assert_eq!(slug_or("..", "direction"), "direction");
    assert_eq!(slug_or("/", "direction"), "direction");
    assert!(is_reserved_on_windows("con") && is_reserved_on_windows("lpt1"));
    assert!(!is_reserved_on_windows("conseil") && !is_reserved_on_windows("com"));
}

#[test]
fn hostile_names_stay_inside_the_answers_folder() {
    let env = Env::mini();
    for (department, respondent, expected) in [
        (
            "../..",
            Some("/etc/passwd"),
            "reponses/direction--etc-passwd.yaml",
        ),
        ("..", None, "reponses/direction.yaml"),
        ("CON", None, "reponses/con-1.yaml"),
        (
            "Direction / Achats",
            Some("."),
            "reponses/direction-achats--repondant.yaml",
        ),
    ] {
        let (out, _, result) = env.run(
            &env.args(department, respondent, None),
            vec![pick(0), no_comment(), Step::CtrlC],
        );
        result.unwrap();
        assert!(out.contains(expected), "{department:?}: {out}");
        assert!(env.base().join(expected).is_file());
    }
}

#[test]
fn resume_commands_are_quoted_for_the_shell() {
    assert_eq!(shell_quote("RH"), "RH");
    assert_eq!(
        shell_quote("Direction des finances"),
        "\"Direction des finances\""
    );
    assert_eq!(shell_quote("Direction de l'eau"), "\"Direction de l'eau\"");
    assert_eq!(shell_quote("a \"b\" l'c"), "'a \"b\" l'\\''c'");
    assert_eq!(shell_quote("$HOME"), "'$HOME'");
    assert_eq!(shell_quote(""), "\"\"");
}

#[test]
fn a_short_window_gets_the_descriptions_above_a_compact_list() {
    let env = Env::helpful();
    let args = env.args("RH", None, None);
    for (height, page_size) in [(Some(40), None), (Some(9), None), (Some(6), Some(3))] {
        let mut p = Scripted::new(vec![Step::Enter, Step::CtrlC]);
        p.height = height;
        p.width = 40;
        let mut out = Vec::new();
        let mut err = Vec::new();
        let mut ctx = Ctx {
            env: test_env(),
            lang_override: None,
            color: false,
            out: &mut out,
            err: &mut err,
        };
        run_with(&mut ctx, &args, env.base(), &mut p).unwrap();
        let list = &p.transcript[p.transcript.find("Votre réponse").unwrap()..];
        let compact = height != Some(40);
        // The description is in the list, or above it, never lost.
        assert!(
            p.transcript.contains("répétées des services."),
            "{}",
            p.transcript
        );
        assert_eq!(
            !list.contains("Rien n’est fait"),
            compact,
            "{height:?}: {list}"
        );
        assert!(
            list.contains("> 0 · Non\n") == compact,
            "{height:?}: {list}"
        );
        assert_eq!(p.page_sizes.last(), Some(&page_size), "{height:?}");
    }
}
