//! The scoring method of SPEC §3, as pure functions over the model.
//!
//! Everything is computed in `f64` and nothing is rounded here: rounding is
//! for display only. The method is deliberately simple — weighted means and
//! plain means — so that an élu can recompute any score by hand; the report's
//! *Méthode* section explains it with a worked example.
//!
//! Every number of the method is computed here, once: question scores
//! (per respondent, per department, for the organisation), theme and overall
//! scores, levels, the action plan's priority and the reference roll-ups.
//! The renderers and the PDF report only format [`Results`].

use std::collections::BTreeMap;

use crate::model::{Answer, AnswerSheet, Question, Questionnaire};

/// Tolerance when mapping a score to a level: a score that is exactly on a
/// band's edge by hand (60 % with 5 levels) must not fall into the lower
/// band because of a rounding error of the last bit.
const LEVEL_EPSILON: f64 = 1e-9;

pub use crate::model::scale_score;

/// Level of a score on a scale of `n` levels, by equal bands:
/// `min(n − 1, floor(score · n / 100))`.
pub fn level(score: f64, n: usize) -> usize {
    if n == 0 || !score.is_finite() || score <= 0.0 {
        return 0;
    }
    let band = (score * n as f64 / 100.0 + LEVEL_EPSILON).floor();
    (band as usize).min(n - 1)
}

/// `Σ wᵢ·vᵢ / Σ wᵢ` over the values that exist; `None` if none does.
///
/// The weights are first divided by the largest one, so the sums stay finite
/// whatever weights the loader accepts (two weights of `1e308` would make
/// `Σ wᵢ` infinite and the score NaN); the ratio is the same. The result is
/// kept between the smallest and the largest value, which rounding of the
/// last bit could otherwise cross.
pub fn weighted_mean(values: impl IntoIterator<Item = (f64, Option<f64>)>) -> Option<f64> {
    let present: Vec<(f64, f64)> = values
        .into_iter()
        .filter_map(|(w, v)| v.map(|v| (w, v)))
        .filter(|(w, v)| w.is_finite() && *w > 0.0 && v.is_finite())
        .collect();
    let top = present.iter().map(|(w, _)| *w).fold(0.0, f64::max);
    if top <= 0.0 {
        return None;
    }
    let (mut num, mut den) = (0.0, 0.0);
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (w, v) in present {
        let w = w / top;
        num += w * v;
        den += w;
        lo = lo.min(v);
        hi = hi.max(v);
    }
    Some((num / den).clamp(lo, hi))
}

/// How a group of answers splits between scored and left-out ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Answered with a `choice` (scored).
    pub answered: usize,
    /// `na`: not applicable.
    pub na: usize,
    /// `unknown`: the respondent does not know.
    pub unknown: usize,
    /// Not answered at all.
    pub missing: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.answered += other.answered;
        self.na += other.na;
        self.unknown += other.unknown;
        self.missing += other.missing;
    }

    /// All answers counted.
    pub fn total(&self) -> usize {
        self.answered + self.na + self.unknown + self.missing
    }
}

/// What one answer is worth (SPEC §3, *question score*) and how it counts:
/// a `choice` scores `100 · i / (n − 1)` on the scale, or the chosen
/// option's `score`; `na`, `unknown` and missing answers have no score. A
/// choice out of range (the loader refuses them) counts as missing.
pub fn answer_score(question: &Question, answer: &Answer, levels: usize) -> (Option<f64>, Counts) {
    let mut c = Counts::default();
    let score = match answer {
        Answer::Choice { index, .. } => {
            let s = question.choice_score(*index, levels);
            if s.is_some() {
                c.answered = 1;
            } else {
                c.missing = 1;
            }
            s
        }
        Answer::Na { .. } => {
            c.na = 1;
            None
        }
        Answer::Unknown { .. } => {
            c.unknown = 1;
            None
        }
        Answer::Missing => {
            c.missing = 1;
            None
        }
    };
    (score, c)
}

/// One respondent's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct RespondentScores {
    /// Theme scores, in questionnaire order.
    pub themes: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub counts: Vec<Counts>,
    /// Question scores, in questionnaire order (SPEC §3, *question score*):
    /// `None` unless answered with a `choice`.
    pub questions: Vec<Option<f64>>,
}

/// Min, max and population standard deviation of respondents' theme scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub min: f64,
    pub max: f64,
    pub stddev: f64,
}

