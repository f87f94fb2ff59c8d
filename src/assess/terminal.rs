//! The real [`Prompter`]: inquire on the terminal.
//!
//! inquire draws on stderr and reads keys from the terminal itself (even when
//! stdin is redirected, which is why [`super::run`] checks stdin first). Esc
//! comes back as [`PromptError::Back`], Ctrl-C as [`PromptError::Quit`]; any
//! other failure becomes a message, never a panic.

use std::io::Write;

use inquire::error::InquireError;
use inquire::list_option::ListOption;
use inquire::ui::{RenderConfig, Styled};
use inquire::{Select, Text};

use super::prompt::{MenuItem, PromptError, Prompter, SelectRequest, TextRequest};
use crate::i18n::{Lang, Msg, t, tf};

/// Prompts on the terminal with inquire.
pub struct Terminal {
    lang: Lang,
    render: RenderConfig<'static>,
    /// Bold text on stderr: a terminal, and NO_COLOR unset.
    styled: bool,
    /// `COLUMNS`, the fallback width.
    columns: Option<u16>,
}

impl Terminal {
    /// A terminal prompter speaking `lang`; `styled` when stderr is a
    /// terminal and NO_COLOR is unset; `columns` from `COLUMNS`, used when
    /// the terminal's own width cannot be read.
    pub fn new(lang: Lang, styled: bool, columns: Option<u16>) -> Self {
        // RenderConfig::default() already honours NO_COLOR.
        let render = RenderConfig::default()
            .with_canceled_prompt_indicator(Styled::new(t(lang, Msg::AssessCanceled)));
        Terminal {
            lang,
            render,
            styled,
            columns,
        }
    }

    fn failed(&self, e: InquireError) -> PromptError {
        match e {
            InquireError::OperationCanceled => PromptError::Back,
            InquireError::OperationInterrupted => PromptError::Quit,
            // The terminal went away (closed window, lost connection): what
            // is answered is saved, so stopping here loses nothing.
            InquireError::IO(io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::BrokenPipe
                ) =>
            {
                PromptError::Quit
            }
            InquireError::NotTTY => {
                PromptError::Failed(t(self.lang, Msg::AssessNotTty).to_string())
            }
            other => {
                let lang = self.lang;
                PromptError::Failed(tf(lang, Msg::AssessTerminalError { error: &other }))
            }
        }
    }
}

impl Prompter for Terminal {
    fn show(&mut self, text: &str) {
        let mut err = std::io::stderr().lock();
        // Nowhere to report a failure to write to the terminal: the next
        // prompt will fail and say so.
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    fn select(&mut self, request: &SelectRequest) -> Result<usize, PromptError> {
        let formatter = &|o: ListOption<&MenuItem>| o.value.short.clone();
        let start = request.start.min(request.items.len().saturating_sub(1));
        Select::new(request.message, request.items.to_vec())
            .with_starting_cursor(start)
            .with_help_message(request.help)
            // Every item on one page: the list is short, and a scrolling
            // list would hide "na", "unknown" and the actions.
            .with_page_size(request.page_size.unwrap_or(request.items.len()).max(1))
            .with_formatter(formatter)
            .with_render_config(self.render)
            .raw_prompt()
            .map(|o| o.index)
            .map_err(|e| self.failed(e))
    }

    fn text(&mut self, request: &TextRequest) -> Result<String, PromptError> {
        let empty = request.empty_echo.to_string();
        let formatter = &move |s: &str| {
            if s.trim().is_empty() {
                empty.clone()
            } else {
                s.to_string()
            }
        };
        Text::new(request.message)
            .with_initial_value(request.initial)
            .with_help_message(request.help)
            .with_formatter(formatter)
            .with_render_config(self.render)
            .prompt()
            .map_err(|e| self.failed(e))
    }

    fn width(&self) -> usize {
        let mut probe = comfy_table::Table::new();
        probe.use_stderr();
        probe
            .width()
            .map(usize::from)
            .filter(|&w| w > 0)
            .or_else(|| self.columns.map(usize::from))
            .unwrap_or(80)
    }

    fn height(&self) -> Option<usize> {
        window_rows()
    }

    fn strong(&self, text: &str) -> String {
        if !self.styled {
            return text.to_string();
        }
        text.split_inclusive('\n')
            .map(|line| match line.strip_suffix('\n') {
                Some(l) if !l.is_empty() => format!("\x1b[1m{l}\x1b[0m\n"),
                Some(_) => "\n".to_string(),
                None => format!("\x1b[1m{line}\x1b[0m"),
            })
            .collect()
    }
}

/// The window's height, from the terminal (crossterm, already used by the
/// prompt library underneath).
fn window_rows() -> Option<usize> {
    crossterm::terminal::size()
        .ok()
        .map(|(_, rows)| usize::from(rows))
        .filter(|&rows| rows > 0)
}
