//! Méthode: SPEC §3 in plain words, the level bands, the ranking rule, and a
//! worked example taken from the data, so that a reader can recompute a
//! score by hand.

use super::fmt::{int, weight};
use super::layout::{Align, BODY, Cell, Col, Flow, MUTED, Row, Span, Table, WIDTH};
use super::synthesis::level_cell;
use super::view::View;
use crate::i18n::{Msg, t, tf};
use crate::model::Answer;
use crate::render::number;
use crate::scoring::scale_score;

/// Departments listed one by one in the example's organisation mean.
const MAX_LISTED: usize = 12;

/// Draws the chapter.
pub fn draw(f: &mut Flow, v: &View, chapter: usize) {
    let lang = v.lang;
    f.chapter(
        t(lang, Msg::ReportMethod),
        1,
        &format!("{chapter}. {}", t(lang, Msg::ReportMethod)),
    );
    // The questionnaire's shape. Its own introduction is the respondents'
    // briefing (« répondez seul… ») and stays out of a report for élus.
    f.heading(t(lang, Msg::ReportMethodQuestionnaire), 2, 60.0);
    f.para(&[Span::new(t(lang, Msg::ReportMethodSelfAssessment))]);
    let labels: Vec<&str> = v.q.scale.iter().map(|l| l.label.as_str()).collect();
    f.para(&[Span::muted(tf(
        lang,
        Msg::ReportMethodQuestionnaireCounts {
            id: &v.q.id,
            version: &v.q.version,
            themes: &v.q.themes.len(),
            questions: &v.q.question_count(),
            levels: &v.q.scale.len(),
            labels: &labels.join(" < "),
        },
    ))]);
    f.heading(t(lang, Msg::ReportMethodRules), 2, 60.0);
    f.para(&[Span::new(t(lang, Msg::ReportMethodIntro))]);
    let n = v.levels;
    let values: Vec<String> = (0..n).map(|i| num(lang, scale_score(i, n))).collect();
    let rules: Vec<(&str, String)> = vec![
        (
            t(lang, Msg::ReportRuleQuestionTitle),
            tf(
                lang,
                Msg::ReportRuleQuestion {
                    levels: &n,
                    last: &(n - 1),
                    values: &values.join(" · "),
                },
            ),
        ),
        (
            t(lang, Msg::ReportRuleRespondentTitle),
            t(lang, Msg::ReportRuleRespondent).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleLeftOutTitle),
            t(lang, Msg::ReportRuleLeftOut).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleDepartmentTitle),
            t(lang, Msg::ReportRuleDepartment).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleOrganisationTitle),
            t(lang, Msg::ReportRuleOrganisation).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleOverallTitle),
            t(lang, Msg::ReportRuleOverall).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleLevelTitle),
            tf(
                lang,
                Msg::ReportRuleLevel {
                    levels: &n,
                    width: &num(lang, 100.0 / n as f64),
                },
            ),
        ),
        (
            t(lang, Msg::ReportRuleDisagreementTitle),
            t(lang, Msg::ReportRuleDisagreement).to_string(),
        ),
        (
            t(lang, Msg::ReportRuleRankingTitle),
            t(lang, Msg::ReportRuleRanking).to_string(),
        ),
    ];
    for (title, text) in rules {
        f.bullet(
            &[
                Span::bold(format!("{title}{}", colon(lang))),
                Span::new(text),
            ],
            BODY,
        );
        f.gap(1.0);
    }
    if v.cmp.is_some() {
        f.bullet(
            &[
                Span::bold(format!(
                    "{}{}",
                    t(lang, Msg::ReportRuleChangeTitle),
                    colon(lang)
                )),
                Span::new(t(lang, Msg::ReportRuleChange)),
            ],
            BODY,
        );
    }

    // Level bands.
    let mut table = Table::new(
        vec![
            Col::new(90.0, Align::Left),
            Col::new(70.0, Align::Left),
            Col::new(WIDTH - 160.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::TableLevel)),
            Cell::text(t(lang, Msg::ReportBand)),
            Cell::text(t(lang, Msg::ReportMeaning)),
        ],
    );
    for (k, level) in v.q.scale.iter().enumerate() {
        let lo = 100.0 * k as f64 / n as f64;
        let hi = 100.0 * (k + 1) as f64 / n as f64;
        let band = if k + 1 == n {
            tf(
                lang,
                Msg::ReportBandLast {
                    lo: &number(lang, lo, 0),
                    hi: &number(lang, hi, 0),
                },
            )
        } else {
            tf(
                lang,
                Msg::ReportBandRange {
                    lo: &number(lang, lo, 0),
                    hi: &number(lang, hi, 0),
                },
            )
        };
        let mid = (lo + hi) / 2.0;
        table.rows.push(Row::new(vec![
            level_cell(v, Some(mid)),
            Cell::text(band),
            Cell::text(
                level
                    .description
                    .as_deref()
                    .unwrap_or("")
                    .trim()
                    .to_string(),
            ),
        ]));
    }
    f.heading_table(t(lang, Msg::ReportLevelsTable), 2, &table);

    conclusions(f, v);
    example(f, v);
    scoring_table(f, v);
    glossary(f, v);
}

