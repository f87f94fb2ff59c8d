//! Every shipped questionnaire and example answers file validates against
//! the JSON Schema `boussole schema` prints, and carries the line that lets
//! editors find it.

use std::path::{Path, PathBuf};

use serde_json::Value;

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

/// The JSON Schema keywords `boussole schema` uses, checked by hand (the
/// jsonschema crate brought 65 crates for these three tests). A keyword this
/// checker does not know fails the test, so the schema cannot outgrow it
/// unnoticed.
struct Checker<'a> {
    root: &'a Value,
    errors: Vec<String>,
}

impl Checker<'_> {
    fn check(&mut self, schema: &Value, value: &Value, at: &str) {
        let Some(rules) = schema.as_object() else {
            assert!(schema.is_boolean(), "unexpected schema at {at}: {schema}");
            if schema == &Value::Bool(false) {
                self.errors.push(format!("{at}: not allowed"));
            }
            return;
        };
        for (keyword, rule) in rules {
            match keyword.as_str() {
                "$schema" | "$id" | "title" | "description" | "default" | "$defs" => {}
                "$ref" => {
                    let pointer = rule.as_str().and_then(|r| r.strip_prefix('#')).unwrap();
                    let target = self
                        .root
                        .pointer(pointer)
                        .expect("a $ref inside the schema");
                    self.check(target, value, at);
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        other => vec![other.as_str().unwrap()],
                    };
                    if !types.iter().any(|t| has_type(value, t)) {
                        self.errors
                            .push(format!("{at}: {value} is not of type {types:?}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().unwrap().contains(value) {
                        self.errors
                            .push(format!("{at}: {value} is not one of {rule}"));
                    }
                }
                "pattern" => {
                    if let Some(text) = value.as_str() {
                        let re = regex::Regex::new(rule.as_str().unwrap()).unwrap();
                        if !re.is_match(text) {
                            self.errors
                                .push(format!("{at}: {text:?} does not match {rule}"));
                        }
                    }
                }
                "minLength" => {
                    if let Some(text) = value.as_str()
                        && (text.chars().count() as u64) < rule.as_u64().unwrap()
                    {
                        self.errors.push(format!("{at}: {text:?} is too short"));
                    }
                }
                "minimum" | "maximum" | "exclusiveMinimum" => {
                    if let Some(x) = value.as_f64() {
                        let bound = rule.as_f64().unwrap();
                        let ok = match keyword.as_str() {
                            "minimum" => x >= bound,
                            "maximum" => x <= bound,
                            _ => x > bound,
                        };
                        if !ok {
                            self.errors
                                .push(format!("{at}: {x} breaks {keyword} {bound}"));
                        }
                    }
                }
                "minItems" => {
                    if let Some(items) = value.as_array()
                        && (items.len() as u64) < rule.as_u64().unwrap()
                    {
                        self.errors.push(format!("{at}: fewer than {rule} items"));
                    }
                }
                "items" => {
                    for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                        self.check(rule, item, &format!("{at}/{i}"));
                    }
                }
                "required" => {
                    if let Some(object) = value.as_object() {
                        for name in rule.as_array().unwrap().iter().filter_map(Value::as_str) {
                            if !object.contains_key(name) {
                                self.errors.push(format!("{at}: `{name}` is required"));
                            }
                        }
                    }
                }
                "properties" | "additionalProperties" => self.properties(keyword, rules, value, at),
                "propertyNames" => {
                    for name in value.as_object().into_iter().flat_map(|o| o.keys()) {
                        self.check(rule, &Value::String(name.clone()), &format!("{at}/{name}"));
                    }
                }
                "oneOf" => {
                    let passing = rule
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|option| {
                            let mut inner = Checker {
                                root: self.root,
                                errors: Vec::new(),
                            };
                            inner.check(option, value, at);
                            inner.errors.is_empty()
                        })
                        .count();
                    if passing != 1 {
                        self.errors
                            .push(format!("{at}: {passing} of oneOf match {value}"));
                    }
                }
                other => {
                    panic!("schema keyword `{other}` (at {at}) is not checked by tests/schema.rs")
                }
            }
        }
    }

    /// `properties` checks the names it lists; `additionalProperties` the others.
    fn properties(
        &mut self,
        keyword: &str,
        rules: &serde_json::Map<String, Value>,
        value: &Value,
        at: &str,
    ) {
        let Some(object) = value.as_object() else {
            return;
        };
        let known = rules.get("properties").and_then(Value::as_object);
        for (name, v) in object {
            let listed = known.and_then(|k| k.get(name));
            let rule = match (keyword, listed) {
                ("properties", Some(rule)) => rule,
                ("additionalProperties", None) => &rules[keyword],
                _ => continue,
            };
            self.check(rule, v, &format!("{at}/{name}"));
        }
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.as_f64().is_some_and(|x| x.fract() == 0.0),
        other => panic!("unknown JSON type {other}"),
    }
}

/// Every problem `schema` finds in `value`.
fn errors(schema: &Value, value: &Value) -> Vec<String> {
    let mut checker = Checker {
        root: schema,
        errors: Vec::new(),
    };
    checker.check(schema, value, "");
    checker.errors
}

fn validate(schema: &Value, files: &[PathBuf], schema_line: &str) {
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
        let errors = errors(schema, &json);
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
    let bad = boussole::yaml::parse(
        "id: Essai\nversion: 1\nlang: de\ntitle: T\nscale: [{label: a}]\nthemes:\n  - id: t\n    title: T\n    weigth: 2\n    questions: []\n",
    )
    .unwrap()
    .to_json();
    let errors = errors(&schema, &bad);
    assert!(
        errors.len() >= 5,
        "id pattern, version type, lang, scale size, typo, empty list: {errors:?}"
    );
}

/// The checker itself finds what it must: a wrong type, a missing field, an
/// unknown one, a value outside an `enum`, a bad `pattern`, a `oneOf` miss.
#[test]
fn the_checker_catches_each_kind_of_problem() {
    let schema = boussole::schema::answers(boussole::i18n::Lang::Fr);
    let good = boussole::yaml::parse(
        "questionnaire: ia-gouvernance\nversion: \"1\"\ndepartment: RH\ndate: 2026-10-04\nanswers:\n  a1:\n    choice: 1\n  a2: na\n",
    )
    .unwrap()
    .to_json();
    assert_eq!(errors(&schema, &good), Vec::<String>::new());
    for (field, bad) in [
        ("questionnaire", serde_json::json!("Pas Un Id")),
        ("version", serde_json::json!([1])),
        ("date", serde_json::json!("4 octobre")),
        ("answers", serde_json::json!({"a1": "peut-être"})),
        ("answers", serde_json::json!({"a1": {"choice": -1}})),
        ("extra", serde_json::json!(1)),
    ] {
        let mut v = good.clone();
        v[field] = bad.clone();
        assert!(!errors(&schema, &v).is_empty(), "{field}: {bad} passed");
    }
    let mut v = good.clone();
    v.as_object_mut().unwrap().remove("department");
    assert!(
        !errors(&schema, &v).is_empty(),
        "a missing department passed"
    );
}
