//! Campaigns over time: the change since a baseline, per department and theme.
//!
//! A baseline may have been answered on an earlier version of the
//! questionnaire. Both campaigns are then re-scored on the questions the two
//! versions share — matched by id, or by a current question's `replaces`
//! list — so that a change measures progress and not a change of questions.
//! Each answer keeps the score it had on the questionnaire it was given on
//! (its own scale or options), and the current version's themes and weights
//! apply to both. Departments are matched by name.

use std::collections::BTreeMap;

use crate::model::{Answer, AnswerSheet, Choice, Question, Questionnaire, Theme};
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
    /// Each shared question of the current version, with the baseline
    /// questions it was matched with (its own id, or those its `replaces`
    /// names), in current order.
    pub matched: Vec<(String, Vec<String>)>,
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

/// A sheet's answers re-laid in the order of `target`, a restriction of
/// the questionnaire `from` the sheet was answered on (same questions, same
/// choices), looked up by id.
fn remap(sheet: &AnswerSheet, from: &Questionnaire, target: &Questionnaire) -> AnswerSheet {
    let answers = target
        .questions()
        .map(|(_, q)| {
            from.position(&q.id)
                .and_then(|p| sheet.answers.get(p))
                .cloned()
                .unwrap_or(Answer::Missing)
        })
        .collect();
    AnswerSheet {
        answers,
        ..sheet.clone()
    }
}

/// For each question of `current` (in order), the positions in `baseline`
/// of the questions it matches: the one with its id, then those its
/// `replaces` names, when the baseline has them.
fn matches(current: &Questionnaire, baseline: &Questionnaire) -> Vec<Vec<usize>> {
    current
        .questions()
        .map(|(_, q)| {
            let mut found: Vec<usize> = Vec::new();
            for id in std::iter::once(&q.id).chain(&q.replaces) {
                if let Some(p) = baseline.position(id)
                    && !found.contains(&p)
                {
                    found.push(p);
                }
            }
            found
        })
        .collect()
}

/// A baseline answer read on the baseline's own questionnaire: the score of
/// its choice on *its* scale or options, never its index (a 3-level scale
/// and a 5-level one do not share indices). For a question that merges
/// several earlier ones, the mean score of those answered with a choice;
/// with none, `unknown` if one is, else `na` if one is, else missing.
enum Projected {
    Score(f64, Option<String>),
    Other(Answer),
}

fn project_answer(sheet: &AnswerSheet, baseline: &Questionnaire, sources: &[usize]) -> Projected {
    let n = baseline.scale.len();
    let mut scores = Vec::new();
    let mut comment = None;
    let (mut na, mut unknown) = (None, None);
    for &p in sources {
        let (Some(answer), Some((_, bq))) = (sheet.answers.get(p), baseline.question_at(p)) else {
            continue;
        };
        if comment.is_none() {
            comment = answer.comment().map(str::to_string);
        }
        match answer {
            Answer::Choice { index, .. } => {
                if let Some(s) = bq.choice_score(*index, n) {
                    scores.push(s);
                }
            }
            Answer::Na { .. } => na = na.or(Some(answer.clone())),
            Answer::Unknown { .. } => unknown = unknown.or(Some(answer.clone())),
            Answer::Missing => {}
        }
    }
    if scores.is_empty() {
        Projected::Other(unknown.or(na).unwrap_or(Answer::Missing))
    } else {
        let mean = scores.iter().sum::<f64>() / scores.len() as f64;
        Projected::Score(mean, comment)
    }
}

/// The baseline campaign laid on `shared` (the current questionnaire
/// restricted to the matched questions, so themes and weights are the
/// current ones): each question gets as options the scores the baseline's
/// answers take on the baseline's own scale, and each sheet the matching
/// choice. Scoring this with SPEC §3 gives the baseline's scores on the
/// shared questions.
fn project_baseline(
    baseline: &Campaign,
    shared: &Questionnaire,
    sources: &[Vec<usize>],
) -> (Questionnaire, Vec<AnswerSheet>) {
    let projected: Vec<Vec<Projected>> = baseline
        .sheets
        .iter()
        .map(|sheet| {
            sources
                .iter()
                .map(|src| project_answer(sheet, &baseline.q, src))
                .collect()
        })
        .collect();
    // Per shared question, the distinct scores met, in increasing order.
    let mut options: Vec<Vec<f64>> = vec![Vec::new(); sources.len()];
    for sheet in &projected {
        for (k, a) in sheet.iter().enumerate() {
            if let Projected::Score(s, _) = a
                && !options[k].iter().any(|o| o.to_bits() == s.to_bits())
            {
                options[k].push(*s);
            }
        }
    }
    for o in &mut options {
        o.sort_by(f64::total_cmp);
    }
    let mut k = 0;
    let themes = shared
        .themes
        .iter()
        .map(|t| Theme {
            questions: t
                .questions
                .iter()
                .map(|qq| {
                    let choices = options[k]
                        .iter()
                        .map(|&score| Choice {
                            label: format!("{score}"),
                            score,
                            recommendation: None,
                        })
                        .collect();
                    k += 1;
                    Question {
                        options: Some(choices),
                        ..qq.clone()
                    }
                })
                .collect(),
            ..t.clone()
        })
        .collect();
    let q = Questionnaire::new(
        shared.id.clone(),
        baseline.q.version.clone(),
        shared.lang,
        shared.title.clone(),
        shared.description.clone(),
        shared.scale.clone(),
        themes,
    );
    let sheets = baseline
        .sheets
        .iter()
        .zip(projected)
        .map(|(sheet, answers)| AnswerSheet {
            answers: answers
                .into_iter()
                .enumerate()
                .map(|(k, a)| match a {
                    Projected::Score(s, comment) => Answer::Choice {
                        index: options[k]
                            .iter()
                            .position(|o| o.to_bits() == s.to_bits())
                            .unwrap_or(0),
                        comment,
                    },
                    Projected::Other(a) => a,
                })
                .collect(),
            ..sheet.clone()
        })
        .collect();
    (q, sheets)
}

