//! `boussole form`: the offline HTML form.
//!
//! The generated file is checked as text (one self-contained file, a strict
//! CSP whose hashes match, questionnaire texts kept as data, the output
//! rules), then answered end to end in headless Chromium by
//! `tests/browser/form.mjs` (playwright-core and axe-core from npm): French,
//! English with a locked department, and a hostile questionnaire in a browser
//! without storage. The downloaded files must be byte for byte what
//! `answers_file::to_yaml` writes for the planned answers, and score as those
//! answers do. Chromium (`apt-get install chromium`) and the node modules
//! (`npm ci --prefix tests/browser`) are required under `CI=true`, where
//! their absence fails the test; elsewhere the browser test says loudly that
//! it did not run.

mod common;

use std::path::{Path, PathBuf};

use base64::Engine as _;
use boussole::answers_file::to_yaml;
use boussole::i18n::Lang;
use boussole::model::{Answer, AnswerSheet, Date, Questionnaire};
use common::{boussole, fixture};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

fn default_questionnaire(lang: Lang) -> Questionnaire {
    let (name, text) = boussole::defaults::questionnaire(lang);
    boussole::load::questionnaire_from_str(text, name, lang).unwrap()
}

fn questionnaire_file(path: &Path) -> Questionnaire {
    boussole::load::questionnaire_from_path(path, &path.display().to_string(), Some(Lang::Fr))
        .unwrap()
}

