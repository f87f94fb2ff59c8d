//! Property tests of the scoring method, on random questionnaires and answers.

use boussole::compare::{Campaign, compare};
use boussole::i18n::Lang;
use boussole::model::{Answer, AnswerSheet, Choice, Level, Question, Questionnaire, Theme};
use boussole::scoring::{self, Results};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Case {
    q: Questionnaire,
    sheets: Vec<AnswerSheet>,
}

/// Weights as a questionnaire usually has them.
fn usual_weight() -> BoxedStrategy<f64> {
    (0.1f64..10.0).boxed()
}

/// Weights anywhere from 1e-6 to 1e300, spread evenly over the exponents,
/// and the extremes themselves (two questions weighing 1e300 or more once
/// made `Σ w` infinite and every score NaN).
fn wide_weight() -> BoxedStrategy<f64> {
    prop_oneof![
        8 => (-6.0f64..300.0).prop_map(|e| 10f64.powf(e)),
        1 => Just(1e-6),
        1 => Just(1e300),
        1 => Just(1e308),
    ]
    .boxed()
}

fn questionnaire(weight: fn() -> BoxedStrategy<f64>) -> impl Strategy<Value = Questionnaire> {
    let question = (
        weight(),
        prop::option::of(prop::collection::vec(0.0f64..=100.0, 2..5)),
    );
    let theme = (weight(), prop::collection::vec(question, 1..5));
    (2usize..7, prop::collection::vec(theme, 1..5)).prop_map(|(levels, themes)| {
        let scale = (0..levels)
            .map(|i| Level {
                label: format!("L{i}"),
                description: None,
            })
            .collect();
        let themes = themes
            .into_iter()
            .enumerate()
            .map(|(t, (weight, qs))| Theme {
                id: format!("t{t}"),
                title: format!("T{t}"),
                short: None,
                weight,
                description: None,
                scope: None,
                questions: qs
                    .into_iter()
                    .enumerate()
                    .map(|(i, (w, opts))| Question {
                        id: format!("t{t}-q{i}"),
                        text: "?".into(),
                        help: None,
                        weight: w,
                        references: vec![],
                        recommendation: None,
                        options: opts.map(|o| {
                            o.into_iter()
                                .map(|score| Choice {
                                    label: format!("{score}"),
                                    score,
                                    recommendation: None,
                                })
                                .collect()
                        }),
                        ..Question::default()
                    })
                    .collect(),
            })
            .collect();
        Questionnaire::new(
            "p".into(),
            "1".into(),
            Lang::Fr,
            "P".into(),
            None,
            scale,
            themes,
        )
    })
}

/// An answer kind (0 = choice, 1 = na, 2 = unknown, 3 = missing) and a raw choice.
fn case() -> impl Strategy<Value = Case> {
    case_with(usual_weight)
}

/// A case whose weights range from 1e-6 to 1e308.
fn wide_case() -> impl Strategy<Value = Case> {
    case_with(wide_weight)
}

fn case_with(weight: fn() -> BoxedStrategy<f64>) -> impl Strategy<Value = Case> {
    questionnaire(weight).prop_flat_map(|q| {
        let n = q.question_count();
        let sheet = (0usize..3, prop::collection::vec((0u8..4, 0usize..100), n));
        (Just(q), prop::collection::vec(sheet, 1..9)).prop_map(|(q, raw)| {
            let sheets = raw
                .into_iter()
                .map(|(dept, answers)| AnswerSheet {
                    source: String::new(),
                    questionnaire: "p".into(),
                    version: "1".into(),
                    department: ["Finances", "Éducation", "Voirie"][dept].into(),
                    respondent: None,
                    date: None,
                    answers: answers
                        .into_iter()
                        .zip(q.questions())
                        .map(|((kind, c), (_, question))| match kind {
                            0 => Answer::Choice {
                                index: c % question.choice_count(q.scale.len()),
                                comment: None,
                            },
                            1 => Answer::Na { comment: None },
                            2 => Answer::Unknown { comment: None },
                            _ => Answer::Missing,
                        })
                        .collect(),
                })
                .collect();
            Case { q, sheets }
        })
    })
}

/// The same campaign answered on a finer scale (version "2"): level `i` of
/// an `n`-level scale becomes level `i·k` of a `k·(n−1)+1`-level one, which
/// is worth the same score; questions with their own options keep them.
fn on_finer_scale(c: &Case, k: usize) -> Case {
    let n = c.q.scale.len();
    let m = k * (n - 1) + 1;
    let scale = (0..m)
        .map(|i| Level {
            label: format!("F{i}"),
            description: None,
        })
        .collect();
    let q = Questionnaire::new(
        c.q.id.clone(),
        "2".into(),
        c.q.lang,
        c.q.title.clone(),
        None,
        scale,
        c.q.themes.clone(),
    );
    let sheets = c
        .sheets
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.version = "2".into();
            for (a, (_, question)) in s.answers.iter_mut().zip(c.q.questions()) {
                if let Answer::Choice { index, .. } = a
                    && question.options.is_none()
                {
                    *index *= k;
                }
            }
            s
        })
        .collect();
    Case { q, sheets }
}

