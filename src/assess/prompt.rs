//! What the answering session needs from a terminal, as a trait: show text,
//! pick one item of a list, type a line. [`super::terminal`] implements it
//! with inquire; [`super::scripted`] replays a script, for tests.

/// A list to pick one item from.
#[derive(Debug, Clone)]
pub struct SelectRequest<'a> {
    /// The prompt line above the list.
    pub message: &'a str,
    /// The items, as shown (they may span several lines, already wrapped).
    pub items: &'a [MenuItem],
    /// Where the cursor starts.
    pub start: usize,
    /// The key reminder under the list.
    pub help: &'a str,
    /// How many items to show at once (the list scrolls); all when `None`.
    pub page_size: Option<usize>,
}

/// One item of a [`SelectRequest`].
#[derive(Debug, Clone, PartialEq)]
pub struct MenuItem {
    /// As shown in the list, wrapped to the screen, continuation lines indented.
    pub text: String,
    /// As echoed once chosen: one short line.
    pub short: String,
    /// The words that pick this item in plain mode (`2`, `so`, `?`…), the
    /// first one shown; none: the item is numbered from 1.
    pub keys: Vec<String>,
}

impl MenuItem {
    /// An item on one line, echoed as shown.
    pub fn plain(text: &str) -> Self {
        MenuItem {
            text: text.to_string(),
            short: text.to_string(),
            keys: Vec::new(),
        }
    }
}

impl std::fmt::Display for MenuItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A line of text to type.
#[derive(Debug, Clone)]
pub struct TextRequest<'a> {
    pub message: &'a str,
    /// The text already there (an existing comment), editable.
    pub initial: &'a str,
    pub help: &'a str,
    /// Echoed after an empty answer.
    pub empty_echo: &'a str,
}

/// Why a prompt gave no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum PromptError {
    /// Esc: go back.
    Back,
    /// Ctrl-C, or the terminal went away: stop here, keep what is saved.
    Quit,
    /// The terminal failed; the text says how, for the user.
    Failed(String),
}

/// The respondent's side of the session.
pub trait Prompter {
    /// Shows text as is (already wrapped), followed by nothing: include the
    /// line breaks you want.
    fn show(&mut self, text: &str);
    /// Lets the respondent pick an item; returns its index.
    fn select(&mut self, request: &SelectRequest) -> Result<usize, PromptError>;
    /// Lets the respondent type one line.
    fn text(&mut self, request: &TextRequest) -> Result<String, PromptError>;
    /// The width to wrap text to, in columns (read again at each question:
    /// the window may have been resized).
    fn width(&self) -> usize;
    /// The height of the window in rows, when it can be known: a list
    /// taller than the window cannot be redrawn in place.
    fn height(&self) -> Option<usize> {
        None
    }
    /// `text` in bold, where the terminal can show it; line by line, so that
    /// wrapped text stays aligned.
    fn strong(&self, text: &str) -> String {
        text.to_string()
    }
    /// Whether this prompter reads typed lines (`--plain`) rather than keys.
    fn is_plain(&self) -> bool {
        false
    }
}