/// How the synthesis, the plan and the obligations conclude: the rules
/// and thresholds of [`super::analysis`].
fn conclusions(f: &mut Flow, v: &View) {
    use super::analysis as a;
    let lang = v.lang;
    f.heading(t(lang, Msg::ReportMethodConclusions), 2, 60.0);
    let p = |x: f64| super::fmt::pct(lang, x, 0);
    let rules = [
        tf(
            lang,
            Msg::ReportRuleFindings {
                gap: &number(lang, a::MARKED_GAP, 0),
                lagging: &number(lang, a::LAGGING, 0),
                change: &number(lang, a::NOTABLE_CHANGE, 0),
            },
        ),
        tf(
            lang,
            Msg::ReportRulePlan {
                max: &a::MAX_ACTIONS,
                partial: &p(a::PARTIAL),
                min: &a::MIN_DECISIONS,
                most: &a::MAX_DECISIONS,
            },
        ),
        tf(
            lang,
            Msg::ReportRuleStatus {
                in_place: &p(a::IN_PLACE),
                partial: &p(a::PARTIAL),
                unknown: &p(100.0 * a::UNKNOWN_SHARE),
            },
        ),
        tf(
            lang,
            Msg::ReportRuleMinGroup {
                min: &v.opts.min_group,
            },
        ),
    ];
    for rule in rules {
        f.bullet(&[Span::new(rule)], BODY);
        f.gap(1.0);
    }
}

/// Every question's weight and its choices' scores, so that any score can
/// be recomputed from the report and the answers.
fn scoring_table(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let n = v.levels;
    let scale: Vec<String> =
        v.q.scale
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{} {}", l.label, num(lang, scale_score(i, n))))
            .collect();
    let mut table = Table::new(
        vec![
            Col::new(WIDTH - 40.0 - 170.0, Align::Left),
            Col::new(40.0, Align::Right),
            Col::new(170.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportQuestion)),
            Cell::text(t(lang, Msg::TableWeight)),
            Cell::text(t(lang, Msg::ReportChoicesScores)),
        ],
    );
    table.zebra = true;
    for theme in &v.q.themes {
        table.rows.push(Row::group(Cell::bold(tf(
            lang,
            Msg::ReportThemeWeight {
                theme: &theme.title.trim(),
                weight: &weight(lang, theme.weight),
            },
        ))));
        for q in &theme.questions {
            let choices = match &q.options {
                Some(options) => options
                    .iter()
                    .map(|o| format!("{} {}", o.label.trim(), num(lang, o.score)))
                    .collect::<Vec<_>>()
                    .join(" · "),
                None => t(lang, Msg::ReportChoicesScale).to_string(),
            };
            table.rows.push(Row::new(vec![
                Cell::text(super::fmt::third_person(lang, q.text.trim())),
                Cell::text(weight(lang, q.weight)),
                Cell::text(choices),
            ]));
        }
    }
    f.heading(t(lang, Msg::ReportScoringTable), 2, 80.0);
    f.para(&[Span::new(tf(
        lang,
        Msg::ReportScoringTableIntro {
            scale: &scale.join(" · "),
        },
    ))]);
    f.table(&table);
}

