//! Numbers, dates and labels as the report prints them, in French or English.

use crate::i18n::{Lang, Msg, t, tf};
use crate::model::{Answer, Date, Questionnaire};
use crate::render::number;

/// A percentage: "52,3 %" (no-break space) in French, "52.3%" in English.
pub fn pct(lang: Lang, value: f64, decimals: usize) -> String {
    match lang {
        Lang::Fr => format!("{}\u{a0}%", number(lang, value, decimals)),
        Lang::En => format!("{}%", number(lang, value, decimals)),
    }
}

/// A score with one decimal, or a dash, displayed consistently with its
/// level (see [`shown`]).
pub fn score(lang: Lang, value: Option<f64>, levels: usize) -> String {
    value.map_or_else(|| "—".to_string(), |v| number(lang, shown(v, 1, levels), 1))
}

/// The value a score is displayed as with `decimals` decimals: rounded to
/// the nearest, except that a score just under a band edge (100·k/n with n
/// levels) is cut rather than rounded up onto the edge, so that a printed
/// figure never contradicts its level: 39,96 prints 39,9 (Initial), never
/// 40,0 (which reads Défini).
pub fn shown(value: f64, decimals: usize, levels: usize) -> f64 {
    let f = 10f64.powi(decimals.min(6) as i32);
    let rounded = (value * f).round() / f;
    let level = crate::scoring::level(value, levels);
    if levels > 0 && crate::scoring::level(rounded, levels) > level {
        (value * f).floor() / f
    } else {
        rounded
    }
}

/// A score as a percentage, displayed consistently with its level.
pub fn score_pct(lang: Lang, value: f64, decimals: usize, levels: usize) -> String {
    pct(lang, shown(value, decimals, levels), decimals)
}

/// A count written as [`int`] writes it, for a message's `{count}`.
pub struct Int(pub Lang, pub usize);

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&int(self.0, self.1))
    }
}

/// A question as a finding: its `statement` when the questionnaire gives
/// one, else its text with the respondent's « votre direction » turned
/// towards the reader of the report.
pub fn finding_text(lang: Lang, q: &crate::model::Question) -> String {
    match super::fields::statement(q) {
        Some(s) => s.trim().to_string(),
        None => third_person(lang, q.text.trim()),
    }
}

/// « votre direction » → « la direction » (the report speaks to élus,
/// not to the respondent).
pub fn third_person(lang: Lang, text: &str) -> String {
    let pairs: &[(&str, &str)] = match lang {
        Lang::Fr => &[
            ("Votre direction", "La direction"),
            ("votre direction", "la direction"),
            ("Vos agents", "Les agents"),
            ("vos agents", "les agents"),
            ("Votre collectivité", "La collectivité"),
            ("votre collectivité", "la collectivité"),
        ],
        Lang::En => &[
            ("Your department", "The department"),
            ("your department", "the department"),
            ("Your staff", "The staff"),
            ("your staff", "the staff"),
            ("Your authority", "The authority"),
            ("your authority", "the authority"),
        ],
    };
    let mut out = text.to_string();
    for (from, to) in pairs {
        out = out.replace(from, to);
    }
    out
}