/// Compares a campaign with its baseline. Questions are matched by id or by
/// the current question's `replaces`; both campaigns are scored on the
/// matched questions only, with the current version's themes and weights,
/// each answer scored on the scale of the questionnaire it was given on.
pub fn compare(current: &Campaign, baseline: &Campaign) -> Comparison {
    let found = matches(&current.q, &baseline.q);
    let mut used = vec![false; baseline.q.question_count()];
    for p in found.iter().flatten() {
        used[*p] = true;
    }
    let added: Vec<QuestionRef> = current
        .q
        .questions()
        .zip(&found)
        .filter(|(_, f)| f.is_empty())
        .map(|((_, q), _)| QuestionRef {
            id: q.id.clone(),
            text: q.text.clone(),
        })
        .collect();
    let removed: Vec<QuestionRef> = baseline
        .q
        .questions()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((_, q), _)| QuestionRef {
            id: q.id.clone(),
            text: q.text.clone(),
        })
        .collect();

    let (shared_q, current_results) = if added.is_empty() {
        (current.q.clone(), current.results.clone())
    } else {
        let shared_q = restrict(&current.q, &|qq| {
            current
                .q
                .position(&qq.id)
                .is_some_and(|p| !found[p].is_empty())
        });
        let cur_sheets: Vec<AnswerSheet> = current
            .sheets
            .iter()
            .map(|s| remap(s, &current.q, &shared_q))
            .collect();
        let results = scoring::score(&shared_q, &cur_sheets);
        (shared_q, results)
    };
    let matched: Vec<(String, Vec<String>)> = current
        .q
        .questions()
        .zip(&found)
        .filter(|(_, f)| !f.is_empty())
        .map(|((_, q), f)| {
            let ids = f
                .iter()
                .filter_map(|&p| baseline.q.question_at(p).map(|(_, b)| b.id.clone()))
                .collect();
            (q.id.clone(), ids)
        })
        .collect();
    let sources: Vec<Vec<usize>> = found.into_iter().filter(|f| !f.is_empty()).collect();
    let (projected_q, base_sheets) = project_baseline(baseline, &shared_q, &sources);
    let baseline_results = scoring::score(&projected_q, &base_sheets);
    let shared = shared_q.question_count();

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
        matched,
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

    /// `q` with a scale of `levels` levels.
    fn with_scale(mut q: Questionnaire, levels: usize) -> Questionnaire {
        q.scale.truncate(levels);
        q
    }

    #[test]
    fn bug_baseline_on_a_three_level_scale_reused_the_choice_index() {
        // Issue 10, bug 2: the top of a 3-level scale (index 2, 100 %) was
        // read as index 2 of the 5-level current scale (50 %), so a
        // department at the top both years showed +50.
        let old = with_scale(q("1", &["a", "b"]), 3);
        let new = q("2", &["a", "b", "c"]);
        let base = Campaign::new(old.clone(), vec![sheet(&old, "DSI", &[2, 1])]);
        let cur = Campaign::new(new.clone(), vec![sheet(&new, "DSI", &[4, 2, 0])]);
        let c = compare(&cur, &base);
        let dsi = &c.departments[0];
        // a: 100 then 100; b: 50 then 50 (level 1 of 3 = level 2 of 5).
        assert_eq!(c.department_delta(dsi, None), Some(0.0));
        assert_eq!(c.baseline.themes[0], Some(75.0));
        // Same questions, different scales: still scored each on its own.
        let same = with_scale(q("2", &["a", "b"]), 3);
        let base = Campaign::new(same.clone(), vec![sheet(&same, "DSI", &[2, 2])]);
        let new = q("3", &["a", "b"]);
        let cur = Campaign::new(new.clone(), vec![sheet(&new, "DSI", &[4, 4])]);
        assert_eq!(compare(&cur, &base).organisation_delta(None), Some(0.0));
    }

    #[test]
    fn replaces_matches_renamed_split_and_merged_questions() {
        let old = q("1", &["charte", "regles", "dpo", "gone"]);
        let mut new = q(
            "2",
            &["charte-usage", "dpo-associe", "dpo-designe", "fresh"],
        );
        // charte-usage merges charte and regles; dpo is split in two.
        new.themes[0].questions[0].replaces = vec!["charte".into(), "regles".into()];
        new.themes[0].questions[1].replaces = vec!["dpo".into()];
        new.themes[0].questions[2].replaces = vec!["dpo".into()];
        let new = Questionnaire::new(
            new.id.clone(),
            new.version.clone(),
            new.lang,
            new.title.clone(),
            None,
            new.scale.clone(),
            new.themes.clone(),
        );
        // Baseline: charte 100, regles 50, dpo 25, gone 0.
        let base = Campaign::new(old.clone(), vec![sheet(&old, "RH", &[4, 2, 1, 0])]);
        let cur = Campaign::new(new.clone(), vec![sheet(&new, "RH", &[4, 1, 1, 4])]);
        let c = compare(&cur, &base);
        assert_eq!(c.shared, 3);
        let ids = |v: &[QuestionRef]| v.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.added), ["fresh"]);
        assert_eq!(ids(&c.removed), ["gone"]);
        // Baseline on the shared questions: (75 merged + 25 + 25) / 3.
        assert_eq!(c.baseline.themes[0], Some(125.0 / 3.0));
        // Current on the shared questions: (100 + 25 + 25) / 3 = 50.
        assert_eq!(c.current.themes[0], Some(50.0));
    }
}
