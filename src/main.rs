//! The `boussole` binary: read the environment once, run, exit.

use std::process::ExitCode;

fn main() -> ExitCode {
    // The only place the clock, the locale, the limits and the terminal are read.
    let env = boussole::env::Env::from_process();
    let args = std::env::args_os().collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    ExitCode::from(boussole::run(args, env, &mut out, &mut err))
}
