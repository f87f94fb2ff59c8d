//! `report` and `demo`, checked on the PDF itself: text extracted with
//! pdftotext (accents exact, names hidden unless asked), every word inside
//! its page, byte-identical runs, `qpdf --check`, and pagination for 1, 12
//! and 300 departments. pdftotext and qpdf (poppler-utils, qpdf) are
//! required: CI installs them; a missing tool fails with a clear message.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use boussole::i18n::Lang;
use common::boussole;

fn examples(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(folder)
}

/// Runs a PDF tool, failing clearly when it is not installed.
fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let mut cmd = Std::new(name);
    cmd.args(args).arg(pdf);
    if name == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("`{name}` is needed by these tests ({e}): install poppler-utils and qpdf (apt-get install poppler-utils qpdf)")
    });
    assert!(
        out.status.success(),
        "{name} failed on {}: {}{}",
        pdf.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn text_of(pdf: &Path) -> String {
    tool("pdftotext", &["-enc", "UTF-8"], pdf)
}

fn qpdf_check(pdf: &Path) {
    let report = tool("qpdf", &["--check"], pdf);
    assert!(!report.contains("WARNING"), "{report}");
}

/// Number of pages, from the word-box listing.
fn page_count(pdf: &Path) -> usize {
    tool("pdftotext", &["-bbox"], pdf).matches("<page ").count()
}

fn attr(tag: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let at = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + key.len();
    let end = tag[at..].find('"').unwrap() + at;
    tag[at..end].parse().unwrap()
}

/// Every word lies inside its page: within the 20 mm side margins, and at
/// least 10 mm from the top and bottom edges (running header and footer).
fn assert_words_inside(pdf: &Path) {
    let xml = tool("pdftotext", &["-bbox"], pdf);
    let side = 56.69 - 0.5;
    let edge = 28.35;
    let (mut w, mut h, mut page) = (0.0, 0.0, 0);
    let mut words = 0;
    for line in xml.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            w = attr(line, "width");
            h = attr(line, "height");
            page += 1;
        } else if line.starts_with("<word ") {
            words += 1;
            let (x0, y0, x1, y1) = (
                attr(line, "xMin"),
                attr(line, "yMin"),
                attr(line, "xMax"),
                attr(line, "yMax"),
            );
            assert!(
                x0 >= side && x1 <= w - side + 1.0 && y0 >= edge && y1 <= h - edge,
                "{}: page {page}: word outside the margins: {line}",
                pdf.display()
            );
        }
    }
    assert!(words > 100, "{}: only {words} words", pdf.display());
}

fn demo(dir: &Path) -> PathBuf {
    boussole().args(["demo", "-o"]).arg(dir).assert().success();
    dir.join("rapport-demo.pdf")
}

fn respondent_names() -> Vec<String> {
    let mut names = Vec::new();
    for folder in ["campagne-2025", "campagne-2026"] {
        for entry in std::fs::read_dir(examples(folder)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some(name) = line.strip_prefix("respondent:") {
                    names.push(name.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    assert!(names.len() > 10);
    names
}

#[test]
fn demo_report_is_valid_readable_and_stays_inside_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = demo(dir.path());
    assert!(dir.path().join("campagne-2026").is_dir());
    assert!(dir.path().join("campagne-2025").is_dir());
    qpdf_check(&pdf);
    assert_words_inside(&pdf);
    let text = text_of(&pdf);
    for needle in [
        "Communauté d’agglomération du Val-de-Loire",
        "Direction des systèmes d’information",
        "Explicabilité",
        "Synthèse",
        "Plan d’action",
        "Textes de référence",
        "Méthode",
        "Ordre du jour de la réunion de consensus",
    ] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    // The demo's annex shows answers and comments, never names.
    assert!(text.contains("Répondant 1"));
    for name in respondent_names() {
        assert!(!text.contains(&name), "{name} appears in the demo report");
    }
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 500_000, "{size} bytes");
}

#[test]
fn same_inputs_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str| {
        let out = dir.path().join(name);
        boussole()
            .arg("report")
            .arg(examples("campagne-2026"))
            .arg("--baseline")
            .arg(examples("campagne-2025"))
            .args(["--organisation", "Ville d’Exemple", "--with-answers", "-o"])
            .arg(&out)
            .assert()
            .success();
        std::fs::read(out).unwrap()
    };
    let (a, b) = (run("a.pdf"), run("b.pdf"));
    assert!(a == b, "two runs differ");
    let (c, d) = (demo(&dir.path().join("d1")), demo(&dir.path().join("d2")));
    assert!(std::fs::read(c).unwrap() == std::fs::read(d).unwrap());
}

#[test]
fn names_appear_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let report = |name: &str, extra: &[&str]| {
        let out = dir.path().join(name);
        boussole()
            .arg("report")
            .arg(examples("campagne-2026"))
            .args(extra)
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        text_of(&out)
    };
    let names: Vec<String> = respondent_names()
        .into_iter()
        .filter(|n| n == "Camille Dubois" || n == "Fatou Diallo")
        .collect();
    assert_eq!(names.len(), 2);
    let hidden = report("hidden.pdf", &["--with-answers"]);
    let shown = report("shown.pdf", &["--with-answers", "--show-respondents"]);
    for name in &names {
        assert!(
            !hidden.contains(name.as_str()),
            "{name} shown without --show-respondents"
        );
        assert!(
            shown.contains(name.as_str()),
            "{name} missing with --show-respondents"
        );
    }
}

