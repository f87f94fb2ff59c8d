//! boussole: self-assessment of AI governance in French local authorities.
//!
//! A management team answers a questionnaire ([`model`], loaded by [`load`]),
//! boussole scores the answers ([`scoring`]) with a method simple enough to
//! recompute by hand, compares departments and campaigns ([`compare`]) and
//! writes tables, exports and a PDF report for elected officials ([`render`],
//! [`report`]). The commands themselves live in [`commands`].

pub mod answers_file;
pub mod assess;
pub mod atomic;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod defaults;
pub mod demo;
pub mod env;
pub mod form;
pub mod help;
pub mod i18n;
pub mod ioerr;
pub mod load;
pub mod model;
pub mod output;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod schema;
pub mod scoring;
pub mod sheet;
pub mod yaml;
