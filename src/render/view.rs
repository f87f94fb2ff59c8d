//! The score view: what the text outputs of `score` and `compare` show,
//! built once from a questionnaire, its [`Results`] and, when a baseline is
//! given, the [`Comparison`]. Rows (themes, departments, organisation),
//! scores with their level and label, baselines and changes are settled
//! here; the terminal table, CSV, JSON and Markdown renderers only format
//! them. The consensus agenda ([`agenda`]) is built here too, for `compare
//! --disagreements` and for the PDF report.

use crate::compare::{Campaign, Comparison};
use crate::i18n::{Lang, Msg, tf};
use crate::model::Questionnaire;
use crate::scoring::{self, Counts, Disagreement, Results, Spread};

/// The level of a score and its label — the one place that decides when a
/// score has a level: never without a score, nor for a score that is not a
/// finite number.
pub fn level_of(q: &Questionnaire, score: Option<f64>) -> Option<(usize, &str)> {
    score.filter(|s| s.is_finite()).map(|s| {
        let l = scoring::level(s, q.scale.len());
        (l, q.level_label(l))
    })
}

/// A score as shown: the score, its level and label and, with a baseline,
/// the baseline score and the change since.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark<'a> {
    /// The score; `None` when there is none or it is not a finite number.
    pub score: Option<f64>,
    /// Its level and the level's label: see [`level_of`].
    pub level: Option<(usize, &'a str)>,
    /// The baseline's score (on the shared questions); only with a baseline.
    pub baseline: Option<f64>,
    /// The change since the baseline, in points; only with a baseline.
    pub change: Option<f64>,
}

impl<'a> Mark<'a> {
    /// A score without baseline.
    pub fn new(q: &'a Questionnaire, score: Option<f64>) -> Self {
        let score = score.filter(|s| s.is_finite());
        Mark {
            score,
            level: level_of(q, score),
            baseline: None,
            change: None,
        }
    }

    fn compared(mut self, baseline: Option<f64>, change: Option<f64>) -> Self {
        self.baseline = baseline;
        self.change = change;
        self
    }

    /// The level's index, if any.
    pub fn level_index(&self) -> Option<usize> {
        self.level.map(|l| l.0)
    }

    /// The level's label, if any.
    pub fn level_label(&self) -> Option<&'a str> {
        self.level.map(|l| l.1)
    }
}

/// A theme of the organisation.
#[derive(Debug, Clone)]
pub struct ThemeRow<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The short title, for column headers.
    pub short: &'a str,
    pub weight: f64,
    pub mark: Mark<'a>,
    /// Answers of the whole campaign on the theme.
    pub counts: Counts,
}

/// A department's cell on one theme.
#[derive(Debug, Clone)]
pub struct DepartmentCell<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub mark: Mark<'a>,
    pub spread: Option<Spread>,
    pub counts: Counts,
}

/// A department's row.
#[derive(Debug, Clone)]
pub struct DepartmentRow<'a> {
    pub name: &'a str,
    pub respondents: usize,
    pub themes: Vec<DepartmentCell<'a>>,
    pub overall: Mark<'a>,
    /// Whether the baseline has this department (always `false` without one).
    pub in_baseline: bool,
}

/// Everything `score` and `compare` print, built once.
#[derive(Debug, Clone)]
pub struct ScoreView<'a> {
    pub q: &'a Questionnaire,
    /// Respondents of the campaign.
    pub respondents: usize,
    /// The organisation's overall score.
    pub overall: Mark<'a>,
    /// The organisation's themes, in questionnaire order.
    pub themes: Vec<ThemeRow<'a>>,
    /// Departments, in [`Results::departments`] order.
    pub departments: Vec<DepartmentRow<'a>>,
    /// The comparison the changes come from, if a baseline was given.
    pub comparison: Option<&'a Comparison>,
}

