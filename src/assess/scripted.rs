//! A [`Prompter`] that replays a script instead of reading a keyboard, and
//! keeps a transcript of everything shown: the answering session's logic is
//! tested with it, without a terminal.

use std::collections::VecDeque;

use super::prompt::{PromptError, Prompter, SelectRequest, TextRequest};

/// One scripted keystroke-level decision.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Pick the item at this index.
    Pick(usize),
    /// Pick the first item whose text contains this (e.g. `"Sans objet"`).
    PickText(String),
    /// Press Enter on the item the cursor starts on.
    Enter,
    /// Type this line (for a text prompt) and press Enter.
    Type(String),
    /// Esc.
    Esc,
    /// Ctrl-C.
    CtrlC,
    /// The terminal fails.
    Fail(String),
}

/// A prompter driven by a list of [`Step`]s.
#[derive(Debug)]
pub struct Scripted {
    steps: VecDeque<Step>,
    /// Everything shown, prompts and lists included, as a screen reader
    /// would get it.
    pub transcript: String,
    /// Where the cursor started on each list, in order.
    pub starts: Vec<usize>,
    /// The initial value of each text prompt, in order.
    pub initials: Vec<String>,
    pub width: usize,
    /// The window height reported, if any.
    pub height: Option<usize>,
    /// The page size of each list, in order.
    pub page_sizes: Vec<Option<usize>>,
}

impl Scripted {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Scripted {
            steps: steps.into_iter().collect(),
            transcript: String::new(),
            starts: Vec::new(),
            initials: Vec::new(),
            width: 80,
            height: None,
            page_sizes: Vec::new(),
        }
    }

    /// Steps not used yet.
    pub fn remaining(&self) -> usize {
        self.steps.len()
    }

    fn next(&mut self) -> Result<Step, PromptError> {
        self.steps
            .pop_front()
            .ok_or_else(|| PromptError::Failed("script exhausted".into()))
    }
}

impl Prompter for Scripted {
    fn show(&mut self, text: &str) {
        self.transcript.push_str(text);
    }

    fn select(&mut self, request: &SelectRequest) -> Result<usize, PromptError> {
        self.transcript.push_str(request.message);
        self.transcript.push('\n');
        for (i, item) in request.items.iter().enumerate() {
            let mark = if i == request.start { '>' } else { ' ' };
            self.transcript.push_str(&format!("{mark} {}\n", item.text));
        }
        self.starts.push(request.start);
        self.page_sizes.push(request.page_size);
        let chosen = match self.next()? {
            Step::Pick(i) if i < request.items.len() => i,
            Step::PickText(needle) => request
                .items
                .iter()
                .position(|it| it.text.contains(&needle))
                .ok_or_else(|| PromptError::Failed(format!("no item contains {needle:?}")))?,
            Step::Enter => request.start,
            Step::Esc => return Err(PromptError::Back),
            Step::CtrlC => return Err(PromptError::Quit),
            Step::Fail(m) => return Err(PromptError::Failed(m)),
            other => {
                return Err(PromptError::Failed(format!(
                    "a list expects a pick, not {other:?}"
                )));
            }
        };
        self.transcript
            .push_str(&format!("= {}\n", request.items[chosen].short));
        Ok(chosen)
    }

    fn text(&mut self, request: &TextRequest) -> Result<String, PromptError> {
        self.transcript.push_str(request.message);
        self.transcript.push('\n');
        self.initials.push(request.initial.to_string());
        let typed = match self.next()? {
            Step::Type(s) => s,
            Step::Enter => request.initial.to_string(),
            Step::Esc => return Err(PromptError::Back),
            Step::CtrlC => return Err(PromptError::Quit),
            Step::Fail(m) => return Err(PromptError::Failed(m)),
            other => {
                return Err(PromptError::Failed(format!(
                    "a text prompt expects typing, not {other:?}"
                )));
            }
        };
        self.transcript.push_str(&format!("= {typed}\n"));
        Ok(typed)
    }

    fn width(&self) -> usize {
        self.width
    }

    fn height(&self) -> Option<usize> {
        self.height
    }
}
