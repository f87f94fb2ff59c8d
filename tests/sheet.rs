//! `template`, `import` and the paper form, end to end.
//!
//! Templates are filled by other spreadsheet code, as a user's spreadsheet
//! would: the XLSX one is read with calamine and rewritten, filled, with
//! rust_xlsxwriter (the drop-downs are gone, as after a paste); the ODS one
//! has its content.xml edited the way LibreOffice saves typed cells. Both are
//! then imported and scored. The paper form's text is read with pdftotext
//! (poppler-utils), which is required: a missing tool fails the test.

mod common;

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, open_workbook_auto_from_rs};
use common::{boussole, fixture, plain};

fn mini() -> PathBuf {
    fixture("mini/questionnaire.yaml")
}

/// Writes a template of the mini questionnaire; returns its path.
fn template(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join(name);
    boussole()
        .args(["template", "-q"])
        .arg(mini())
        .arg("-o")
        .arg(&path)
        .args(extra)
        .assert()
        .success();
    path
}

/// Every non-empty cell of every sheet: sheet name → (row, col) → text.
type Cells = BTreeMap<String, BTreeMap<(u32, u32), String>>;

fn read_cells(path: &Path) -> Cells {
    let bytes = std::fs::read(path).unwrap();
    let mut wb = open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let mut out = Cells::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        let mut cells = BTreeMap::new();
        for (r, c, v) in range.used_cells() {
            let (r0, c0) = range.start().unwrap();
            let text = match v {
                Data::String(s) => s.clone(),
                Data::Float(f) => f.to_string(),
                Data::Int(i) => i.to_string(),
                other => format!("{other:?}"),
            };
            cells.insert((r0 + r as u32, c0 + c as u32), text);
        }
        out.insert(name, cells);
    }
    out
}

/// The row (0-based) of each question id in the first sheet, from column A
/// under the « Identifiant » header.
fn question_rows(cells: &Cells) -> BTreeMap<String, u32> {
    let sheet = &cells["Questionnaire"];
    let header = sheet
        .iter()
        .find(|(_, v)| v.as_str() == "Identifiant")
        .map(|((r, _), _)| *r)
        .expect("an « Identifiant » header");
    sheet
        .iter()
        .filter(|((r, c), _)| *c == 0 && *r > header)
        .map(|((r, _), v)| (v.clone(), *r))
        .collect()
}

/// A copy of the template written by rust_xlsxwriter, with `fill` cells
/// (sheet « Questionnaire », 0-based row and column) set.
fn refill_xlsx(template: &Path, out: &Path, fill: &[(u32, u16, &str)]) {
    let cells = read_cells(template);
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, sheet_cells) in &cells {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for ((r, c), v) in sheet_cells {
            ws.write_string(*r, *c as u16, v).unwrap();
        }
        if name == "Questionnaire" {
            for (r, c, v) in fill {
                ws.write_string(*r, *c, *v).unwrap();
            }
        } else {
            ws.set_hidden(true);
        }
    }
    wb.save(out).unwrap();
}

/// A copy of an ODS template with `fill` cells of the first sheet set, by
/// editing content.xml as LibreOffice would save typed cells. A value that
/// parses as a number is written as a float cell.
fn refill_ods(template: &Path, out: &Path, fill: &[(u32, u16, &str)]) {
    let bytes = std::fs::read(template).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        parts.push((f.name().unwrap().to_string(), data));
    }
    let content = parts.iter_mut().find(|(n, _)| n == "content.xml").unwrap();
    let xml = String::from_utf8(content.1.clone()).unwrap();
    content.1 = fill_ods_xml(&xml, fill).into_bytes();
    let mut w = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for (name, data) in parts {
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        w.start_file(
            name,
            zip::write::SimpleFileOptions::default().compression_method(method),
        )
        .unwrap();
        w.write_all(&data).unwrap();
    }
    w.finish().unwrap();
}