impl<'a> ScoreView<'a> {
    /// The view of `r`, scored on `q`. With a comparison, `r` must be its
    /// `current` results (the shared questions), so that a score and its
    /// change agree.
    pub fn new(q: &'a Questionnaire, r: &'a Results, cmp: Option<&'a Comparison>) -> Self {
        let themes = q
            .themes
            .iter()
            .zip(&r.themes)
            .zip(&r.counts)
            .enumerate()
            .map(|(t, ((theme, score), counts))| ThemeRow {
                id: &theme.id,
                title: &theme.title,
                short: theme.short_title(),
                weight: theme.weight,
                mark: Mark::new(q, *score).compared(
                    cmp.and_then(|c| c.baseline.themes[t]),
                    cmp.and_then(|c| c.organisation_delta(Some(t))),
                ),
                counts: *counts,
            })
            .collect();
        let departments = r
            .departments
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let pair = cmp.and_then(|c| c.pair_for_current(i));
                let base = cmp
                    .zip(pair)
                    .and_then(|(c, p)| p.baseline.and_then(|b| c.baseline.departments.get(b)));
                let change = |theme: Option<usize>| {
                    cmp.zip(pair)
                        .and_then(|(c, p)| c.department_delta(p, theme))
                };
                DepartmentRow {
                    name: &d.name,
                    respondents: d.sheets.len(),
                    themes: q
                        .themes
                        .iter()
                        .zip(&d.themes)
                        .enumerate()
                        .map(|(t, (theme, dt))| DepartmentCell {
                            id: &theme.id,
                            title: &theme.title,
                            mark: Mark::new(q, dt.score)
                                .compared(base.and_then(|b| b.themes[t].score), change(Some(t))),
                            spread: dt.spread,
                            counts: dt.counts,
                        })
                        .collect(),
                    overall: Mark::new(q, d.overall)
                        .compared(base.and_then(|b| b.overall), change(None)),
                    in_baseline: pair.is_some_and(|p| p.baseline.is_some()),
                }
            })
            .collect();
        ScoreView {
            q,
            respondents: r.respondents.len(),
            overall: Mark::new(q, r.overall).compared(
                cmp.and_then(|c| c.baseline.overall),
                cmp.and_then(|c| c.organisation_delta(None)),
            ),
            themes,
            departments,
            comparison: cmp,
        }
    }

    /// The view `compare` prints: with a baseline, the scores on the
    /// questions both campaigns share.
    pub fn of_campaign(c: &'a Campaign, cmp: Option<&'a Comparison>) -> Self {
        Self::new(&c.q, cmp.map_or(&c.results, |x| &x.current), cmp)
    }

    /// The organisation's theme marks, in questionnaire order.
    pub fn theme_marks(&self) -> impl Iterator<Item = Mark<'a>> + '_ {
        self.themes.iter().map(|t| t.mark)
    }
}

/// One respondent's answer on a disputed question.
#[derive(Debug, Clone)]
pub struct AgendaAnswer {
    /// "Répondant 2", or the name when names may be shown.
    pub respondent: String,
    /// The answer's label with its index.
    pub answer: String,
    /// The respondent's comment, escaped for the terminal.
    pub comment: Option<String>,
}

/// One line of the consensus agenda.
#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub department: String,
    pub theme: String,
    pub question_id: String,
    pub question: String,
    /// "3 niveaux d’écart" / "67 points d’écart".
    pub gap: String,
    pub answers: Vec<AgendaAnswer>,
}

/// The consensus agenda: disputed questions (SPEC §3, *disagreement*), by
/// department (in name order), largest gap first within each.
pub fn agenda(c: &Campaign, lang: Lang, show_respondents: bool) -> Vec<AgendaItem> {
    let mut disputes = scoring::disagreements(&c.q, &c.sheets, &c.results);
    disputes.sort_by_key(|d| d.department);
    disputes
        .iter()
        .map(|d| agenda_item(c, d, lang, show_respondents))
        .collect()
}

fn agenda_item(c: &Campaign, d: &Disagreement, lang: Lang, show_respondents: bool) -> AgendaItem {
    let dept = &c.results.departments[d.department];
    let (_, question) =
        c.q.question_at(d.question)
            .expect("disputed question exists");
    let choices = question.choices(&c.q.scale);
    let gap = if d.in_levels {
        tf(
            lang,
            Msg::CmpGapLevels {
                gap: &(d.gap as usize),
            },
        )
    } else {
        tf(
            lang,
            Msg::CmpGapPoints {
                gap: &super::number(lang, d.gap, 0),
            },
        )
    };
    let answers = d
        .answers
        .iter()
        .map(|&(sheet, choice)| AgendaAnswer {
            respondent: respondent_label(c, d.department, sheet, lang, show_respondents),
            answer: choices
                .get(choice)
                .map_or(String::new(), |ch| format!("{} ({choice})", ch.label)),
            // Comments are kept as written: escaped here, for the terminal.
            comment: c.sheets[sheet].answers[d.question]
                .comment()
                .map(crate::sanitize::terminal),
        })
        .collect();
    AgendaItem {
        department: dept.name.clone(),
        theme: c.q.themes[d.theme].title.clone(),
        question_id: question.id.clone(),
        question: question.text.clone(),
        gap,
        answers,
    }
}

