//! Every loading rule of SPEC §1–2, each with a fixture asserting the exact
//! position of the message and its gist, through the real binary.

mod common;

use common::{boussole, fixture};

/// A valid questionnaire to mutate: the positions below refer to its lines.
const BASE: &str = r#"id: essai
version: "1.0"
lang: fr
title: "Essai"
scale:
  - label: Bas
  - label: Moyen
  - label: Haut
themes:
  - id: strategie
    title: Stratégie
    questions:
      - id: s1
        text: Une question ?
      - id: s2
        text: Une autre ?
        options:
          - label: Non
            score: 0
          - label: Oui
            score: 100
"#;

/// Runs `check` on `text`; returns (exit code, stderr, file name shown).
fn check(text: impl AsRef<[u8]>) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.yaml");
    std::fs::write(&path, text).unwrap();
    let out = boussole().arg("check").arg(&path).output().unwrap();
    let stderr = common::plain(out.stderr);
    (
        out.status.code().unwrap(),
        stderr,
        path.display().to_string(),
    )
}

/// Asserts a `check` failure with a message at `line:col` containing `gist`.
fn assert_problem(text: &str, line: u32, col: u32, gist: &str) {
    let (code, stderr, path) = check(text);
    assert_eq!(code, 1, "expected failure, stderr: {stderr}");
    let prefix = format!("{path}:{line}:{col}: ");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains(gist)),
        "expected `{prefix}…{gist}…` in:\n{stderr}"
    );
}

#[test]
fn base_fixture_is_valid() {
    let (code, stderr, _) = check(BASE);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn unknown_field_is_an_error_with_a_suggestion() {
    let text = BASE.replace(
        "    title: Stratégie\n",
        "    title: Stratégie\n    weigth: 2\n",
    );
    assert_problem(&text, 12, 5, "champ inconnu « weigth »");
    assert_problem(&text, 12, 5, "« weight »");
}

#[test]
fn missing_required_fields() {
    // A theme without title: reported at the theme's mapping.
    let text = BASE.replace("    title: Stratégie\n", "");
    assert_problem(&text, 10, 5, "champ obligatoire « title »");
    // A question without text.
    let text = BASE.replace("        text: Une question ?\n", "");
    assert_problem(&text, 13, 9, "champ obligatoire « text »");
    // The document without a scale.
    let text = BASE.replace(
        "scale:\n  - label: Bas\n  - label: Moyen\n  - label: Haut\n",
        "",
    );
    assert_problem(&text, 1, 1, "champ obligatoire « scale »");
}

#[test]
fn wrong_types() {
    let text = BASE.replace(
        "    title: Stratégie\n",
        "    title: Stratégie\n    weight: deux\n",
    );
    assert_problem(
        &text,
        12,
        13,
        "« weight » doit être un nombre, pas un texte",
    );
    let text = BASE.replace("version: \"1.0\"", "version: 1.0");
    assert_problem(&text, 2, 10, "un texte entre guillemets");
    let text = BASE.replace("        text: Une question ?", "        text: [a, b]");
    assert_problem(&text, 14, 15, "« text » doit être un texte, pas une liste");
    let text = BASE.replace(
        "themes:\n  - id",
        "themes:\n  x: 1\n  y: 2\nignored:\n  - id",
    );
    let (code, stderr, _) = check(&text);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("« themes » doit être une liste"),
        "{stderr}"
    );
}

#[test]
fn duplicate_ids() {
    let text = BASE.replace("      - id: s2", "      - id: s1");
    assert_problem(
        &text,
        15,
        13,
        "identifiant de question « s1 » en double (déjà utilisé ligne 13)",
    );
    let text = format!(
        "{BASE}  - id: strategie\n    title: Bis\n    questions:\n      - id: s9\n        text: Quoi\n"
    );
    assert_problem(&text, 22, 9, "identifiant de thème « strategie » en double");
}

