//! The report's view model: everything the sections print, computed once
//! from the campaign (and its comparison with a baseline).
//!
//! Besides the scores of SPEC §3, the report ranks *questions* (strengths,
//! priorities, legal references, action plan). A question's organisation
//! score follows the same rule as themes: for each department, the mean of
//! its respondents' scores on the question (those who answered with a
//! choice); then the plain mean over departments, every department counting
//! once. The *Méthode* section states this rule.

use std::collections::BTreeMap;

use crate::compare::{Campaign, Comparison, DepartmentPair};
use crate::i18n::Lang;
use crate::model::{Answer, Questionnaire};
use crate::render::compare::{AgendaItem, agenda};
use crate::scoring::{self, Counts, Results, sort_key};

use super::ReportOptions;

/// One recommendation of the action plan.
#[derive(Debug, Clone)]
pub struct Action {
    /// Position of the question in questionnaire order.
    pub question: usize,
    pub theme: usize,
    /// Organisation question score.
    pub score: f64,
    /// Question weight × gap to the top / 100 × theme weight.
    pub priority: f64,
    pub recommendation: Option<String>,
    /// Departments below the top level on this question, weakest first.
    pub departments: Vec<usize>,
}

/// The questions that cite one legal or regulatory text.
#[derive(Debug, Clone)]
pub struct RefGroup {
    pub citation: String,
    /// Positions of the questions, in questionnaire order.
    pub questions: Vec<usize>,
    /// Mean of those questions' organisation scores, weighted by question weight.
    pub score: Option<f64>,
}

/// Everything the report needs, computed once.
pub struct View<'a> {
    pub c: &'a Campaign,
    pub q: &'a Questionnaire,
    pub r: &'a Results,
    pub cmp: Option<&'a Comparison>,
    pub opts: &'a ReportOptions,
    pub lang: Lang,
    /// Number of levels of the scale.
    pub levels: usize,
    /// Organisation score per question (questionnaire order).
    pub q_scores: Vec<Option<f64>>,
    /// Answers of the whole campaign.
    pub totals: Counts,
    /// Question positions by organisation score, highest first (strengths).
    pub strengths: Vec<usize>,
    /// Action plan, highest priority first.
    pub actions: Vec<Action>,
    /// Cited texts, in citation order.
    pub references: Vec<RefGroup>,
    /// The consensus agenda (anonymous, comments left out), with each item's theme.
    pub agenda: Vec<(usize, AgendaItem)>,
    /// For each current department, its pair in the comparison.
    pairs: Vec<Option<&'a DepartmentPair>>,
}

impl<'a> View<'a> {
    pub fn new(c: &'a Campaign, cmp: Option<&'a Comparison>, opts: &'a ReportOptions) -> Self {
        let q = &c.q;
        let r = &c.results;
        let lang = opts.lang;
        let levels = q.scale.len();
        let nq = q.question_count();
        let nd = r.departments.len();
        let theme_of: Vec<usize> = q.questions().map(|(t, _)| t).collect();
        let questions: Vec<_> = q.questions().map(|(_, qq)| qq).collect();

        // Department question scores and campaign counts per question.
        let mut dq = vec![f64::NAN; nd * nq];
        let mut q_counts = vec![Counts::default(); nq];
        for (d, dept) in r.departments.iter().enumerate() {
            for (p, question) in questions.iter().enumerate() {
                let (mut sum, mut n) = (0.0, 0usize);
                for &s in &dept.sheets {
                    match c.sheets[s].answers.get(p).unwrap_or(&Answer::Missing) {
                        Answer::Choice { index, .. } => {
                            if let Some(v) = question.choice_score(*index, levels) {
                                sum += v;
                                n += 1;
                            }
                            q_counts[p].answered += 1;
                        }
                        Answer::Na { .. } => q_counts[p].na += 1,
                        Answer::Unknown { .. } => q_counts[p].unknown += 1,
                        Answer::Missing => q_counts[p].missing += 1,
                    }
                }
                if n > 0 {
                    dq[d * nq + p] = sum / n as f64;
                }
            }
        }
        let mut totals = Counts::default();
        for qc in &q_counts {
            totals.answered += qc.answered;
            totals.na += qc.na;
            totals.unknown += qc.unknown;
            totals.missing += qc.missing;
        }
        let q_scores: Vec<Option<f64>> = (0..nq)
            .map(|p| {
                let (mut sum, mut n) = (0.0, 0usize);
                for d in 0..nd {
                    let v = dq[d * nq + p];
                    if !v.is_nan() {
                        sum += v;
                        n += 1;
                    }
                }
                (n > 0).then(|| sum / n as f64)
            })
            .collect();

        let mut strengths: Vec<usize> = (0..nq).filter(|&p| q_scores[p].is_some()).collect();
        strengths.sort_by(|&a, &b| {
            q_scores[b]
                .unwrap_or(0.0)
                .total_cmp(&q_scores[a].unwrap_or(0.0))
                .then(a.cmp(&b))
        });

        // The action plan: every question below the top level.
        let top = levels.saturating_sub(1);
        let mut actions: Vec<Action> = Vec::new();
        for (p, question) in questions.iter().enumerate() {
            let Some(score) = q_scores[p] else { continue };
            if scoring::level(score, levels) >= top {
                continue;
            }
            let theme = theme_of[p];
            let priority = question.weight * (100.0 - score) / 100.0 * q.themes[theme].weight;
            // The most frequent choice decides an option-specific recommendation.
            let recommendation = if question
                .options
                .as_ref()
                .is_some_and(|o| o.iter().any(|o| o.recommendation.is_some()))
            {
                let mut freq: BTreeMap<usize, usize> = BTreeMap::new();
                for s in &c.sheets {
                    if let Some(i) = s.answers.get(p).and_then(Answer::choice) {
                        *freq.entry(i).or_default() += 1;
                    }
                }
                let most = freq
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(i, _)| *i);
                question.recommendation_for(most)
            } else {
                question.recommendation.as_deref()
            }
            .map(str::to_string);
            let mut departments: Vec<usize> = (0..nd)
                .filter(|&d| {
                    let v = dq[d * nq + p];
                    !v.is_nan() && scoring::level(v, levels) < top
                })
                .collect();
            departments.sort_by(|&a, &b| dq[a * nq + p].total_cmp(&dq[b * nq + p]).then(a.cmp(&b)));
            actions.push(Action {
                question: p,
                theme,
                score,
                priority,
                recommendation,
                departments,
            });
        }
        actions.sort_by(|a, b| {
            b.priority
                .total_cmp(&a.priority)
                .then(a.question.cmp(&b.question))
        });

