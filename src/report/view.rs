//! The report's view model: what the sections print, drawn from the
//! campaign's [`Results`] (and its comparison with a baseline).
//!
//! Every score comes from [`crate::scoring`]: question scores per
//! department and for the organisation, priorities and reference scores
//! included. What is left here is the report's own selection: which
//! questions are strengths, which go into the action plan (those below the
//! top level) and which recommendation each carries.

use std::collections::BTreeMap;

use crate::compare::{Campaign, Comparison, DepartmentPair};
use crate::i18n::Lang;
use crate::model::{Answer, Questionnaire};
use crate::render::view::{AgendaItem, agenda};
use crate::scoring::{self, Counts, ReferenceScore, Results};

use super::ReportOptions;

/// One recommendation of the action plan.
#[derive(Debug, Clone)]
pub struct Action {
    /// Position of the question in questionnaire order.
    pub question: usize,
    pub theme: usize,
    /// Organisation question score.
    pub score: f64,
    /// Its priority: see [`scoring::Priority`].
    pub priority: f64,
    pub recommendation: Option<String>,
    /// Departments below the top level on this question, weakest first.
    pub departments: Vec<usize>,
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
    /// Answers of the whole campaign.
    pub totals: Counts,
    /// Question positions by organisation score, highest first (strengths).
    pub strengths: Vec<usize>,
    /// Action plan, highest priority first.
    pub actions: Vec<Action>,
    /// Cited texts, in citation order.
    pub references: &'a [ReferenceScore],
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
        let nd = r.departments.len();

        let mut strengths: Vec<usize> = (0..r.questions.len())
            .filter(|&p| r.questions[p].score.is_some())
            .collect();
        strengths.sort_by(|&a, &b| {
            let score = |p: usize| r.questions[p].score.unwrap_or(0.0);
            score(b).total_cmp(&score(a)).then(a.cmp(&b))
        });

        // The action plan: every question below the top level.
        let top = levels.saturating_sub(1);
        let mut actions: Vec<Action> = Vec::new();
        for ((p, (theme, question)), result) in q.questions().enumerate().zip(&r.questions) {
            let (Some(score), Some(priority)) = (result.score, result.priority) else {
                continue;
            };
            if scoring::level(score, levels) >= top {
                continue;
            }
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
            let dq = &result.departments;
            let mut departments: Vec<usize> = (0..nd)
                .filter(|&d| dq[d].is_some_and(|v| scoring::level(v, levels) < top))
                .collect();
            departments.sort_by(|&a, &b| {
                let v = |d: usize| dq[d].unwrap_or(f64::NAN);
                v(a).total_cmp(&v(b)).then(a.cmp(&b))
            });
            actions.push(Action {
                question: p,
                theme,
                score,
                priority: priority.value,
                recommendation,
                departments,
            });
        }
        actions.sort_by(|a, b| {
            b.priority
                .total_cmp(&a.priority)
                .then(a.question.cmp(&b.question))
        });

        let agenda = agenda(c, lang, false)
            .into_iter()
            .map(|item| {
                let theme = q
                    .position(&item.question_id)
                    .map_or(0, |p| r.questions[p].theme);
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
            totals: r.totals(),
            strengths,
            actions,
            references: &r.references,
            agenda,
            pairs,
        }
    }

    /// The organisation score of the question at position `p`.
    pub fn q_score(&self, p: usize) -> Option<f64> {
        self.r.questions.get(p).and_then(|x| x.score)
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