#[test]
fn empty_lists() {
    let text = BASE.replace(
        "    questions:\n      - id: s1\n        text: Une question ?\n      - id: s2\n        text: Une autre ?\n        options:\n          - label: Non\n            score: 0\n          - label: Oui\n            score: 100\n",
        "    questions: []\n",
    );
    assert_problem(
        &text,
        12,
        16,
        "la liste « questions » ne doit pas être vide",
    );
}

#[test]
fn weights_must_be_finite_and_positive() {
    for (w, col) in [("0", 13), ("-1", 13), (".inf", 13), (".nan", 13)] {
        let text = BASE.replace(
            "    title: Stratégie\n",
            &format!("    title: Stratégie\n    weight: {w}\n"),
        );
        assert_problem(
            &text,
            12,
            col,
            "le poids doit être un nombre fini strictement positif",
        );
    }
}

#[test]
fn option_scores_within_0_to_100() {
    let text = BASE.replace("score: 100", "score: 120");
    assert_problem(&text, 21, 20, "entre 0 et 100 (trouvé : 120)");
    let text = BASE.replace("score: 0", "score: -5");
    assert_problem(&text, 19, 20, "entre 0 et 100");
}

#[test]
fn scale_of_fewer_than_two_levels() {
    let text = BASE.replace("  - label: Moyen\n  - label: Haut\n", "");
    assert_problem(&text, 6, 3, "au moins 2 niveaux (elle en a 1)");
}

#[test]
fn ids_outside_the_allowed_characters() {
    let text = BASE.replace("id: strategie", "id: Stratégie");
    assert_problem(&text, 10, 9, "identifiant « Stratégie » invalide");
    let text = BASE.replace("id: essai", "id: mon essai");
    assert_problem(&text, 1, 5, "identifiant « mon essai » invalide");
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let text = BASE
        .replace("id: essai", "id: Essai")
        .replace(
            "    title: Stratégie\n",
            "    title: Stratégie\n    weigth: 2\n",
        )
        .replace("score: 100", "score: 200");
    let (code, stderr, _) = check(&text);
    assert_eq!(code, 1);
    let problems = stderr.lines().filter(|l| l.contains("q.yaml:")).count();
    assert_eq!(problems, 3, "{stderr}");
    assert!(stderr.contains("3 problème(s)"), "{stderr}");
}

#[test]
fn bom_and_crlf_are_accepted() {
    let text = format!("\u{feff}{}", BASE.replace('\n', "\r\n"));
    let (code, stderr, _) = check(text);
    assert_eq!(code, 0, "{stderr}");
    // Positions stay right after a BOM.
    let bad = format!(
        "\u{feff}{}",
        BASE.replace("id: essai", "id: E").replace('\n', "\r\n")
    );
    let (code, stderr, path) = check(bad);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(&format!("{path}:1:5: identifiant « E »")),
        "{stderr}"
    );
}

#[test]
fn non_utf8_is_refused_with_its_position() {
    let mut bytes = BASE.as_bytes().to_vec();
    // "Stratégie" in Latin-1, as a Windows editor might save it.
    let at = BASE.find("Stratégie").unwrap();
    bytes.splice(at..at + "Stratégie".len(), b"Strat\xe9gie".iter().copied());
    let (code, stderr, path) = check(bytes);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with(&format!(
            "{path}:11:17: le fichier n’est pas encodé en UTF-8"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("0xE9"), "{stderr}");
}

#[test]
fn yaml_syntax_errors_have_positions() {
    let text = BASE.replace("title: \"Essai\"", "title: \"Essai");
    let (code, stderr, path) = check(&text);
    assert_eq!(code, 1);
    assert!(stderr.starts_with(&format!("{path}:")), "{stderr}");
    assert!(stderr.contains("YAML invalide"), "{stderr}");
}

#[test]
fn duplicate_keys_are_refused() {
    let text = BASE.replace(
        "title: \"Essai\"\n",
        "title: \"Essai\"\ntitle: \"Encore\"\n",
    );
    assert_problem(&text, 5, 1, "clé « title » en double");
}

#[test]
fn hostile_inputs_end_with_a_message() {
    // Billion laughs.
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut prev = "a".to_string();
    for i in 0..9 {
        let name = format!("b{i}");
        bomb.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
        prev = name;
    }
    let (code, stderr, _) = check(&bomb);
    assert_eq!(code, 1, "{stderr}");
    // 100,000-deep nesting.
    let (code, stderr, _) = check("[".repeat(100_000));
    assert_eq!(code, 1, "{stderr}");
    let (code, stderr, _) = check("a:\n".to_string() + &" - ".repeat(50_000));
    assert_eq!(code, 1, "{stderr}");
    // Binary junk.
    let junk: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let (code, stderr, _) = check(junk);
    assert_eq!(code, 1, "{stderr}");
    // Empty and whitespace-only files.
    for text in ["", "   \n\n", "# rien\n"] {
        let (code, stderr, _) = check(text);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains(":1:1: "), "{stderr}");
    }
}

