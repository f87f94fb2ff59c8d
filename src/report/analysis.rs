//! What the report concludes from the scores, by written rules: the action
//! plan (at most [`MAX_ACTIONS`], grouped by horizon), the status of each
//! binding obligation, the synthesis' findings and the decisions it
//! proposes. Every threshold is a constant here, and the *Méthode* section
//! prints them, so that a reader can check each sentence against the data.

use super::fields::{self, Obligation};
use super::view::{Action, View};
use crate::model::Date;

/// Most actions in the plan.
pub const MAX_ACTIONS: usize = 12;
/// Decisions proposed in the synthesis: at least, at most.
pub const MIN_DECISIONS: usize = 3;
pub const MAX_DECISIONS: usize = 3;
/// A question (or obligation) is « en place » from this score…
pub const IN_PLACE: f64 = 60.0;
/// …« partiel » from this one, « non en place » below.
pub const PARTIAL: f64 = 40.0;
/// Share of « ne sait pas » among a question's answers from which its
/// status is « à vérifier ».
pub const UNKNOWN_SHARE: f64 = 0.2;
/// Share of respondents who, on a fact of the whole collectivité, depart
/// by two levels or more from the most common answer, from which the
/// directors are said to disagree.
pub const SPLIT_SHARE: f64 = 0.25;
/// Gap between the strongest and weakest directions (points) from which
/// the synthesis calls it marked.
pub const MARKED_GAP: f64 = 20.0;
/// A theme lags when it is this many points under the overall score.
pub const LAGGING: f64 = 5.0;
/// A change (points) the synthesis reports as a rise or a fall.
pub const NOTABLE_CHANGE: f64 = 1.0;

/// How urgent an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    High,
    Medium,
}

/// The group an action belongs to in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Horizon {
    /// Resting on a binding text with a date.
    Obligation,
    /// The largest gaps on the heaviest questions.
    Gap,
}

/// One line of the plan.
#[derive(Debug, Clone)]
pub struct PlanItem {
    /// Index into [`View::actions`].
    pub action: usize,
    pub horizon: Horizon,
    pub priority: Priority,
    /// The questionnaire's `owner`, if any.
    pub owner: Option<String>,
    /// Indexes into [`Analysis::obligations`] of the binding texts it rests on.
    pub obligations: Vec<usize>,
}

/// Where the collectivité stands on an obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Directors disagree or do not know: the fact must be checked first.
    ToCheck,
    NotInPlace,
    Partial,
    InPlace,
    /// No question resting on it was answered.
    Unknown,
}

/// One binding text and where the organisation stands on it.
#[derive(Debug, Clone)]
pub struct ObligationRow<'a> {
    pub ob: Obligation<'a>,
    /// Positions of the questions resting on it.
    pub questions: Vec<usize>,
    pub status: Status,
}

/// A question's facts beyond its score.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuestionFacts {
    /// Respondents who answered « ne sait pas ».
    pub unknown: usize,
    /// Respondents who answered with a choice, « sans objet » or « ne sait pas ».
    pub given: usize,
    /// (Organisation scope) the directors' answers are split: see [`split`].
    pub disputed: bool,
}

impl QuestionFacts {
    /// Whether the answers call for a check before acting.
    pub fn needs_check(&self) -> bool {
        self.disputed
            || (self.given > 0 && self.unknown as f64 >= UNKNOWN_SHARE * self.given as f64)
    }
}

/// The conclusions, computed once.
pub struct Analysis<'a> {
    pub obligations: Vec<ObligationRow<'a>>,
    pub plan: Vec<PlanItem>,
    /// Organisation-scope questions whose answers disagree or say « ne sait pas ».
    pub information_gaps: Vec<usize>,
}

/// Whether answers (scores) are split: at least [`SPLIT_SHARE`] of them lie
/// `step` points or more from the most common one.
fn split(scores: &[f64], step: f64) -> bool {
    if scores.len() < 2 {
        return false;
    }
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for &s in scores {
        match counts.iter_mut().find(|c| (c.0 - s).abs() < 1e-9) {
            Some(c) => c.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    // The most common answer; on a tie, the lowest.
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.total_cmp(&b.0)));
    let mode = counts[0].0;
    let far = scores
        .iter()
        .filter(|&&s| (s - mode).abs() >= step - 1e-9)
        .count();
    far as f64 >= SPLIT_SHARE * scores.len() as f64
}

