//! Every shipped questionnaire and example answers file validates against
//! the JSON Schema `boussole schema` prints, and carries the line that lets
//! editors find it.

use std::path::{Path, PathBuf};

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

fn validate(schema: &serde_json::Value, files: &[PathBuf], schema_line: &str) {
    let validator = jsonschema::validator_for(schema).expect("a valid schema");
    assert!(!files.is_empty());
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(
            text.lines()
                .next()
                .is_some_and(|l| l.starts_with("# yaml-language-server: $schema=")
                    && l.ends_with(schema_line)),
            "{} must start with the yaml-language-server line pointing at {schema_line}",
            f.display()
        );
        let json = boussole::yaml::parse(&text).unwrap().to_json();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", f.display());
    }
}

#[test]
fn shipped_questionnaires_validate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    yaml_files(&root.join("questionnaires"), &mut files);
    // The earlier version shipped beside the example campaigns.
    yaml_files(&root.join("examples/questionnaires"), &mut files);
    validate(
        &boussole::schema::questionnaire(boussole::i18n::Lang::Fr),
        &files,
        "schema/questionnaire.schema.json",
    );
}

#[test]
fn example_answers_validate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    yaml_files(&root.join("examples"), &mut files);
    files.retain(|f| !f.starts_with(root.join("examples/questionnaires")));
    validate(
        &boussole::schema::answers(boussole::i18n::Lang::Fr),
        &files,
        "schema/answers.schema.json",
    );
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let schema = boussole::schema::questionnaire(boussole::i18n::Lang::Fr);
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bad = boussole::yaml::parse(
        "id: Essai\nversion: 1\nlang: de\ntitle: T\nscale: [{label: a}]\nthemes:\n  - id: t\n    title: T\n    weigth: 2\n    questions: []\n",
    )
    .unwrap()
    .to_json();
    let errors = validator.iter_errors(&bad).count();
    assert!(
        errors >= 5,
        "id pattern, version type, lang, scale size, typo, empty list: {errors}"
    );
}