fn all_scores(r: &Results) -> Vec<Option<f64>> {
    let mut v = r.themes.clone();
    v.push(r.overall);
    for d in &r.departments {
        v.extend(d.themes.iter().map(|t| t.score));
        v.push(d.overall);
    }
    for resp in &r.respondents {
        v.extend(resp.themes.iter().copied());
        v.push(resp.overall);
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn scores_stay_within_0_and_100(c in case()) {
        let r = scoring::score(&c.q, &c.sheets);
        for s in all_scores(&r).into_iter().flatten() {
            prop_assert!((0.0..=100.0 + 1e-9).contains(&s), "score {s}");
            prop_assert!(scoring::level(s, c.q.scale.len()) < c.q.scale.len());
        }
    }

    #[test]
    fn scores_stay_finite_within_0_and_100_whatever_the_weights(c in wide_case()) {
        let r = scoring::score(&c.q, &c.sheets);
        for s in all_scores(&r).into_iter().flatten() {
            prop_assert!(s.is_finite() && (0.0..=100.0).contains(&s), "score {s}");
        }
        // A theme with at least one answered choice has a score, whatever its weights.
        for (t, theme) in c.q.themes.iter().enumerate() {
            let first: usize = c.q.themes[..t].iter().map(|th| th.questions.len()).sum();
            let answered = c.sheets.iter().any(|s| {
                s.answers[first..first + theme.questions.len()]
                    .iter()
                    .any(|a| matches!(a, Answer::Choice { .. }))
            });
            prop_assert_eq!(r.themes[t].is_some(), answered, "theme {}", t);
        }
        prop_assert_eq!(r.overall.is_some(), r.themes.iter().any(Option::is_some));
    }

    #[test]
    fn scaling_every_weight_changes_no_score(c in case(), exponent in -6i32..=300) {
        let before = scoring::score(&c.q, &c.sheets);
        let factor = 10f64.powi(exponent);
        let mut q = c.q.clone();
        for theme in &mut q.themes {
            theme.weight *= factor;
            for question in &mut theme.questions {
                question.weight *= factor;
            }
        }
        let after = scoring::score(&q, &c.sheets);
        for (b, a) in all_scores(&before).into_iter().zip(all_scores(&after)) {
            match (b, a) {
                (Some(b), Some(a)) => prop_assert!((a - b).abs() < 1e-9, "{b} became {a} (x{factor:e})"),
                (b, a) => prop_assert_eq!(b, a),
            }
        }
    }

    #[test]
    fn na_never_changes_the_other_answers_scores(c in case()) {
        let before = scoring::score(&c.q, &c.sheets);
        // Mark every unanswered question "not applicable".
        let mut sheets = c.sheets.clone();
        for s in &mut sheets {
            for a in &mut s.answers {
                if *a == Answer::Missing {
                    *a = Answer::Na { comment: None };
                }
            }
        }
        let after = scoring::score(&c.q, &sheets);
        prop_assert_eq!(all_scores(&before), all_scores(&after));
    }

    #[test]
    fn permuting_the_files_changes_nothing(c in case(), seed in any::<u64>()) {
        let before = scoring::score(&c.q, &c.sheets);
        let mut sheets = c.sheets.clone();
        // A deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..sheets.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            sheets.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let after = scoring::score(&c.q, &sheets);
        prop_assert_eq!(&before.themes, &after.themes);
        prop_assert_eq!(before.overall, after.overall);
        for (a, b) in before.departments.iter().zip(&after.departments) {
            prop_assert_eq!(&a.name, &b.name);
            prop_assert_eq!(&a.themes, &b.themes);
            prop_assert_eq!(a.overall, b.overall);
        }
        // Question scores (organisation and per department) and the
        // priorities and cited texts built on them, to the last bit.
        for (a, b) in before.questions.iter().zip(&after.questions) {
            prop_assert_eq!(a.score, b.score);
            prop_assert_eq!(&a.departments, &b.departments);
            prop_assert_eq!(a.priority.map(|p| p.value), b.priority.map(|p| p.value));
            prop_assert_eq!(&a.counts, &b.counts);
        }
        for (a, b) in before.references.iter().zip(&after.references) {
            prop_assert_eq!(a.score, b.score);
        }
    }

    /// A campaign compared with itself has not moved, even when the two
    /// were answered on scales of different lengths (a baseline answer is
    /// worth its score on its own scale, never its index on the other).
    #[test]
    fn the_same_answers_on_another_scale_have_not_moved(c in case(), k in 1usize..4) {
        let baseline = Campaign::new(c.q.clone(), c.sheets.clone());
        let finer = on_finer_scale(&c, k);
        let current = Campaign::new(finer.q, finer.sheets);
        for (cur, base) in [(&current, &baseline), (&baseline, &current), (&baseline, &baseline)] {
            let cmp = compare(cur, base);
            prop_assert!(cmp.added.is_empty() && cmp.removed.is_empty());
            let close = |d: Option<f64>| d.is_none_or(|d| d.abs() < 1e-9);
            for t in (0..c.q.themes.len()).map(Some).chain([None]) {
                prop_assert!(close(cmp.organisation_delta(t)), "{:?}", cmp.organisation_delta(t));
                prop_assert_eq!(cmp.current.themes.len(), cmp.baseline.themes.len());
                for pair in &cmp.departments {
                    prop_assert!(pair.current.is_some() && pair.baseline.is_some());
                    prop_assert!(close(cmp.department_delta(pair, t)));
                }
            }
            prop_assert_eq!(cmp.current.overall.is_some(), cmp.baseline.overall.is_some());
        }
    }

    #[test]
    fn a_department_lies_between_its_respondents(c in case()) {
        let r = scoring::score(&c.q, &c.sheets);
        for d in &r.departments {
            for (t, dt) in d.themes.iter().enumerate() {
                let values: Vec<f64> = d.sheets.iter().filter_map(|&i| r.respondents[i].themes[t]).collect();
                match dt.score {
                    None => prop_assert!(values.is_empty()),
                    Some(s) => {
                        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
                        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                        prop_assert!(lo - 1e-9 <= s && s <= hi + 1e-9, "{lo} <= {s} <= {hi}");
                        let spread = dt.spread.unwrap();
                        prop_assert_eq!((spread.min, spread.max), (lo, hi));
                    }
                }
            }
        }
    }
}

/// Lines of plain YAML, well- and ill-formed, to compare the fast path with
/// the full parser.
fn yaml_text() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "a", "b", "choice", "comment", "answers", "x-1", "q.2", "yes", "1", "\"k\"",
    ]);
    let value = prop::sample::select(vec![
        "",
        "1",
        "0",
        "02",
        "-3",
        "1.5",
        "na",
        "unknown",
        "yes",
        "No",
        "~",
        "null",
        "\"q\\\"t\"",
        "\"\\u00e9\"",
        "\"\\x41\"",
        "'s''q'",
        "text # c",
        "2026-10-04",
        "2026-1-4",
        "C#",
        "a: b",
        "[1]",
        "{a: 1}",
        "&x 1",
        "*x",
        "|",
        "- 1",
        "http://x",
        "\u{a0}nbsp",
        "trailing  ",
        "\"open",
        "'open",
        "#c",
        "Direction des finances",
    ]);
    let indent = prop::sample::select(vec![0usize, 0, 2, 2, 4, 1, 3]);
    let line = (
        indent,
        key,
        value,
        prop::bool::weighted(0.1),
        prop::bool::weighted(0.1),
    )
        .prop_map(|(indent, key, value, comment, crlf)| {
            let mut l = format!("{}{key}:", " ".repeat(indent));
            if !value.is_empty() {
                l.push(' ');
                l.push_str(value);
            }
            if comment {
                l = format!("{}# note\n{l}", " ".repeat(indent));
            }
            if crlf {
                l.push('\r');
            }
            l
        });
    prop::collection::vec(line, 1..12).prop_map(|lines| lines.join("\n") + "\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn fast_path_reads_as_the_full_parser(text in yaml_text()) {
        let fast = boussole::yaml::parse(&text);
        let full = boussole::yaml::parse_full(&text);
        match (&fast, &full) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "fast {:?} vs full {:?} on {:?}", fast, full, text),
        }
    }
}