/// The status of one question from its score and facts.
pub fn question_status(score: Option<f64>, facts: &QuestionFacts) -> Status {
    if facts.needs_check() {
        return Status::ToCheck;
    }
    match score {
        None => Status::Unknown,
        Some(s) if s >= IN_PLACE => Status::InPlace,
        Some(s) if s >= PARTIAL => Status::Partial,
        Some(_) => Status::NotInPlace,
    }
}

/// The date an obligation is due by, for ordering: its end date for
/// systems already in use, else the date it applies from.
pub fn due(ob: &Obligation) -> Date {
    ob.until.unwrap_or(ob.applies_from).max(ob.applies_from)
}

impl<'a> Analysis<'a> {
    pub fn new(v: &View<'a>) -> Analysis<'a> {
        let q = v.q;
        let levels = v.levels;
        let questions: Vec<_> = q.questions().map(|(_, qq)| qq).collect();
        let nq = questions.len();

        // Facts per question, from the campaign's answer counts and
        // respondents' question scores.
        let mut facts = vec![QuestionFacts::default(); nq];
        for (p, (question, result)) in questions.iter().zip(&v.r.questions).enumerate() {
            let c = result.counts;
            facts[p].given = c.answered + c.na + c.unknown;
            facts[p].unknown = c.unknown;
            if fields::is_organisation_scope(question) {
                let scores: Vec<f64> =
                    v.r.respondents
                        .iter()
                        .filter_map(|r| r.questions[p])
                        .collect();
                // Two levels apart on the scale, 50 points with options.
                let step = if question.options.is_some() {
                    50.0
                } else {
                    2.0 * 100.0 / (levels.max(2) - 1) as f64
                };
                facts[p].disputed = split(&scores, step);
            }
        }

        // Obligations, in natural order of their texts.
        let mut obligations: Vec<ObligationRow> = fields::catalogue(q)
            .into_iter()
            .map(|ob| {
                let qs: Vec<usize> = questions
                    .iter()
                    .enumerate()
                    .filter(|(_, qq)| fields::obligation_ids(qq).iter().any(|id| id == ob.id))
                    .map(|(p, _)| p)
                    .collect();
                let statuses: Vec<Status> = qs
                    .iter()
                    .map(|&p| question_status(v.q_score(p), &facts[p]))
                    .filter(|s| *s != Status::Unknown)
                    .collect();
                let status = if statuses.is_empty() {
                    Status::Unknown
                } else if statuses.contains(&Status::ToCheck) {
                    Status::ToCheck
                } else if statuses.iter().all(|s| *s == Status::InPlace) {
                    Status::InPlace
                } else if statuses.iter().all(|s| *s == Status::NotInPlace) {
                    Status::NotInPlace
                } else {
                    Status::Partial
                };
                ObligationRow {
                    ob,
                    questions: qs,
                    status,
                }
            })
            .collect();
        obligations
            .sort_by(|a, b| natural_cmp(a.ob.text, b.ob.text).then_with(|| a.ob.id.cmp(b.ob.id)));

        // The plan: obligations not in place first (earliest due date),
        // then the largest weighted gaps; never a question at the top level
        // (`View::actions` holds only those below it).
        let mut items: Vec<PlanItem> = v
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| plan_item(v, i, a, &obligations, &facts))
            .collect();
        let due_of = |it: &PlanItem| {
            it.obligations
                .iter()
                .map(|&o| due(&obligations[o].ob))
                .min()
        };
        items.sort_by(|a, b| {
            a.horizon
                .cmp(&b.horizon)
                .then_with(|| match a.horizon {
                    Horizon::Obligation => due_of(a).cmp(&due_of(b)),
                    Horizon::Gap => std::cmp::Ordering::Equal,
                })
                .then_with(|| {
                    v.actions[b.action]
                        .priority
                        .total_cmp(&v.actions[a.action].priority)
                })
                .then(a.action.cmp(&b.action))
        });
        items.truncate(MAX_ACTIONS);
        // Within the plan, high priority first inside each horizon keeps
        // the date order for obligations; the gaps are re-ranked by words.
        let information_gaps = (0..nq)
            .filter(|&p| fields::is_organisation_scope(questions[p]) && facts[p].needs_check())
            .collect();
        Analysis {
            obligations,
            plan: items,
            information_gaps,
        }
    }

    /// The decisions the synthesis proposes: the plan's first lines, high
    /// priority first, between [`MIN_DECISIONS`] and [`MAX_DECISIONS`].
    pub fn decisions(&self) -> Vec<&PlanItem> {
        let mut out: Vec<&PlanItem> = self
            .plan
            .iter()
            .filter(|i| i.priority == Priority::High)
            .take(MAX_DECISIONS)
            .collect();
        for item in &self.plan {
            if out.len() >= MIN_DECISIONS {
                break;
            }
            if !out.iter().any(|o| o.action == item.action) {
                out.push(item);
            }
        }
        out
    }