/// A department's result on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentTheme {
    /// Mean of its respondents' theme scores.
    pub score: Option<f64>,
    pub spread: Option<Spread>,
    /// Answers of all its respondents on the theme.
    pub counts: Counts,
}

/// A department (*direction*) and its respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Department {
    pub name: String,
    /// Indices of its sheets in the input slice.
    pub sheets: Vec<usize>,
    pub themes: Vec<DepartmentTheme>,
    pub overall: Option<f64>,
}

/// The inputs of a question's priority in the action plan, and the
/// priority itself: `w_q × (100 − score) / 100 × W_t`, the question's weight
/// times its gap to the top, times its theme's weight (SPEC §6, "an action
/// plan ordered by priority"; the *Méthode* section states the formula).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Priority {
    /// The question's weight `w_q`.
    pub weight: f64,
    /// Gap to the top: `100 − score`, in points.
    pub gap: f64,
    /// The weight `W_t` of the question's theme.
    pub theme_weight: f64,
    /// `weight × gap / 100 × theme_weight`.
    pub value: f64,
}

impl Priority {
    /// The priority of a question of weight `weight`, in a theme of weight
    /// `theme_weight`, whose organisation score is `score`.
    pub fn new(weight: f64, score: f64, theme_weight: f64) -> Self {
        let gap = 100.0 - score;
        Priority {
            weight,
            gap,
            theme_weight,
            value: weight * gap / 100.0 * theme_weight,
        }
    }
}

/// One question's results over the campaign.
///
/// A question's score follows the rule of themes (SPEC §3): for each
/// department, the mean of its respondents' question scores (those who
/// answered with a `choice`); for the organisation, the plain mean over the
/// departments that have one, every department counting once. Both means
/// add their values in order (sheets, then departments), as the report's
/// worked example does.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    /// Index of its theme in [`Questionnaire::themes`].
    pub theme: usize,
    /// Organisation question score.
    pub score: Option<f64>,
    /// Department question scores, in [`Results::departments`] order.
    pub departments: Vec<Option<f64>>,
    /// Answers of the whole campaign on the question.
    pub counts: Counts,
    /// Its priority in the action plan; `None` when it has no score.
    pub priority: Option<Priority>,
}

/// The questions that cite one good-practice text (a question's
/// `references`), and where the organisation stands on it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceScore {
    /// The citation, as first written (trimmed).
    pub citation: String,
    /// Positions of the questions citing it, in questionnaire order.
    pub questions: Vec<usize>,
    /// `Σ w_q · S_q / Σ w_q` over those questions' organisation scores.
    pub score: Option<f64>,
}

/// The scores of a whole campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Organisation theme scores: mean of the department theme scores.
    pub themes: Vec<Option<f64>>,
    pub overall: Option<f64>,
    /// Departments, sorted by name.
    pub departments: Vec<Department>,
    /// One entry per input sheet, same order.
    pub respondents: Vec<RespondentScores>,
    /// Answers of the whole campaign per theme.
    pub counts: Vec<Counts>,
    /// Question results, in questionnaire order.
    pub questions: Vec<QuestionResult>,
    /// Good-practice texts cited by the questions, grouped by citation (case
    /// and accents aside), in that key's order.
    pub references: Vec<ReferenceScore>,
}

impl Results {
    /// Answers of the whole campaign.
    pub fn totals(&self) -> Counts {
        let mut c = Counts::default();
        for theme in &self.counts {
            c.add(*theme);
        }
        c
    }
}

/// Scores one respondent.
pub fn score_sheet(q: &Questionnaire, sheet: &AnswerSheet) -> RespondentScores {
    let n = q.scale.len();
    let mut themes = Vec::with_capacity(q.themes.len());
    let mut counts = Vec::with_capacity(q.themes.len());
    let mut questions = Vec::with_capacity(q.question_count());
    let mut pos = 0;
    for theme in &q.themes {
        let mut c = Counts::default();
        let mut values = Vec::with_capacity(theme.questions.len());
        for question in &theme.questions {
            let answer = sheet.answers.get(pos).unwrap_or(&Answer::Missing);
            pos += 1;
            let (score, one) = answer_score(question, answer, n);
            c.add(one);
            if score.is_some() {
                values.push((question.weight, score));
            }
            questions.push(score);
        }
        themes.push(weighted_mean(values));
        counts.push(c);
    }
    let overall = overall_of(q, &themes);
    RespondentScores {
        themes,
        overall,
        counts,
        questions,
    }
}

