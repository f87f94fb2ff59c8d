//! The fast YAML path and serde-saphyr never disagree: on any text, either
//! the fast path declines, or both read the same tree; a text one accepts
//! the other accepts too (issue 11).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fast = boussole::yaml::parse(text);
    let full = boussole::yaml::parse_full(text);
    match (&fast, &full) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "different trees for {text:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("fast {fast:?} vs full {full:?} on {text:?}"),
    }
});
