//! The offline HTML form: one file, HTML + CSS + JavaScript inline.
//!
//! The page is built in the browser by `assets/form/form.js` from the
//! questionnaire, embedded as JSON in a `<script type="application/json">`
//! block. Every `<` of that JSON is written `\u003c`, so no text of the
//! questionnaire (a questionnaire is data, possibly someone else's) can close
//! the block or open a comment; the script then renders every text through
//! `textContent`, never as markup. A Content-Security-Policy meta tag allows
//! only this style and this script, by their SHA-256 hashes computed here,
//! and forbids any request: the file works from `file://` and nothing leaves it.

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::FormOptions;
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{Question, Questionnaire, Scope};

const TEMPLATE: &str = include_str!("../../assets/form/form.html");
const STYLE: &str = include_str!("../../assets/form/form.css");
const SCRIPT: &str = include_str!("../../assets/form/form.js");

/// The mark by which `form` recognises a file it wrote (and may replace).
pub const GENERATOR: &str = "boussole form";

/// The messages the script shows, by the name it uses → catalogue key.
const LABELS: &[(&str, Msg<'static>)] = &[
    ("skip", Msg::FormSkip),
    ("version", Msg::FormVersion),
    ("offline", Msg::FormOffline),
    ("storageOn", Msg::FormStorageOn),
    ("storageOff", Msg::FormStorageOff),
    ("aboutYou", Msg::FormAboutYou),
    ("department", Msg::FormDepartment),
    ("departmentHint", Msg::FormDepartmentHint),
    ("departmentLocked", Msg::FormDepartmentLocked),
    ("respondent", Msg::FormRespondent),
    ("respondentHint", Msg::FormRespondentHint),
    ("contents", Msg::FormContents),
    ("progress", Msg::FormProgress),
    ("progressLabel", Msg::FormProgressLabel),
    ("nextUnanswered", Msg::FormNextUnanswered),
    ("allAnswered", Msg::FormAllAnswered),
    ("help", Msg::FormHelp),
    ("references", Msg::FormReferences),
    ("owner", Msg::FormOwner),
    ("scopeOrganisation", Msg::FormScopeOrganisation),
    ("scopeDepartment", Msg::FormScopeDepartment),
    ("na", Msg::FormNa),
    ("naHint", Msg::FormNaHint),
    ("unknown", Msg::FormUnknown),
    ("unknownHint", Msg::FormUnknownHint),
    ("clear", Msg::FormClear),
    ("comment", Msg::FormComment),
    ("commentOrphan", Msg::FormCommentOrphan),
    ("answered", Msg::FormAnswered),
    ("unanswered", Msg::FormUnanswered),
    ("actions", Msg::FormActions),
    ("download", Msg::FormDownload),
    ("downloadHint", Msg::FormDownloadHint),
    ("open", Msg::FormOpen),
    ("openHint", Msg::FormOpenHint),
    ("forget", Msg::FormForget),
    ("forgetConfirm", Msg::FormForgetConfirm),
    ("forgotten", Msg::FormForgotten),
    ("downloaded", Msg::FormDownloaded),
    ("downloadedPartial", Msg::FormDownloadedPartial),
    ("commentsDropped", Msg::FormCommentsDropped),
    ("needDepartment", Msg::FormNeedDepartment),
    ("opened", Msg::FormOpened),
    ("replaceConfirm", Msg::FormReplaceConfirm),
    ("openError", Msg::FormOpenError),
    ("errLine", Msg::FormErrLine),
    ("errSyntax", Msg::FormErrSyntax),
    ("errNotAnswers", Msg::FormErrNotAnswers),
    ("errQuestionnaire", Msg::FormErrQuestionnaire),
    ("errUnknownQuestion", Msg::FormErrUnknownQuestion),
    ("errChoice", Msg::FormErrChoice),
    ("otherDepartment", Msg::FormOtherDepartment),
    ("footer", Msg::FormFooter),
    ("dismiss", Msg::FormDismiss),
];

/// The whole HTML file for `q`. Same questionnaire and options, same bytes.
///
/// `lang` is the language of the form's own words (buttons, notices): the
/// questionnaire's, unless the user asked for another with `--lang`.
pub fn render(q: &Questionnaire, lang: Lang, opts: &FormOptions) -> String {
    let data = script_json(&data(q, lang, opts));
    let csp = format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; img-src data:; \
         connect-src 'none'; form-action 'none'; base-uri 'none'",
        sha256_source(SCRIPT),
        sha256_source(STYLE),
    );
    let generator = format!("{GENERATOR} {}", env!("CARGO_PKG_VERSION"));
    fill(TEMPLATE, |name, out| {
        match name {
            "lang" => out.push_str(lang.code()),
            "csp" => out.push_str(&escape_html(&csp)),
            "generator" => out.push_str(&escape_html(&generator)),
            "title" => out.push_str(&escape_html(&one_line(&q.title))),
            "noscript" => out.push_str(&escape_html(t(lang, Msg::FormNoscript))),
            "style" => out.push_str(STYLE),
            "data" => out.push_str(&data),
            "script" => out.push_str(SCRIPT),
            _ => return false,
        }
        true
    })
}

