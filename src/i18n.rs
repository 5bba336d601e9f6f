//! The current language's messages, shared with every component by context.
//! Each language's messages are a chunk of their own in the release build:
//! a page downloads only the language it is read in, and another language
//! when the reader switches to it.

use crate::lazy::LoadFailed;
use qapi_core::i18n::table::Entry;
use qapi_core::i18n::{Messages, Section};
use qapi_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Context value; two are equal when they speak the same language, so a
/// language change re-renders exactly the components that read it.
#[derive(Clone)]
pub struct I18n(pub Rc<Messages>);

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.0.lang() == other.0.lang()
    }
}

thread_local! {
    static LOADED: RefCell<Vec<Rc<Messages>>> = const { RefCell::new(Vec::new()) };
}

/// A language's messages, when they have been loaded in this page.
pub fn loaded(lang: Lang) -> Option<Rc<Messages>> {
    LOADED.with_borrow(|all| all.iter().find(|m| m.lang() == lang).cloned())
}

/// A language's messages, fetched the first time they are asked for.
pub async fn load(lang: Lang) -> Result<Rc<Messages>, LoadFailed> {
    if let Some(m) = loaded(lang) {
        return Ok(m);
    }
    let fetch: fn() -> TableFuture = match lang {
        Lang::Az => messages_az::boxed,
        Lang::En => messages_en::boxed,
        Lang::Ru => messages_ru::boxed,
    };
    let table = fetch().await?;
    Ok(loaded(lang).unwrap_or_else(|| {
        let m = Rc::new(Messages::from_table(lang, table));
        LOADED.with_borrow_mut(|all| all.push(m.clone()));
        m
    }))
}

/// Fetches a language's messages ahead of a likely switch to it.
pub fn preload(lang: Lang) {
    if loaded(lang).is_none() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = load(lang).await;
        });
    }
}

/// One language's table as a chunk of its own.
macro_rules! messages_chunk {
    ($chunk:ident, $table:ident) => {
        mod $chunk {
            use super::*;
            #[cfg(feature = "split")]
            #[wasm_split_helpers::wasm_split($chunk, fallible)]
            pub fn table() -> Result<&'static [Entry], LoadFailed> {
                Ok(qapi_core::i18n::table::$table())
            }
            #[cfg(not(feature = "split"))]
            pub async fn table() -> Result<&'static [Entry], LoadFailed> {
                Ok(qapi_core::i18n::table::$table())
            }
            pub fn boxed() -> TableFuture {
                Box::pin(table())
            }
        }
    };
}

/// A table being fetched: one type for every section's, so that `section`
/// awaits one kind of future rather than a state machine holding them all.
type TableFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Result<&'static [Entry], LoadFailed>>>>;
messages_chunk!(messages_az, az);
messages_chunk!(messages_en, en);
messages_chunk!(messages_ru, ru);
// Each section's messages in each language: a page loads those it shows.
messages_chunk!(forms_az, az_forms);
messages_chunk!(forms_en, en_forms);
messages_chunk!(forms_ru, ru_forms);
messages_chunk!(lookups_az, az_lookups);
messages_chunk!(lookups_en, en_lookups);
messages_chunk!(lookups_ru, ru_lookups);
messages_chunk!(calculators_az, az_calculators);
messages_chunk!(calculators_en, en_calculators);
messages_chunk!(calculators_ru, ru_calculators);
messages_chunk!(stay_az, az_stay);
messages_chunk!(stay_en, en_stay);
messages_chunk!(stay_ru, ru_stay);
messages_chunk!(deadline_az, az_deadline);
messages_chunk!(deadline_en, en_deadline);
messages_chunk!(deadline_ru, ru_deadline);
messages_chunk!(queue_az, az_queue);
messages_chunk!(queue_en, en_queue);
messages_chunk!(queue_ru, ru_queue);
messages_chunk!(apply_az, az_apply);
messages_chunk!(apply_en, en_apply);
messages_chunk!(apply_ru, ru_apply);

thread_local! {
    static SECTIONS: RefCell<Vec<(Lang, Section, &'static [Entry])>> = const { RefCell::new(Vec::new()) };
}

/// One section's table in one language, fetched the first time.
async fn section(lang: Lang, section: Section) -> Result<&'static [Entry], LoadFailed> {
    let known = SECTIONS.with_borrow(|all| {
        all.iter()
            .find(|(l, s, _)| *l == lang && *s == section)
            .map(|(_, _, t)| *t)
    });
    if let Some(table) = known {
        return Ok(table);
    }
    let fetch: fn() -> TableFuture = match (lang, section) {
        (_, Section::Base) => return Err(LoadFailed), // `load` has it
        (Lang::Az, Section::Forms) => forms_az::boxed,
        (Lang::En, Section::Forms) => forms_en::boxed,
        (Lang::Ru, Section::Forms) => forms_ru::boxed,
        (Lang::Az, Section::Lookups) => lookups_az::boxed,
        (Lang::En, Section::Lookups) => lookups_en::boxed,
        (Lang::Ru, Section::Lookups) => lookups_ru::boxed,
        (Lang::Az, Section::Calculators) => calculators_az::boxed,
        (Lang::En, Section::Calculators) => calculators_en::boxed,
        (Lang::Ru, Section::Calculators) => calculators_ru::boxed,
        (Lang::Az, Section::Stay) => stay_az::boxed,
        (Lang::En, Section::Stay) => stay_en::boxed,
        (Lang::Ru, Section::Stay) => stay_ru::boxed,
        (Lang::Az, Section::Deadline) => deadline_az::boxed,
        (Lang::En, Section::Deadline) => deadline_en::boxed,
        (Lang::Ru, Section::Deadline) => deadline_ru::boxed,
        (Lang::Az, Section::Queue) => queue_az::boxed,
        (Lang::En, Section::Queue) => queue_en::boxed,
        (Lang::Ru, Section::Queue) => queue_ru::boxed,
        (Lang::Az, Section::Apply) => apply_az::boxed,
        (Lang::En, Section::Apply) => apply_en::boxed,
        (Lang::Ru, Section::Apply) => apply_ru::boxed,
    };
    let table = fetch().await?;
    SECTIONS.with_borrow_mut(|all| all.push((lang, section, table)));
    Ok(table)
}

/// A language's messages with `sections` besides the base, fetching what is missing.
pub async fn load_with(lang: Lang, sections: &'static [Section]) -> Result<Rc<Messages>, LoadFailed> {
    // Every section's fetch starts at once (a chunk is fetched once however
    // often it is asked for), then they are taken in order.
    for s in sections.iter().filter(|s| **s != Section::Base) {
        let s = *s;
        wasm_bindgen_futures::spawn_local(async move {
            let _ = section(lang, s).await;
        });
    }
    let mut messages = (*load(lang).await?).clone();
    for s in sections.iter().filter(|s| **s != Section::Base) {
        messages = messages.with(section(lang, *s).await?);
    }
    Ok(Rc::new(messages))
}

#[hook]
pub fn use_i18n() -> Rc<Messages> {
    use_context::<I18n>()
        .map(|c| c.0)
        .expect("components render inside a Layout, which provides messages")
}
