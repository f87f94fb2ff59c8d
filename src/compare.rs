//! Campaigns over time: the change since a baseline, per department and theme.
//!
//! A baseline may have been answered on an earlier version of the
//! questionnaire. Both campaigns are then re-scored on the questions the two
//! versions share (matched by id), so that a change measures progress and not
//! a change of questions. Departments are matched by name.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Answer, AnswerSheet, Question, Questionnaire, Theme};
use crate::scoring::{self, Results, department_key};

/// A campaign: its questionnaire, answers and scores.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub q: Questionnaire,
    pub sheets: Vec<AnswerSheet>,
    pub results: Results,
}

impl Campaign {
    /// Scores a campaign.
    pub fn new(q: Questionnaire, sheets: Vec<AnswerSheet>) -> Self {
        let results = scoring::score(&q, &sheets);
        Campaign { q, sheets, results }
    }

    /// The latest `date` among the answers, if any.
    pub fn latest_date(&self) -> Option<crate::model::Date> {
        self.sheets.iter().filter_map(|s| s.date).max()
    }
}

/// A question present in one version only.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRef {
    pub id: String,
    pub text: String,
}

/// A department found in either campaign, with its index in each.
#[derive(Debug, Clone, PartialEq)]
pub struct DepartmentPair {
    pub name: String,
    /// Index into `current.departments`.
    pub current: Option<usize>,
    /// Index into `baseline.departments`.
    pub baseline: Option<usize>,
}

/// The change from a baseline campaign to the current one.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub baseline_version: String,
    pub current_version: String,
    /// Questions of the current version the baseline did not have.
    pub added: Vec<QuestionRef>,
    /// Questions of the baseline version the current one dropped.
    pub removed: Vec<QuestionRef>,
    /// Number of questions both versions share.
    pub shared: usize,
    /// The current campaign scored on the shared questions only.
    pub current: Results,
    /// The baseline campaign scored on the shared questions only.
    pub baseline: Results,
    /// Every department of either campaign, in name order.
    pub departments: Vec<DepartmentPair>,
}