#[test]
fn very_large_file_is_refused_by_the_size_cap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yaml");
    let line = "# ".to_string() + &"x".repeat(1022) + "\n";
    std::fs::write(&path, line.repeat(2 * 1024 + 10)).unwrap(); // a little over 2 MiB
    let out = boussole()
        .env("BOUSSOLE_MAX_FILE_MB", "2")
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = common::plain(out.stderr);
    assert!(stderr.contains("au-delà de la limite de 2 Mo"), "{stderr}");
    assert!(stderr.contains("BOUSSOLE_MAX_FILE_MB"), "{stderr}");
}

// --- answers files (SPEC §2) ---------------------------------------------------

const ANSWERS: &str = r#"questionnaire: mini
version: "1.0"
department: Direction des finances
answers:
  s1:
    choice: 1
  s2: na
  s3:
    choice: 2
  d1: unknown
"#;

/// Runs `score` on one answers file against the `mini` fixture questionnaire.
fn score(text: impl AsRef<[u8]>) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, text).unwrap();
    let out = boussole()
        .args(["score", "--format", "json", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.code() != Some(1) || out.stdout.is_empty(),
        "no partial output on failure"
    );
    let stderr = common::plain(out.stderr);
    (
        out.status.code().unwrap(),
        stderr,
        path.display().to_string(),
    )
}

fn assert_answers_problem(text: &str, line: u32, col: u32, gist: &str) {
    let (code, stderr, path) = score(text);
    assert_eq!(code, 1, "expected failure: {stderr}");
    let prefix = format!("{path}:{line}:{col}: ");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&prefix) && l.contains(gist)),
        "expected `{prefix}…{gist}…` in:\n{stderr}"
    );
}

