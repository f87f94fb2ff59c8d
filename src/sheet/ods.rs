//! The template as an OpenDocument spreadsheet, written directly.
//!
//! An ODS file is a zip of a few XML parts; the template needs cells, six
//! cell styles, list validations, protection and a hidden sheet, which is
//! little XML. Writing it here (with the zip crate rust_xlsxwriter and
//! calamine already use) keeps the bytes fully deterministic and spares the
//! build spreadsheet-ods and its own tree (a second zip and quick-xml
//! major version, nom, chrono, ICU locale data).

use crate::i18n::Msg;
use std::fmt::Write as _;
use std::io::Write as _;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::{
    COL_ANSWER, FORMAT_MARK, Layout, META_ROW_FIRST_LIST, META_SHEET, ROW_DEPARTMENT, ROW_FIRST,
    ROW_HEADER, ROW_INSTRUCTIONS, ROW_RESPONDENT, cell_name,
};

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// The spreadsheet's bytes.
pub fn write(l: &Layout) -> Result<Vec<u8>, String> {
    zip(l).map_err(|e| e.to_string())
}

fn zip(l: &Layout) -> zip::result::ZipResult<Vec<u8>> {
    let mut z = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let deflated = stored.compression_method(CompressionMethod::Deflated);
    // The mimetype comes first and uncompressed, as ODF requires.
    z.start_file("mimetype", stored)?;
    z.write_all(MIMETYPE.as_bytes())?;
    for (name, body) in [
        ("META-INF/manifest.xml", manifest()),
        ("meta.xml", meta(l)),
        ("styles.xml", styles()),
        ("content.xml", content(l)),
    ] {
        z.start_file(name, deflated)?;
        z.write_all(body.as_bytes())?;
    }
    Ok(z.finish()?.into_inner())
}

const NS: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" "#,
    r#"xmlns:dc="http://purl.org/dc/elements/1.1/" "#,
    r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#,
    r#"office:version="1.3""#
);

fn manifest() -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#,
            r#"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{}"/>"#,
            r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
            r#"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#,
            r#"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#,
            "</manifest:manifest>\n"
        ),
        MIMETYPE
    )
}

fn meta(l: &Layout) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n<office:document-meta {}><office:meta>",
            "<meta:generator>boussole</meta:generator>",
            "<dc:title>{}</dc:title>",
            "<dc:subject>{} {}</dc:subject>",
            "<dc:language>{}</dc:language>",
            "</office:meta></office:document-meta>\n"
        ),
        NS,
        esc(&l.title),
        esc(&l.id),
        esc(&l.version),
        l.lang.code()
    )
}

fn styles() -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n<office:document-styles {}><office:styles>",
            r#"<style:style style:name="Default" style:family="table-cell">"#,
            r#"<style:text-properties fo:font-size="10pt"/></style:style>"#,
            "</office:styles></office:document-styles>\n"
        ),
        NS
    )
}

/// Column widths of the first sheet: identifier, theme, question, answer,
/// comment, help.
const WIDTHS: [&str; 6] = ["3.2cm", "3.6cm", "10cm", "4.6cm", "7cm", "10cm"];

