//! JSON Schemas (draft 2020-12) of the questionnaire and answers formats, for
//! editors: with the `# yaml-language-server: $schema=…` line at the top of a
//! file, VS Code (YAML extension) validates and completes it as it is typed.
//!
//! The schemas are built from the very field lists the loader enforces
//! ([`crate::load`]), and a test checks that every property the schema
//! describes is one of those fields and the reverse, so they cannot drift.

use serde_json::{Map, Value, json};

use crate::i18n::Lang;
use crate::load::{
    ANSWER_FIELDS, ANSWERS_FIELDS, LEVEL_FIELDS, OBLIGATION_FIELDS, OPTION_FIELDS, QUESTION_FIELDS,
    QUESTIONNAIRE_FIELDS, THEME_FIELDS,
};

const ID_PATTERN: &str = "^[a-z0-9-]+$";

/// A closed object: exactly `fields` (all described in `props`), `required` among them.
fn object(fields: &[&str], required: &[&str], mut props: Map<String, Value>) -> Value {
    // Every field the loader knows gets a property, even a bare one.
    for f in fields {
        props.entry(f.to_string()).or_insert_with(|| json!({}));
    }
    props.retain(|k, _| fields.contains(&k.as_str()));
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": props,
    })
}

fn props(entries: &[(&str, Value)]) -> Map<String, Value> {
    entries
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn text(description: &str) -> Value {
    json!({"type": "string", "minLength": 1, "description": description})
}

fn weight(lang: Lang) -> Value {
    json!({"type": "number", "exclusiveMinimum": 0, "default": 1, "description": pick(lang,
        "Poids (facultatif, 1 par défaut), strictement positif",
        "Weight (optional, default 1), greater than 0")})
}

fn scope(lang: Lang) -> Value {
    json!({"enum": ["organisation", "department"], "description": pick(lang,
        "organisation : un fait de la collectivité ; department : la direction du répondant",
        "organisation: a fact of the authority; department: the respondent's department")})
}

fn pick(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The schema of a questionnaire file (SPEC §1).
pub fn questionnaire(lang: Lang) -> Value {
    let level = object(
        LEVEL_FIELDS,
        &["label"],
        props(&[
            ("label", text(pick(lang, "Nom du niveau", "Level name"))),
            ("description", json!({"type": "string"})),
        ]),
    );
    let option = object(
        OPTION_FIELDS,
        &["label", "score"],
        props(&[
            (
                "label",
                text(pick(lang, "Libellé du choix", "Choice label")),
            ),
            (
                "score",
                json!({"type": "number", "minimum": 0, "maximum": 100}),
            ),
            ("recommendation", json!({"type": "string"})),
        ]),
    );
    let question = object(
        QUESTION_FIELDS,
        &["id", "text"],
        props(&[
            ("id", json!({"type": "string", "pattern": ID_PATTERN})),
            ("text", text(pick(lang, "La question", "The question"))),
            (
                "statement",
                json!({"type": "string", "description": pick(lang,
                "Le constat rédigé comme une affirmation, pour le rapport (« La collectivité a adopté… »)",
                "The finding written as a statement, for the report (\u{201c}The authority has adopted…\u{201d})")}),
            ),
            ("help", json!({"type": "string"})),
            ("weight", weight(lang)),
            ("scope", scope(lang)),
            (
                "owner",
                json!({"type": "string", "minLength": 1, "description": pick(lang,
                "Qui pilote l’action suggérée : DGS, DSI, DPO, DRH…",
                "Who leads the suggested action: DGS, IT department, DPO, HR…")}),
            ),
            (
                "obligations",
                json!({"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}, "description": pick(lang,
                "Identifiants du catalogue « obligations » : les textes contraignants",
                "Ids from the \u{201c}obligations\u{201d} catalogue: the binding texts")}),
            ),
            (
                "replaces",
                json!({"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}, "description": pick(lang,
                "Questions d’une version antérieure que celle-ci renomme, scinde ou fusionne",
                "Questions of an earlier version this one renames, splits or merges")}),
            ),
            (
                "references",
                json!({"type": "array", "items": {"type": "string", "minLength": 1}}),
            ),
            ("recommendation", json!({"type": "string"})),
            (
                "options",
                json!({"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/option"}}),
            ),
        ]),
    );
    let theme = object(
        THEME_FIELDS,
        &["id", "title", "questions"],
        props(&[
            ("id", json!({"type": "string", "pattern": ID_PATTERN})),
            ("title", text(pick(lang, "Titre du thème", "Theme title"))),
            ("short", json!({"type": "string"})),
            ("weight", weight(lang)),
            ("scope", scope(lang)),
            ("description", json!({"type": "string"})),
            (
                "questions",
                json!({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/question"}}),
            ),
        ]),
    );
    let date = json!({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"});
    let obligation = object(
        OBLIGATION_FIELDS,
        &["id", "text", "applies_from"],
        props(&[
            ("id", json!({"type": "string", "pattern": ID_PATTERN})),
            (
                "text",
                text(pick(
                    lang,
                    "Le texte et l’article (« Règlement (UE) 2024/1689, art. 26 »)",
                    "The text and article (\u{201c}Regulation (EU) 2024/1689, art. 26\u{201d})",
                )),
            ),
            ("applies_from", date.clone()),
            ("until", date),
            ("who", json!({"type": "string"})),
            ("note", json!({"type": "string"})),
        ]),
    );
    let mut root = object(
        QUESTIONNAIRE_FIELDS,
        &["id", "version", "lang", "title", "scale", "themes"],
        props(&[
            ("id", json!({"type": "string", "pattern": ID_PATTERN})),
            (
                "version",
                json!({"type": "string", "minLength": 1, "description": pick(lang,
                "Version, entre guillemets (\"2026.1\")", "Version, in quotes (\"2026.1\")")}),
            ),
            ("lang", json!({"enum": ["fr", "en"]})),
            (
                "title",
                text(pick(lang, "Titre du questionnaire", "Questionnaire title")),
            ),
            ("description", json!({"type": "string"})),
            (
                "scale",
                json!({"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/level"}}),
            ),
            (
                "obligations",
                json!({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/obligation"}}),
            ),
            (
                "themes",
                json!({"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/theme"}}),
            ),
        ]),
    );
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!(pick(
        lang,
        "Questionnaire boussole",
        "boussole questionnaire"
    ));
    root["$defs"] = json!({
        "level": level,
        "obligation": obligation,
        "option": option,
        "question": question,
        "theme": theme,
    });
    root
}

/// The schema of an answers file (SPEC §2).
pub fn answers(lang: Lang) -> Value {
    // The French words are read only for a French questionnaire; the
    // schema, which does not know the questionnaire, allows them all.
    let word = json!({"enum": ["na", "unknown", "sans objet", "so", "ne sait pas", "nsp"]});
    let answer = object(
        ANSWER_FIELDS,
        &["choice"],
        props(&[
            (
                "choice",
                json!({"oneOf": [{"type": "integer", "minimum": 0}, word.clone()]}),
            ),
            ("comment", json!({"type": "string"})),
        ]),
    );
    let mut root = object(
        ANSWERS_FIELDS,
        &["questionnaire", "version", "department", "answers"],
        props(&[
            (
                "questionnaire",
                json!({"type": "string", "pattern": ID_PATTERN}),
            ),
            ("version", json!({"type": "string", "minLength": 1})),
            (
                "department",
                text(pick(lang, "La direction", "The department")),
            ),
            ("respondent", json!({"type": "string"})),
            (
                "date",
                json!({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
            ),
            (
                "answers",
                json!({
                    "type": ["object", "null"],
                    "propertyNames": {"pattern": ID_PATTERN},
                    "additionalProperties": {"oneOf": [word, {"$ref": "#/$defs/answer"}]},
                }),
            ),
        ]),
    );
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!(pick(lang, "Réponses boussole", "boussole answers"));
    root["$defs"] = json!({"answer": answer});
    root
}

/// A schema as pretty JSON text with a final newline.
pub fn to_text(schema: &Value) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    }

    fn sorted(fields: &[&str]) -> Vec<String> {
        let mut f: Vec<String> = fields.iter().map(|s| s.to_string()).collect();
        f.sort();
        f
    }

    #[test]
    fn schemas_describe_exactly_the_loaders_fields() {
        let q = questionnaire(Lang::Fr);
        assert_eq!(keys(&q), sorted(QUESTIONNAIRE_FIELDS));
        assert_eq!(keys(&q["$defs"]["theme"]), sorted(THEME_FIELDS));
        assert_eq!(keys(&q["$defs"]["question"]), sorted(QUESTION_FIELDS));
        assert_eq!(keys(&q["$defs"]["option"]), sorted(OPTION_FIELDS));
        assert_eq!(keys(&q["$defs"]["level"]), sorted(LEVEL_FIELDS));
        let a = answers(Lang::En);
        assert_eq!(keys(&a), sorted(ANSWERS_FIELDS));
        assert_eq!(keys(&a["$defs"]["answer"]), sorted(ANSWER_FIELDS));
    }

    #[test]
    fn committed_schema_files_are_up_to_date() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        for (name, schema) in [
            ("questionnaire.schema.json", questionnaire(Lang::Fr)),
            ("answers.schema.json", answers(Lang::Fr)),
        ] {
            let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            assert_eq!(
                committed,
                to_text(&schema),
                "schema/{name} is stale: run `cargo run -- --lang fr schema questionnaire > schema/questionnaire.schema.json` (and answers)"
            );
        }
    }
}
