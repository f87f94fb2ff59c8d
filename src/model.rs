//! The data users write and keep: questionnaires and answers (SPEC §1–2).
//!
//! Plain data, no I/O. Loading and validation live in [`crate::load`].

use std::collections::HashMap;

use crate::i18n::Lang;

/// A questionnaire: themes of questions answered on a common scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub lang: Lang,
    pub title: String,
    pub description: Option<String>,
    /// The levels of the common scale, lowest first (2 or more).
    pub scale: Vec<Level>,
    pub themes: Vec<Theme>,
    /// The binding texts questions rest on (top-level `obligations`), in
    /// file order. `references` on questions stay for good practice.
    pub obligations: Vec<Obligation>,
    /// Question id → position in [`Questionnaire::questions`] order.
    index: HashMap<String, usize>,
}

/// An entry of the obligations catalogue: one binding text, and when it
/// applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    /// Unique in the file; cited by questions' `obligations`.
    pub id: String,
    /// The text and article, e.g. « Règlement (UE) 2024/1689, art. 26 ».
    pub text: String,
    /// The date from which it applies.
    pub applies_from: Date,
    /// A deadline or end date, e.g. 2030-08-02 for high-risk systems a
    /// public authority already used (art. 111).
    pub until: Option<Date>,
    /// Who it binds (« toute collectivité », « 50 agents ou plus »…).
    pub who: Option<String>,
    /// A short gloss shown with it.
    pub note: Option<String>,
}

/// What a question asks about: a fact of the whole collectivité, or of the
/// respondent's own direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// A fact of the collectivité (a deliberation, a register): directors
    /// who disagree reveal an information gap, not a difference of practice.
    Organisation,
    /// The respondent's direction (the default when nothing is said).
    #[default]
    Department,
}

impl Scope {
    /// The word written in files.
    pub fn code(self) -> &'static str {
        match self {
            Scope::Organisation => "organisation",
            Scope::Department => "department",
        }
    }

    /// Parses the word written in files.
    pub fn from_code(code: &str) -> Option<Scope> {
        match code {
            "organisation" => Some(Scope::Organisation),
            "department" => Some(Scope::Department),
            _ => None,
        }
    }
}

/// One level of the scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub label: String,
    pub description: Option<String>,
}

/// A theme: a weighted group of questions.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub title: String,
    /// A short title for table headers and chart labels (optional field
    /// `short`; defaults to the title).
    pub short: Option<String>,
    pub weight: f64,
    pub description: Option<String>,
    /// The scope of its questions that do not set their own (field
    /// `scope`); `None` when the file gives none.
    pub scope: Option<Scope>,
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub help: Option<String>,
    pub weight: f64,
    /// Good-practice references (guides, charters). Binding texts are in
    /// [`Question::obligations`].
    pub references: Vec<String>,
    pub recommendation: Option<String>,
    /// Its own choices, replacing the scale; `None` when the scale applies.
    pub options: Option<Vec<Choice>>,
    /// Resolved scope: its own `scope`, else its theme's, else
    /// [`Scope::Department`].
    pub scope: Scope,
    /// The suggested lead for acting on it (DGS, DPO, DSI, DRH…).
    pub owner: Option<String>,
    /// Ids of catalogue obligations it rests on (all known: the loader
    /// checks it). See [`Questionnaire::obligations_of`].
    pub obligations: Vec<String>,
    /// Ids of an earlier version's questions it renames, splits or merges,
    /// so that `compare --baseline` matches them across versions.
    pub replaces: Vec<String>,
    /// The finding written as a statement (« La collectivité a adopté une
    /// charte… »), for the report's strengths, priorities and actions.
    pub statement: Option<String>,
}

/// A question's own choice, with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub label: String,
    pub score: f64,
    pub recommendation: Option<String>,
}

/// What a question offers to choose from, with each choice's score.
pub struct ChoiceView<'a> {
    pub label: &'a str,
    pub description: Option<&'a str>,
    pub score: f64,
}

impl Questionnaire {
    /// Builds a questionnaire and its question index. Ids are assumed unique
    /// (the loader checks it); on a duplicate the first one wins.
    pub fn new(
        id: String,
        version: String,
        lang: Lang,
        title: String,
        description: Option<String>,
        scale: Vec<Level>,
        themes: Vec<Theme>,
    ) -> Self {
        let mut index = HashMap::new();
        let mut n = 0;
        for theme in &themes {
            for q in &theme.questions {
                index.entry(q.id.clone()).or_insert(n);
                n += 1;
            }
        }
        Questionnaire {
            id,
            version,
            lang,
            title,
            description,
            scale,
            themes,
            obligations: Vec::new(),
            index,
        }
    }

    /// The same questionnaire with an obligations catalogue.
    pub fn with_obligations(mut self, obligations: Vec<Obligation>) -> Self {
        self.obligations = obligations;
        self
    }

    /// The catalogue entry with this id.
    pub fn obligation(&self, id: &str) -> Option<&Obligation> {
        self.obligations.iter().find(|o| o.id == id)
    }