/// The acronyms the report and the questionnaire use, each explained once.
fn glossary(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let mut text = String::new();
    for theme in &v.q.themes {
        text.push_str(&theme.title);
        text.push(' ');
        text.push_str(theme.description.as_deref().unwrap_or(""));
        for q in &theme.questions {
            for s in [
                Some(q.text.as_str()),
                q.help.as_deref(),
                q.recommendation.as_deref(),
            ]
            .into_iter()
            .flatten()
            .chain(q.references.iter().map(String::as_str))
            {
                text.push(' ');
                text.push_str(s);
            }
            for o in q.options.iter().flatten() {
                text.push(' ');
                text.push_str(o.recommendation.as_deref().unwrap_or(""));
            }
        }
    }
    for ob in super::fields::catalogue(v.q) {
        text.push(' ');
        text.push_str(ob.text);
    }
    let entries = super::glossary::used(lang, &text);
    f.heading(t(lang, Msg::ReportGlossary), 2, 60.0);
    let mut table = Table::new(
        vec![
            Col::new(70.0, Align::Left),
            Col::new(WIDTH - 70.0, Align::Left),
        ],
        vec![
            Cell::text(t(lang, Msg::ReportAcronym)),
            Cell::text(t(lang, Msg::ReportMeaning)),
        ],
    );
    table.zebra = true;
    for (acronym, meaning) in entries {
        table
            .rows
            .push(Row::new(vec![Cell::bold(acronym), Cell::text(meaning)]));
    }
    f.table(&table);
}

/// ": " in English, " : " (no-break space) in French.
fn colon(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::Fr => "\u{a0}: ",
        crate::i18n::Lang::En => ": ",
    }
}

/// Formats a number for the example: two decimals at most, trailing zeros
/// dropped ("75", "62,5", "58,33").
fn num(lang: crate::i18n::Lang, x: f64) -> String {
    let s = number(lang, x, 2);
    let sep = match lang {
        crate::i18n::Lang::Fr => ',',
        crate::i18n::Lang::En => '.',
    };
    if s.contains(sep) {
        s.trim_end_matches('0').trim_end_matches(sep).to_string()
    } else {
        s
    }
}

/// The worked example: one department, one theme, every step.
fn example(f: &mut Flow, v: &View) {
    let lang = v.lang;
    let q = v.q;
    let r = v.r;
    f.heading(t(lang, Msg::ReportExample), 2, 80.0);
    if r.departments.is_empty() || q.themes.is_empty() {
        return;
    }
    // The first department (name order) with at least `--min-group` (and
    // 2) respondents and at most 5, else the smallest such; none: the
    // example starts from the departments' scores, showing no one's answers.
    let least = v.opts.min_group.max(2);
    let size = |d: usize| r.departments[d].sheets.len();
    let d = (0..r.departments.len())
        .find(|&d| (least..=least.max(5)).contains(&size(d)))
        .or_else(|| {
            (0..r.departments.len())
                .filter(|&d| size(d) >= least)
                .min_by_key(|&d| size(d))
        });
    let Some(d) = d else {
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportExampleNoGroup { min: &least },
        ))]);
        example_from_departments(f, v);
        return;
    };
    // The first theme with a score in that department.
    let ti = (0..q.themes.len())
        .find(|&t| r.departments[d].themes[t].score.is_some())
        .unwrap_or(0);
    let dept = &r.departments[d];
    let theme = &q.themes[ti];
    f.para(&[Span::new(tf(
        lang,
        Msg::ReportExampleIntro {
            department: &dept.name,
            theme: &theme.title,
            respondents: &dept.sheets.len(),
        },
    ))]);

    let first = q.questions().position(|(t, _)| t == ti).unwrap_or(0);
    let mut respondent_scores = Vec::new();
    for (k, &sheet) in dept.sheets.iter().enumerate() {
        let who = tf(lang, Msg::CmpRespondentN { n: &(k + 1) });
        let mut table = Table::new(
            vec![
                Col::new(WIDTH - 190.0, Align::Left),
                Col::new(40.0, Align::Right),
                Col::new(95.0, Align::Left),
                Col::new(55.0, Align::Right),
            ],
            vec![
                Cell::text(t(lang, Msg::ReportQuestion)),
                Cell::text(t(lang, Msg::TableWeight)),
                Cell::text(t(lang, Msg::ReportAnswer)),
                Cell::text(t(lang, Msg::ReportScorePct)),
            ],
        );
        table.zebra = true;
        table.size = 8.5;
        let mut terms = Vec::new();
        let mut weights = Vec::new();
        let (mut num_sum, mut den_sum) = (0.0, 0.0);
        for (j, question) in theme.questions.iter().enumerate() {
            let p = first + j;
            let answer = v.c.sheets[sheet].answers.get(p).unwrap_or(&Answer::Missing);
            let label = super::fmt::answer_label(lang, q, p, answer);
            let score_cell = match v.r.respondents[sheet].questions[p] {
                Some(s) => {
                    terms.push(format!(
                        "{} × {}",
                        weight(lang, question.weight),
                        num(lang, s)
                    ));
                    weights.push(weight(lang, question.weight));
                    num_sum += question.weight * s;
                    den_sum += question.weight;
                    Cell::bold(num(lang, s))
                }
                None => Cell::spans(vec![
                    Span::italic(t(lang, Msg::ReportNotCounted)).color(MUTED),
                ]),
            };
            table.rows.push(Row::new(vec![
                Cell::text(super::fmt::third_person(lang, question.text.trim())),
                Cell::text(weight(lang, question.weight)),
                Cell::text(label),
                score_cell,
            ]));
        }
        f.heading_table(&who, 3, &table);
        let score = v.r.respondents[sheet].themes[ti];
        let line = if let Some(s) = score.filter(|_| den_sum > 0.0) {
            respondent_scores.push(s);
            tf(
                lang,
                Msg::ReportExampleRespondent {
                    who: &who,
                    terms: &terms.join(" + "),
                    weights: &weights.join(" + "),
                    num: &num(lang, num_sum),
                    den: &num(lang, den_sum),
                    score: &num(lang, s),
                },
            )
        } else {
            tf(lang, Msg::ReportExampleNoScore { who: &who })
        };
        f.para(&[Span::new(line)]);
    }

    // The department.
    if let Some(ds) = dept.themes[ti].score {
        let terms: Vec<String> = respondent_scores.iter().map(|s| num(lang, *s)).collect();
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportExampleDepartment {
                department: &dept.name,
                count: &terms.len(),
                terms: &terms.join(" + "),
                score: &num(lang, ds),
            },
        ))]);
    }
    example_from_departments_theme(f, v, ti);
}