/// `boussole form ARGS… -o -`, as text.
fn form(args: &[&str]) -> String {
    let out = boussole()
        .arg("form")
        .args(args)
        .args(["-o", "-"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text between `open` and the next `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let end = text[start..].find(close).unwrap() + start;
    &text[start..end]
}

fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The embedded questionnaire data.
fn data(html: &str) -> Value {
    serde_json::from_str(between(
        html,
        "<script type=\"application/json\" id=\"boussole-data\">",
        "</script>",
    ))
    .unwrap()
}

#[test]
fn one_self_contained_file_with_a_strict_csp() {
    let html = form(&[]);
    let q = default_questionnaire(Lang::Fr);

    // Nothing from outside: no URL, no external element.
    for forbidden in [
        "http:", "https:", "<link", "<iframe", "<img", " src=", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "the form contains {forbidden}");
    }
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script").count(), 2);
    assert_eq!(html.matches("<style").count(), 1);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("<meta name=\"generator\" content=\"boussole form "));

    // The CSP forbids every request and allows exactly this style and script.
    let csp = between(
        &html,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    );
    let style = between(&html, "<style>", "</style>");
    let script = between(&html, "<script>", "</script>");
    for directive in [
        "default-src 'none'".to_string(),
        format!("script-src {}", csp_hash(script)),
        format!("style-src {}", csp_hash(style)),
        "connect-src 'none'".to_string(),
        "form-action 'none'".to_string(),
        "base-uri 'none'".to_string(),
    ] {
        assert!(csp.contains(&directive), "CSP {csp:?} lacks {directive:?}");
    }
    assert!(!csp.contains("unsafe"), "{csp}");

    // The questionnaire is all there, as data.
    let d = data(&html);
    assert_eq!(d["questionnaire"]["id"], q.id.as_str());
    assert_eq!(d["questionnaire"]["version"], q.version.as_str());
    let questions: usize = d["questionnaire"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["questions"].as_array().unwrap().len())
        .sum();
    assert_eq!(questions, q.question_count());
    assert_eq!(d["labels"]["download"], "Télécharger mes réponses");
    assert_eq!(d["department"], Value::Null);
}

#[test]
fn same_questionnaire_same_bytes() {
    let a = form(&["--department", "Direction des finances"]);
    let b = form(&["--department", "Direction des finances"]);
    assert_eq!(a, b);
}

#[test]
fn english_questionnaire_gives_an_english_form() {
    let out = boussole()
        .args([
            "--lang", "en", "form", "-d", "Finance", "-r", "Ann", "-o", "-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let d = data(&html);
    assert_eq!(d["labels"]["download"], "Download my answers");
    assert_eq!(d["questionnaire"]["lang"], "en");
    assert_eq!(d["department"], "Finance");
    assert_eq!(d["respondent"], "Ann");
}

#[test]
fn hostile_texts_stay_data() {
    let path = fixture("form/hostile.yaml");
    let html = form(&["-q", path.to_str().unwrap()]);
    // Only the two real script blocks close; no comment opens; no markup of
    // the questionnaire reaches the HTML.
    assert_eq!(html.matches("</script").count(), 2, "{html}");
    assert_eq!(html.to_ascii_lowercase().matches("</script").count(), 2);
    assert!(!html.contains("<!--"));
    assert!(!html.contains("<img") && !html.contains("<iframe") && !html.contains("<svg"));
    assert!(!html.contains("</style><style>"));
    // The title is escaped in <title>, and the template slot in it is not
    // filled.
    assert!(html.contains(
        "<title>Essai &lt;/script&gt;&lt;script&gt;window.pwned=true&lt;/script&gt; {{script}}</title>"
    ));
    // Every text comes back exactly from the data block.
    let q = questionnaire_file(&path);
    let d = data(&html);
    assert_eq!(d["questionnaire"]["title"], q.title.as_str());
    assert_eq!(
        d["questionnaire"]["themes"][0]["questions"][0]["text"],
        q.themes[0].questions[0].text.as_str()
    );
    assert_eq!(
        d["questionnaire"]["themes"][0]["questions"][1]["options"][1]["label"],
        "\"guillemets\" et 'apostrophes' \\ </script"
    );
}

#[test]
fn pdf_is_the_paper_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("papier.pdf");
    let result = boussole()
        .args(["form", "--format", "pdf", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(0), "{result:?}");
    assert!(String::from_utf8_lossy(&result.stdout).contains("Questionnaire papier écrit"));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn output_rules() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], out: &Path| {
        boussole()
            .arg("form")
            .args(args)
            .arg("-o")
            .arg(out)
            .output()
            .unwrap()
    };

    // A new file, then the same file again: a form may replace a form.
    let html = dir.path().join("formulaire.html");
    let first = run(&[], &html);
    assert!(first.status.success());
    let message = common::plain(first.stdout);
    assert!(message.contains("Formulaire écrit"), "{message}");
    assert!(run(&["-d", "RH"], &html).status.success());
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("\"department\":\"RH\"")
    );

    // Another file is not replaced, unless --force.
    let notes = dir.path().join("notes.html");
    std::fs::write(&notes, "<p>mes notes</p>").unwrap();
    let refused = run(&[], &notes);
    assert_eq!(refused.status.code(), Some(1));
    let err = common::plain(refused.stderr);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "<p>mes notes</p>");
    assert!(run(&["--force"], &notes).status.success());
    assert!(
        std::fs::read_to_string(&notes)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    // The questionnaire read is never replaced, even with --force.
    let q = dir.path().join("q.yaml");
    std::fs::copy(fixture("mini/questionnaire.yaml"), &q).unwrap();
    let before = std::fs::read(&q).unwrap();
    let refused = run(&["--force", "-q", q.to_str().unwrap()], &q);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(std::fs::read(&q).unwrap(), before);

    // A folder, a missing folder: clear errors, nothing written.
    assert_eq!(run(&[], dir.path()).status.code(), Some(1));
    let missing = dir.path().join("absent").join("f.html");
    assert_eq!(run(&[], &missing).status.code(), Some(1));
    assert!(!missing.exists());

    // Nothing else was left in the folder (no temporary file).
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["formulaire.html", "notes.html", "q.yaml"]);
}

#[cfg(unix)]
#[test]
fn a_device_is_not_an_output_file() {
    let out = boussole()
        .args(["form", "--force", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(common::plain(out.stderr).contains("-o -"));
}

// --- in a real browser ----------------------------------------------------

/// What the browser test needs, or why it cannot run.
fn browser_tools() -> Result<(PathBuf, PathBuf), String> {
    let browser_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var_os("BOUSSOLE_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let mut missing = Vec::new();
    if !chromium.is_file() {
        missing.push(format!(
            "{} (apt-get install chromium, or set BOUSSOLE_CHROMIUM)",
            chromium.display()
        ));
    }
    for module in ["playwright-core", "axe-core"] {
        if !browser_dir.join("node_modules").join(module).is_dir() {
            missing.push(format!("{module} (npm ci --prefix tests/browser)"));
        }
    }
    if std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_err()
    {
        missing.push("node (apt-get install nodejs)".to_string());
    }
    if missing.is_empty() {
        Ok((chromium, browser_dir))
    } else {
        Err(missing.join(", "))
    }
}

/// The answers the browser gives: every kind (levels, own options, `na`,
/// `unknown`, comments hard to quote), one question left out with a comment
/// (which the file cannot keep), derived from the questionnaire itself.
fn planned_answers(q: &Questionnaire) -> (Vec<Value>, Option<String>) {
    const COMMENTS: &[&str] = &[
        "Votée en conseil : « oui » — 100 % ; \"guillemets\", \\ barre, # dièse\nligne 2",
        "null",
        "  espaces autour  ",
        "</script><script>window.pwned=true</script> 🚀 ’",
    ];
    let total = q.question_count();
    let mut orphan = None;
    let mut comments = COMMENTS.iter().cycle();
    let answers = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| {
            let n = question.choice_count(q.scale.len());
            let value = if i == 0 {
                (2 % n).to_string()
            } else if total > 3 && i == total - 2 {
                orphan = Some(question.id.clone());
                String::new()
            } else {
                match i % 6 {
                    4 => "na".to_string(),
                    5 => "unknown".to_string(),
                    _ => ((i * 3) % n).to_string(),
                }
            };
            let comment = if i == 0 || i % 3 == 1 || Some(&question.id) == orphan.as_ref() {
                comments.next().copied().unwrap_or_default()
            } else {
                ""
            };
            json!({"id": question.id, "value": value, "comment": comment})
        })
        .collect();
    (answers, orphan)
}

/// The sheet those answers make, as `boussole` reads it back.
fn expected_sheet(
    q: &Questionnaire,
    answers: &[Value],
    department: &str,
    respondent: &str,
    date: Date,
) -> AnswerSheet {
    let mut sheet = AnswerSheet::empty(q, department.to_string(), Some(respondent.to_string()));
    sheet.date = Some(date);
    for (slot, a) in sheet.answers.iter_mut().zip(answers) {
        let comment =
            Some(a["comment"].as_str().unwrap().trim().to_string()).filter(|c| !c.is_empty());
        *slot = match a["value"].as_str().unwrap() {
            "" => Answer::Missing,
            "na" => Answer::Na { comment },
            "unknown" => Answer::Unknown { comment },
            n => Answer::Choice {
                index: n.parse().unwrap(),
                comment,
            },
        };
    }
    sheet
}

struct Scenario {
    name: &'static str,
    q: Questionnaire,
    q_path: Option<PathBuf>,
    lang: Lang,
    department: &'static str,
    locked: bool,
    respondent: &'static str,
    file_name: &'static str,
    hostile: Vec<String>,
    no_storage: bool,
    must_show: Vec<&'static str>,
    /// A file to reopen first, and what the form must then show.
    preload: Value,
}

#[test]
fn answered_in_a_real_browser() {
    let (chromium, browser_dir) = match browser_tools() {
        Ok(tools) => tools,
        Err(missing) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("the browser test needs: {missing}")
        }
        Err(missing) => {
            eprintln!("\n*** answered_in_a_real_browser DID NOT RUN: missing {missing} ***\n");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let shots = std::env::var_os("BOUSSOLE_FORM_SHOTS").map(PathBuf::from);
    let hostile_path = fixture("form/hostile.yaml");
    let hostile_q = questionnaire_file(&hostile_path);
    let scenarios = [
        Scenario {
            name: "fr",
            q: default_questionnaire(Lang::Fr),
            q_path: None,
            lang: Lang::Fr,
            department: "Direction des Finances & du Budget",
            locked: false,
            respondent: "Claire « Martin »",
            file_name: "direction-des-finances-du-budget--claire-martin.yaml",
            hostile: vec![],
            no_storage: false,
            must_show: vec![
                "Sans réseau",
                "Sans objet",
                "Ne sait pas",
                "Télécharger mes réponses",
            ],
            preload: Value::Null,
        },
        Scenario {
            name: "en",
            q: default_questionnaire(Lang::En),
            q_path: None,
            lang: Lang::En,
            department: "Social Services",
            locked: true,
            respondent: "Ann O’Neil",
            file_name: "social-services--ann-o-neil.yaml",
            hostile: vec![],
            no_storage: false,
            must_show: vec![
                "No network",
                "Not applicable",
                "Don’t know",
                "Download my answers",
            ],
            preload: Value::Null,
        },
        Scenario {
            name: "hostile",
            q_path: Some(hostile_path.clone()),
            lang: Lang::Fr,
            department: "Direction <b>des</b> essais",
            locked: false,
            respondent: "Zoé",
            file_name: "direction-b-des-b-essais--zoe.yaml",
            hostile: vec![
                hostile_q.title.clone(),
                hostile_q.themes[0].title.clone(),
                hostile_q.themes[0].questions[0].text.clone(),
                hostile_q.scale[0].label.clone(),
            ],
            q: hostile_q,
            no_storage: true,
            must_show: vec!["ce navigateur n’enregistre pas"],
            preload: Value::Null,
        },
        Scenario {
            name: "mini",
            q: questionnaire_file(&fixture("mini/questionnaire.yaml")),
            q_path: Some(fixture("mini/questionnaire.yaml")),
            lang: Lang::Fr,
            department: "Voirie",
            locked: false,
            respondent: "Paul",
            file_name: "voirie--paul.yaml",
            hostile: vec![],
            no_storage: false,
            must_show: vec!["Sans réseau"],
            preload: json!({
                "file": fixture("form/mini-hand-written.yaml"),
                "department": "Direction des finances",
                "respondent": "Claire Martin",
                "answers": [
                    {"id": "s1", "value": "1", "comment": "l'avis du DGS"},
                    {"id": "s2", "value": "na", "comment": ""},
                    {"id": "s3", "value": "2", "comment": "oui, \"votée\""},
                    {"id": "d1", "value": "unknown", "comment": ""},
                    {"id": "d2", "value": "na", "comment": ""},
                ],
            }),
        },
    ];

    let mut plan = Vec::new();
    let mut expected = Vec::new();
    for s in &scenarios {
        let form_path = dir.path().join(format!("{}.html", s.name));
        let mut cmd = boussole();
        if s.lang == Lang::En {
            cmd.args(["--lang", "en"]);
        }
        cmd.arg("form").arg("-o").arg(&form_path);
        if let Some(p) = &s.q_path {
            cmd.arg("-q").arg(p);
        }
        if s.locked {
            cmd.args(["--department", s.department]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (answers, orphan) = planned_answers(&s.q);
        plan.push(json!({
            "name": s.name,
            "form": form_path,
            "lang": s.lang.code(),
            "title": s.q.title,
            "total": s.q.question_count(),
            "department": s.department,
            "locked": if s.locked { Value::from(s.department) } else { Value::Null },
            "respondent": s.respondent,
            "answers": answers,
            "orphan": orphan,
            "hostile": if s.hostile.is_empty() { Value::Null } else { json!(s.hostile) },
            "noStorage": s.no_storage,
            "mustShow": s.must_show,
            "preload": s.preload,
            "downloads": dir.path().join(format!("downloads-{}", s.name)),
            "shots": shots,
        }));
        expected.push(answers);
    }
    let plan_path = dir.path().join("plan.json");
    let result_path = dir.path().join("result.json");
    std::fs::write(
        &plan_path,
        serde_json::to_string(&json!({"chromium": chromium, "scenarios": plan})).unwrap(),
    )
    .unwrap();
    let run = std::process::Command::new("node")
        .arg(browser_dir.join("form.mjs"))
        .arg(&plan_path)
        .arg(&result_path)
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "browser test failed:\n{log}");
    let result: Value =
        serde_json::from_str(&std::fs::read_to_string(&result_path).unwrap()).unwrap();

    for ((s, answers), r) in scenarios
        .iter()
        .zip(&expected)
        .zip(result["scenarios"].as_array().unwrap())
    {
        assert_eq!(r["name"], s.name);
        assert_eq!(r["fileName"], s.file_name, "{}", s.name);
        let file = PathBuf::from(r["download"].as_str().unwrap());
        let text = std::fs::read_to_string(&file).unwrap();

        // Byte for byte what boussole itself writes for these answers.
        let date = text
            .lines()
            .find_map(|l| l.strip_prefix("date: "))
            .and_then(Date::parse)
            .unwrap_or_else(|| panic!("{}: no date in\n{text}", s.name));
        let sheet = expected_sheet(&s.q, answers, s.department, s.respondent, date);
        assert_eq!(text, to_yaml(&s.q, &sheet), "{}", s.name);

        // And `boussole score` reads it as those answers.
        let mut cmd = boussole();
        cmd.arg("score").arg(&file).args(["--format", "json"]);
        if let Some(p) = &s.q_path {
            cmd.arg("-q").arg(p);
        } else if s.lang == Lang::En {
            cmd.args(["--lang", "en"]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            s.name,
            String::from_utf8_lossy(&out.stderr)
        );
        let scored: Value = serde_json::from_slice(&out.stdout).unwrap();
        let results = boussole::scoring::score(&s.q, std::slice::from_ref(&sheet));
        let want = results.overall.expect("an overall score");
        let got = scored["overall"]["score"].as_f64().unwrap();
        assert!(
            (got - want).abs() < 1e-9,
            "{}: scored {got}, expected {want}",
            s.name
        );
        assert_eq!(scored["departments"][0]["name"], s.department, "{}", s.name);
    }
}