/// Rewrites the first table's cells: rows and cells are counted, honouring
/// `table:number-rows-repeated` (the template writes no repeated cells).
fn fill_ods_xml(xml: &str, fill: &[(u32, u16, &str)]) -> String {
    let start = xml.find("<table:table ").unwrap();
    let end = xml[start..].find("</table:table>").unwrap() + start;
    let table = &xml[start..end];
    let mut out = String::new();
    let mut row: u32 = 0;
    let mut rest = table;
    // Split into rows.
    let head_end = rest.find("<table:table-row").unwrap();
    out.push_str(&rest[..head_end]);
    rest = &rest[head_end..];
    while let Some(stop) = rest.find("</table:table-row>") {
        let row_xml = &rest[..stop + "</table:table-row>".len()];
        rest = &rest[stop + "</table:table-row>".len()..];
        let repeated: u32 = row_xml
            .split("table:number-rows-repeated=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        let mine: Vec<&(u32, u16, &str)> = fill.iter().filter(|(r, _, _)| *r == row).collect();
        if mine.is_empty() || repeated > 1 {
            out.push_str(row_xml);
        } else {
            out.push_str(&fill_row(row_xml, &mine));
        }
        row += repeated;
    }
    out.push_str(rest);
    // Rows typed below the template's last one.
    let max = fill.iter().map(|f| f.0).max().unwrap_or(0);
    while row <= max {
        let mine: Vec<&(u32, u16, &str)> = fill.iter().filter(|(r, _, _)| *r == row).collect();
        out.push_str(&fill_row("<table:table-row></table:table-row>", &mine));
        row += 1;
    }
    format!("{}{}{}", &xml[..start], out, &xml[end..])
}

fn fill_row(row_xml: &str, fill: &[&(u32, u16, &str)]) -> String {
    let open_end = row_xml.find('>').unwrap() + 1;
    let mut cells: Vec<String> = Vec::new();
    let mut rest = &row_xml[open_end..row_xml.len() - "</table:table-row>".len()];
    while !rest.is_empty() {
        let tag_end = rest.find('>').unwrap() + 1;
        if rest[..tag_end].ends_with("/>") {
            cells.push(rest[..tag_end].to_string());
            rest = &rest[tag_end..];
        } else {
            let close = rest.find("</table:table-cell>").unwrap() + "</table:table-cell>".len();
            cells.push(rest[..close].to_string());
            rest = &rest[close..];
        }
    }
    for (_, col, value) in fill {
        let col = *col as usize;
        while cells.len() <= col {
            cells.push("<table:table-cell/>".into());
        }
        let old = &cells[col];
        let open = &old[..old.find('>').unwrap()];
        let open = open.trim_end_matches('/');
        let open = open.replace(" office:value-type=\"string\"", "");
        let escaped = value
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        cells[col] = match value.parse::<f64>() {
            Ok(n) => format!(
                "{open} office:value-type=\"float\" office:value=\"{n}\"><text:p>{escaped}</text:p></table:table-cell>"
            ),
            Err(_) => format!(
                "{open} office:value-type=\"string\"><text:p>{escaped}</text:p></table:table-cell>"
            ),
        };
    }
    format!(
        "{}{}</table:table-row>",
        &row_xml[..open_end],
        cells.concat()
    )
}

/// The answers the round trips type in, by question id, and the mini
/// questionnaire's expected scores: Stratégie (1·50 + 2·100 + 1·100) / 4 =
/// 87.5 %; Données has only « Sans objet » and « Ne sait pas »: no score.
const ANSWERS: &[(&str, &str, &str)] = &[
    ("s1", "2 · Défini", "Feuille de route votée, pas déclinée"),
    ("s2", "4", ""),
    ("s3", "oui", ""),
    ("d1", "Sans objet", ""),
    ("d2", "NSP", "à demander au DPO"),
];

fn fill_for(cells: &Cells) -> Vec<(u32, u16, &'static str)> {
    let rows = question_rows(cells);
    let mut fill = vec![(2, 1, "Direction des finances"), (3, 1, "Claire Martin")];
    for (id, answer, comment) in ANSWERS {
        let r = rows[*id];
        fill.push((r, 3, answer));
        if !comment.is_empty() {
            fill.push((r, 4, comment));
        }
    }
    fill
}

fn import_and_score(filled: &Path, out: &Path) -> serde_json::Value {
    boussole()
        .args(["import", "-q"])
        .arg(mini())
        .arg(filled)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    let answers = out.join(format!(
        "{}.yaml",
        filled.file_stem().unwrap().to_string_lossy()
    ));
    let yaml = std::fs::read_to_string(&answers).unwrap();
    assert!(
        yaml.contains("department: \"Direction des finances\""),
        "{yaml}"
    );
    assert!(yaml.contains("respondent: \"Claire Martin\""), "{yaml}");
    assert!(yaml.contains("comment: \"à demander au DPO\""), "{yaml}");
    assert!(yaml.contains("d1: na"), "{yaml}");
    let json = boussole()
        .args(["score", "--format", "json", "-q"])
        .arg(mini())
        .arg(&answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&json).unwrap()
}

fn check_scores(v: &serde_json::Value) {
    let themes = v["themes"].as_array().unwrap();
    assert_eq!(themes[0]["id"], "strategie");
    assert_eq!(themes[0]["score"].as_f64(), Some(87.5), "{v}");
    assert!(themes[1]["score"].is_null(), "{v}");
    assert_eq!(v["overall"]["score"].as_f64(), Some(87.5));
    let d = &v["departments"][0]["themes"][1];
    assert_eq!(
        (d["na"].as_u64(), d["unknown"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn xlsx_round_trip_filled_by_another_library() {
    let dir = tempfile::tempdir().unwrap();
    let t = template(dir.path(), "modele.xlsx", &[]);
    let cells = read_cells(&t);
    // The template itself: labels, header, one row per question, lists.
    let first = &cells["Questionnaire"];
    assert_eq!(first[&(2, 0)], "Direction");
    assert_eq!(first[&(3, 0)], "Répondant");
    for (col, head) in ["Identifiant", "Thème", "Question", "Réponse", "Commentaire"]
        .iter()
        .enumerate()
    {
        assert_eq!(first[&(7, col as u32)], *head);
    }
    let rows = question_rows(&cells);
    assert_eq!(rows.len(), 5);
    let lists = &cells["boussole"];
    let s3_list: Vec<&String> = lists
        .iter()
        .filter(|((r, _), _)| lists.get(&(*r, 0)).map(String::as_str) == Some("s3"))
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        s3_list,
        [
            "s3",
            "0 · Non",
            "1 · En cours",
            "2 · Oui",
            "Sans objet",
            "Ne sait pas"
        ]
    );

    let filled = dir.path().join("finances.xlsx");
    refill_xlsx(&t, &filled, &fill_for(&cells));
    check_scores(&import_and_score(&filled, &dir.path().join("reponses")));
}

#[test]
fn ods_round_trip_edited_as_libreoffice_saves() {
    let dir = tempfile::tempdir().unwrap();
    let t = template(dir.path(), "modele.ods", &[]);
    let cells = read_cells(&t);
    assert_eq!(cells["Questionnaire"][&(2, 0)], "Direction");
    let filled = dir.path().join("finances.ods");
    refill_ods(&t, &filled, &fill_for(&cells));
    let back = read_cells(&filled);
    assert_eq!(back["Questionnaire"][&(2, 1)], "Direction des finances");
    check_scores(&import_and_score(&filled, &dir.path().join("reponses")));
}

#[test]
fn refusals_name_every_cell_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reponses");
    for ext in ["xlsx", "ods"] {
        let t = template(dir.path(), &format!("modele.{ext}"), &[]);
        let cells = read_cells(&t);
        let rows = question_rows(&cells);
        // A blank template: the direction is missing.
        let blank = boussole()
            .args(["import", "-q"])
            .arg(mini())
            .arg(&t)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let blank = plain(blank);
        assert!(
            blank.contains(&format!(
                "modele.{ext}:Questionnaire!B3: la direction n’est pas renseignée"
            )),
            "{blank}"
        );
        // Wrong values, an unknown and a duplicated row, all reported.
        let s1 = rows["s1"];
        let s3 = rows["s3"];
        let last = rows.values().max().unwrap();
        let fill = vec![
            (s1, 3, "7"),
            (s3, 3, "Peut-être"),
            (last + 1, 0, "inconnue"),
            (last + 1, 3, "2"),
            (last + 2, 0, "s1"),
            (last + 2, 3, "1"),
        ];
        let bad = dir.path().join(format!("faux.{ext}"));
        if ext == "xlsx" {
            refill_xlsx(&t, &bad, &fill);
        } else {
            refill_ods(&t, &bad, &fill);
        }
        let err = boussole()
            .args(["import", "-q"])
            .arg(mini())
            .arg(&bad)
            .arg(&t)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(1)
            .get_output()
            .stderr
            .clone();
        let err = plain(err);
        let at = |cell: String| format!("faux.{ext}:Questionnaire!{cell}: ");
        for (cell, words) in [
            ("B3".to_string(), "la direction n’est pas renseignée"),
            (
                format!("D{}", s1 + 1),
                "« 7 » n’est pas une réponse possible",
            ),
            (
                format!("D{}", s3 + 1),
                "« Peut-être » n’est pas une réponse",
            ),
            (
                format!("A{}", last + 2),
                "« inconnue » n’est pas une question",
            ),
            (format!("A{}", last + 3), "la question s1 figure deux fois"),
        ] {
            let line = format!("{}{words}", at(cell));
            assert!(err.contains(&line), "missing {line:?} in\n{err}");
        }
        assert!(
            err.contains("« 0 · Non », « 1 · En cours », « 2 · Oui »"),
            "{err}"
        );
        assert!(err.contains("aucun fichier n’a été écrit"), "{err}");
        assert!(!out.exists(), "nothing may be written");
    }
}

#[test]
fn a_template_for_another_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(mini())
        .unwrap()
        .replace("version: \"1.0\"", "version: \"2.0\"");
    let q2 = dir.path().join("q2.yaml");
    std::fs::write(&q2, text).unwrap();
    let t = dir.path().join("v2.xlsx");
    boussole()
        .args(["template", "--department", "Finances", "-q"])
        .arg(&q2)
        .arg("-o")
        .arg(&t)
        .assert()
        .success();
    let err = boussole()
        .args(["import", "-q"])
        .arg(mini())
        .arg(&t)
        .arg("-o")
        .arg(dir.path().join("out"))
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = plain(err);
    assert!(
        err.contains("v2.xlsx:boussole!B1: ce classeur a été fait pour le questionnaire mini 2.0, pas pour mini 1.0"),
        "{err}"
    );
}

#[test]
fn existing_answers_are_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let t = template(dir.path(), "finances.xlsx", &["--department", "Finances"]);
    let out = dir.path().join("reponses");
    let import = |force: bool| {
        let mut cmd = boussole();
        cmd.args(["import", "-q"])
            .arg(mini())
            .arg(&t)
            .arg("-o")
            .arg(&out);
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
    };
    import(false).success();
    let target = out.join("finances.yaml");
    std::fs::write(&target, "# gardé\n").unwrap();
    let err = plain(import(false).code(1).get_output().stderr.clone());
    assert!(err.contains("existe déjà"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "# gardé\n");
    import(true).success();
    let yaml = std::fs::read_to_string(&target).unwrap();
    assert!(yaml.contains("department: \"Finances\""), "{yaml}");
    assert!(yaml.contains("answers: {}"), "{yaml}");
}

#[test]
fn templates_are_deterministic_and_carry_no_clock() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["xlsx", "ods"] {
        let a = std::fs::read(template(dir.path(), &format!("a.{ext}"), &[])).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let b = std::fs::read(template(dir.path(), &format!("b.{ext}"), &[])).unwrap();
        assert_eq!(a, b, "{ext}: two runs differ");
        let mut zip = zip::ZipArchive::new(Cursor::new(a)).unwrap();
        for i in 0..zip.len() {
            let f = zip.by_index(i).unwrap();
            let t = f.last_modified().unwrap();
            assert_eq!(
                (t.year(), t.month(), t.day()),
                (1980, 1, 1),
                "{:?}",
                f.name()
            );
        }
    }
}

#[test]
fn english_questionnaire_gives_english_labels() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("en.xlsx");
    boussole()
        .args(["--lang", "en", "template", "-o"])
        .arg(&t)
        .assert()
        .success();
    let cells = read_cells(&t);
    let first = &cells["Questionnaire"];
    assert_eq!(first[&(2, 0)], "Department");
    assert_eq!(first[&(7, 0)], "Identifier");
    assert!(
        cells["boussole"].values().any(|v| v == "Don't know"),
        "{:?}",
        cells["boussole"]
    );
}