/// The organisation steps of the example, from the departments' scores,
/// on the first theme with a score.
fn example_from_departments(f: &mut Flow, v: &View) {
    let ti = (0..v.q.themes.len())
        .find(|&t| v.r.themes[t].is_some())
        .unwrap_or(0);
    example_from_departments_theme(f, v, ti);
}

fn example_from_departments_theme(f: &mut Flow, v: &View, ti: usize) {
    let lang = v.lang;
    let q = v.q;
    let r = v.r;
    let theme = &q.themes[ti];
    // The organisation.
    let scores: Vec<f64> = r
        .departments
        .iter()
        .filter_map(|x| x.themes[ti].score)
        .collect();
    if let Some(os) = r.themes[ti] {
        let text = if scores.len() <= MAX_LISTED {
            let terms: Vec<String> = scores.iter().map(|s| num(lang, *s)).collect();
            tf(
                lang,
                Msg::ReportExampleOrganisation {
                    theme: &theme.title,
                    count: &scores.len(),
                    terms: &terms.join(" + "),
                    score: &num(lang, os),
                },
            )
        } else {
            tf(
                lang,
                Msg::ReportExampleOrganisationSum {
                    theme: &theme.title,
                    count: &int(lang, scores.len()),
                    sum: &num(lang, scores.iter().sum::<f64>()),
                    score: &num(lang, os),
                },
            )
        };
        f.para(&[Span::new(text)]);
    }
    // The overall score.
    if let Some(overall) = r.overall {
        let mut terms = Vec::new();
        let mut weights = Vec::new();
        for (i, th) in q.themes.iter().enumerate() {
            if let Some(s) = r.themes[i] {
                terms.push(format!("{} × {}", weight(lang, th.weight), num(lang, s)));
                weights.push(weight(lang, th.weight));
            }
        }
        let l = v.level(overall);
        let lo = 100.0 * l as f64 / v.levels as f64;
        let hi = 100.0 * (l + 1) as f64 / v.levels as f64;
        f.para(&[Span::new(tf(
            lang,
            Msg::ReportExampleOverall {
                terms: &terms.join(" + "),
                weights: &weights.join(" + "),
                score: &num(lang, overall),
                pct: &super::fmt::score_pct(lang, overall, 1, v.levels),
                lo: &number(lang, lo, 0),
                hi: &number(lang, hi, 0),
                level: &q.level_label(l),
            },
        ))]);
    }
    f.para(&[Span::muted(t(lang, Msg::ReportExampleRounding))]);
}
