//! `compare` on two campaigns answered on two versions of a questionnaire:
//! one question added, one removed, one department renamed. Expected values
//! computed by hand in the comments.

mod common;

use std::path::PathBuf;

use common::boussole;
use serde_json::Value;

fn fx(name: &str) -> PathBuf {
    common::fixture("versions").join(name)
}

fn compare(format: &str, extra: &[&str]) -> String {
    let out = boussole()
        .args(["compare", "--format", format, "-q"])
        .arg(fx("questionnaire-v2.yaml"))
        .arg(fx("v2"))
        .arg("--baseline")
        .arg(fx("v1"))
        .arg("--baseline-questionnaire")
        .arg(fx("questionnaire-v1.yaml"))
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    common::plain(out.stdout)
}

fn approx(v: &Value, expected: f64) {
    let x = v
        .as_f64()
        .unwrap_or_else(|| panic!("number expected, got {v}"));
    assert!((x - expected).abs() < 1e-9, "{x} != {expected}");
}

#[test]
fn deltas_rest_on_the_shared_questions() {
    let j: Value = serde_json::from_str(&compare("json", &[])).unwrap();
    let b = &j["baseline"];
    assert_eq!(b["version"], "2025.1");
    assert_eq!(b["shared_questions"], 3);
    assert_eq!(b["added_questions"], serde_json::json!(["charte"]));
    assert_eq!(b["removed_questions"], serde_json::json!(["ancienne"]));
    assert_eq!(
        b["new_departments"],
        serde_json::json!(["Direction de la voirie"])
    );
    assert_eq!(b["vanished_departments"], serde_json::json!(["Voirie"]));

    let fin = j["departments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "Finances")
        .unwrap();
    // Scores shown rest on the shared questions too (charte left out):
    // stratégie ((75+25)/2 + (0+25)/2)/2 = 31.25.
    approx(&fin["themes"][0]["score"], 31.25);
    // On the shared questions: 2025 stratégie (25+25)/2 = 25; 2026 ((75+25)/2 + (0+25)/2)/2 = 31.25.
    approx(&fin["themes"][0]["change"], 6.25);
    // Données: 50 → 100.
    approx(&fin["themes"][1]["change"], 50.0);
    // Overall on shared: (25+50)/2 = 37.5 → (31.25+100)/2 = 65.625.
    approx(&fin["overall"]["change"], 28.125);
    assert_eq!(fin["in_baseline"], true);

    let voirie = j["departments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "Direction de la voirie")
        .unwrap();
    assert!(voirie["overall"]["change"].is_null());
    assert_eq!(voirie["in_baseline"], false);
}

#[test]
fn table_and_markdown_say_what_changed() {
    let text = compare("table", &[]);
    assert!(text.contains("(+6,2)") || text.contains("(+6,3)"), "{text}");
    assert!(text.contains("(+50,0)"), "{text}");
    assert!(text.contains("Directions nouvelles"), "{text}");
    assert!(text.contains("- Direction de la voirie"), "{text}");
    assert!(text.contains("Directions qui ne figurent plus"), "{text}");
    assert!(text.contains("- Voirie"), "{text}");
    assert!(
        text.contains("Scores et évolutions portent sur les 3 questions communes aux versions 2025.1 et 2026.1"),
        "{text}"
    );
    assert!(text.contains("charte — Charte ajoutée en 2026 ?"), "{text}");
    assert!(
        text.contains("ancienne — Question retirée en 2026 ?"),
        "{text}"
    );

    let md = compare("md", &[]);
    assert!(md.starts_with("# Essai versions\n"), "{md}");
    assert!(
        md.contains("| Direction | Rép. | Stratégie | Données | Global |"),
        "{md}"
    );
    assert!(md.contains("|---|---:|---:|---:|---:|"), "{md}");
    assert!(
        md.contains("| Finances | 2 | 31,2 (+6,2) | 100,0 (+50,0) |"),
        "{md}"
    );

    let csv = compare("csv", &[]);
    assert!(
        csv.contains("Finances;2;donnees;Données;100,00;Optimisé;50,00;50,00\r\n"),
        "{csv}"
    );
}

#[test]
fn consensus_agenda_lists_only_the_disputed_question() {
    // Finances: two respondents 3 levels apart on feuille-de-route (3 vs 0),
    // and in agreement everywhere else.
    let out = boussole()
        .args(["compare", "--disagreements", "-q"])
        .arg(fx("questionnaire-v2.yaml"))
        .arg(fx("v2"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = common::plain(out.stdout);
    assert!(text.contains("1 question(s)"), "{text}");
    assert!(
        text.contains("Feuille de route ? [feuille-de-route] — Stratégie — 3 niveaux d’écart"),
        "{text}"
    );
    assert!(text.contains("Répondant 1 : Maîtrisé (3)"), "{text}");
    assert!(text.contains("Répondant 2 : Inexistant (0)"), "{text}");
    assert!(!text.contains("inventaire"), "{text}");

    let json = boussole()
        .args(["compare", "--disagreements", "--format", "json", "-q"])
        .arg(fx("questionnaire-v2.yaml"))
        .arg(fx("v2"))
        .output()
        .unwrap();
    let j: Value = serde_json::from_slice(&json.stdout).unwrap();
    let items = j["disagreements"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["question"], "feuille-de-route");
    assert_eq!(items[0]["department"], "Finances");
}

#[test]
fn a_baseline_on_another_version_needs_its_questionnaire() {
    // Without --baseline-questionnaire, 2025.1 answers do not load on 2026.1.
    let out = boussole()
        .args(["compare", "-q"])
        .arg(fx("questionnaire-v2.yaml"))
        .arg(fx("v2"))
        .arg("--baseline")
        .arg(fx("v1"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = common::plain(out.stderr);
    assert!(stderr.contains("version « 2025.1 »"), "{stderr}");
    assert!(out.stdout.is_empty());
}

/// The repository's example campaigns: the 2025 one answered on the
/// archived 2026.1 questionnaire, the 2026 one on the default 2027.1.
fn example(folder: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(folder)
}

fn load_default(path: &str) -> boussole::model::Questionnaire {
    let text =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    boussole::load::questionnaire_from_str(&text, path, boussole::i18n::Lang::Fr).unwrap()
}

#[test]
fn answers_on_2026_1_compare_with_2027_1_through_ids_and_replaces() {
    // No --baseline-questionnaire: the embedded 2026.1 is found by itself.
    let out = boussole()
        .args(["compare", "--format", "json"])
        .arg(example("campagne-2026"))
        .arg("--baseline")
        .arg(example("campagne-2025"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&common::plain(out.stdout)).unwrap();
    let cmp = &json["baseline"];

    // The expected match, derived from both files: a 2027.1 question matches
    // when its id or one of its `replaces` is a 2026.1 id.
    let new = load_default("questionnaires/ia-gouvernance.fr.yaml");
    let old = load_default("questionnaires/archive/ia-gouvernance-2026.1.fr.yaml");
    assert_ne!(new.version, old.version);
    let matched: Vec<&str> = new
        .questions()
        .filter(|(_, q)| {
            std::iter::once(&q.id)
                .chain(&q.replaces)
                .any(|id| old.position(id).is_some())
        })
        .map(|(_, q)| q.id.as_str())
        .collect();
    let added: Vec<&str> = new
        .questions()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| !matched.contains(id))
        .collect();
    let removed: Vec<&str> = old
        .questions()
        .map(|(_, q)| q.id.as_str())
        .filter(|id| {
            new.position(id).is_none()
                && !new
                    .questions()
                    .any(|(_, q)| q.replaces.iter().any(|r| r == id))
        })
        .collect();
    assert_eq!(cmp["shared_questions"], matched.len());
    assert_eq!(cmp["added_questions"], serde_json::json!(added));
    assert_eq!(cmp["removed_questions"], serde_json::json!(removed));

    let pairs = cmp["matched_questions"].as_array().unwrap();
    assert_eq!(pairs.len(), matched.len());
    let charter = pairs
        .iter()
        .find(|p| p["id"] == "strategie-charte")
        .unwrap();
    assert_eq!(
        charter["baseline"],
        serde_json::json!(["strategie-charte", "donnees-regles-ia-generative"])
    );
    // Renamed and merged questions are matched, not listed as added/removed.
    for (renamed, old_id) in [
        ("formation-encadrants", "formation-managers"),
        ("pilotage-porteur-dg", "pilotage-sponsor-dg"),
        ("strategie-charte", "donnees-regles-ia-generative"),
    ] {
        assert!(matched.contains(&renamed), "{renamed}");
        assert!(!removed.contains(&old_id), "{old_id}");
    }
    assert!(added.contains(&"strategie-outil-autorise"));
    assert!(
        matched.len() >= 30,
        "most questions carry over: {}",
        matched.len()
    );
}

#[test]
fn a_campaign_answered_on_2026_1_still_scores_with_the_default() {
    // No -q: the answers name 2026.1, which boussole embeds.
    let out = boussole()
        .args(["score", "--format", "json"])
        .arg(example("campagne-2025"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&common::plain(out.stdout)).unwrap();
    let old = load_default("questionnaires/archive/ia-gouvernance-2026.1.fr.yaml");
    assert_eq!(json["questionnaire"]["version"], old.version.as_str());
}