/// `Σ W_t · T_t / Σ W_t` over the themes that have a score.
pub fn overall_of(q: &Questionnaire, themes: &[Option<f64>]) -> Option<f64> {
    weighted_mean(q.themes.iter().zip(themes).map(|(t, s)| (t.weight, *s)))
}

/// The arithmetic mean. Values are summed in ascending order, so that the
/// order of the input files cannot change the last bit of a score.
fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    Some(sorted.iter().sum::<f64>() / sorted.len() as f64)
}

fn spread(values: &[f64]) -> Option<Spread> {
    let m = mean(values)?;
    let mut squares: Vec<f64> = values.iter().map(|v| (v - m) * (v - m)).collect();
    squares.sort_by(f64::total_cmp);
    let var = squares.iter().sum::<f64>() / values.len() as f64;
    Some(Spread {
        min: values.iter().copied().fold(f64::INFINITY, f64::min),
        max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        stddev: var.sqrt(),
    })
}

/// A key that sorts department names as a French reader expects: accents
/// and case do not move a name, "Éducation" sits with the E's.
pub fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' => 'y',
            'œ' => 'o',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// The key that identifies a department across files: case, accents,
/// apostrophes and runs of spaces do not matter, so "Direction des Finances"
/// and "direction des finances" are one department.
pub fn department_key(name: &str) -> String {
    sort_key(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Scores a campaign: respondents, departments, organisation.
pub fn score(q: &Questionnaire, sheets: &[AnswerSheet]) -> Results {
    let respondents: Vec<RespondentScores> = sheets.iter().map(|s| score_sheet(q, s)).collect();

    // Grouped by key; the name shown is the smallest spelling found, so the
    // order of the files cannot change it.
    let mut groups: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, s) in sheets.iter().enumerate() {
        let entry = groups
            .entry(department_key(&s.department))
            .or_insert_with(|| (s.department.clone(), Vec::new()));
        if s.department < entry.0 {
            entry.0 = s.department.clone();
        }
        entry.1.push(i);
    }

    let nt = q.themes.len();
    let mut counts = vec![Counts::default(); nt];
    let departments: Vec<Department> = groups
        .into_iter()
        .map(|(_, (name, members))| {
            let themes: Vec<DepartmentTheme> = (0..nt)
                .map(|t| {
                    let values: Vec<f64> = members
                        .iter()
                        .filter_map(|&i| respondents[i].themes[t])
                        .collect();
                    let mut c = Counts::default();
                    for &i in &members {
                        c.add(respondents[i].counts[t]);
                    }
                    counts[t].add(c);
                    DepartmentTheme {
                        score: mean(&values),
                        spread: spread(&values),
                        counts: c,
                    }
                })
                .collect();
            let scores: Vec<Option<f64>> = themes.iter().map(|t| t.score).collect();
            Department {
                name,
                sheets: members,
                overall: overall_of(q, &scores),
                themes,
            }
        })
        .collect();

    let themes: Vec<Option<f64>> = (0..nt)
        .map(|t| {
            let values: Vec<f64> = departments
                .iter()
                .filter_map(|d| d.themes[t].score)
                .collect();
            mean(&values)
        })
        .collect();
    let overall = overall_of(q, &themes);
    let questions = question_results(q, sheets, &respondents, &departments);
    let references = reference_scores(q, &questions);
    Results {
        themes,
        overall,
        departments,
        respondents,
        counts,
        questions,
        references,
    }
}

/// [`mean`] of the values that exist: summed in ascending order, so the
/// order of the input files cannot change a question score either.
fn mean_of_present(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    mean(&values.into_iter().flatten().collect::<Vec<f64>>())
}

/// Every question's department and organisation scores, answer counts and
/// priority (see [`QuestionResult`]).
fn question_results(
    q: &Questionnaire,
    sheets: &[AnswerSheet],
    respondents: &[RespondentScores],
    departments: &[Department],
) -> Vec<QuestionResult> {
    let n = q.scale.len();
    q.questions()
        .enumerate()
        .map(|(p, (t, question))| {
            let by_department: Vec<Option<f64>> = departments
                .iter()
                .map(|d| mean_of_present(d.sheets.iter().map(|&i| respondents[i].questions[p])))
                .collect();
            let score = mean_of_present(by_department.iter().copied());
            let mut counts = Counts::default();
            for sheet in sheets {
                let answer = sheet.answers.get(p).unwrap_or(&Answer::Missing);
                counts.add(answer_score(question, answer, n).1);
            }
            QuestionResult {
                theme: t,
                score,
                departments: by_department,
                counts,
                priority: score.map(|s| Priority::new(question.weight, s, q.themes[t].weight)),
            }
        })
        .collect()
}

/// Groups the questions by the good-practice texts they cite (the exact
/// citation, trimmed; case and accents only order them) and scores each
/// text: `Σ w_q · S_q / Σ w_q` over its questions' organisation scores.
pub fn reference_scores(q: &Questionnaire, questions: &[QuestionResult]) -> Vec<ReferenceScore> {
    let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (p, (_, question)) in q.questions().enumerate() {
        for cite in &question.references {
            let cite = cite.trim();
            if cite.is_empty() {
                continue;
            }
            let entry = groups
                .entry((sort_key(cite), cite.to_string()))
                .or_default();
            if !entry.contains(&p) {
                entry.push(p);
            }
        }
    }
    let weights: Vec<f64> = q.questions().map(|(_, question)| question.weight).collect();
    groups
        .into_iter()
        .map(|((_, citation), qs)| ReferenceScore {
            score: weighted_mean(
                qs.iter()
                    .map(|&p| (weights[p], questions.get(p).and_then(|r| r.score))),
            ),
            citation,
            questions: qs,
        })
        .collect()
}

/// A question on which a department's respondents disagree (SPEC §3).
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    /// Index into [`Results::departments`].
    pub department: usize,
    /// Position of the question in questionnaire order.
    pub question: usize,
    pub theme: usize,
    /// Largest gap: in scale levels, or in points for a question with options.
    pub gap: f64,
    /// Whether `gap` counts levels (scale) or points (options).
    pub in_levels: bool,
    /// The choices given: (sheet index, chosen index), in sheet order.
    pub answers: Vec<(usize, usize)>,
}

