//! Country names in az, en and ru from CLDR (`data/countries.json`, written
//! by `cargo xtask countries`, baked by `build/countries.rs`). Each language
//! is a function of its own, like the message tables, so a browser build
//! that loads languages separately links only the one it asks for; the
//! browser takes a language's text (`text`) from its chunk and `parse`s it
//! itself, so the chunk holds nothing but the text.

use crate::Lang;
use std::sync::OnceLock;

/// A citizenship's name in one language. The picker's three non-national
/// statuses (XXA …) are named by messages, so the borrow may be shorter than
/// `'static`: a caller appends them to a language's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name<'a> {
    /// The alpha-3 code (ISO 3166-1, or ICAO's XXA, XXB, XXC).
    pub code: &'static str,
    /// CLDR's standard name, the one shown.
    pub label: &'a str,
    /// CLDR's short and variant forms ("UK", "Turkey", "Ivory Coast"): found
    /// by search, never shown.
    pub aliases: &'a [&'a str],
}

include!(concat!(env!("OUT_DIR"), "/country_names.rs"));

/// A language's text as baked (see `build/countries.rs`): a line per
/// country in the order of `CODES`, its name then its aliases, split by U+001F.
pub mod text {
    pub fn az() -> &'static str {
        super::AZ
    }
    pub fn en() -> &'static str {
        super::EN
    }
    pub fn ru() -> &'static str {
        super::RU
    }
}

/// A language's text (`text`) as names, in the order of `CODES`.
pub fn parse(text: &'static str) -> Vec<Name<'static>> {
    text.split('\n')
        .zip(super::CODES)
        .map(|(line, code)| {
            let mut fields = line.split('\u{1f}');
            let label = fields.next().unwrap_or_default();
            let aliases: Vec<&'static str> = fields.collect();
            Name {
                code,
                label,
                // Once per language and country, for the life of the page.
                aliases: if aliases.is_empty() { &[] } else { aliases.leak() },
            }
        })
        .collect()
}

/// Azerbaijani names, in the order of `CODES`.
pub fn az() -> &'static [Name<'static>] {
    static TABLE: OnceLock<Vec<Name<'static>>> = OnceLock::new();
    TABLE.get_or_init(|| parse(AZ))
}

/// English names, in the order of `CODES`.
pub fn en() -> &'static [Name<'static>] {
    static TABLE: OnceLock<Vec<Name<'static>>> = OnceLock::new();
    TABLE.get_or_init(|| parse(EN))
}

/// Russian names, in the order of `CODES`.
pub fn ru() -> &'static [Name<'static>] {
    static TABLE: OnceLock<Vec<Name<'static>>> = OnceLock::new();
    TABLE.get_or_init(|| parse(RU))
}

/// One language's names, for callers that have every language at hand (the
/// server, tests); the browser asks for one language's function instead.
pub fn of(lang: Lang) -> &'static [Name<'static>] {
    match lang {
        Lang::Az => az(),
        Lang::En => en(),
        Lang::Ru => ru(),
    }
}
