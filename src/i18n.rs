//! The current language's messages, shared with every component by context.

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

/// A language's messages, parsed on first use and kept for the session.
pub fn messages(lang: Lang) -> Rc<Messages> {
    thread_local! {
        static CACHE: RefCell<Vec<Rc<Messages>>> = const { RefCell::new(Vec::new()) };
    }
    CACHE.with_borrow_mut(|cache| {
        if let Some(m) = cache.iter().find(|m| m.lang() == lang) {
            return m.clone();
        }
        let m = Rc::new(Messages::new(lang));
        cache.push(m.clone());
        m
    })
}

#[hook]
pub fn use_i18n() -> Rc<Messages> {
    use_context::<I18n>().map_or_else(|| messages(Lang::default()), |c| c.0)
}
