//! The questionnaire fields of SPEC §7 the report reads (`owner`,
//! `statement`, `scope`, `obligations`), behind small accessors so that the
//! sections do not depend on how the model stores them.

use crate::model::{Date, Question, Questionnaire, Scope};

/// One binding text of the questionnaire's `obligations` catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Obligation<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub applies_from: Date,
    pub until: Option<Date>,
    pub who: Option<&'a str>,
    pub note: Option<&'a str>,
}

/// The suggested lead for acting on a question (`owner`).
pub fn owner(q: &Question) -> Option<&str> {
    q.owner.as_deref().map(str::trim).filter(|o| !o.is_empty())
}

/// The finding written as a statement (`statement`).
pub fn statement(q: &Question) -> Option<&str> {
    q.statement
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Whether the question asks about a fact of the whole collectivité
/// (`scope: organisation`).
pub fn is_organisation_scope(q: &Question) -> bool {
    q.scope == Scope::Organisation
}

/// Ids of the catalogue obligations a question rests on.
pub fn obligation_ids(q: &Question) -> &[String] {
    &q.obligations
}

/// The catalogue, in file order.
pub fn catalogue(q: &Questionnaire) -> Vec<Obligation<'_>> {
    q.obligations
        .iter()
        .map(|o| Obligation {
            id: &o.id,
            text: &o.text,
            applies_from: o.applies_from,
            until: o.until,
            who: o.who.as_deref(),
            note: o.note.as_deref(),
        })
        .collect()
}