fn content(l: &Layout) -> String {
    let mut x = String::with_capacity(64 * 1024);
    let _ = write!(
        x,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}><office:automatic-styles>"#
    );
    for (i, w) in WIDTHS.iter().enumerate() {
        let _ = write!(
            x,
            r#"<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>"#
        );
    }
    x.push_str(concat!(
        r#"<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>"#,
        r#"<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>"#,
        r#"<style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>"#,
        r#"<style:style style:name="label" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>"#,
        r##"<style:style style:name="input" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:cell-protect="none" fo:background-color="#fff7d6" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/></style:style>"##,
        r##"<style:style style:name="header" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#dde6ee" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>"##,
        r#"<style:style style:name="wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/></style:style>"#,
        r##"<style:style style:name="muted" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>"##,
        r#"<style:style style:name="ro-note" style:family="table-row"><style:table-row-properties style:row-height="1.3cm" style:use-optimal-row-height="false"/></style:style>"#,
        r#"<style:style style:name="note" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>"#,
        "</office:automatic-styles><office:body><office:spreadsheet>",
    ));

    let sheet = esc_attr(l.sheet_name());
    if !l.rows.is_empty() {
        x.push_str("<table:content-validations>");
        for (i, row) in l.rows.iter().enumerate() {
            let list_row = META_ROW_FIRST_LIST + i as u32;
            let last = cell_name(list_row, row.choices.len() as u16);
            let split = last.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let target = cell_name(ROW_FIRST + i as u32, COL_ANSWER);
            let tsplit = target.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let _ = write!(
                x,
                concat!(
                    r#"<table:content-validation table:name="answer{}" "#,
                    r#"table:condition="of:cell-content-is-in-list([$'{}'.$B${}:.${}${}])" "#,
                    r#"table:allow-empty-cell="true" table:display-list="unsorted" "#,
                    r#"table:base-cell-address="$'{}'.${}${}">"#,
                    r#"<table:error-message table:title="{}" table:message-type="stop" table:display="true">{}</table:error-message>"#,
                    "</table:content-validation>"
                ),
                i,
                META_SHEET,
                list_row + 1,
                &last[..split],
                &last[split..],
                sheet,
                &target[..tsplit],
                &target[tsplit..],
                esc_attr(l.text(Msg::SheetErrorTitle)),
                paragraphs(l.text(Msg::SheetErrorMessage)),
            );
        }
        x.push_str("</table:content-validations>");
    }

    // The first sheet.
    let _ = write!(
        x,
        r#"<table:table table:name="{sheet}" table:style-name="ta1" table:protected="true">"#
    );
    for i in 0..WIDTHS.len() {
        let _ = write!(
            x,
            r#"<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>"#
        );
    }
    let mut row = 0u32;
    let mut goto = |x: &mut String, target: u32| {
        if target > row {
            let _ = write!(
                x,
                r#"<table:table-row table:number-rows-repeated="{}"><table:table-cell/></table:table-row>"#,
                target - row
            );
        }
        row = target + 1;
    };
    goto(&mut x, 0);
    x.push_str("<table:table-row>");
    cell(&mut x, "title", &l.title);
    x.push_str("</table:table-row>");
    for (r, key, value) in [
        (ROW_DEPARTMENT, Msg::SheetDepartment, &l.department),
        (ROW_RESPONDENT, Msg::SheetRespondent, &l.respondent),
    ] {
        goto(&mut x, r);
        x.push_str("<table:table-row>");
        cell(&mut x, "label", l.text(key));
        if r == ROW_DEPARTMENT {
            let _ = write!(
                x,
                r#"<table:table-cell table:style-name="input"{}><office:annotation>{}</office:annotation>{}</table:table-cell>"#,
                if value.is_empty() {
                    ""
                } else {
                    r#" office:value-type="string""#
                },
                paragraphs(l.text(Msg::SheetDepartmentNote)),
                if value.is_empty() {
                    String::new()
                } else {
                    paragraphs(value)
                },
            );
        } else {
            cell(&mut x, "input", value);
        }
        x.push_str("</table:table-row>");
    }
    goto(&mut x, ROW_INSTRUCTIONS);
    let _ = write!(
        x,
        r#"<table:table-row table:style-name="ro-note"><table:table-cell table:style-name="note" office:value-type="string" table:number-columns-spanned="{}">{}</table:table-cell></table:table-row>"#,
        WIDTHS.len(),
        paragraphs(l.text(Msg::SheetInstructions))
    );
    goto(&mut x, ROW_HEADER);
    x.push_str("<table:table-row>");
    for key in [
        Msg::SheetColId,
        Msg::SheetColTheme,
        Msg::SheetColQuestion,
        Msg::SheetColAnswer,
        Msg::SheetColComment,
        Msg::SheetColHelp,
    ] {
        cell(&mut x, "header", l.text(key));
    }
    x.push_str("</table:table-row>");
    for (i, q) in l.rows.iter().enumerate() {
        x.push_str("<table:table-row>");
        cell(&mut x, "muted", &q.id);
        cell(&mut x, "wrap", &q.theme);
        cell(&mut x, "wrap", &q.text);
        let _ = write!(
            x,
            r#"<table:table-cell table:style-name="input" table:content-validation-name="answer{i}"/>"#
        );
        x.push_str(r#"<table:table-cell table:style-name="input"/>"#);
        cell(&mut x, "muted", &q.help);
        x.push_str("</table:table-row>");
    }
    x.push_str("</table:table>");

    // The hidden sheet: identity and lists.
    let _ = write!(
        x,
        r#"<table:table table:name="{META_SHEET}" table:style-name="ta2" table:protected="true">"#
    );
    for (key, value) in [
        ("questionnaire", l.id.as_str()),
        ("version", &l.version),
        ("lang", l.lang.code()),
        ("format", FORMAT_MARK),
    ] {
        x.push_str("<table:table-row>");
        cell(&mut x, "", key);
        cell(&mut x, "", value);
        x.push_str("</table:table-row>");
    }
    x.push_str("<table:table-row><table:table-cell/></table:table-row>");
    for q in &l.rows {
        x.push_str("<table:table-row>");
        cell(&mut x, "", &q.id);
        for c in &q.choices {
            cell(&mut x, "", c);
        }
        x.push_str("</table:table-row>");
    }
    x.push_str("</table:table></office:spreadsheet></office:body></office:document-content>\n");
    x
}

/// A string cell in `style` (none when empty); an empty text gives an empty
/// cell.
fn cell(x: &mut String, style: &str, text: &str) {
    let style = if style.is_empty() {
        String::new()
    } else {
        format!(r#" table:style-name="{style}""#)
    };
    if text.is_empty() {
        let _ = write!(x, "<table:table-cell{style}/>");
    } else {
        let _ = write!(
            x,
            r#"<table:table-cell{style} office:value-type="string">{}</table:table-cell>"#,
            paragraphs(text)
        );
    }
}

/// Text as `<text:p>` paragraphs, one per line.
fn paragraphs(text: &str) -> String {
    text.split('\n')
        .map(|line| format!("<text:p>{}</text:p>", esc(line)))
        .collect()
}

/// Text escaped for XML content; characters XML 1.0 forbids are dropped.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

fn esc_attr(text: &str) -> String {
    esc(text).replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            super::esc("a < b & \"c\"\u{1}"),
            "a &lt; b &amp; &quot;c&quot;"
        );
        assert_eq!(
            super::paragraphs("un\ndeux"),
            "<text:p>un</text:p><text:p>deux</text:p>"
        );
    }
}