#[test]
fn bad_date_and_missing_folder_fail_without_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.pdf");
    let assert = boussole()
        .arg("report")
        .arg(examples("campagne-2026"))
        .args(["--date", "2026-13-40", "-o"])
        .arg(&out)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        err.contains("2026-13-40") && err.contains("AAAA-MM-JJ"),
        "{err}"
    );
    assert!(!out.exists());

    let missing = dir.path().join("nowhere").join("r.pdf");
    let assert = boussole()
        .arg("report")
        .arg(examples("campagne-2026"))
        .arg("-o")
        .arg(&missing)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(err.contains("nowhere"), "{err}");
    assert!(!missing.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Writes answers for `departments` departments (`per` respondents each),
/// deterministic, with na, unknown and comments; returns the last
/// department's name in name order.
fn generate(dir: &Path, departments: usize, per: usize) -> String {
    let (name, text) = boussole::defaults::questionnaire(Lang::Fr);
    let q = boussole::load::questionnaire_from_str(text, name, Lang::Fr).unwrap();
    let mut seed: u64 = 42;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let mut last = String::new();
    for d in 1..=departments {
        let department = format!("Commune d’Écueillé {d:05}");
        for r in 0..per {
            let mut yaml = format!(
                "questionnaire: {}\nversion: \"{}\"\ndepartment: \"{department}\"\nrespondent: \"Agent {d}-{r}\"\ndate: 2026-09-{:02}\nanswers:\n",
                q.id,
                q.version,
                1 + d % 28
            );
            for (_, question) in q.questions() {
                let n = question.choice_count(q.scale.len());
                match next(20) {
                    0 => yaml.push_str(&format!("  {}: na\n", question.id)),
                    1 => yaml.push_str(&format!("  {}: unknown\n", question.id)),
                    2 => {}
                    k => {
                        yaml.push_str(&format!("  {}:\n    choice: {}\n", question.id, next(n)));
                        if k == 3 {
                            yaml.push_str("    comment: \"Élément à vérifier avec le référent ; « priorité » n° 2.\"\n");
                        }
                    }
                }
            }
            std::fs::write(dir.join(format!("d{d:05}-{r}.yaml")), yaml).unwrap();
        }
        last = department;
    }
    last
}

#[test]
fn any_number_of_departments_paginates() {
    let mut pages = Vec::new();
    for (departments, per) in [(1, 1), (12, 3), (300, 1)] {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("answers");
        std::fs::create_dir(&answers).unwrap();
        let last = generate(&answers, departments, per);
        let out = dir.path().join("report.pdf");
        boussole()
            .arg("report")
            .arg(&answers)
            .args([
                "--with-answers",
                "--min-group",
                "1",
                "--date",
                "2026-10-01",
                "-o",
            ])
            .arg(&out)
            .assert()
            .success();
        qpdf_check(&out);
        assert_words_inside(&out);
        let text = text_of(&out);
        // The departments table lists every department, the last one too.
        let last_name = last.replace('\u{a0}', " ");
        assert!(
            text.contains(&last_name),
            "{departments} departments: {last_name} missing"
        );
        assert!(text.contains("1er octobre 2026"));
        pages.push(page_count(&out));
    }
    assert!(
        pages[0] < pages[1] && pages[1] < pages[2],
        "page counts should grow: {pages:?}"
    );
}

#[test]
fn english_questionnaire_gives_an_english_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("en.pdf");
    boussole()
        .args(["--lang", "en", "report"])
        .arg(examples("campagne-2026"))
        .arg("--baseline")
        .arg(examples("campagne-2025"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    qpdf_check(&out);
    assert_words_inside(&out);
    let text = text_of(&out);
    for needle in ["Summary", "Action plan", "Method", "Reference texts"] {
        assert!(text.contains(needle), "missing {needle:?}");
    }
    assert!(!text.contains("Synthèse"));
}

/// The text of some pages, lines joined (words cut at a line end by a
/// hyphen are joined back).
fn pages_text(pdf: &Path, first: usize, last: usize) -> String {
    let f = first.to_string();
    let l = last.to_string();
    tool("pdftotext", &["-enc", "UTF-8", "-f", &f, "-l", &l], pdf)
        .replace("-\n", "")
        .replace('\n', " ")
}

/// The weakest department by overall score, from `score --format json`.
fn weakest_department(answers: &Path) -> String {
    let out = boussole()
        .args(["score", "--format", "json"])
        .arg(answers)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut departments: Vec<(f64, String)> = json["departments"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| {
            Some((
                d["overall"]["score"].as_f64()?,
                d["name"].as_str()?.to_string(),
            ))
        })
        .collect();
    departments.sort_by(|a, b| a.0.total_cmp(&b.0));
    departments.first().unwrap().1.clone()
}

/// The demo campaign with one department cut down to a single respondent,
/// whose comments are returned.
fn campaign_with_a_lone_respondent(dir: &Path) -> (PathBuf, Vec<String>) {
    let answers = dir.join("answers");
    std::fs::create_dir_all(&answers).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples("campagne-2026"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // The department of the first file keeps only that file.
    let first = files[0].file_name().unwrap().to_string_lossy().to_string();
    let prefix = first.split('-').next().unwrap().to_string();
    let mut comments = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with(&format!("{prefix}-")) && name != first {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        if name == first {
            for line in text.lines() {
                if let Some(c) = line.trim().strip_prefix("comment:") {
                    comments.push(c.trim().trim_matches('"').trim_matches('\'').to_string());
                }
            }
        }
        std::fs::write(answers.join(&name), text).unwrap();
    }
    (answers, comments)
}

#[test]
fn synthesis_argues_and_the_plan_is_short_with_owners() {
    let dir = tempfile::tempdir().unwrap();
    for (name, answers) in [
        ("demo", examples("campagne-2026")),
        ("lone", campaign_with_a_lone_respondent(dir.path()).0),
    ] {
        let out = dir.path().join(format!("{name}.pdf"));
        boussole()
            .arg("report")
            .arg(&answers)
            .arg("--baseline")
            .arg(examples("campagne-2025"))
            .args(["--with-answers", "-o"])
            .arg(&out)
            .assert()
            .success();
        let synthesis = pages_text(&out, 2, 2);
        let weakest = weakest_department(&answers);
        assert!(synthesis.contains("Constats"), "{name}: {synthesis}");
        assert!(
            synthesis.contains(&weakest),
            "{name}: the synthesis does not name {weakest}: {synthesis}"
        );
        assert!(synthesis.contains("Ce que nous proposons de décider"));
        let decisions = synthesis.matches("Porteur").count();
        assert!(
            (3..=5).contains(&decisions),
            "{name}: {decisions} decisions"
        );
        // The plan: between its heading and Méthode, at most 12 actions.
        let text = text_of(&out).replace('\n', " ");
        let plan_at = text
            .rfind("Plan d’action Le plan retient")
            .expect("plan chapter");
        let method_at = text[plan_at..].find("Méthode").unwrap() + plan_at;
        let plan = &text[plan_at..method_at];
        let actions = plan.matches("Constat").count();
        assert!((1..=12).contains(&actions), "{name}: {actions} actions");
        // Obligations carry a date of application and a status.
        assert!(text.contains("Obligations légales"));
        assert!(text.contains("en vigueur") || text.contains("à partir du"));
        assert!(
            ["en place", "partiel", "non en place", "à vérifier"]
                .iter()
                .any(|s| text.contains(s))
        );
        // Évolution with the baseline, plurals written out, no briefing.
        assert!(text.contains("Évolution"));
        assert!(!text.contains("(s)"), "{name}: a \"(s)\" plural");
        assert!(!text.to_lowercase().contains("votre direction"));
    }
}

#[test]
fn a_lone_respondent_is_never_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let (answers, comments) = campaign_with_a_lone_respondent(dir.path());
    assert!(
        !comments.is_empty(),
        "the lone respondent's file has comments"
    );
    let out = dir.path().join("r.pdf");
    boussole()
        .arg("report")
        .arg(&answers)
        .args(["--with-answers", "-o"])
        .arg(&out)
        .assert()
        .success();
    let text = text_of(&out).replace("-\n", "").replace('\n', " ");
    for c in &comments {
        let start: String = c.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        assert!(
            !text.contains(&start),
            "the lone respondent's comment {c:?} is quoted"
        );
    }
    assert!(
        text.contains("moins que les 3 requis"),
        "no anonymity notice"
    );
    assert!(
        text.contains("Diffusion restreinte"),
        "no confidentiality notice"
    );
    // With --min-group 1 the same comments appear: the check can fail.
    let out1 = dir.path().join("r1.pdf");
    boussole()
        .arg("report")
        .arg(&answers)
        .args(["--with-answers", "--min-group", "1", "-o"])
        .arg(&out1)
        .assert()
        .success();
    let text1 = text_of(&out1).replace("-\n", "").replace('\n', " ");
    let first: String = comments[0]
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text1.contains(&first),
        "{first:?} missing with --min-group 1"
    );
}
