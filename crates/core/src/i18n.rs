//! Translated messages, in Project Fluent. The `.ftl` files under `i18n/` are
//! compiled in, so a page never waits on a fetch for its words; only the
//! current language is parsed.

use crate::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use fluent_bundle::FluentValue as Arg;

/// The Fluent source of a language, as shipped.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => include_str!("../../../i18n/az.ftl"),
        Lang::En => include_str!("../../../i18n/en.ftl"),
        Lang::Ru => include_str!("../../../i18n/ru.ftl"),
    }
}

/// One language's messages, ready to format.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// Why a message could not be formatted cleanly (tests turn this into a failure;
/// the interface shows the best text it has instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Missing(String),
    Invalid(String, Vec<String>),
}

impl Messages {
    pub fn new(lang: Lang) -> Self {
        // Parse errors are caught by the tests before release; at run time the
        // entries that did parse are still worth showing.
        let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(res, _)| res);
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap_or_default()]);
        // All three languages are left-to-right; bidi isolation marks would only
        // add invisible characters to titles, copied text and screen reader output.
        bundle.set_use_isolating(false);
        // Duplicate ids are a test failure; the first definition wins meanwhile.
        let _ = bundle.add_resource(resource);
        Messages { lang, bundle }
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
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.get_attribute(attribute).is_some())
    }

    /// Formats strictly: a missing message or any resolver error is an error.
    pub fn try_format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Result<String, FormatError> {
        let full_id = || attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
        match self.render(id, attribute, args) {
            None => Err(FormatError::Missing(full_id())),
            Some((text, errors)) if errors.is_empty() => Ok(text),
            Some((_, errors)) => Err(FormatError::Invalid(full_id(), errors)),
        }
    }

    /// What the interface shows: Fluent's best rendering even when a variable
    /// is off, and the bare id when the message is missing, so the page stays
    /// usable and the gap is obvious.
    fn lenient(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        self.render(id, attribute, args)
            .map_or_else(|| id.to_owned(), |(text, _)| text)
    }

    fn render(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        Some((text, errors.iter().map(ToString::to_string).collect()))
    }
}

/// A number argument, for plural selection.
pub fn count(n: usize) -> Arg<'static> {
    FluentValue::from(n)
}