/// Characters YAML refuses or reads specially, put anywhere in a plain
/// answers file (values, keys, comments, indentation): the fast path must
/// accept exactly what serde-saphyr accepts (issue 11).
fn hostile_text() -> impl Strategy<Value = String> {
    let base = "# Réponses\nquestionnaire: mini\nversion: \"1.0\"\ndepartment: RH # note\nanswers:\n  s1:\n    choice: 1\n    comment: \"vu\"\n  s2: na\n";
    let hostile = prop::sample::select(vec![
        '\u{0}',
        '\u{1}',
        '\u{7}',
        '\u{8}',
        '\t',
        '\u{b}',
        '\u{c}',
        '\r',
        '\u{1b}',
        '\u{7f}',
        '\u{80}',
        '\u{85}',
        '\u{9b}',
        '\u{a0}',
        '\u{2028}',
        '\u{2029}',
        '\u{202e}',
        '\u{feff}',
        '\u{fffe}',
        '\u{ffff}',
        '\u{fffd}',
        '\u{e000}',
        '\u{10ffff}',
        '#',
        ':',
        '"',
        '\'',
        ' ',
        '-',
        '&',
        '*',
        '\\',
        'é',
    ]);
    prop::collection::vec((0..base.len(), hostile), 1..4).prop_map(move |edits| {
        let mut text: Vec<char> = base.chars().collect();
        for (at, c) in edits {
            let at = at % (text.len() + 1);
            text.insert(at, c);
        }
        text.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn fast_path_agrees_on_hostile_characters(text in hostile_text()) {
        let fast = boussole::yaml::parse(&text);
        let full = boussole::yaml::parse_full(&text);
        match (&fast, &full) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "fast {:?} vs full {:?} on {:?}", fast, full, text),
        }
    }
}