    /// The catalogue entries a question cites, in the question's order.
    pub fn obligations_of<'a>(
        &'a self,
        question: &'a Question,
    ) -> impl Iterator<Item = &'a Obligation> + 'a {
        question
            .obligations
            .iter()
            .filter_map(move |id| self.obligation(id))
    }

    /// The questions (with their theme index) that cite an obligation.
    pub fn questions_citing<'a>(
        &'a self,
        obligation_id: &'a str,
    ) -> impl Iterator<Item = (usize, &'a Question)> + 'a {
        self.questions()
            .filter(move |(_, q)| q.obligations.iter().any(|o| o == obligation_id))
    }

    /// Catalogue entries no question cites (the loader warns about them).
    pub fn uncited_obligations(&self) -> impl Iterator<Item = &Obligation> {
        self.obligations
            .iter()
            .filter(|o| self.questions_citing(&o.id).next().is_none())
    }

    /// The question of this id, with its theme index.
    pub fn question(&self, question_id: &str) -> Option<(usize, &Question)> {
        self.question_at(self.position(question_id)?)
    }

    /// Number of questions of each scope: (organisation, department).
    pub fn scope_counts(&self) -> (usize, usize) {
        self.questions()
            .fold((0, 0), |(o, d), (_, q)| match q.scope {
                Scope::Organisation => (o + 1, d),
                Scope::Department => (o, d + 1),
            })
    }

    /// All questions in order, with the index of their theme.
    pub fn questions(&self) -> impl Iterator<Item = (usize, &Question)> {
        self.themes
            .iter()
            .enumerate()
            .flat_map(|(t, theme)| theme.questions.iter().map(move |q| (t, q)))
    }

    /// Number of questions in the whole questionnaire.
    pub fn question_count(&self) -> usize {
        self.index.len()
    }

    /// Position of a question in [`Self::questions`] order.
    pub fn position(&self, question_id: &str) -> Option<usize> {
        self.index.get(question_id).copied()
    }

    /// The question at a position, with its theme index.
    pub fn question_at(&self, position: usize) -> Option<(usize, &Question)> {
        self.questions().nth(position)
    }

    /// Label of a level for a score, by the equal bands of SPEC §3.
    pub fn level_label(&self, level: usize) -> &str {
        self.scale.get(level).map_or("", |l| l.label.as_str())
    }
}

impl Theme {
    /// The short title when given, else the title.
    pub fn short_title(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.title)
    }
}

impl Question {
    /// The choices a respondent picks from: its own options, else the scale.
    pub fn choices<'a>(&'a self, scale: &'a [Level]) -> Vec<ChoiceView<'a>> {
        match &self.options {
            Some(options) => options
                .iter()
                .map(|o| ChoiceView {
                    label: &o.label,
                    description: None,
                    score: o.score,
                })
                .collect(),
            None => {
                let n = scale.len();
                scale
                    .iter()
                    .enumerate()
                    .map(|(i, l)| ChoiceView {
                        label: &l.label,
                        description: l.description.as_deref(),
                        score: crate::scoring::scale_score(i, n),
                    })
                    .collect()
            }
        }
    }

    /// Number of choices offered.
    pub fn choice_count(&self, scale_len: usize) -> usize {
        self.options.as_ref().map_or(scale_len, Vec::len)
    }

    /// The score of a choice, if it exists.
    pub fn choice_score(&self, choice: usize, scale_len: usize) -> Option<f64> {
        match &self.options {
            Some(options) => options.get(choice).map(|o| o.score),
            None => (choice < scale_len).then(|| crate::scoring::scale_score(choice, scale_len)),
        }
    }

    /// The recommendation for an answer: the option's own, else the question's.
    pub fn recommendation_for(&self, choice: Option<usize>) -> Option<&str> {
        let own = match (&self.options, choice) {
            (Some(options), Some(c)) => options.get(c).and_then(|o| o.recommendation.as_deref()),
            _ => None,
        };
        own.or(self.recommendation.as_deref())
    }
}

/// A calendar date (ISO 8601, `YYYY-MM-DD`), validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| {
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        let year = num(&text[0..4])?;
        let month = num(&text[5..7])? as u8;
        let day = num(&text[8..10])? as u8;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }

    /// Today's date in UTC, from the system clock (only used when no date is
    /// given and none is found in the answers).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One respondent's answers, for one department (SPEC §2).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSheet {
    /// Where it came from, as the user typed it (for messages).
    pub source: String,
    pub questionnaire: String,
    pub version: String,
    pub department: String,
    pub respondent: Option<String>,
    pub date: Option<Date>,
    /// One entry per question, in questionnaire order.
    pub answers: Vec<Answer>,
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A 0-based index into the question's options, or into the scale.
    Choice {
        index: usize,
        comment: Option<String>,
    },
    /// Not applicable to this department.
    Na { comment: Option<String> },
    /// The respondent does not know.
    Unknown { comment: Option<String> },
    /// Not answered (yet).
    Missing,
}

impl Answer {
    /// The comment attached to the answer, if any.
    pub fn comment(&self) -> Option<&str> {
        match self {
            Answer::Choice { comment, .. }
            | Answer::Na { comment }
            | Answer::Unknown { comment } => comment.as_deref(),
            Answer::Missing => None,
        }
    }

    /// The chosen index, for a `choice` answer.
    pub fn choice(&self) -> Option<usize> {
        match self {
            Answer::Choice { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl AnswerSheet {
    /// An empty sheet for a questionnaire (every answer missing).
    pub fn empty(q: &Questionnaire, department: String, respondent: Option<String>) -> Self {
        AnswerSheet {
            source: String::new(),
            questionnaire: q.id.clone(),
            version: q.version.clone(),
            department,
            respondent,
            date: None,
            answers: vec![Answer::Missing; q.question_count()],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2026-10-04"),
            Some(Date {
                year: 2026,
                month: 10,
                day: 4
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-4",
            "26-10-04",
            "2026-10-04T10:00",
            "+026-10-04",
            "2026-04-31",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_000).to_string(),
            "2024-10-04"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }
}