#[test]
fn answers_base_is_valid() {
    let (code, stderr, _) = score(ANSWERS);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn choice_out_of_range() {
    let text = ANSWERS.replace("choice: 1", "choice: 5");
    assert_answers_problem(
        &text,
        6,
        13,
        "choix 5 hors limites : cette question propose les choix 0 à 4",
    );
    // A question with its own options has its own range.
    let text = ANSWERS.replace("choice: 2", "choice: 3");
    assert_answers_problem(&text, 9, 13, "0 à 2 (0 = Non, 1 = En cours, 2 = Oui)");
    let text = ANSWERS.replace("choice: 1", "choice: -1");
    assert_answers_problem(&text, 6, 13, "à partir de 0");
    let text = ANSWERS.replace("choice: 1", "choice: \"1\"");
    assert_answers_problem(
        &text,
        6,
        13,
        "« choice » doit être un nombre entier, pas un texte",
    );
}

#[test]
fn answer_to_an_unknown_question() {
    let text = ANSWERS.replace("  d1: unknown", "  d9: unknown");
    assert_answers_problem(
        &text,
        10,
        3,
        "la question « d9 » n’existe pas dans le questionnaire mini (version 1.0)",
    );
}

#[test]
fn questionnaire_and_version_must_match() {
    let text = ANSWERS.replace("questionnaire: mini", "questionnaire: autre");
    assert_answers_problem(
        &text,
        1,
        16,
        "questionnaire « autre », mais le questionnaire utilisé est « mini »",
    );
    let text = ANSWERS.replace("version: \"1.0\"", "version: \"0.9\"");
    assert_answers_problem(
        &text,
        2,
        10,
        "version « 0.9 » du questionnaire, mais la version utilisée est « 1.0 »",
    );
}

#[test]
fn a_question_answered_twice_is_refused() {
    let text = ANSWERS.replace("  d1: unknown\n", "  d1: unknown\n  s1:\n    choice: 4\n");
    assert_answers_problem(&text, 11, 3, "clé « s1 » en double");
}

#[test]
fn answer_words_and_fields() {
    let text = ANSWERS.replace("  s2: na", "  s2: peut-être");
    assert_answers_problem(&text, 7, 7, "réponse « peut-être » inconnue");
    // The French words are answers, in a French questionnaire's files.
    for word in ["nsp", "so", "sans objet", "ne sait pas", "NSP"] {
        let (code, stderr, _) = score(ANSWERS.replace("  s2: na", &format!("  s2: {word}")));
        assert_eq!(code, 0, "{word}: {stderr}");
    }
    let text = ANSWERS.replace("    choice: 2", "    choix: 2");
    assert_answers_problem(&text, 9, 5, "champ inconnu « choix »");
    let text = ANSWERS.replace("department: Direction des finances\n", "");
    assert_answers_problem(&text, 1, 1, "champ obligatoire « department »");
    let text = ANSWERS.replace(
        "department: Direction des finances\n",
        "department: Direction des finances\ndate: 2026-02-30\n",
    );
    assert_answers_problem(&text, 4, 7, "date « 2026-02-30 » invalide");
}

#[test]
fn all_files_are_reported_and_nothing_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        ANSWERS.replace("choice: 1", "choice: 9"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.yaml"),
        ANSWERS.replace("  s2: na", "  s2: peut-être"),
    )
    .unwrap();
    std::fs::write(dir.path().join("c.yaml"), ANSWERS).unwrap();
    let out = boussole()
        .args(["score", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = common::plain(out.stderr);
    assert!(stderr.contains("a.yaml:6:13:"), "{stderr}");
    assert!(stderr.contains("b.yaml:7:7:"), "{stderr}");
    assert!(
        stderr.contains("2 problème(s) dans 2 fichier(s)"),
        "{stderr}"
    );
}

#[test]
fn messages_in_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.yaml");
    std::fs::write(&path, BASE.replace("id: essai", "id: E")).unwrap();
    let out = boussole()
        .args(["--lang", "en", "check"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = common::plain(out.stderr);
    assert!(stderr.contains(":1:5: invalid identifier"), "{stderr}");
}

#[test]
fn a_questionnaire_among_answers_is_named_as_such() {
    let (code, stderr, path) = score(BASE);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with(&format!(
            "{path}:1:1: ce fichier est un questionnaire, pas un fichier de réponses"
        )),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().count(),
        1,
        "one clear message, not a list of unknown fields: {stderr}"
    );
}

#[test]
fn a_file_saved_twice_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let text = ANSWERS.replace(
        "department: Direction des finances\n",
        "department: Direction des finances\nrespondent: Claire Martin\n",
    );
    std::fs::write(dir.path().join("claire.yaml"), &text).unwrap();
    std::fs::write(dir.path().join("claire (1).yaml"), &text).unwrap();
    let out = boussole()
        .args(["score", "-q"])
        .arg(fixture("mini/questionnaire.yaml"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = common::plain(out.stderr);
    assert!(
        stderr.contains("portent le même répondant (Claire Martin)"),
        "{stderr}"
    );
}

#[test]
fn a_typo_is_reported_once_not_also_as_a_missing_field() {
    let text = ANSWERS.replace("    choice: 2", "    choise: 2");
    let (code, stderr, path) = score(&text);
    assert_eq!(code, 1);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "{path}:9:5: champ inconnu « choise » : vouliez-vous écrire « choice »"
        )),
        "{stderr}"
    );
}
