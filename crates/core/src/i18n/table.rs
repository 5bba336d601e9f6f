//! The compiled message tables that `build/fluent.rs` writes, and their shape.
//! Opaque outside the core: only `Messages` reads them.

use crate::Lang;

pub type Pattern = &'static [Part];

pub enum Part {
    Text(&'static str),
    Var(&'static str),
    Select(&'static Select),
}

pub struct Select {
    pub var: &'static str,
    pub variants: &'static [(Key, Pattern)],
    pub default: Pattern,
}

pub enum Key {
    Number(u64),
    /// A plural category (`one`, `few` …) or a text value.
    Name(&'static str),
}

/// One message: its value and attributes. Tables are sorted by id.
pub struct Entry {
    pub id: &'static str,
    pub value: Option<Pattern>,
    pub attrs: &'static [(&'static str, Pattern)],
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One language's table. Each is its own function, so a browser build that
/// loads languages separately links only the one it asks for.
pub fn az() -> &'static [Entry] {
    &AZ
}

pub fn en() -> &'static [Entry] {
    &EN
}

pub fn ru() -> &'static [Entry] {
    &RU
}

pub fn entries(lang: Lang) -> &'static [Entry] {
    match lang {
        Lang::Az => az(),
        Lang::En => en(),
        Lang::Ru => ru(),
    }
}