    /// Obligations not (fully) in place, earliest due first.
    pub fn at_risk(&self) -> Vec<&ObligationRow<'a>> {
        let mut out: Vec<&ObligationRow> = self
            .obligations
            .iter()
            .filter(|o| {
                matches!(
                    o.status,
                    Status::NotInPlace | Status::Partial | Status::ToCheck
                )
            })
            .collect();
        out.sort_by_key(|o| due(&o.ob));
        out
    }
}

fn plan_item(
    v: &View,
    i: usize,
    a: &Action,
    obligations: &[ObligationRow],
    facts: &[QuestionFacts],
) -> PlanItem {
    let question = v.question(a.question);
    let obs: Vec<usize> = obligations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.questions.contains(&a.question))
        .map(|(k, _)| k)
        .collect();
    let status = question_status(Some(a.score), &facts[a.question]);
    let binding = !obs.is_empty() && status != Status::InPlace;
    let horizon = if binding {
        Horizon::Obligation
    } else {
        Horizon::Gap
    };
    let priority = if binding || a.score < PARTIAL {
        Priority::High
    } else {
        Priority::Medium
    };
    PlanItem {
        action: i,
        horizon,
        priority,
        owner: fields::owner(question).map(str::to_string),
        obligations: obs,
    }
}

/// Compares texts with their numbers in numeric order: « art. 4 » before
/// « art. 26 », « L311-3-1 » before « L311-14 ».
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| {
        let mut parts: Vec<(String, u64)> = Vec::new();
        let mut text = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_digit() {
                let mut n: u64 = u64::from(c as u8 - b'0');
                while let Some(&d) = chars.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    n = n
                        .saturating_mul(10)
                        .saturating_add(u64::from(d as u8 - b'0'));
                    chars.next();
                }
                parts.push((crate::scoring::sort_key(&text), n));
                text.clear();
            } else {
                text.push(c);
            }
        }
        parts.push((crate::scoring::sort_key(&text), u64::MAX));
        parts
    };
    key(a).cmp(&key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_in_numeric_order() {
        let mut texts = [
            "Règlement (UE) 2024/1689, art. 50",
            "Règlement (UE) 2024/1689, art. 26",
            "Règlement (UE) 2024/1689, art. 4",
            "Règlement (UE) 2024/1689, art. 49",
            "Règlement (UE) 2024/1689, art. 5",
            "Règlement (UE) 2024/1689, art. 27",
        ];
        texts.sort_by(|a, b| natural_cmp(a, b));
        let arts: Vec<&str> = texts
            .iter()
            .map(|t| t.rsplit(' ').next().unwrap())
            .collect();
        assert_eq!(arts, ["4", "5", "26", "27", "49", "50"]);
        assert_eq!(
            natural_cmp("CRPA L311-3-1", "CRPA L311-14"),
            std::cmp::Ordering::Less
        );
    }

    #[test]
    fn split_answers() {
        // 3 of 4 agree: one far answer is 25 %, split.
        assert!(split(&[75.0, 75.0, 75.0, 25.0], 50.0));
        // 4 of 5 agree: 20 %, not split.
        assert!(!split(&[75.0, 75.0, 75.0, 75.0, 25.0], 50.0));
        // One level apart never splits.
        assert!(!split(&[50.0, 75.0, 50.0, 75.0], 50.0));
        assert!(!split(&[100.0], 50.0));
    }

    #[test]
    fn statuses_follow_thresholds() {
        let calm = QuestionFacts {
            unknown: 0,
            given: 10,
            disputed: false,
        };
        assert_eq!(question_status(Some(60.0), &calm), Status::InPlace);
        assert_eq!(question_status(Some(59.9), &calm), Status::Partial);
        assert_eq!(question_status(Some(39.9), &calm), Status::NotInPlace);
        assert_eq!(question_status(None, &calm), Status::Unknown);
        let unsure = QuestionFacts {
            unknown: 2,
            given: 10,
            disputed: false,
        };
        assert_eq!(question_status(Some(90.0), &unsure), Status::ToCheck);
        let split = QuestionFacts {
            disputed: true,
            ..calm
        };
        assert_eq!(question_status(Some(90.0), &split), Status::ToCheck);
    }
}
