//! Commands about boussole itself: shell completions, the man page and the
//! JSON Schemas of its file formats. All generated from the clap definition
//! and the loader's field lists, so they cannot drift from the tool.

use super::{Ctx, Failure, emit};
use crate::cli::{SchemaKind, Shell};

/// `boussole completions SHELL`.
pub fn completions(ctx: &mut Ctx, shell: Shell) -> Result<(), Failure> {
    let mut cmd = crate::help::command_for_completions(ctx.early_lang());
    let mut buf = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
        Shell::Elvish => clap_complete::Shell::Elvish,
    };
    clap_complete::generate(generator, &mut cmd, "boussole", &mut buf);
    emit(ctx, &String::from_utf8_lossy(&buf))
}

/// `boussole man`: the roff man page.
pub fn man(ctx: &mut Ctx) -> Result<(), Failure> {
    let cmd = crate::help::command(ctx.early_lang(), false);
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(|e| Failure::Message(e.to_string()))?;
    emit(ctx, &String::from_utf8_lossy(&buf))
}

/// `boussole schema questionnaire|answers`.
pub fn schema(ctx: &mut Ctx, kind: SchemaKind) -> Result<(), Failure> {
    let lang = ctx.early_lang();
    let value = match kind {
        SchemaKind::Questionnaire => crate::schema::questionnaire(lang),
        SchemaKind::Answers => crate::schema::answers(lang),
    };
    emit(ctx, &crate::schema::to_text(&value))
}

/// `boussole questionnaire`: the embedded questionnaire, as shipped (French,
/// or its English twin with `--lang en`).
pub fn questionnaire(ctx: &mut Ctx) -> Result<(), Failure> {
    let (_, text) =
        crate::defaults::questionnaire(ctx.lang_override.unwrap_or(crate::i18n::Lang::Fr));
    emit(ctx, text)
}
