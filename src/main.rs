//! The `boussole` binary: read the environment once, parse the command line,
//! run, exit.

use std::process::ExitCode;

use boussole::env::Env;
use clap::FromArgMatches;

fn main() -> ExitCode {
    // The only place the clock, the locale, the limits and the terminal are read.
    let env = Env::from_process();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = boussole::help::lang_from_args(&args, env.lang);
    let parsed = boussole::help::command(lang, env.stdout_tty)
        .try_get_matches_from(args)
        .and_then(|m| boussole::cli::Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors; usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let width = if env.stdout_tty {
        env.columns.or_else(|| comfy_table::Table::new().width())
    } else {
        None
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    ExitCode::from(boussole::commands::run(cli, env, &mut out, &mut err, width))
}