/// "Répondant 2" — or the name, when names may be shown.
pub fn respondent_label(
    c: &Campaign,
    department: usize,
    sheet: usize,
    lang: Lang,
    show: bool,
) -> String {
    let s = &c.sheets[sheet];
    if let (true, Some(name)) = (show, &s.respondent) {
        return name.clone();
    }
    let n = c.results.departments[department]
        .sheets
        .iter()
        .position(|&i| i == sheet)
        .map_or(0, |p| p + 1);
    tf(lang, Msg::CmpRespondentN { n: &n })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;

    /// The `mini` fixture: Finances (two respondents) and RH (one).
    fn mini() -> Campaign {
        let q = crate::load::questionnaire_from_str(
            include_str!("../../tests/fixtures/mini/questionnaire.yaml"),
            "questionnaire.yaml",
            Lang::Fr,
        )
        .expect("the mini questionnaire loads");
        let sheets = [
            include_str!("../../tests/fixtures/mini/answers/finances-a.yaml"),
            include_str!("../../tests/fixtures/mini/answers/finances-b.yaml"),
            include_str!("../../tests/fixtures/mini/answers/rh.yaml"),
        ]
        .iter()
        .map(|text| {
            crate::load::answers_from_str(text, "answers.yaml", &q, Lang::Fr)
                .expect("the mini answers load")
        })
        .collect();
        Campaign::new(q, sheets)
    }

    #[test]
    fn a_level_is_never_shown_without_a_finite_score() {
        let c = mini();
        for score in [None, Some(f64::NAN), Some(f64::INFINITY)] {
            let m = Mark::new(&c.q, score);
            assert_eq!((m.score, m.level), (None, None), "{score:?}");
        }
        assert_eq!(Mark::new(&c.q, Some(60.0)).level, Some((3, "Maîtrisé")));
    }

    #[test]
    fn rows_carry_the_results() {
        let c = mini();
        let v = ScoreView::new(&c.q, &c.results, None);
        assert_eq!(v.respondents, 3);
        // Stratégie: Finances (56.25 + 81.25) / 2 = 68.75, RH 0 → 34.375.
        assert_eq!(v.themes[0].mark.score, Some(34.375));
        assert_eq!(v.themes[0].mark.level, Some((1, "Initial")));
        assert_eq!(v.themes[0].counts.answered, 8);
        let names: Vec<&str> = v.departments.iter().map(|d| d.name).collect();
        assert_eq!(
            names,
            vec![
                "Direction des finances",
                "Direction des ressources humaines"
            ]
        );
        assert_eq!(v.departments[0].respondents, 2);
        assert_eq!(v.departments[0].themes[0].mark.score, Some(68.75));
        // RH answered nothing on Données: no score, no level.
        let rh = &v.departments[1].themes[1];
        assert_eq!(
            (rh.id, rh.mark.score, rh.mark.level),
            ("donnees", None, None)
        );
        // (1 · 34.375 + 3 · 75) / 4.
        assert_eq!(v.overall.score, Some(64.84375));
        assert_eq!((v.overall.baseline, v.overall.change), (None, None));
        assert!(!v.departments[0].in_baseline);
    }

    #[test]
    fn a_baseline_gives_baselines_and_changes() {
        let (current, baseline) = (mini(), mini());
        let cmp = compare(&current, &baseline);
        let v = ScoreView::of_campaign(&current, Some(&cmp));
        assert_eq!(v.overall.baseline, Some(64.84375));
        assert_eq!(v.overall.change, Some(0.0));
        let fin = &v.departments[0];
        assert!(fin.in_baseline);
        assert_eq!(fin.themes[0].mark.baseline, Some(68.75));
        assert_eq!(fin.themes[0].mark.change, Some(0.0));
        // No score on either side: no change either.
        assert_eq!(v.departments[1].themes[1].mark.change, None);
    }
}
