//! A feature's own messages (`qapi_core::i18n::Section`): fetched in the
//! page's language when the feature first shows and again when the language
//! changes, then provided to the feature in place of the base messages.
//! With `Forms` come the country names of the citizenship picker, in the same
//! language. Used only inside lazily loaded features (`lazy_feature!(…,
//! sections = …)`), so this code, and the loaders of every section, stay out
//! of the main module.

use crate::components::citizenship::load_names;
use crate::i18n::{load_with, use_i18n, I18n};
use crate::lazy::LoadFailed;
use qapi_core::i18n::{Messages, Section};
use qapi_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// The sections' messages in `lang`, and its country names with `Forms`.
async fn load(lang: Lang, sections: &'static [Section]) -> Result<Rc<Messages>, LoadFailed> {
    let names = sections.contains(&Section::Forms);
    if names {
        // Fetched beside the messages rather than after them.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = load_names(lang).await;
        });
    }
    let messages = load_with(lang, sections).await?;
    if names {
        load_names(lang).await?;
    }
    Ok(messages)
}

#[derive(Properties, PartialEq)]
pub struct WithSectionsProps {
    pub sections: &'static [Section],
    pub children: Html,
}

#[component]
pub fn WithSections(props: &WithSectionsProps) -> Html {
    let base = use_i18n();
    let words = use_state(|| None::<Rc<Messages>>);
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    let slow = crate::lazy::use_slow();
    {
        let (words, failed, sections) = (words.clone(), failed.clone(), props.sections);
        use_effect_with((base.lang(), *attempt), move |(lang, _)| {
            let lang = *lang;
            wasm_bindgen_futures::spawn_local(async move {
                match load(lang, sections).await {
                    Ok(loaded) => {
                        failed.set(false);
                        words.set(Some(loaded));
                    }
                    // After a language switch, the feature and what was typed
                    // stay in the last language; at first, say so and offer a retry.
                    Err(_) if words.is_some() => {}
                    Err(_) => failed.set(true),
                }
            });
        });
    }
    match (&*words, *failed) {
        (Some(loaded), _) => html! {
            <ContextProvider<I18n> context={I18n(loaded.clone())}>{ props.children.clone() }</ContextProvider<I18n>>
        },
        (None, true) => {
            let (attempt, failed) = (attempt.clone(), failed.clone());
            crate::lazy::failed_page(
                &base,
                Callback::from(move |_| {
                    failed.set(false);
                    attempt.set(*attempt + 1);
                }),
            )
        }
        (None, false) => crate::lazy::loading_note(&base, slow),
    }
}
