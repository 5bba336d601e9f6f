//! The current language's messages, shared with every component by context.
//! Each language's messages are a chunk of their own in the release build:
//! a page downloads only the language it is read in, and another language
//! when the reader switches to it.

use crate::lazy::LoadFailed;
use qapi_core::i18n::table::Entry;
use qapi_core::i18n::Messages;
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
    let table = match lang {
        Lang::Az => messages_az::table().await?,
        Lang::En => messages_en::table().await?,
        Lang::Ru => messages_ru::table().await?,
    };
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
        }
    };
}
messages_chunk!(messages_az, az);
messages_chunk!(messages_en, en);
messages_chunk!(messages_ru, ru);

#[hook]
pub fn use_i18n() -> Rc<Messages> {
    use_context::<I18n>()
        .map(|c| c.0)
        .expect("components render inside a Layout, which provides messages")
}
