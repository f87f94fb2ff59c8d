//! Any bytes as an answers file of the default questionnaire: loading must
//! return a value or positioned diagnostics, never panic; what loads is
//! scored and rendered (JSON, CSV, consensus agenda).
#![no_main]

use std::sync::OnceLock;

use boussole::compare::Campaign;
use boussole::i18n::Lang;
use boussole::model::Questionnaire;
use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| {
        boussole::load::questionnaire_from_str(boussole::defaults::QUESTIONNAIRE_FR, "q", Lang::Fr)
            .expect("the default questionnaire loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    let Ok(text) = boussole::load::decode(data.to_vec(), "f.yaml", Lang::Fr) else {
        return;
    };
    match boussole::load::answers_from_str(&text, "f.yaml", q, Lang::Fr) {
        Err(e) => assert!(!e.diagnostics.is_empty() && e.diagnostics.iter().all(|d| d.line >= 1 && d.column >= 1)),
        Ok(sheet) => {
            let campaign = Campaign::new(q.clone(), vec![sheet.clone(), sheet]);
            let view = boussole::render::view::ScoreView::new(q, &campaign.results, None);
            let _ = boussole::render::json::score(&view);
            let _ = boussole::render::csv::score(&view, Lang::Fr);
            let _ = boussole::render::view::agenda(&campaign, Lang::Fr, false);
        }
    }
});
