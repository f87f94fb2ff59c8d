//! The `boussole` binary: parse the command line, run, exit.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = boussole::help::lang_from_args(&args);
    let parsed = boussole::help::command(lang)
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
    let color = boussole::commands::use_color(cli.color);
    let width = if std::io::stdout().is_terminal() {
        terminal_width()
    } else {
        None
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    ExitCode::from(boussole::commands::run(
        cli, &mut out, &mut err, color, width,
    ))
}

/// The terminal's width from `COLUMNS`, else comfy-table's own detection.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}
