//! boussole: self-assessment of AI governance in French local authorities.
//!
//! A management team answers a questionnaire ([`model`], loaded by [`load`]
//! through [`yaml`]), boussole scores the answers ([`scoring`]) with a method
//! simple enough to recompute by hand, compares departments and campaigns
//! ([`compare`]) and writes tables and exports ([`render`]) and a PDF report
//! for elected officials ([`report`]). The command line, one module per
//! command, and the answering session are private to the binary: it calls
//! [`run`] alone.
//!
//! Where things are:
//! - a score (respondent, department, theme, organisation): [`scoring`];
//! - a PDF page: [`report`] (sections) → `report::layout` (flow) → `report::canvas` (krilla);
//! - a file written: `atomic` (every output goes through it, via `output`);
//! - the clock, the locale, the terminal: [`env`], read once by `main`.

// The library: formats, scoring, outputs.
pub mod answers_file;
pub mod compare;
pub mod defaults;
pub mod demo;
pub mod env;
pub mod i18n;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod schema;
pub mod scoring;
pub mod yaml;

// The binary's side: command line, commands, the session, and what only
// they use.
mod assess;
mod atomic;
mod cli;
mod commands;
mod failure;
mod form;
mod help;
mod ioerr;
mod output;
mod sanitize;
mod sheet;

#[cfg(test)]
mod architecture;

/// Runs boussole on a command line (`args`, with the program name first) in
/// `env`, writing to `out` and `err`; returns the exit status: 0 success,
/// 1 invalid input or failure, 2 usage error.
pub fn run(
    args: Vec<std::ffi::OsString>,
    env: env::Env,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> u8 {
    commands::run_args(args, env, out, err)
}