        // Good-practice texts, grouped by the exact citation (the binding
        // texts of the obligations catalogue have their own table, with a
        // status: see `analysis`).
        let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (p, question) in questions.iter().enumerate() {
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
        let references = groups
            .into_iter()
            .map(|((_, citation), qs)| {
                let score =
                    scoring::weighted_mean(qs.iter().map(|&p| (questions[p].weight, q_scores[p])));
                RefGroup {
                    citation,
                    questions: qs,
                    score,
                }
            })
            .collect();

        let agenda = agenda(c, lang, false)
            .into_iter()
            .map(|item| {
                let theme = q.position(&item.question_id).map_or(0, |p| theme_of[p]);
                (theme, item)
            })
            .collect();

        let mut pairs = vec![None; nd];
        if let Some(cmp) = cmp {
            for pair in &cmp.departments {
                if let Some(i) = pair.current
                    && i < nd
                {
                    pairs[i] = Some(pair);
                }
            }
        }

        View {
            c,
            q,
            r,
            cmp,
            opts,
            lang,
            levels,
            q_scores,
            totals,
            strengths,
            actions,
            references,
            agenda,
            pairs,
        }
    }

    /// Change of a department's theme score (`None`: overall) since the baseline.
    pub fn dept_delta(&self, d: usize, theme: Option<usize>) -> Option<f64> {
        let cmp = self.cmp?;
        cmp.department_delta(self.pairs.get(d).copied().flatten()?, theme)
    }

    /// A department's baseline score on a theme (`None`: overall), on the
    /// shared questions.
    pub fn dept_baseline(&self, d: usize, theme: Option<usize>) -> Option<f64> {
        let cmp = self.cmp?;
        let b = &cmp.baseline.departments[self.pairs.get(d).copied().flatten()?.baseline?];
        match theme {
            Some(t) => b.themes[t].score,
            None => b.overall,
        }
    }

    /// Whether a current department was absent from the baseline.
    pub fn dept_is_new(&self, d: usize) -> bool {
        self.cmp.is_some()
            && self
                .pairs
                .get(d)
                .copied()
                .flatten()
                .is_none_or(|p| p.baseline.is_none())
    }

    /// Change of the organisation's theme score (`None`: overall).
    pub fn org_delta(&self, theme: Option<usize>) -> Option<f64> {
        self.cmp?.organisation_delta(theme)
    }

    /// The baseline organisation theme scores (on the shared questions).
    pub fn baseline_themes(&self) -> Option<&[Option<f64>]> {
        self.cmp.map(|c| c.baseline_themes())
    }

    /// Level of a score.
    pub fn level(&self, score: f64) -> usize {
        scoring::level(score, self.levels)
    }

    /// The question at a position.
    pub fn question(&self, p: usize) -> &'a crate::model::Question {
        self.q
            .question_at(p)
            .map(|(_, q)| q)
            .expect("question position in range")
    }

    /// Number of departments.
    pub fn nd(&self) -> usize {
        self.r.departments.len()
    }

    /// Whether there are so many departments that charts summarise instead
    /// of drawing one bar each.
    pub fn large(&self) -> bool {
        self.nd() > super::charts::MAX_BARS
    }

    /// Number of departments at each level for a theme (`None`: overall).
    pub fn distribution(&self, theme: Option<usize>) -> Vec<usize> {
        let mut out = vec![0; self.levels];
        for d in &self.r.departments {
            let s = match theme {
                Some(t) => d.themes[t].score,
                None => d.overall,
            };
            if let Some(s) = s {
                out[self.level(s)] += 1;
            }
        }
        out
    }
}
