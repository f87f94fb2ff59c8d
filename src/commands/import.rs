//! `boussole import`: filled-in templates back to answers files.
//!
//! Everything is read and checked before anything is written: one wrong cell
//! in one workbook and no answers file is written at all.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Ctx, Failure};
use crate::cli::ImportArgs;
use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{Answer, AnswerSheet, Questionnaire};
use crate::sheet::import::{self, Workbook};

/// What one workbook turns into.
struct Imported {
    target: PathBuf,
    sheet: AnswerSheet,
    blank: usize,
    shown: String,
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<(), Failure> {
    let early = ctx.early_lang();
    // Read every workbook first: the questionnaire may follow their language.
    let mut problems: Vec<String> = Vec::new();
    let mut books: Vec<(String, PathBuf, Workbook)> = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        match read_bytes(path, &shown, early).and_then(|b| import::open(b, &shown, early)) {
            Ok(wb) => books.push((shown, path.clone(), wb)),
            Err(p) => problems.push(p),
        }
    }
    let q = match &args.questionnaire.questionnaire {
        Some(p) => ctx.questionnaire(Some(p))?,
        None => {
            // The embedded questionnaire in the templates' language.
            let lang = ctx
                .lang_override
                .or_else(|| books.iter().find_map(|(_, _, wb)| wb.identity.lang));
            let identity = books.first().map(|(_, _, wb)| &wb.identity);
            default_questionnaire(ctx, lang, identity)?
        }
    };
    let lang = ctx.lang(&q);
    let mut imported: Vec<Imported> = Vec::new();
    for (shown, path, wb) in &books {
        if let Some(p) = import::check_identity(wb, shown, &q, lang) {
            problems.push(p);
            continue;
        }
        match import::read(wb, shown, &q, lang) {
            Ok((sheet, blank)) => imported.push(Imported {
                target: args.output.join(target_name(path)),
                sheet,
                blank,
                shown: shown.clone(),
            }),
            Err(mut p) => problems.append(&mut p),
        }
    }
    // Two workbooks must not land on one answers file.
    let mut targets: HashMap<PathBuf, &str> = HashMap::new();
    for i in &imported {
        if let Some(first) = targets.insert(i.target.clone(), &i.shown) {
            problems.push(tf(
                lang,
                Msg::ImportSameTarget {
                    first: &first,
                    second: &i.shown,
                    path: &i.target.display(),
                },
            ));
        }
    }
    if !args.force {
        for i in &imported {
            if i.target.exists() {
                problems.push(tf(
                    lang,
                    Msg::ImportExists {
                        path: &i.target.display(),
                        source: &i.shown,
                    },
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }
    if imported.is_empty() {
        return Err(Failure::Message(t(lang, Msg::ImportNothing).to_string()));
    }
    std::fs::create_dir_all(&args.output)
        .map_err(|e| Failure::write(lang, args.output.display(), e))?;
    for i in &imported {
        let yaml = crate::answers_file::to_yaml(&q, &i.sheet);
        crate::atomic::write(&i.target, yaml.as_bytes())
            .map_err(|e| Failure::write(lang, i.target.display(), e))?;
        let answered = i
            .sheet
            .answers
            .iter()
            .filter(|a| !matches!(a, Answer::Missing))
            .count();
        let _ = writeln!(
            ctx.err,
            "{}",
            tf(
                lang,
                Msg::ImportWritten {
                    source: &i.shown,
                    path: &i.target.display(),
                    answered: &answered,
                    total: &q.question_count()
                }
            )
        );
        if i.blank > 0 {
            let _ = writeln!(
                ctx.err,
                "{}",
                tf(
                    lang,
                    Msg::ImportBlank {
                        source: &i.shown,
                        count: &i.blank
                    }
                )
            );
        }
    }
    Ok(())
}

/// The embedded questionnaire, or the archived version of it a template
/// was made for (a campaign started on last year's version).
fn default_questionnaire(
    ctx: &Ctx,
    lang: Option<Lang>,
    identity: Option<&import::Identity>,
) -> Result<Questionnaire, Failure> {
    let lang = lang.unwrap_or(Lang::Fr);
    let (name, text) = identity
        .and_then(|i| crate::defaults::archived(&i.questionnaire, &i.version, lang))
        .unwrap_or_else(|| crate::defaults::questionnaire(lang));
    Ok(crate::load::questionnaire_from_str(
        text,
        name,
        ctx.early_lang(),
    )?)
}

/// The answers file for a workbook: its name with `.yaml`.
fn target_name(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "reponses".into(), |s| s.to_string_lossy().into_owned());
    PathBuf::from(format!("{stem}.yaml"))
}

/// A workbook's bytes; it must be a regular file of reasonable size.
fn read_bytes(path: &Path, shown: &str, lang: Lang) -> Result<Vec<u8>, String> {
    /// Larger than any template of a questionnaire a person can answer.
    const MAX: u64 = 64 * 1024 * 1024;
    let meta = std::fs::metadata(path)
        .map_err(|e| format!("{shown}: {}", tf(lang, Msg::IoRead { error: &e })))?;
    if !meta.is_file() {
        return Err(tf(lang, Msg::ImportNotFile { path: &shown }));
    }
    if meta.len() > MAX {
        return Err(tf(
            lang,
            Msg::ImportTooLarge {
                path: &shown,
                size: &(meta.len() / (1024 * 1024)),
            },
        ));
    }
    std::fs::read(path).map_err(|e| format!("{shown}: {}", tf(lang, Msg::IoRead { error: &e })))
}
