//! The shipped questionnaires: the default 2027.1 in French and its English
//! twin kept in step, complete (every obligation cited, every question with
//! a statement, a lead, help and a next step), and the archived 2026.1 still
//! readable.

use boussole::i18n::Lang;
use boussole::load::questionnaire_with_warnings;
use boussole::model::Questionnaire;

fn load(path: &str) -> Questionnaire {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(full).unwrap();
    let (q, warnings) =
        questionnaire_with_warnings(&text, path, Lang::Fr).unwrap_or_else(|e| panic!("{e}"));
    // For the default questionnaire a warning is an error: every obligation
    // of the catalogue is cited by at least one question.
    assert!(warnings.diagnostics.is_empty(), "{warnings}");
    q
}

fn fr() -> Questionnaire {
    load("questionnaires/ia-gouvernance.fr.yaml")
}

fn en() -> Questionnaire {
    load("questionnaires/ia-governance.en.yaml")
}

#[test]
fn the_embedded_default_is_the_french_file() {
    let (name, text) = boussole::defaults::questionnaire(Lang::Fr);
    let q = boussole::load::questionnaire_from_str(text, name, Lang::Fr).unwrap();
    assert_eq!(q, fr());
    let (name, text) = boussole::defaults::questionnaire(Lang::En);
    let q = boussole::load::questionnaire_from_str(text, name, Lang::En).unwrap();
    assert_eq!(q, en());
}

#[test]
fn twins_keep_ids_scopes_owners_weights_and_obligations_in_step() {
    let (fr, en) = (fr(), en());
    assert_eq!((fr.lang, en.lang), (Lang::Fr, Lang::En));
    assert_eq!((&fr.id, &fr.version), (&en.id, &en.version));
    assert_eq!(fr.scale.len(), en.scale.len());
    let catalogue = |q: &Questionnaire| {
        q.obligations
            .iter()
            .map(|o| (o.id.clone(), o.applies_from, o.until))
            .collect::<Vec<_>>()
    };
    assert_eq!(catalogue(&fr), catalogue(&en));
    assert_eq!(fr.themes.len(), en.themes.len());
    for (a, b) in fr.themes.iter().zip(&en.themes) {
        assert_eq!((&a.id, a.weight, a.scope), (&b.id, b.weight, b.scope));
        assert_eq!(a.questions.len(), b.questions.len(), "theme {}", a.id);
        for (x, y) in a.questions.iter().zip(&b.questions) {
            assert_eq!(x.id, y.id);
            assert_eq!(x.scope, y.scope, "{}", x.id);
            assert_eq!(x.owner, y.owner, "{}", x.id);
            assert_eq!(x.weight, y.weight, "{}", x.id);
            assert_eq!(x.obligations, y.obligations, "{}", x.id);
            assert_eq!(x.replaces, y.replaces, "{}", x.id);
            let scores = |q: &boussole::model::Question| {
                q.options
                    .as_ref()
                    .map(|o| o.iter().map(|c| c.score).collect::<Vec<_>>())
            };
            assert_eq!(scores(x), scores(y), "{}", x.id);
        }
    }
}

#[test]
fn every_question_is_complete_and_the_length_is_honest() {
    for q in [fr(), en()] {
        let n = q.question_count();
        assert!((36..=52).contains(&n), "{n} questions");
        for (_, question) in q.questions() {
            let id = &question.id;
            assert!(question.statement.is_some(), "{id}: statement");
            assert!(question.owner.is_some(), "{id}: owner");
            assert!(question.help.is_some(), "{id}: help");
            assert!(question.recommendation.is_some(), "{id}: recommendation");
        }
        // The announced number of questions is the real one.
        let description = q.description.clone().unwrap_or_default();
        assert!(description.contains(&n.to_string()), "{description}");
        let (organisation, department) = q.scope_counts();
        assert!(organisation > 0 && department > 0);
    }
}

#[test]
fn french_texts_use_french_words() {
    let q = fr();
    let mut texts = vec![q.description.clone().unwrap_or_default()];
    for theme in &q.themes {
        texts.extend(theme.description.clone());
    }
    for (_, question) in q.questions() {
        texts.push(question.text.clone());
        texts.extend(question.help.clone());
        texts.extend(question.statement.clone());
        texts.extend(question.recommendation.clone());
        texts.extend(question.references.iter().cloned());
    }
    for o in &q.obligations {
        texts.push(o.text.clone());
        texts.extend(o.note.clone());
    }
    for text in &texts {
        let lower = text.to_lowercase();
        for word in [
            "ai act",
            "open data",
            "(logs)",
            "deepfake",
            "chief data",
            "dpia",
            "fria",
            "faq",
            "sponsor",
            "manager",
            "« na »",
            "« unknown »",
            "à vérifier",
        ] {
            assert!(
                !lower.replace('\u{a0}', " ").contains(word),
                "« {word} » in: {text}"
            );
        }
    }
}

#[test]
fn the_archived_2026_1_still_loads_and_is_found_by_version() {
    let old = load("questionnaires/archive/ia-gouvernance-2026.1.fr.yaml");
    assert_eq!(old.version, "2026.1");
    let (name, text) = boussole::defaults::archived(&old.id, &old.version, Lang::Fr).unwrap();
    let embedded = boussole::load::questionnaire_from_str(text, name, Lang::Fr).unwrap();
    assert_eq!(embedded, old);
    assert!(boussole::defaults::archived(&old.id, "1999.1", Lang::Fr).is_none());
    let en = load("questionnaires/archive/ia-governance-2026.1.en.yaml");
    assert_eq!(en.question_count(), old.question_count());
}
