//! `boussole form -o FILE.html`: the questionnaire as a file to fill in
//! elsewhere than in the terminal.
//!
//! Each `--format` is one arm of [`render`]; writing (to a file, atomically,
//! or to stdout with `-o -`) and the rule that protects existing files are
//! shared by all of them.

use super::{Ctx, Failure, emit};
use crate::cli::{FormArgs, FormFormat};
use crate::form::{self, FormOptions};
use crate::i18n::{Lang, Msg, tf};
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
    crate::atomic::write(&args.output, &bytes)
        .map_err(|e| Failure::write(lang, args.output.display(), e))?;
    let path = args.output.display();
    let size = bytes.len().div_ceil(1024);
    let questions = q.question_count();
    let message = tf(
        lang,
        match args.format {
            FormFormat::Html => Msg::FormWritten {
                path: &path,
                size: &size,
                questions: &questions,
            },
            FormFormat::Pdf => Msg::FormWrittenPdf {
                path: &path,
                size: &size,
                questions: &questions,
            },
        },
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
                Failure::Message(tf(
                    lang,
                    Msg::IoWrite {
                        path: &"PDF",
                        error: &e,
                    },
                ))
            })
        }
    }
}

/// The output rule (SPEC §7), shared with every command that writes
/// ([`crate::output::check`]): never a folder, a device or the questionnaire
/// read; an existing file that is not a form of this format only with
/// `--force`.
fn check_output(lang: Lang, args: &FormArgs) -> Result<(), Failure> {
    let inputs: Vec<std::path::PathBuf> =
        args.questionnaire.questionnaire.iter().cloned().collect();
    let kind = match args.format {
        FormFormat::Html => crate::output::Kind::Other {
            what_fr: "formulaire HTML de boussole",
            what_en: "boussole HTML form",
            is_ours: form::html::is_form,
        },
        FormFormat::Pdf => crate::output::Kind::Pdf,
    };
    crate::output::check(lang, &args.output, &inputs, kind, args.force).map(|_| ())
}
