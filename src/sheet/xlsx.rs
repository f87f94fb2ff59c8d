//! The template as an Excel workbook (rust_xlsxwriter).

use crate::i18n::Msg;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, FormatAlign,
    FormatBorder, Formula, Note, Workbook, Worksheet, XlsxError,
};

use super::{
    COL_ANSWER, COL_COMMENT, COL_HELP, COL_ID, COL_QUESTION, COL_THEME, FORMAT_MARK, Layout,
    META_ROW_FIRST_LIST, META_SHEET, ROW_DEPARTMENT, ROW_FIRST, ROW_HEADER, ROW_INSTRUCTIONS,
    ROW_RESPONDENT, cell_name,
};

/// The workbook's bytes.
pub fn write(l: &Layout) -> Result<Vec<u8>, String> {
    build(l).map_err(|e| e.to_string())
}

fn build(l: &Layout) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation date: the same inputs give the same bytes (the zip
    // entries already carry a fixed time).
    let props = DocProperties::new()
        .set_title(&l.title)
        .set_subject(format!("{} {}", l.id, l.version))
        .set_keywords(format!("boussole, {}, {}", l.id, l.version))
        .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 1)?);
    wb.set_properties(&props);

    let title = Format::new().set_bold().set_font_size(14);
    let label = Format::new().set_bold();
    let input = Format::new()
        .set_unlocked()
        .set_border(FormatBorder::Thin)
        .set_background_color(0xFFF7D6);
    let header = Format::new()
        .set_bold()
        .set_background_color(0xDDE6EE)
        .set_border(FormatBorder::Thin);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let muted = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_font_size(9)
        .set_font_color(0x555555)
        .set_border(FormatBorder::Thin);
    let answer = input.clone().set_text_wrap().set_align(FormatAlign::Top);

    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_name())?;
    ws.write_string_with_format(0, 0, &l.title, &title)?;
    ws.write_string_with_format(ROW_DEPARTMENT, 0, l.text(Msg::SheetDepartment), &label)?;
    ws.write_string_with_format(ROW_DEPARTMENT, 1, &l.department, &input)?;
    ws.insert_note(
        ROW_DEPARTMENT,
        1,
        &Note::new(l.text(Msg::SheetDepartmentNote)).add_author_prefix(false),
    )?;
    ws.write_string_with_format(ROW_RESPONDENT, 0, l.text(Msg::SheetRespondent), &label)?;
    ws.write_string_with_format(ROW_RESPONDENT, 1, &l.respondent, &input)?;
    let note = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.merge_range(
        ROW_INSTRUCTIONS,
        0,
        ROW_INSTRUCTIONS,
        COL_HELP,
        l.text(Msg::SheetInstructions),
        &note,
    )?;
    ws.set_row_height(ROW_INSTRUCTIONS, 33)?;
    for (col, key) in [
        (COL_ID, Msg::SheetColId),
        (COL_THEME, Msg::SheetColTheme),
        (COL_QUESTION, Msg::SheetColQuestion),
        (COL_ANSWER, Msg::SheetColAnswer),
        (COL_COMMENT, Msg::SheetColComment),
        (COL_HELP, Msg::SheetColHelp),
    ] {
        ws.write_string_with_format(ROW_HEADER, col, l.text(key), &header)?;
    }
    for (i, row) in l.rows.iter().enumerate() {
        let r = ROW_FIRST + i as u32;
        ws.write_string_with_format(r, COL_ID, &row.id, &muted)?;
        ws.write_string_with_format(r, COL_THEME, &row.theme, &wrap)?;
        ws.write_string_with_format(r, COL_QUESTION, &row.text, &wrap)?;
        ws.write_blank(r, COL_ANSWER, &answer)?;
        ws.write_blank(r, COL_COMMENT, &answer)?;
        ws.write_string_with_format(r, COL_HELP, &row.help, &muted)?;
        // Spreadsheets do not grow rows to fit wrapped text written by a
        // program: give each row the height its longest text needs.
        let lines = wrapped_lines(&row.text, 62)
            .max(wrapped_lines(&row.help, 80))
            .max(wrapped_lines(&row.theme, 18));
        ws.set_row_height(r, 13.0 * lines as f64 + 3.0)?;
        let list_row = META_ROW_FIRST_LIST + i as u32;
        let last_col = row.choices.len() as u16; // lists start in column B
        let range = format!(
            "='{META_SHEET}'!$B${}:${}",
            list_row + 1,
            absolute(&cell_name(list_row, last_col))
        );
        let dv = DataValidation::new()
            .allow_list_formula(Formula::new(range))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_title(l.text(Msg::SheetErrorTitle))?
            .set_error_message(l.text(Msg::SheetErrorMessage))?;
        ws.add_data_validation(r, COL_ANSWER, r, COL_ANSWER, &dv)?;
    }
    ws.set_column_width(COL_ID, 16)?;
    ws.set_column_width(COL_THEME, 18)?;
    ws.set_column_width(COL_QUESTION, 60)?;
    ws.set_column_width(COL_ANSWER, 24)?;
    ws.set_column_width(COL_COMMENT, 40)?;
    ws.set_column_width(COL_HELP, 60)?;
    ws.set_freeze_panes(ROW_FIRST, 0)?;
    ws.set_landscape();
    ws.set_repeat_rows(ROW_HEADER, ROW_HEADER)?;
    ws.set_print_fit_to_pages(1, 0);
    ws.protect();

    let meta = wb.add_worksheet();
    write_meta(meta, l)?;
    wb.save_to_buffer()
}

/// Lines a text takes in a column about `width` characters wide.
fn wrapped_lines(text: &str, width: usize) -> usize {
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(width).max(1))
        .sum::<usize>()
        .max(1)
}

/// `B5` → `$B$5`.
fn absolute(cell: &str) -> String {
    let split = cell
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(cell.len());
    format!("{}${}", &cell[..split], &cell[split..])
}

fn write_meta(ws: &mut Worksheet, l: &Layout) -> Result<(), XlsxError> {
    ws.set_name(META_SHEET)?;
    ws.write_string(0, 0, "questionnaire")?;
    ws.write_string(0, 1, &l.id)?;
    ws.write_string(1, 0, "version")?;
    ws.write_string(1, 1, &l.version)?;
    ws.write_string(2, 0, "lang")?;
    ws.write_string(2, 1, l.lang.code())?;
    ws.write_string(3, 0, "format")?;
    ws.write_string(3, 1, FORMAT_MARK)?;
    for (i, row) in l.rows.iter().enumerate() {
        let r = META_ROW_FIRST_LIST + i as u32;
        ws.write_string(r, 0, &row.id)?;
        for (j, choice) in row.choices.iter().enumerate() {
            ws.write_string(r, 1 + j as u16, choice)?;
        }
    }
    ws.set_hidden(true);
    ws.protect();
    Ok(())
}