/// Every disputed question of every department, largest gap first, then by
/// department and questionnaire order.
pub fn disagreements(
    q: &Questionnaire,
    sheets: &[AnswerSheet],
    results: &Results,
) -> Vec<Disagreement> {
    let n = q.scale.len();
    let mut out = Vec::new();
    for (d, dept) in results.departments.iter().enumerate() {
        if dept.sheets.len() < 2 {
            continue;
        }
        for (pos, (t, question)) in q.questions().enumerate() {
            let answers: Vec<(usize, usize)> = dept
                .sheets
                .iter()
                .filter_map(|&i| {
                    sheets[i]
                        .answers
                        .get(pos)
                        .and_then(Answer::choice)
                        .map(|c| (i, c))
                })
                .filter(|&(_, c)| c < question.choice_count(n))
                .collect();
            if answers.len() < 2 {
                continue;
            }
            let (gap, in_levels, disputed) = match &question.options {
                None => {
                    let lo = answers.iter().map(|a| a.1).min().unwrap_or(0);
                    let hi = answers.iter().map(|a| a.1).max().unwrap_or(0);
                    let gap = (hi - lo) as f64;
                    (gap, true, gap >= 2.0)
                }
                Some(_) => {
                    let scores: Vec<f64> = answers
                        .iter()
                        .filter_map(|a| question.choice_score(a.1, n))
                        .collect();
                    let lo = scores.iter().copied().fold(f64::INFINITY, f64::min);
                    let hi = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let gap = hi - lo;
                    (gap, false, gap >= 50.0 - LEVEL_EPSILON)
                }
            };
            if disputed {
                out.push(Disagreement {
                    department: d,
                    question: pos,
                    theme: t,
                    gap,
                    in_levels,
                    answers,
                });
            }
        }
    }
    // Normalise the gap to a share of the full range to rank both kinds together.
    let rank = |x: &Disagreement| {
        if x.in_levels {
            x.gap / (n.max(2) - 1) as f64
        } else {
            x.gap / 100.0
        }
    };
    out.sort_by(|a, b| {
        rank(b)
            .total_cmp(&rank(a))
            .then(a.department.cmp(&b.department))
            .then(a.question.cmp(&b.question))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Choice, Level, Question, Theme};

    fn question(id: &str, weight: f64, options: Option<Vec<f64>>) -> Question {
        Question {
            id: id.into(),
            text: id.into(),
            help: None,
            weight,
            references: vec![],
            recommendation: None,
            options: options.map(|o| {
                o.into_iter()
                    .map(|score| Choice {
                        label: format!("{score}"),
                        score,
                        recommendation: None,
                    })
                    .collect()
            }),
            ..Question::default()
        }
    }

    /// Two themes: A (weight 1): a1 w1, a2 w2, a3 w1 with options 0/50/100;
    /// B (weight 3): b1 w1. Five levels.
    fn fixture() -> Questionnaire {
        let scale = ["L0", "L1", "L2", "L3", "L4"]
            .iter()
            .map(|l| Level {
                label: l.to_string(),
                description: None,
            })
            .collect();
        let themes = vec![
            Theme {
                id: "a".into(),
                title: "A".into(),
                short: None,
                weight: 1.0,
                description: None,
                scope: None,
                questions: vec![
                    question("a1", 1.0, None),
                    question("a2", 2.0, None),
                    question("a3", 1.0, Some(vec![0.0, 50.0, 100.0])),
                ],
            },
            Theme {
                id: "b".into(),
                title: "B".into(),
                short: None,
                weight: 3.0,
                description: None,
                scope: None,
                questions: vec![question("b1", 1.0, None)],
            },
        ];
        Questionnaire::new(
            "t".into(),
            "1".into(),
            Lang::Fr,
            "T".into(),
            None,
            scale,
            themes,
        )
    }

    fn c(i: usize) -> Answer {
        Answer::Choice {
            index: i,
            comment: None,
        }
    }

    fn sheet(dept: &str, answers: Vec<Answer>) -> AnswerSheet {
        AnswerSheet {
            source: String::new(),
            questionnaire: "t".into(),
            version: "1".into(),
            department: dept.into(),
            respondent: None,
            date: None,
            answers,
        }
    }

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a score");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn scale_scores_and_levels_at_band_edges() {
        assert_eq!(scale_score(0, 5), 0.0);
        assert_eq!(scale_score(2, 5), 50.0);
        assert_eq!(scale_score(4, 5), 100.0);
        assert_eq!(scale_score(1, 2), 100.0);
        for (score, lvl) in [
            (0.0, 0),
            (19.999, 0),
            (20.0, 1),
            (39.99, 1),
            (40.0, 2),
            (59.99, 2),
            (60.0, 3),
            (80.0, 4),
            (100.0, 4),
        ] {
            assert_eq!(level(score, 5), lvl, "score {score}");
        }
        // 0.1 + 0.2 style drift right under an edge still lands on it.
        assert_eq!(level(60.0 - 1e-12, 5), 3);
        assert_eq!(level(100.0 / 3.0, 3), 1);
        assert_eq!(level(50.0, 2), 1);
        assert_eq!(level(49.9, 2), 0);
    }

    #[test]
    fn respondent_theme_score_is_a_weighted_mean_of_answered_questions() {
        let q = fixture();
        // a1 = level 1 → 25, a2 (w2) = level 3 → 75, a3 option 1 → 50, b1 = level 4 → 100.
        let r = score_sheet(&q, &sheet("D", vec![c(1), c(3), c(1), c(4)]));
        // (1·25 + 2·75 + 1·50) / 4 = 56.25
        close(r.themes[0], 56.25);
        close(r.themes[1], 100.0);
        // overall: (1·56.25 + 3·100) / 4 = 89.0625
        close(r.overall, 89.0625);
        assert_eq!(
            r.counts[0],
            Counts {
                answered: 3,
                na: 0,
                unknown: 0,
                missing: 0
            }
        );
    }

    #[test]
    fn na_unknown_and_missing_are_left_out_not_zero() {
        let q = fixture();
        let r = score_sheet(
            &q,
            &sheet(
                "D",
                vec![
                    c(2),
                    Answer::Na { comment: None },
                    Answer::Unknown { comment: None },
                    Answer::Missing,
                ],
            ),
        );
        close(r.themes[0], 50.0); // only a1 counts
        assert_eq!(r.themes[1], None); // no answer left: no score
        close(r.overall, 50.0); // B has no score, so only A weighs
        assert_eq!(
            r.counts[0],
            Counts {
                answered: 1,
                na: 1,
                unknown: 1,
                missing: 0
            }
        );
        assert_eq!(r.counts[1].missing, 1);
    }

    #[test]
    fn departments_and_organisation() {
        let q = fixture();
        let sheets = vec![
            // Finances, two respondents.
            sheet("Finances", vec![c(0), c(0), c(0), c(0)]), // A = 0, B = 0
            sheet("Finances", vec![c(4), c(4), c(2), c(2)]), // A = (100+200+100)/4 = 100, B = 50
            // RH, one respondent.
            sheet("RH", vec![c(2), c(2), c(1), c(4)]), // A = 50, B = 100
        ];
        let r = score(&q, &sheets);
        assert_eq!(r.departments.len(), 2);
        let fin = &r.departments[0];
        assert_eq!(fin.name, "Finances");
        close(fin.themes[0].score, 50.0);
        close(fin.themes[1].score, 25.0);
        let s = fin.themes[0].spread.unwrap();
        assert_eq!((s.min, s.max), (0.0, 100.0));
        assert!((s.stddev - 50.0).abs() < 1e-9);
        // Finances overall: (1·50 + 3·25) / 4 = 31.25
        close(fin.overall, 31.25);
        let rh = &r.departments[1];
        close(rh.themes[0].score, 50.0);
        assert_eq!(rh.themes[0].spread.unwrap().stddev, 0.0);
        // Organisation: every department counts once.
        close(r.themes[0], 50.0);
        close(r.themes[1], (25.0 + 100.0) / 2.0);
        close(r.overall, (50.0 + 3.0 * 62.5) / 4.0);
        assert_eq!(r.counts[0].answered, 9);
    }

    #[test]
    fn a_theme_nobody_scored_is_null_everywhere() {
        let q = fixture();
        let sheets = vec![sheet(
            "D",
            vec![c(1), c(1), c(1), Answer::Na { comment: None }],
        )];
        let r = score(&q, &sheets);
        assert_eq!(r.departments[0].themes[1].score, None);
        assert_eq!(r.departments[0].themes[1].spread, None);
        assert_eq!(r.themes[1], None);
        close(r.overall, r.themes[0].unwrap());
    }

    #[test]
    fn disputed_questions() {
        let q = fixture();
        let sheets = vec![
            sheet("D", vec![c(0), c(1), c(0), c(3)]),
            sheet("D", vec![c(2), c(2), c(1), c(4)]), // a1: 2 levels apart; a3: 50 points apart
            sheet("E", vec![c(0), c(0), c(0), c(0)]),
            sheet("E", vec![c(1), c(4), c(2), c(0)]), // a2 by 4 levels, a3 by 100 points
        ];
        let r = score(&q, &sheets);
        let d = disagreements(&q, &sheets, &r);
        let found: Vec<(usize, usize, f64)> = d
            .iter()
            .map(|x| (x.department, x.question, x.gap))
            .collect();
        // Ranked by share of the range: 4/4 and 100/100 first, then 2/4 and 50/100
        // (ties by department, then question order). b1 (3 vs 4) is not disputed.
        assert_eq!(
            found,
            vec![(1, 1, 4.0), (1, 2, 100.0), (0, 0, 2.0), (0, 2, 50.0)]
        );
        assert!(!d[1].in_levels);
        // a3 in D: 0 vs 50 points is a dispute (≥ 50).
        let sheets2 = vec![
            sheet("D", vec![c(0), c(0), c(0), c(0)]),
            sheet("D", vec![c(1), c(0), c(1), c(0)]),
        ];
        let r2 = score(&q, &sheets2);
        let d2 = disagreements(&q, &sheets2, &r2);
        assert_eq!(d2.iter().map(|x| x.question).collect::<Vec<_>>(), vec![2]);
    }

    #[test]
    fn spellings_of_one_department_are_merged() {
        let q = fixture();
        let sheets = vec![
            sheet("Direction des Finances", vec![c(0), c(0), c(0), c(0)]),
            sheet("direction  des finances ", vec![c(4), c(4), c(2), c(4)]),
        ];
        let r = score(&q, &sheets);
        assert_eq!(r.departments.len(), 1);
        assert_eq!(r.departments[0].name, "Direction des Finances");
        assert_eq!(r.departments[0].sheets, vec![0, 1]);
    }

    /// Finances: two respondents; RH: one. By hand, per question:
    /// a1: Finances 0 and 100 → 50, RH 50 → organisation 50;
    /// a2 (weight 2): Finances 0 and `na` → 0, RH 50 → 25;
    /// a3 (options 0/50/100): Finances 0 and 100 → 50, RH `unknown` → 50;
    /// b1 (theme weight 3): Finances 0 and 50 → 25, RH 100 → 62.5.
    fn question_campaign() -> (Questionnaire, Vec<AnswerSheet>) {
        let mut q = fixture();
        q.themes[0].questions[0].references = vec!["RGPD".into(), "AI Act".into()];
        q.themes[0].questions[1].references = vec!["RGPD".into(), "RGPD".into()];
        q.themes[1].questions[0].references = vec![" AI Act ".into(), "  ".into()];
        let sheets = vec![
            sheet("Finances", vec![c(0), c(0), c(0), c(0)]),
            sheet(
                "Finances",
                vec![c(4), Answer::Na { comment: None }, c(2), c(2)],
            ),
            sheet(
                "RH",
                vec![c(2), c(2), Answer::Unknown { comment: None }, c(4)],
            ),
        ];
        (q, sheets)
    }

    #[test]
    fn question_scores_per_department_and_organisation() {
        let (q, sheets) = question_campaign();
        let r = score(&q, &sheets);
        assert_eq!(
            r.respondents[1].questions,
            vec![Some(100.0), None, Some(100.0), Some(50.0)]
        );
        let by_dept: Vec<Vec<Option<f64>>> =
            r.questions.iter().map(|x| x.departments.clone()).collect();
        assert_eq!(
            by_dept,
            vec![
                vec![Some(50.0), Some(50.0)],
                vec![Some(0.0), Some(50.0)],
                vec![Some(50.0), None],
                vec![Some(25.0), Some(100.0)],
            ]
        );
        let org: Vec<Option<f64>> = r.questions.iter().map(|x| x.score).collect();
        assert_eq!(org, vec![Some(50.0), Some(25.0), Some(50.0), Some(62.5)]);
        assert_eq!(
            r.questions.iter().map(|x| x.theme).collect::<Vec<_>>(),
            vec![0, 0, 0, 1]
        );
    }

    #[test]
    fn question_counts_and_priorities() {
        let (q, sheets) = question_campaign();
        let r = score(&q, &sheets);
        assert_eq!(
            r.questions[1].counts,
            Counts {
                answered: 2,
                na: 1,
                unknown: 0,
                missing: 0
            }
        );
        assert_eq!(
            r.questions[2].counts,
            Counts {
                answered: 2,
                na: 0,
                unknown: 1,
                missing: 0
            }
        );
        // Campaign totals: 12 answers, one `na`, one `unknown`.
        let totals = r.totals();
        assert_eq!((totals.total(), totals.na, totals.unknown), (12, 1, 1));
        // a2: weight 2 × gap 75 / 100 × theme weight 1 = 1.5.
        let a2 = r.questions[1].priority.expect("a2 has a score");
        assert_eq!((a2.weight, a2.gap, a2.theme_weight), (2.0, 75.0, 1.0));
        assert_eq!(a2.value, 1.5);
        // b1: 1 × 37.5 / 100 × 3 = 1.125.
        assert_eq!(r.questions[3].priority.map(|p| p.value), Some(1.125));
        // No score, no priority.
        let (q, _) = question_campaign();
        let none = score(&q, &[sheet("D", vec![Answer::Missing; 4])]);
        assert!(
            none.questions
                .iter()
                .all(|x| x.score.is_none() && x.priority.is_none())
        );
        assert_eq!(none.questions[0].counts.missing, 1);
    }

    #[test]
    fn references_are_weighted_means_of_their_questions() {
        let (q, sheets) = question_campaign();
        let r = score(&q, &sheets);
        let refs: Vec<(&str, Vec<usize>)> = r
            .references
            .iter()
            .map(|x| (x.citation.as_str(), x.questions.clone()))
            .collect();
        // "AI Act" and " AI Act " are one text; a2 cites RGPD twice, counted once.
        assert_eq!(refs, vec![("AI Act", vec![0, 3]), ("RGPD", vec![0, 1])]);
        // AI Act: (1·50 + 1·62.5) / 2; RGPD: (1·50 + 2·25) / 3.
        close(r.references[0].score, 56.25);
        close(r.references[1].score, 100.0 / 3.0);
    }

    #[test]
    fn departments_sort_as_a_reader_expects() {
        let mut names = vec!["Voirie", "éducation", "Direction", "Écoles"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, vec!["Direction", "Écoles", "éducation", "Voirie"]);
    }
}
