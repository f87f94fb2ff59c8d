//! `boussole form -o FILE.html`: the questionnaire as a file to fill in
//! elsewhere than in the terminal.
//!
//! Each `--format` is one arm of [`render`]; writing (to a file, atomically,
//! or to stdout with `-o -`) and the rule that protects existing files are
//! shared by all of them.

use std::io::Read;
use std::path::Path;

use super::{Ctx, Failure, emit};
use crate::cli::{FormArgs, FormFormat};
use crate::form::{self, FormOptions};
use crate::i18n::{Lang, tf};
use crate::model::Questionnaire;

/// Loads the questionnaire, renders the form and writes it.
pub fn run(ctx: &mut Ctx, args: &FormArgs) -> Result<(), Failure> {
    let early = ctx.early_lang();
    let to_stdout = args.output.as_os_str() == "-";
    if !to_stdout {
        check_output(early, args)?;
    }
    let q = ctx.questionnaire(args.questionnaire.questionnaire.as_deref())?;
    let lang = ctx.lang(&q);
    let opts = FormOptions {
        department: args.department.clone(),
        respondent: args.respondent.clone(),
    };
    let bytes = render(args.format, &q, lang, &opts)?;
    if to_stdout {
        return match ctx.out.write_all(&bytes) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(Failure::Message(e.to_string()))
            }
            _ => Ok(()),
        };
    }
    crate::atomic::write(&args.output, &bytes).map_err(|e| {
        Failure::Message(tf(
            lang,
            "io.write",
            &[("path", &args.output.display()), ("error", &e)],
        ))
    })?;
    let key = match args.format {
        FormFormat::Html => "form.written",
        FormFormat::Pdf => "form.written-pdf",
    };
    let message = tf(
        lang,
        key,
        &[
            ("path", &args.output.display()),
            ("size", &bytes.len().div_ceil(1024)),
            ("questions", &q.question_count()),
        ],
    );
    emit(ctx, &format!("{message}\n"))
}

/// The form's bytes in the chosen format.
fn render(
    format: FormFormat,
    q: &Questionnaire,
    lang: Lang,
    opts: &FormOptions,
) -> Result<Vec<u8>, Failure> {
    match format {
        FormFormat::Html => Ok(form::html::render(q, lang, opts).into_bytes()),
        FormFormat::Pdf => {
            let paper = crate::report::PaperOptions {
                department: opts.department.clone(),
                respondent: opts.respondent.clone(),
            };
            crate::report::paper_form(q, &paper).map_err(|e| {
                Failure::Message(tf(lang, "io.write", &[("path", &"PDF"), ("error", &e)]))
            })
        }
    }
}

/// Whether `head`, the start of an existing file, is a file this format
/// writes (which `form` may replace without `--force`).
fn is_own_output(format: FormFormat, head: &[u8]) -> bool {
    match format {
        FormFormat::Html => form::html::is_form(head),
        FormFormat::Pdf => false,
    }
}

/// The output rule (SPEC §7): the folder must exist; a folder, a device or a
/// pipe, or the questionnaire itself, is never replaced; an existing file
/// that is not a form of this format only with `--force`.
fn check_output(lang: Lang, args: &FormArgs) -> Result<(), Failure> {
    let output = &args.output;
    super::report::check_output(lang, output)?;
    let shown = output.display().to_string();
    let Ok(meta) = std::fs::metadata(output) else {
        return Ok(()); // a new file
    };
    if !meta.is_file() {
        return Err(Failure::Message(tf(
            lang,
            "form.output-not-file",
            &[("path", &shown)],
        )));
    }
    if let Some(input) = &args.questionnaire.questionnaire
        && same_file(input, output)
    {
        return Err(Failure::Message(tf(
            lang,
            "form.output-is-input",
            &[("path", &shown)],
        )));
    }
    if args.force {
        return Ok(());
    }
    let mut head = Vec::with_capacity(4096);
    let readable = std::fs::File::open(output)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .is_ok();
    if readable && is_own_output(args.format, &head) {
        return Ok(());
    }
    Err(Failure::Message(tf(
        lang,
        "form.output-exists",
        &[("path", &shown)],
    )))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
