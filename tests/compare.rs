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
    assert!(text.contains("1 question où"), "{text}");
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