/// The questionnaire and everything the script needs, as one JSON value.
fn data(q: &Questionnaire, lang: Lang, opts: &FormOptions) -> Value {
    let scale: Vec<Value> = q
        .scale
        .iter()
        .map(|l| json!({"label": l.label, "description": l.description}))
        .collect();
    let themes: Vec<Value> = q
        .themes
        .iter()
        .map(|theme| {
            json!({
                "id": theme.id,
                "title": theme.title,
                "description": theme.description,
                "questions": theme.questions.iter().map(|x| question(q, x)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let labels: Map<String, Value> = LABELS
        .iter()
        .map(|(name, msg)| ((*name).to_string(), Value::from(t(lang, *msg))))
        .collect();
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    json!({
        "format": 1,
        "questionnaire": {
            "id": q.id,
            "version": q.version,
            "lang": q.lang.code(),
            "title": q.title,
            "description": q.description,
            "scale": scale,
            "themes": themes,
        },
        "department": clean(&opts.department),
        "respondent": clean(&opts.respondent),
        "lang": lang.code(),
        // The answers file's first line, as `assess` writes it (in the
        // questionnaire's language, like the rest of the file).
        "fileHeader": tf(q.lang, Msg::AssessFileHeader { title: &one_line(&q.title) }),
        // Default file-name parts when a name has nothing left to keep.
        "fallbackNames": match q.lang {
            Lang::Fr => ["direction", "repondant"],
            Lang::En => ["department", "respondent"],
        },
        "labels": labels,
    })
}

fn question(q: &Questionnaire, question: &Question) -> Value {
    // The binding texts first, then good practice: both are what the
    // respondent may want to check before answering.
    let references: Vec<&str> = q
        .obligations_of(question)
        .map(|o| o.text.as_str())
        .chain(question.references.iter().map(String::as_str))
        .collect();
    let mut v = json!({
        "id": question.id,
        "text": question.text,
        "help": question.help,
        "references": references,
        "scope": match question.scope {
            Scope::Organisation => "organisation",
            Scope::Department => "department",
        },
        "owner": question.owner,
    });
    if let Some(options) = &question.options {
        v["options"] = options
            .iter()
            .map(|o| json!({"label": o.label}))
            .collect::<Vec<_>>()
            .into();
    }
    v
}

/// JSON that is safe inside `<script type="application/json">`: `<`, `>` and
/// `&` become `\u003c`, `\u003e`, `\u0026` (the same string for `JSON.parse`),
/// so no `</script` or `<!--` can appear in the block.
fn script_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            // Valid in JSON, but line terminators in older JavaScript.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Fills the `{{name}}` slots of a template in one pass: what `value` writes
/// is never scanned again, so no text can inject a slot. An unknown name is
/// a bug of the template, kept as is (a test checks none is left).
fn fill(template: &str, mut value: impl FnMut(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + SCRIPT.len() + STYLE.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) if value(&after[..end], &mut out) => rest = &after[end + 2..],
            _ => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text for HTML content or a double-quoted attribute (the template quotes
/// every attribute with `"`, so `'` stays as is: the CSP reads plainly).
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A title on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A CSP source for an inline element's exact text: `sha256-<base64>`.
fn sha256_source(text: &str) -> String {
    format!("sha256-{}", base64(&Sha256::digest(text.as_bytes())))
}

/// Standard base64 with padding (RFC 4648 §4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Whether the start of a file shows it was written by `form`.
pub fn is_form(head: &[u8]) -> bool {
    let marker = format!("<meta name=\"generator\" content=\"{GENERATOR} ");
    head.windows(marker.len()).any(|w| w == marker.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected, "{input}");
        }
    }

    #[test]
    fn sha256_of_a_known_text() {
        // printf abc | openssl dgst -sha256 -binary | base64
        assert_eq!(
            sha256_source("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }

    #[test]
    fn fill_is_one_pass() {
        let out = fill("a {{x}} b {{y}} {{nope}} {{", |name, out| match name {
            "x" => {
                out.push_str("{{y}}");
                true
            }
            "y" => {
                out.push('Y');
                true
            }
            _ => false,
        });
        assert_eq!(out, "a {{y}} b Y {{nope}} {{");
    }

    #[test]
    fn script_json_cannot_close_the_block() {
        let v = json!({"t": "</script><!-- & -->\u{2028}"});
        let s = script_json(&v);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn every_label_exists_and_is_used() {
        for (name, _) in LABELS {
            assert!(SCRIPT.contains(&format!("L.{name}")), "label {name} unused");
        }
        // And every label the script reads is given.
        let mut rest = SCRIPT;
        while let Some(at) = rest.find("L.") {
            let name: String = rest[at + 2..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            let boundary = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
            if boundary && !name.is_empty() {
                assert!(LABELS.iter().any(|(n, _)| *n == name), "L.{name} not given");
            }
            rest = &rest[at + 2..];
        }
    }

    #[test]
    fn every_slot_is_filled_and_nothing_closes_early() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
        assert!(!SCRIPT.contains("innerHTML") && !SCRIPT.contains("insertAdjacentHTML"));
        for lang in [Lang::Fr, Lang::En] {
            let (name, text) = crate::defaults::questionnaire(lang);
            let q = crate::load::questionnaire_from_str(text, name, lang).unwrap();
            let html = render(&q, lang, &FormOptions::default());
            assert!(!html.contains("{{"), "a slot is left");
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        }
    }

    #[test]
    fn recognises_its_own_files() {
        assert!(is_form(
            b"<!DOCTYPE html>\n<meta name=\"generator\" content=\"boussole form 0.1.0\">"
        ));
        assert!(!is_form(b"<html><title>boussole form</title>"));
    }
}
