//! Any bytes as a questionnaire: a value or positioned diagnostics, never a panic.
#![no_main]

use boussole::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = boussole::load::decode(data.to_vec(), "q.yaml", Lang::Fr) else {
        return;
    };
    if let Err(e) = boussole::load::questionnaire_from_str(&text, "q.yaml", Lang::Fr) {
        assert!(!e.diagnostics.is_empty() && e.diagnostics.iter().all(|d| d.line >= 1 && d.column >= 1));
    }
});
