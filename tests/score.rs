//! `score` end to end on the `mini` fixture, whose scores were computed by
//! hand (see the comments): the JSON must match SPEC §3 to the last digit
//! that matters.

mod common;

use assert_cmd::Command;
use common::{boussole, fixture};
use serde_json::Value;

fn score_json() -> Value {
    let out = boussole()
        .args(["score", "--format", "json", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(fixture("mini/answers"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn approx(v: &Value, expected: f64) {
    let x = v.as_f64().unwrap_or_else(|| panic!("a number, got {v}"));
    assert!((x - expected).abs() < 1e-9, "{x} != {expected}");
}

#[test]
fn json_matches_hand_computation() {
    let j = score_json();
    assert_eq!(j["questionnaire"]["id"], "mini");
    assert_eq!(j["questionnaire"]["version"], "1.0");

    // Scale of 5 levels: 0, 25, 50, 75, 100.
    // Finances A: stratégie (1·25 + 2·75 + 1·50)/4 = 56.25; données 100 (d2 na).
    // Finances B: stratégie (1·75 + 2·75 + 1·100)/4 = 81.25; données 50 (d2 unknown).
    // Finances: stratégie 68.75 (min 56.25, max 81.25, σ 12.5); données 75 (σ 25);
    //   overall (1·68.75 + 3·75)/4 = 73.4375.
    // RH: stratégie (1·0 + 1·0)/2 = 0 (s2 na); données: none → null; overall 0.
    // Organisation: stratégie (68.75 + 0)/2 = 34.375; données 75 (RH has none);
    //   overall (1·34.375 + 3·75)/4 = 64.84375.
    approx(&j["overall"]["score"], 64.84375);
    assert_eq!(j["overall"]["level"], 3);
    assert_eq!(j["overall"]["level_label"], "Maîtrisé");

    let themes = j["themes"].as_array().unwrap();
    assert_eq!(themes[0]["id"], "strategie");
    assert_eq!(themes[0]["title"], "Stratégie");
    approx(&themes[0]["score"], 34.375);
    assert_eq!(themes[0]["level"], 1);
    assert_eq!(themes[0]["level_label"], "Initial");
    approx(&themes[1]["score"], 75.0);

    let depts = j["departments"].as_array().unwrap();
    assert_eq!(depts.len(), 2);
    let fin = &depts[0];
    assert_eq!(fin["name"], "Direction des finances");
    assert_eq!(fin["respondents"], 2);
    approx(&fin["overall"]["score"], 73.4375);
    let s = &fin["themes"][0];
    assert_eq!(s["id"], "strategie");
    approx(&s["score"], 68.75);
    approx(&s["min"], 56.25);
    approx(&s["max"], 81.25);
    approx(&s["stddev"], 12.5);
    assert_eq!(
        (
            s["answered"].as_u64(),
            s["na"].as_u64(),
            s["unknown"].as_u64(),
            s["missing"].as_u64()
        ),
        (Some(6), Some(0), Some(0), Some(0))
    );
    let d = &fin["themes"][1];
    approx(&d["score"], 75.0);
    approx(&d["stddev"], 25.0);
    assert_eq!(
        (
            d["answered"].as_u64(),
            d["na"].as_u64(),
            d["unknown"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );

    let rh = &depts[1];
    assert_eq!(rh["name"], "Direction des ressources humaines");
    assert_eq!(rh["respondents"], 1);
    approx(&rh["overall"]["score"], 0.0);
    assert_eq!(rh["overall"]["level_label"], "Inexistant");
    let rd = &rh["themes"][1];
    assert!(rd["score"].is_null() && rd["level"].is_null() && rd["level_label"].is_null());
    assert!(rd["min"].is_null() && rd["stddev"].is_null());
    assert_eq!(
        (rd["unknown"].as_u64(), rd["missing"].as_u64()),
        (Some(1), Some(1))
    );
    approx(&rh["themes"][0]["stddev"], 0.0);
}

#[test]
fn files_and_folders_in_any_order_give_the_same_result() {
    let a = score_json();
    let out = boussole()
        .args(["score", "--format", "json", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(fixture("mini/answers/rh.yaml"))
        .arg(fixture("mini/answers/finances-b.yaml"))
        .arg(fixture("mini/answers/finances-a.yaml"))
        .output()
        .unwrap();
    let b: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a, b);
}

#[test]
fn table_shows_organisation_themes_and_matrix() {
    let out = boussole()
        .args(["score", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(fixture("mini/answers"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = common::plain(out.stdout);
    assert!(text.contains("3 répondants, 2 directions"), "{text}");
    assert!(text.contains("64,8 % — Maîtrisé"), "{text}");
    assert!(text.contains("Direction des ressources humaines"), "{text}");
    assert!(text.contains("34,4"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour when piped: {text}");
}

#[test]
fn color_only_when_asked_and_never_with_no_color() {
    let run = |args: &[&str], no_color: bool| {
        let mut cmd = Command::cargo_bin("boussole").unwrap();
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        let out = cmd
            .args(args)
            .args(["score", "-q"])
            .arg(fixture("mini/questionnaire.yaml"))
            .arg(fixture("mini/answers"))
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&["--color", "always"], false).contains('\u{1b}'));
    assert!(
        !run(&[], false).contains('\u{1b}'),
        "stdout is not a terminal"
    );
    assert!(!run(&["--color", "never"], false).contains('\u{1b}'));
}

#[test]
fn csv_opens_in_french_spreadsheets() {
    let out = boussole()
        .args(["score", "--format", "csv", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(fixture("mini/answers"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let bytes = out.stdout;
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 2 * 2, "header + departments × themes");
    assert!(
        lines[0].starts_with("direction;repondants;theme_id;theme;score;"),
        "{}",
        lines[0]
    );
    assert!(lines[1].starts_with("Direction des finances;2;strategie;Stratégie;68,75;3;Maîtrisé;56,25;81,25;12,50;6;0;0;0"), "{}", lines[1]);
    assert!(
        lines[4].starts_with("Direction des ressources humaines;1;donnees;Données;;;;;;;0;0;1;1"),
        "{}",
        lines[4]
    );
}

#[test]
fn usage_errors_exit_2_in_the_users_language() {
    let out = boussole().args(["score"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = common::plain(out.stderr);
    assert!(
        stderr.starts_with("erreur : arguments obligatoires manquants"),
        "{stderr}"
    );
    assert!(stderr.contains("Utilisation : boussole score"), "{stderr}");
    let out = boussole()
        .args(["score", "x.yaml", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = common::plain(out.stderr);
    assert!(stderr.contains("« xml »"), "{stderr}");
    assert!(stderr.contains("table"), "the possible values: {stderr}");
    let out = boussole().args(["--lang", "en", "score"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = common::plain(out.stderr);
    assert!(
        stderr.starts_with("error: the following required arguments were not provided"),
        "{stderr}"
    );
}

#[test]
fn missing_input_exits_1_with_its_name() {
    let out = boussole()
        .args(["score", "nulle-part.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = common::plain(out.stderr);
    assert!(
        stderr.starts_with("nulle-part.yaml:1:1: fichier ou dossier introuvable"),
        "{stderr}"
    );
}

/// Writes a one-theme questionnaire whose two questions weigh `weight`, and
/// one answers file (choices 4 and 2 of 5 levels: 100 and 50).
fn weighted_campaign(dir: &std::path::Path, weight: &str) {
    std::fs::write(
        dir.join("q.yaml"),
        format!(
            "id: lourd\nversion: \"1\"\nlang: fr\ntitle: Essai\nscale:\n  - label: A\n  - label: B\n  - label: C\n  - label: D\n  - label: E\n\
             themes:\n  - id: t\n    title: Thème\n    weight: {weight}\n    questions:\n\
             \x20     - id: a\n        text: A ?\n        weight: {weight}\n\
             \x20     - id: b\n        text: B ?\n        weight: {weight}\n"
        ),
    )
    .unwrap();
    std::fs::create_dir(dir.join("answers")).unwrap();
    std::fs::write(
        dir.join("answers/rh.yaml"),
        "questionnaire: lourd\nversion: \"1\"\ndepartment: RH\n\
         answers:\n  a:\n    choice: 4\n  b:\n    choice: 2\n",
    )
    .unwrap();
}

/// Bug 1 of issue 10: two questions weighing `1e308` made `Σ w` infinite,
/// every score NaN, and the JSON said `score: null` beside `level: 0`.
#[test]
fn bug_huge_weights_made_every_score_nan() {
    for weight in ["1e308", "1e-6", "1"] {
        let dir = tempfile::tempdir().unwrap();
        weighted_campaign(dir.path(), weight);
        let out = boussole()
            .args(["score", "--format", "json", "-q"])
            .arg(dir.path().join("q.yaml"))
            .arg(dir.path().join("answers"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let j: Value = serde_json::from_slice(&out.stdout).unwrap();
        for s in [
            &j["overall"],
            &j["themes"][0],
            &j["departments"][0]["overall"],
        ] {
            approx(&s["score"], 75.0);
            assert_eq!(s["level"], 3, "weight {weight}: {s}");
        }
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains("null"), "weight {weight}: {text}");
    }
}

/// Bug 3 of issue 10: messages were filled placeholder after placeholder, so
/// a respondent called `{department}` was printed as the department.
#[test]
fn bug_placeholder_in_user_text_was_substituted_again() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.yaml", "b.yaml"] {
        std::fs::write(
            dir.path().join(name),
            "questionnaire: mini\nversion: \"1.0\"\ndepartment: RH\n\
             respondent: \"{department}\"\nanswers:\n  s1:\n    choice: 1\n",
        )
        .unwrap();
    }
    let out = boussole()
        .args(["score", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let err = common::plain(out.stderr);
    assert!(err.contains("({department})"), "{err}");
    assert!(!err.contains("(RH)"), "{err}");
}
