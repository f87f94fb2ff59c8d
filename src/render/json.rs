//! `score --format json`: the machine-readable result of SPEC §4.

use serde::Serialize;

use crate::model::Questionnaire;
use crate::scoring::Results;

#[derive(Serialize)]
struct Output<'a> {
    questionnaire: QuestionnaireRef<'a>,
    overall: ScoreOut<'a>,
    themes: Vec<ThemeOut<'a>>,
    departments: Vec<DepartmentOut<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireRef<'a> {
    id: &'a str,
    version: &'a str,
}

/// A score with its level; all three `null` when there is no score.
#[derive(Serialize)]
pub struct ScoreOut<'a> {
    pub score: Option<f64>,
    pub level: Option<usize>,
    pub level_label: Option<&'a str>,
}

impl<'a> ScoreOut<'a> {
    /// The score, level and label of an optional score.
    pub fn new(q: &'a Questionnaire, score: Option<f64>) -> Self {
        let score = score.filter(|s| s.is_finite());
        let level = super::level_of(q, score);
        ScoreOut {
            score,
            level: level.map(|l| l.0),
            level_label: level.map(|l| l.1),
        }
    }
}

#[derive(Serialize)]
struct ThemeOut<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(flatten)]
    score: ScoreOut<'a>,
}

#[derive(Serialize)]
struct DepartmentOut<'a> {
    name: &'a str,
    respondents: usize,
    overall: ScoreOut<'a>,
    themes: Vec<DepartmentThemeOut<'a>>,
}

#[derive(Serialize)]
struct DepartmentThemeOut<'a> {
    id: &'a str,
    #[serde(flatten)]
    score: ScoreOut<'a>,
    min: Option<f64>,
    max: Option<f64>,
    stddev: Option<f64>,
    answered: usize,
    na: usize,
    unknown: usize,
    missing: usize,
}

/// The JSON document for a campaign's results, pretty-printed, ending with a newline.
pub fn score(q: &Questionnaire, r: &Results) -> String {
    let out = Output {
        questionnaire: QuestionnaireRef {
            id: &q.id,
            version: &q.version,
        },
        overall: ScoreOut::new(q, r.overall),
        themes: q
            .themes
            .iter()
            .zip(&r.themes)
            .map(|(t, s)| ThemeOut {
                id: &t.id,
                title: &t.title,
                score: ScoreOut::new(q, *s),
            })
            .collect(),
        departments: r
            .departments
            .iter()
            .map(|d| DepartmentOut {
                name: &d.name,
                respondents: d.sheets.len(),
                overall: ScoreOut::new(q, d.overall),
                themes: q
                    .themes
                    .iter()
                    .zip(&d.themes)
                    .map(|(t, dt)| DepartmentThemeOut {
                        id: &t.id,
                        score: ScoreOut::new(q, dt.score),
                        min: dt.spread.map(|s| s.min),
                        max: dt.spread.map(|s| s.max),
                        stddev: dt.spread.map(|s| s.stddev),
                        answered: dt.counts.answered,
                        na: dt.counts.na,
                        unknown: dt.counts.unknown,
                        missing: dt.counts.missing,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}
