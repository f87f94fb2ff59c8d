//! The plain [`Prompter`] (`assess --plain`, and `TERM=dumb`): every
//! question as lines of text, each choice numbered; the respondent types a
//! number or a word and Enter. Nothing is redrawn in place and no key is
//! read raw, so that a screen reader (NVDA, JAWS, Orca) reads it all and a
//! dumb terminal shows it as is.
//!
//! Output goes to stderr (like the arrow-key menus), input is read line by
//! line from stdin; the end of stdin stops the session, saved.

use std::io::{BufRead, Write};

use super::prompt::{PromptError, Prompter, SelectRequest, TextRequest};
use crate::i18n::{Lang, Msg, t, tf};

/// Prompts with plain lines.
pub struct Plain {
    lang: Lang,
    /// `COLUMNS`, from [`crate::env::Env`].
    columns: Option<u16>,
}

impl Plain {
    /// A plain prompter speaking `lang`, lines `columns` wide (else 100).
    pub fn new(lang: Lang, columns: Option<u16>) -> Self {
        Plain { lang, columns }
    }

    fn say(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    /// One typed line, without its line break; `None` at the end of input.
    fn line(&self) -> Result<Option<String>, PromptError> {
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).trim().to_string())),
            // The terminal went away: what is answered is saved.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(Some(String::new())),
            Err(_) => Err(PromptError::Quit),
        }
    }
}

/// How an item is picked: its first key, or its position from 1.
fn label(keys: &[String], position: usize) -> String {
    keys.first()
        .cloned()
        .unwrap_or_else(|| position.to_string())
}

impl Prompter for Plain {
    fn show(&mut self, text: &str) {
        self.say(text);
    }

    fn select(&mut self, request: &SelectRequest) -> Result<usize, PromptError> {
        let mut menu = format!("{}\n", request.message);
        let mut words = Vec::new();
        for (i, item) in request.items.iter().enumerate() {
            let key = label(&item.keys, i + 1);
            // Choices already start with their number ("2 · Défini").
            if item.text.starts_with(&format!("{key} ")) {
                menu.push_str(&format!("  {}\n", item.text));
            } else {
                menu.push_str(&format!("  {key} · {}\n", item.text));
            }
            words.push(key);
        }
        let hint = tf(
            self.lang,
            Msg::AssessPlainType {
                words: &words.join(", "),
            },
        );
        loop {
            self.say(&format!("{menu}{hint}\n> "));
            let Some(typed) = self.line()? else {
                return Err(PromptError::Quit);
            };
            let typed = typed.to_lowercase();
            let found = request.items.iter().enumerate().position(|(i, item)| {
                if item.keys.is_empty() {
                    typed == (i + 1).to_string()
                } else {
                    item.keys.iter().any(|k| k.to_lowercase() == typed)
                }
            });
            match found {
                Some(k) => {
                    let chosen = &request.items[k].short;
                    self.say(&format!(
                        "{}\n",
                        tf(self.lang, Msg::AssessPlainChosen { choice: chosen })
                    ));
                    return Ok(k);
                }
                None if typed == "<" => return Err(PromptError::Back),
                None => {
                    let text = if typed.is_empty() {
                        t(self.lang, Msg::AssessPlainEmpty).to_string()
                    } else {
                        tf(
                            self.lang,
                            Msg::AssessPlainUnknown {
                                typed: &crate::sanitize::terminal(&typed),
                            },
                        )
                    };
                    self.say(&format!("{text}\n"));
                }
            }
        }
    }

    fn text(&mut self, request: &TextRequest) -> Result<String, PromptError> {
        let mut prompt = format!("{}\n", request.message);
        if !request.initial.is_empty() {
            prompt.push_str(&format!(
                "{}\n",
                tf(
                    self.lang,
                    Msg::AssessCurrentComment {
                        comment: &request.initial
                    }
                )
            ));
        }
        prompt.push_str(t(self.lang, Msg::AssessPlainCommentHelp));
        prompt.push_str("\n> ");
        self.say(&prompt);
        let Some(typed) = self.line()? else {
            return Err(PromptError::Quit);
        };
        if typed == "<" {
            return Err(PromptError::Back);
        }
        if typed.is_empty() {
            // An empty line keeps what was there (nothing, or the comment).
            if request.initial.is_empty() {
                self.say(&format!("{}\n", request.empty_echo));
            }
            return Ok(request.initial.to_string());
        }
        Ok(typed)
    }

    fn width(&self) -> usize {
        self.columns.map_or(100, usize::from)
    }

    fn height(&self) -> Option<usize> {
        // Nothing is redrawn: every list is printed whole.
        Some(usize::MAX / 4)
    }

    fn is_plain(&self) -> bool {
        true
    }
}
