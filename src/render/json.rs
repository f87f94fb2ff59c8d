//! `score --format json`: the machine-readable result of SPEC §4.

use serde::Serialize;

use super::view::{Mark, ScoreView};

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

impl<'a> From<Mark<'a>> for ScoreOut<'a> {
    fn from(m: Mark<'a>) -> Self {
        ScoreOut {
            score: m.score,
            level: m.level_index(),
            level_label: m.level_label(),
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
pub fn score(v: &ScoreView) -> String {
    let out = Output {
        questionnaire: QuestionnaireRef {
            id: &v.q.id,
            version: &v.q.version,
        },
        overall: v.overall.into(),
        themes: v
            .themes
            .iter()
            .map(|t| ThemeOut {
                id: t.id,
                title: t.title,
                score: t.mark.into(),
            })
            .collect(),
        departments: v
            .departments
            .iter()
            .map(|d| DepartmentOut {
                name: d.name,
                respondents: d.respondents,
                overall: d.overall.into(),
                themes: d
                    .themes
                    .iter()
                    .map(|dt| DepartmentThemeOut {
                        id: dt.id,
                        score: dt.mark.into(),
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
    pretty(&out)
}

/// A value as pretty-printed JSON, ending with a newline.
pub fn pretty(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value)
        .expect("plain structs with string keys always serialise to JSON");
    text.push('\n');
    text
}
