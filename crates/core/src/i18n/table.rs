//! The compiled message tables that `build/fluent.rs` writes, and their shape.
//! Opaque outside the core: only `Messages` reads them.

use super::Section;
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

/// `blob[a..b]`, in a constant: each table's strings are one text.
const fn s(blob: &'static str, a: usize, b: usize) -> &'static str {
    let (_, tail) = blob.as_bytes().split_at(a);
    let (part, _) = tail.split_at(b - a);
    match core::str::from_utf8(part) {
        Ok(text) => text,
        Err(_) => panic!("a message table's text is cut inside a character"),
    }
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// One language's messages of one section. Each is its own function, so a
/// browser build that loads them separately links only the ones it asks for.
macro_rules! tables {
    ($($fn:ident => $table:ident),* $(,)?) => {
        $(pub fn $fn() -> &'static [Entry] {
            &$table
        })*
    };
}
tables!(
    az => AZ_BASE, en => EN_BASE, ru => RU_BASE,
    az_forms => AZ_FORMS, en_forms => EN_FORMS, ru_forms => RU_FORMS,
    az_lookups => AZ_LOOKUPS, en_lookups => EN_LOOKUPS, ru_lookups => RU_LOOKUPS,
    az_calculators => AZ_CALCULATORS, en_calculators => EN_CALCULATORS, ru_calculators => RU_CALCULATORS,
    az_stay => AZ_STAY, en_stay => EN_STAY, ru_stay => RU_STAY,
    az_deadline => AZ_DEADLINE, en_deadline => EN_DEADLINE, ru_deadline => RU_DEADLINE,
    az_queue => AZ_QUEUE, en_queue => EN_QUEUE, ru_queue => RU_QUEUE,
    az_apply => AZ_APPLY, en_apply => EN_APPLY, ru_apply => RU_APPLY,
);

/// A language's table of a section, for callers that have every table at hand
/// (the server, tests); the browser asks for one function instead.
pub fn section(lang: Lang, section: Section) -> &'static [Entry] {
    match (lang, section) {
        (Lang::Az, Section::Base) => az(),
        (Lang::En, Section::Base) => en(),
        (Lang::Ru, Section::Base) => ru(),
        (Lang::Az, Section::Forms) => az_forms(),
        (Lang::En, Section::Forms) => en_forms(),
        (Lang::Ru, Section::Forms) => ru_forms(),
        (Lang::Az, Section::Lookups) => az_lookups(),
        (Lang::En, Section::Lookups) => en_lookups(),
        (Lang::Ru, Section::Lookups) => ru_lookups(),
        (Lang::Az, Section::Calculators) => az_calculators(),
        (Lang::En, Section::Calculators) => en_calculators(),
        (Lang::Ru, Section::Calculators) => ru_calculators(),
        (Lang::Az, Section::Stay) => az_stay(),
        (Lang::En, Section::Stay) => en_stay(),
        (Lang::Ru, Section::Stay) => ru_stay(),
        (Lang::Az, Section::Deadline) => az_deadline(),
        (Lang::En, Section::Deadline) => en_deadline(),
        (Lang::Ru, Section::Deadline) => ru_deadline(),
        (Lang::Az, Section::Queue) => az_queue(),
        (Lang::En, Section::Queue) => en_queue(),
        (Lang::Ru, Section::Queue) => ru_queue(),
        (Lang::Az, Section::Apply) => az_apply(),
        (Lang::En, Section::Apply) => en_apply(),
        (Lang::Ru, Section::Apply) => ru_apply(),
    }
}
