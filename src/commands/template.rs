//! `boussole template`: a spreadsheet to fill in Excel or LibreOffice.

use super::{Ctx, Failure};
use crate::cli::{SheetFormat, TemplateArgs};
use crate::i18n::{Msg, tf};
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
                Msg::TemplateBadExtension {
                    path: &args.output.display(),
                },
            ))
        })?,
    };
    let opts = TemplateOptions {
        department: args.department.clone().filter(|d| !d.trim().is_empty()),
        respondent: args.respondent.clone().filter(|r| !r.trim().is_empty()),
    };
    // A workbook already there may be one a director has filled in: never
    // replace it without --force (SPEC §7 "Outputs").
    let inputs: Vec<std::path::PathBuf> =
        args.questionnaire.questionnaire.iter().cloned().collect();
    let kind = crate::output::Kind::Other {
        what_fr: "classeur vierge de boussole",
        what_en: "blank boussole workbook",
        is_ours: |_| false,
    };
    let target = crate::output::check(lang, &args.output, &inputs, kind, args.force)?;
    let bytes = sheet::template(&q, format, &opts).map_err(|e| {
        Failure::Message(tf(
            lang,
            Msg::IoWrite {
                path: &args.output.display(),
                error: &e,
            },
        ))
    })?;
    crate::output::write(lang, &target, ctx.out, &bytes)?;
    let _ = writeln!(
        ctx.err,
        "{}",
        tf(
            lang,
            Msg::TemplateWritten {
                path: &args.output.display(),
                count: &q.question_count(),
                size: &bytes.len().div_ceil(1024)
            }
        )
    );
    Ok(())
}