impl Comparison {
    /// Whether both campaigns were answered on the same set of questions.
    pub fn same_questions(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    /// Departments present now but not in the baseline.
    pub fn new_departments(&self) -> impl Iterator<Item = &str> {
        self.departments
            .iter()
            .filter(|d| d.baseline.is_none())
            .map(|d| d.name.as_str())
    }

    /// Departments of the baseline that no longer answer.
    pub fn vanished_departments(&self) -> impl Iterator<Item = &str> {
        self.departments
            .iter()
            .filter(|d| d.current.is_none())
            .map(|d| d.name.as_str())
    }

    /// Change of a department's theme score (`theme: None` for overall), in
    /// points, on the shared questions.
    pub fn department_delta(&self, pair: &DepartmentPair, theme: Option<usize>) -> Option<f64> {
        let cur = &self.current.departments[pair.current?];
        let base = &self.baseline.departments[pair.baseline?];
        match theme {
            Some(t) => Some(cur.themes[t].score? - base.themes[t].score?),
            None => Some(cur.overall? - base.overall?),
        }
    }

    /// Change of the organisation's theme score (`None` for overall).
    pub fn organisation_delta(&self, theme: Option<usize>) -> Option<f64> {
        match theme {
            Some(t) => Some(self.current.themes[t]? - self.baseline.themes[t]?),
            None => Some(self.current.overall? - self.baseline.overall?),
        }
    }

    /// The baseline's organisation theme scores on the shared questions.
    pub fn baseline_themes(&self) -> &[Option<f64>] {
        &self.baseline.themes
    }

    /// The department pair with this current index.
    pub fn pair_for_current(&self, current: usize) -> Option<&DepartmentPair> {
        self.departments.iter().find(|p| p.current == Some(current))
    }
}

/// The current questionnaire restricted to the questions `keep` names,
/// themes kept (possibly empty) so that theme indices stay the same.
fn restrict(q: &Questionnaire, keep: &dyn Fn(&Question) -> bool) -> Questionnaire {
    let themes = q
        .themes
        .iter()
        .map(|t| Theme {
            questions: t.questions.iter().filter(|qq| keep(qq)).cloned().collect(),
            ..t.clone()
        })
        .collect();
    Questionnaire::new(
        q.id.clone(),
        q.version.clone(),
        q.lang,
        q.title.clone(),
        q.description.clone(),
        q.scale.clone(),
        themes,
    )
}

/// A sheet's answers re-laid in the order of `target`, looked up by id in
/// the questionnaire the sheet was answered on. A choice the target question
/// does not offer counts as missing.
fn remap(sheet: &AnswerSheet, from: &Questionnaire, target: &Questionnaire) -> AnswerSheet {
    let answers = target
        .questions()
        .map(|(_, q)| {
            let a = from
                .position(&q.id)
                .and_then(|p| sheet.answers.get(p))
                .cloned()
                .unwrap_or(Answer::Missing);
            match a {
                Answer::Choice { index, .. } if index >= q.choice_count(target.scale.len()) => {
                    Answer::Missing
                }
                other => other,
            }
        })
        .collect();
    AnswerSheet {
        answers,
        ..sheet.clone()
    }
}

/// Compares a campaign with its baseline.
pub fn compare(current: &Campaign, baseline: &Campaign) -> Comparison {
    let base_ids: HashMap<&str, ()> = baseline
        .q
        .questions()
        .map(|(_, q)| (q.id.as_str(), ()))
        .collect();
    let added: Vec<QuestionRef> = current
        .q
        .questions()
        .filter(|(_, q)| !base_ids.contains_key(q.id.as_str()))
        .map(|(_, q)| QuestionRef {
            id: q.id.clone(),
            text: q.text.clone(),
        })
        .collect();
    let removed: Vec<QuestionRef> = baseline
        .q
        .questions()
        .filter(|(_, q)| current.q.position(&q.id).is_none())
        .map(|(_, q)| QuestionRef {
            id: q.id.clone(),
            text: q.text.clone(),
        })
        .collect();

    let (current_results, baseline_results, shared) = if added.is_empty()
        && removed.is_empty()
        && current.q.scale.len() == baseline.q.scale.len()
    {
        let base_sheets: Vec<AnswerSheet> = baseline
            .sheets
            .iter()
            .map(|s| remap(s, &baseline.q, &current.q))
            .collect();
        (
            current.results.clone(),
            scoring::score(&current.q, &base_sheets),
            current.q.question_count(),
        )
    } else {
        let shared_q = restrict(&current.q, &|qq| base_ids.contains_key(qq.id.as_str()));
        let cur_sheets: Vec<AnswerSheet> = current
            .sheets
            .iter()
            .map(|s| remap(s, &current.q, &shared_q))
            .collect();
        let base_sheets: Vec<AnswerSheet> = baseline
            .sheets
            .iter()
            .map(|s| remap(s, &baseline.q, &shared_q))
            .collect();
        (
            scoring::score(&shared_q, &cur_sheets),
            scoring::score(&shared_q, &base_sheets),
            shared_q.question_count(),
        )
    };

    let mut by_name: BTreeMap<String, DepartmentPair> = BTreeMap::new();
    fn pair<'m>(
        map: &'m mut BTreeMap<String, DepartmentPair>,
        name: &str,
    ) -> &'m mut DepartmentPair {
        map.entry(department_key(name))
            .or_insert_with(|| DepartmentPair {
                name: name.to_string(),
                current: None,
                baseline: None,
            })
    }
    for (i, d) in current_results.departments.iter().enumerate() {
        pair(&mut by_name, &d.name).current = Some(i);
    }
    for (i, d) in baseline_results.departments.iter().enumerate() {
        pair(&mut by_name, &d.name).baseline = Some(i);
    }

    Comparison {
        baseline_version: baseline.q.version.clone(),
        current_version: current.q.version.clone(),
        added,
        removed,
        shared,
        current: current_results,
        baseline: baseline_results,
        departments: by_name.into_values().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Level;

    fn q(version: &str, ids: &[&str]) -> Questionnaire {
        let scale = (0..5)
            .map(|i| Level {
                label: format!("L{i}"),
                description: None,
            })
            .collect();
        let questions = ids
            .iter()
            .map(|id| Question {
                id: id.to_string(),
                text: format!("{id} ?"),
                help: None,
                weight: 1.0,
                references: vec![],
                recommendation: None,
                options: None,
                ..Question::default()
            })
            .collect();
        let theme = Theme {
            id: "t".into(),
            title: "T".into(),
            short: None,
            weight: 1.0,
            description: None,
            scope: None,
            questions,
        };
        Questionnaire::new(
            "x".into(),
            version.into(),
            Lang::Fr,
            "X".into(),
            None,
            scale,
            vec![theme],
        )
    }

    fn sheet(q: &Questionnaire, dept: &str, choices: &[usize]) -> AnswerSheet {
        AnswerSheet {
            source: String::new(),
            questionnaire: q.id.clone(),
            version: q.version.clone(),
            department: dept.into(),
            respondent: None,
            date: None,
            answers: choices
                .iter()
                .map(|&c| Answer::Choice {
                    index: c,
                    comment: None,
                })
                .collect(),
        }
    }

    #[test]
    fn versions_are_compared_on_shared_questions() {
        let old = q("1", &["a", "b", "gone"]);
        let new = q("2", &["a", "b", "fresh"]);
        // Baseline: a=1 (25), b=1 (25), gone=4 (100). Current: a=3 (75), b=1 (25), fresh=0.
        let base = Campaign::new(
            old.clone(),
            vec![
                sheet(&old, "Finances", &[1, 1, 4]),
                sheet(&old, "Voirie", &[0, 0, 0]),
            ],
        );
        let cur = Campaign::new(
            new.clone(),
            vec![
                sheet(&new, "Finances", &[3, 1, 0]),
                sheet(&new, "Culture", &[2, 2, 2]),
            ],
        );
        let c = compare(&cur, &base);
        assert_eq!(c.shared, 2);
        assert_eq!(
            c.added.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["fresh"]
        );
        assert_eq!(
            c.removed.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["gone"]
        );
        let fin = c.departments.iter().find(|d| d.name == "Finances").unwrap();
        // Shared: now (75 + 25)/2 = 50, then (25 + 25)/2 = 25: +25 points.
        assert_eq!(c.department_delta(fin, Some(0)), Some(25.0));
        assert_eq!(c.new_departments().collect::<Vec<_>>(), ["Culture"]);
        assert_eq!(c.vanished_departments().collect::<Vec<_>>(), ["Voirie"]);
        let culture = c.departments.iter().find(|d| d.name == "Culture").unwrap();
        assert_eq!(c.department_delta(culture, None), None);
    }

    #[test]
    fn same_version_keeps_full_scores() {
        let v = q("1", &["a", "b"]);
        let base = Campaign::new(v.clone(), vec![sheet(&v, "D", &[0, 2])]);
        let cur = Campaign::new(v.clone(), vec![sheet(&v, "D", &[4, 2])]);
        let c = compare(&cur, &base);
        assert!(c.same_questions());
        assert_eq!(c.current, cur.results);
        assert_eq!(c.organisation_delta(None), Some(50.0));
    }
}
