//! `boussole demo [-o DIR]`: writes the embedded sample campaign (and the
//! campaign of the year before) and its report, with no other input.

use std::path::{Path, PathBuf};

use super::report::{parse_date, write_pdf, written};
use super::{Ctx, Failure, emit};
use crate::compare::{self, Campaign};
use crate::demo;
use crate::i18n::{t, tf};
use crate::report::{self, ReportOptions};

/// Builds everything in memory first, then writes each file atomically.
pub fn run(ctx: &mut Ctx, output: &Path, date: Option<&str>) -> Result<(), Failure> {
    let early = ctx.early_lang();
    let date = parse_date(early, date)?;
    let q = ctx.questionnaire(None)?;
    let lang = ctx.lang(&q);
    let current = Campaign::new(q.clone(), demo::sheets(demo::CURRENT, &q, lang)?);
    let base_q = demo::baseline_questionnaire(lang)?;
    let baseline = Campaign::new(base_q.clone(), demo::sheets(demo::BASELINE, &base_q, lang)?);
    let cmp = compare::compare(&current, &baseline);
    let opts = ReportOptions {
        organisation: Some(demo::ORGANISATION.to_string()),
        date: date
            .or_else(|| current.latest_date())
            .unwrap_or_else(crate::model::Date::today),
        with_answers: true,
        show_respondents: false,
        min_group: crate::report::DEFAULT_MIN_GROUP,
        lang,
        baseline_date: baseline.latest_date(),
    };
    let rendered = report::build(&current, Some(&cmp), &opts);

    if output.exists() && !output.is_dir() {
        return Err(Failure::Message(tf(
            lang,
            "demo.not-a-folder",
            &[("path", &output.display())],
        )));
    }
    for folder in [demo::CURRENT, demo::BASELINE, demo::QUESTIONNAIRES] {
        let dir = output.join(folder);
        std::fs::create_dir_all(&dir).map_err(|e| {
            Failure::Message(tf(
                lang,
                "io.write",
                &[("path", &dir.display()), ("error", &e)],
            ))
        })?;
    }
    let files = demo::FILES.iter().copied().chain([(
        demo::BASELINE_QUESTIONNAIRE.0,
        demo::BASELINE_QUESTIONNAIRE.1,
    )]);
    for (path, text) in files {
        let target = output.join(path);
        crate::atomic::write(&target, text.as_bytes()).map_err(|e| {
            Failure::Message(tf(
                lang,
                "io.write",
                &[("path", &target.display()), ("error", &e)],
            ))
        })?;
    }
    let pdf = output.join(demo::REPORT);
    write_pdf(lang, &pdf, &rendered.bytes)?;

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
        "demo.written",
        &[
            ("organisation", &demo::ORGANISATION),
            ("current", &cur),
            ("current_count", &count(demo::CURRENT)),
            ("baseline", &base),
            ("baseline_count", &count(demo::BASELINE)),
        ],
    );
    text.push('\n');
    text.push_str(&written(lang, &pdf, &rendered));
    text.push_str("\n\n");
    text.push_str(t(lang, "demo.next"));
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
            quote(Path::new(t(lang, "demo.example-department"))),
            quote(Path::new(t(lang, "demo.example-respondent")))
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
