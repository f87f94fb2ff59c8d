//! `boussole template`: a spreadsheet to fill in Excel or LibreOffice.

use super::{Ctx, Failure};
use crate::cli::{SheetFormat, TemplateArgs};
use crate::i18n::tf;
use crate::sheet::{self, Format, TemplateOptions};

/// Writes the template atomically; the format comes from `--format`, else
/// from the file's extension.
pub fn run(ctx: &mut Ctx, args: &TemplateArgs) -> Result<(), Failure> {
    let q = ctx.questionnaire(args.questionnaire.questionnaire.as_deref())?;
    let lang = ctx.lang(&q);
    let format = match args.format {
        Some(SheetFormat::Xlsx) => Format::Xlsx,
        Some(SheetFormat::Ods) => Format::Ods,
        None => Format::from_path(&args.output).ok_or_else(|| {
            Failure::Message(tf(
                lang,
                "template.bad-extension",
                &[("path", &args.output.display())],
            ))
        })?,
    };
    let opts = TemplateOptions {
        department: args.department.clone().filter(|d| !d.trim().is_empty()),
        respondent: args.respondent.clone().filter(|r| !r.trim().is_empty()),
    };
    let bytes = sheet::template(&q, format, &opts).map_err(|e| {
        Failure::Message(tf(
            lang,
            "io.write",
            &[("path", &args.output.display()), ("error", &e)],
        ))
    })?;
    crate::atomic::write(&args.output, &bytes).map_err(|e| {
        Failure::Message(tf(
            lang,
            "io.write",
            &[("path", &args.output.display()), ("error", &e)],
        ))
    })?;
    let _ = writeln!(
        ctx.err,
        "{}",
        tf(
            lang,
            "template.written",
            &[
                ("path", &args.output.display()),
                ("count", &q.question_count()),
                ("size", &bytes.len().div_ceil(1024)),
            ],
        )
    );
    Ok(())
}
