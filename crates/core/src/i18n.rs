//! Translated messages, in Project Fluent. The `.ftl` files under `i18n/` are
//! compiled into tables at build time (`build/fluent.rs`), so a page neither
//! waits on a fetch for its words nor parses anything to show them.

mod plural;
mod section;
pub mod table;

pub use section::Section;

use crate::Lang;
use std::borrow::Cow;
use table::{Entry, Key, Part, Pattern};

/// The Fluent source of a language, as written (for the tests and tools that
/// check it with the reference parser; the app reads the compiled tables).
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => include_str!("../../../i18n/az.ftl"),
        Lang::En => include_str!("../../../i18n/en.ftl"),
        Lang::Ru => include_str!("../../../i18n/ru.ftl"),
    }
}

/// A value for a message variable: a count (selects plural forms) or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Count(u64),
    Text(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

/// A number argument, for plural selection.
pub fn count(n: usize) -> Arg<'static> {
    Arg::Count(n as u64)
}

/// One language's messages, ready to format: the tables of the sections
/// loaded so far (`Section`), searched in turn.
#[derive(Clone)]
pub struct Messages {
    lang: Lang,
    tables: Vec<&'static [Entry]>,
}

/// Why a message could not be formatted cleanly (tests turn this into a failure;
/// the interface shows the best text it has instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Missing(String),
    Invalid(String, Vec<String>),
}

impl Messages {
    /// Every section of a language (servers, tests, tools).
    pub fn new(lang: Lang) -> Self {
        Messages {
            lang,
            tables: Section::ALL.iter().map(|s| table::section(lang, *s)).collect(),
        }
    }

    /// Messages over one language's base table (`table::az()` …), for a
    /// caller that loads languages and sections one at a time.
    pub fn from_table(lang: Lang, entries: &'static [Entry]) -> Self {
        Messages {
            lang,
            tables: vec![entries],
        }
    }

    /// These messages and one more section's table of the same language.
    pub fn with(&self, entries: &'static [Entry]) -> Self {
        let mut tables = self.tables.clone();
        tables.push(entries);
        Messages {
            lang: self.lang,
            tables,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with variables, e.g. `format("results-count", &[("count", count(3))])`.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.lenient(id, None, args)
    }

    /// An attribute of a message, e.g. `attr("svc-registration", "summary")`.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.lenient(id, Some(attribute), &[])
    }

    pub fn has_attr(&self, id: &str, attribute: &str) -> bool {
        self.pattern(id, Some(attribute)).is_some()
    }

    /// Formats strictly: a missing message or variable is an error.
    pub fn try_format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Result<String, FormatError> {
        let full_id = || attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
        match self.render(id, attribute, args) {
            None => Err(FormatError::Missing(full_id())),
            Some((text, errors)) if errors.is_empty() => Ok(text),
            Some((_, errors)) => Err(FormatError::Invalid(full_id(), errors)),
        }
    }

    /// What the interface shows: the best rendering even when a variable is
    /// missing (as `{$name}`, like Fluent), and the bare id when the message
    /// is missing, so the page stays usable and the gap is obvious.
    fn lenient(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        self.render(id, attribute, args)
            .map_or_else(|| id.to_owned(), |(text, _)| text)
    }

    fn pattern(&self, id: &str, attribute: Option<&str>) -> Option<Pattern> {
        let entry = self
            .tables
            .iter()
            .find_map(|t| t.binary_search_by(|e| e.id.cmp(id)).ok().map(|i| &t[i]))?;
        match attribute {
            Some(a) => entry.attrs.iter().find(|(name, _)| *name == a).map(|(_, p)| *p),
            None => entry.value,
        }
    }

    fn render(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        let pattern = self.pattern(id, attribute)?;
        let mut text = String::new();
        let mut errors = Vec::new();
        self.write(pattern, args, &mut text, &mut errors);
        Some((text, errors))
    }

    fn write(&self, pattern: Pattern, args: &[(&str, Arg)], out: &mut String, errors: &mut Vec<String>) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        for part in pattern {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match arg(name) {
                    Some(Arg::Count(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Text(t)) => out.push_str(t),
                    None => {
                        errors.push(format!("unknown variable ${name}"));
                        out.push_str(&format!("{{${name}}}"));
                    }
                },
                Part::Select(select) => {
                    let value = arg(select.var);
                    if value.is_none() {
                        errors.push(format!("unknown variable ${}", select.var));
                    }
                    let chosen = value
                        .and_then(|v| select.variants.iter().find(|(key, _)| self.matches(key, v)))
                        .map_or(select.default, |(_, p)| *p);
                    self.write(chosen, args, out, errors);
                }
            }
        }
    }

    /// Fluent's variant matching: a number matches its own numeric key or
    /// its plural category's name; text matches a key of the same name.
    fn matches(&self, key: &Key, value: &Arg) -> bool {
        match (key, value) {
            (Key::Number(k), Arg::Count(n)) => k == n,
            (Key::Name(k), Arg::Count(n)) => *k == plural::category(self.lang, *n),
            (Key::Name(k), Arg::Text(t)) => k == t,
            (Key::Number(_), Arg::Text(_)) => false,
        }
    }
}
