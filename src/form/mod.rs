//! `boussole form`: the questionnaire as something to fill in away from the
//! terminal.
//!
//! [`html`] builds one self-contained HTML file (template, style and script
//! under `assets/form/`, embedded at build time) that a director opens from
//! an e-mail or a shared folder and answers in any current browser, with no
//! server and no network. Its « Télécharger mes réponses » button saves an
//! answers file (SPEC §2) that `score`, `compare` and `report` read as they are.

pub mod html;

/// What the person preparing the campaign fixes in advance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormOptions {
    /// The department answering: prefilled and locked in the form.
    pub department: Option<String>,
    /// The respondent's name: prefilled, still editable.
    pub respondent: Option<String>,
}
