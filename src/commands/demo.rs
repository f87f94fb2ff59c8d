//! `boussole demo [-o DIR]`: writes the embedded sample campaign (and the
//! campaign of the year before) and its report, with no other input.

use std::path::{Path, PathBuf};

use super::report::{parse_date, written};
use super::{Ctx, Failure, emit};
use crate::compare::{self, Campaign};
use crate::demo;
use crate::i18n::{Msg, t, tf};
use crate::report::{self, ReportOptions};

/// Builds everything in memory first, writes it into a temporary folder
/// next to the target, then renames that folder into place.
pub fn run(ctx: &mut Ctx, output: &Path, date: Option<&str>) -> Result<(), Failure> {
    let early = ctx.early_lang();
    let date = parse_date(early, date)?;
    let q = ctx.questionnaire(None)?;
    let lang = ctx.lang(&q);
    let current = Campaign::new(q.clone(), demo::sheets(demo::CURRENT, &q, lang)?);
    let base_q = demo::baseline_questionnaire(lang)?;
    let baseline = Campaign::new(base_q.clone(), demo::sheets(demo::BASELINE, &base_q, lang)?);
    let cmp = compare::compare(&current, &baseline);
    let date = ctx.report_date(date, current.latest_date(), lang);
    let opts = ReportOptions {
        organisation: Some(demo::ORGANISATION.to_string()),
        date,
        with_answers: true,
        show_respondents: false,
        min_group: crate::report::DEFAULT_MIN_GROUP,
        lang,
        baseline_date: baseline.latest_date(),
    };
    let rendered = report::build(&current, Some(&cmp), &opts);
    for warning in &rendered.warnings {
        let _ = writeln!(ctx.err, "boussole: {warning}");
    }

    let pdf = output.join(demo::REPORT);
    write_tree(lang, output, &rendered.bytes)?;

    let count = |folder: &str| {
        demo::FILES
            .iter()
            .filter(|(p, _)| p.starts_with(&format!("{folder}/")))
            .count()
    };
    let cur = quote(&output.join(demo::CURRENT));
    let base = quote(&output.join(demo::BASELINE));
    let mut text = tf(
        lang,
        Msg::DemoWritten {
            organisation: &demo::ORGANISATION,
            current_count: &count(demo::CURRENT),
            current: &cur,
            baseline_count: &count(demo::BASELINE),
            baseline: &base,
        },
    );
    text.push('\n');
    text.push_str(&written(
        lang,
        &crate::sanitize::terminal(&pdf.display().to_string()),
        &rendered,
    ));
    text.push_str("\n\n");
    text.push_str(t(lang, Msg::DemoNext));
    text.push('\n');
    let org = quote(Path::new(demo::ORGANISATION));
    for line in [
        format!("boussole score {cur}"),
        format!("boussole compare {cur} --baseline {base}"),
        format!("boussole compare {cur} --disagreements"),
        format!(
            "boussole report {cur} --baseline {base} --organisation {org} -o {}",
            quote(&PathBuf::from("rapport.pdf"))
        ),
        format!(
            "boussole assess --department {} --respondent {}",
            quote(Path::new(t(lang, Msg::DemoExampleDepartment))),
            quote(Path::new(t(lang, Msg::DemoExampleRespondent)))
        ),
    ] {
        text.push_str(&format!("  {line}\n"));
    }
    emit(ctx, &text)
}

/// A path as a shell would need it typed.
fn quote(path: &Path) -> String {
    let s = path.display().to_string();
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        s
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Writes the sample files and the report into a fresh temporary folder
/// beside `output`, then renames it to `output`: on any failure (full disk,
/// read-only folder) the temporary folder is removed and nothing is left.
/// A previous demo folder is replaced; any other non-empty folder is
/// refused, untouched.
fn write_tree(lang: crate::i18n::Lang, output: &Path, pdf: &[u8]) -> Result<(), Failure> {
    let shown = crate::sanitize::terminal(&output.display().to_string());
    let fail = |path: &Path, e: std::io::Error| Failure::write(lang, path.display(), e);
    let previous = match std::fs::symlink_metadata(output) {
        Err(_) => None,
        Ok(m) if m.is_dir() => {
            let entries: Vec<_> = std::fs::read_dir(output)
                .map_err(|e| fail(output, e))?
                .filter_map(Result::ok)
                .map(|e| e.file_name())
                .collect();
            let ours = [
                demo::CURRENT,
                demo::BASELINE,
                demo::QUESTIONNAIRES,
                demo::REPORT,
            ];
            if !entries
                .iter()
                .all(|n| n.to_str().is_some_and(|n| ours.contains(&n)))
            {
                return Err(Failure::Message(tf(
                    lang,
                    Msg::DemoNotEmpty { path: &shown },
                )));
            }
            Some(entries.len())
        }
        Ok(_) => {
            return Err(Failure::Message(tf(
                lang,
                Msg::DemoNotAFolder { path: &shown },
            )));
        }
    };
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            Msg::ReportNoFolder {
                path: &shown,
                folder: &crate::sanitize::terminal(&parent.display().to_string()),
            },
        )));
    }
    // Removed on drop unless renamed into place.
    let tmp = tempfile::Builder::new()
        .prefix(".boussole-demo-")
        .tempdir_in(parent)
        .map_err(|e| fail(output, e))?;
    for folder in [demo::CURRENT, demo::BASELINE, demo::QUESTIONNAIRES] {
        let dir = tmp.path().join(folder);
        std::fs::create_dir(&dir).map_err(|e| fail(&output.join(folder), e))?;
    }
    let files = demo::FILES.iter().copied().chain([(
        demo::BASELINE_QUESTIONNAIRE.0,
        demo::BASELINE_QUESTIONNAIRE.1,
    )]);
    for (path, text) in files {
        crate::atomic::write(&tmp.path().join(path), text.as_bytes())
            .map_err(|e| fail(&output.join(path), e))?;
    }
    crate::atomic::write(&tmp.path().join(demo::REPORT), pdf)
        .map_err(|e| fail(&output.join(demo::REPORT), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempdir makes a private (0700) folder; the demo is for sharing.
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755))
            .map_err(|e| fail(output, e))?;
    }
    match previous {
        // An empty folder is replaced by the rename itself.
        None | Some(0) => {
            std::fs::rename(tmp.path(), output).map_err(|e| fail(output, e))?;
        }
        Some(_) => {
            // Move the old demo aside, put the new one in place, then drop
            // the old one; if the second rename fails, put the old one back.
            let old = tempfile::Builder::new()
                .prefix(".boussole-old-demo-")
                .tempdir_in(parent)
                .map_err(|e| fail(output, e))?;
            let aside = old.path().join("demo");
            std::fs::rename(output, &aside).map_err(|e| fail(output, e))?;
            if let Err(e) = std::fs::rename(tmp.path(), output) {
                let _ = std::fs::rename(&aside, output);
                return Err(fail(output, e));
            }
        }
    }
    // Renamed: nothing left to remove.
    let _ = tmp.keep();
    Ok(())
}