/// A whole number with thousands grouped: "35 000" (narrow no-break space)
/// in French, "35,000" in English.
pub fn int(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fr => "\u{202f}",
        Lang::En => ",",
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// A weight or factor as written in the questionnaire: "2", "1,5".
pub fn weight(lang: Lang, w: f64) -> String {
    if w.abs() >= 1e15 {
        // Past i64's exact range: engineering notation, not 309 digits.
        format!("{w:e}")
    } else if (w - w.round()).abs() < 1e-9 {
        format!("{}", w.round() as i64)
    } else {
        let s = format!("{w}");
        match lang {
            Lang::Fr => s.replace('.', ","),
            Lang::En => s,
        }
    }
}

/// A signed change in points: "+4,2", "−3,0", "=".
pub fn delta(lang: Lang, d: Option<f64>) -> String {
    crate::render::delta_text(lang, d)
}

/// "7 octobre 2026" / "7 October 2026".
pub fn date_long(lang: Lang, d: Date) -> String {
    let month = match d.month {
        1 => t(lang, Msg::ReportMonth1),
        2 => t(lang, Msg::ReportMonth2),
        3 => t(lang, Msg::ReportMonth3),
        4 => t(lang, Msg::ReportMonth4),
        5 => t(lang, Msg::ReportMonth5),
        6 => t(lang, Msg::ReportMonth6),
        7 => t(lang, Msg::ReportMonth7),
        8 => t(lang, Msg::ReportMonth8),
        9 => t(lang, Msg::ReportMonth9),
        10 => t(lang, Msg::ReportMonth10),
        11 => t(lang, Msg::ReportMonth11),
        _ => t(lang, Msg::ReportMonth12),
    };
    let day = if d.day == 1 && lang == Lang::Fr {
        "1er".to_string()
    } else {
        d.day.to_string()
    };
    format!("{day}\u{a0}{month} {}", d.year)
}

/// The label of a score's level.
pub fn level_label(q: &Questionnaire, value: f64) -> &str {
    q.level_label(crate::scoring::level(value, q.scale.len()))
}

/// "Défini (52,3 %)".
pub fn level_and_pct(lang: Lang, q: &Questionnaire, value: Option<f64>) -> String {
    match value {
        Some(v) => format!(
            "{} ({})",
            level_label(q, v),
            score_pct(lang, v, 1, q.scale.len())
        ),
        None => t(lang, Msg::ReportNoScore).to_string(),
    }
}

/// How an answer reads in the report: the choice's label, or what stands
/// for na, unknown and missing.
pub fn answer_label(lang: Lang, q: &Questionnaire, position: usize, answer: &Answer) -> String {
    match answer {
        Answer::Choice { index, .. } => q
            .question_at(position)
            .and_then(|(_, question)| {
                question
                    .choices(&q.scale)
                    .get(*index)
                    .map(|c| c.label.to_string())
            })
            .unwrap_or_else(|| index.to_string()),
        Answer::Na { .. } => t(lang, Msg::ReportAnswerNa).to_string(),
        Answer::Unknown { .. } => t(lang, Msg::ReportAnswerUnknown).to_string(),
        Answer::Missing => t(lang, Msg::ReportAnswerMissing).to_string(),
    }
}

/// "+N autres" for a list cut short.
pub fn others(lang: Lang, n: usize) -> String {
    if n == 1 {
        t(lang, Msg::ReportOtherOne).to_string()
    } else {
        tf(
            lang,
            Msg::ReportOthers {
                count: &int(lang, n),
            },
        )
    }
}

/// A choice label without the index `compare` appends to it: "Défini (2)"
/// reads "Défini".
pub fn strip_index(label: &str) -> &str {
    match label.rfind(" (") {
        Some(i)
            if label.ends_with(')')
                && label[i + 2..label.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && label.len() > i + 3 =>
        {
            &label[..i]
        }
        _ => label,
    }
}

/// Joins names, cutting the list after `max` with "+N autres" (never
/// "+1 autre": one more name costs no more room than saying so).
pub fn bounded_list(lang: Lang, names: &[&str], max: usize) -> String {
    let max = if names.len() == max + 1 { max + 1 } else { max };
    let mut out: Vec<String> = names.iter().take(max).map(|s| s.to_string()).collect();
    if names.len() > max {
        out.push(others(lang, names.len() - max));
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(pct(Lang::Fr, 52.25, 1), "52,2\u{a0}%");
        assert_eq!(pct(Lang::En, 52.26, 1), "52.3%");
        assert_eq!(int(Lang::Fr, 35000), "35\u{202f}000");
        assert_eq!(int(Lang::En, 1234567), "1,234,567");
        assert_eq!(int(Lang::Fr, 999), "999");
        assert_eq!(weight(Lang::Fr, 1.5), "1,5");
        assert_eq!(weight(Lang::Fr, 2.0), "2");
        let d = Date::parse("2026-10-01").unwrap();
        assert_eq!(date_long(Lang::Fr, d), "1er\u{a0}octobre 2026");
        assert_eq!(date_long(Lang::En, d), "1\u{a0}October 2026");
        assert_eq!(strip_index("Défini (2)"), "Défini");
        assert_eq!(strip_index("Oui (en cours)"), "Oui (en cours)");
        assert_eq!(strip_index("()"), "()");
        assert_eq!(score(Lang::Fr, Some(39.96), 5), "39,9");
        assert_eq!(score(Lang::Fr, Some(39.94), 5), "39,9");
        assert_eq!(score(Lang::Fr, Some(50.35), 5), "50,4");
        assert_eq!(score_pct(Lang::Fr, 39.6, 0, 5), "39\u{a0}%");
        assert_eq!(score_pct(Lang::Fr, 40.3, 0, 5), "40\u{a0}%");
        assert_eq!(score(Lang::Fr, Some(100.0), 5), "100,0");
    }
}