#[test]
fn paper_form_has_every_question_and_box_label() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("papier.pdf");
    boussole()
        .args(["form", "--format", "pdf", "-q"])
        .arg(mini())
        .arg("-o")
        .arg(&pdf)
        .assert()
        .success();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (apt-get install poppler-utils): {e}"));
    assert!(out.status.success());
    let text = plain(out.stdout);
    for needle in [
        "Comment répondre",
        "Questionnaire de test",
        "Direction :",
        "boussole assess",
        "Feuille de route ?",
        "identifiant : s1",
        "identifiant : d2",
        "0 · Inexistant",
        "4 · Optimisé",
        "2 · Oui",
        "Sans objet",
        "Ne sait pas",
        "Commentaire (facultatif)",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    // One « Sans objet » box per question, plus the cover's explanation.
    assert_eq!(text.matches("Sans objet").count(), 5 + 1, "{text}");
    let again = dir.path().join("encore.pdf");
    boussole()
        .args(["form", "--format", "pdf", "-q"])
        .arg(mini())
        .arg("-o")
        .arg(&again)
        .assert()
        .success();
    assert_eq!(std::fs::read(&pdf).unwrap(), std::fs::read(&again).unwrap());
}

/// A workbook already at the path may be one a director has filled in: the
/// template never replaces it without --force; `-o -` streams the template.
#[test]
fn template_never_replaces_a_workbook_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let filled = dir.path().join("finances.xlsx");
    std::fs::write(&filled, b"PK\x03\x04 a filled-in workbook").unwrap();
    let out = boussole()
        .args(["template", "-q"])
        .arg(mini())
        .arg("-o")
        .arg(&filled)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(plain(out.stderr).contains("--force"));
    assert_eq!(
        std::fs::read(&filled).unwrap(),
        b"PK\x03\x04 a filled-in workbook"
    );
    let forced = boussole()
        .args(["template", "--force", "-q"])
        .arg(mini())
        .arg("-o")
        .arg(&filled)
        .output()
        .unwrap();
    assert!(forced.status.success());
    assert_ne!(
        std::fs::read(&filled).unwrap(),
        b"PK\x03\x04 a filled-in workbook"
    );
    let streamed = boussole()
        .args(["template", "--format", "ods", "-q"])
        .arg(mini())
        .args(["-o", "-"])
        .output()
        .unwrap();
    assert!(streamed.status.success());
    assert!(streamed.stdout.starts_with(b"PK\x03\x04"));
    assert!(!Path::new("-").exists());
}
