//! The citizenship picker: a text box that lists matching countries as the
//! person types (the ARIA 1.2 combobox with a list popup), so "Turkiye",
//! "Rusiya" or «Россия» find their country in any interface language. Names
//! come from CLDR in az, en and ru (`qapi_core::countries`), plus the three
//! statuses for people without a nationality. Arrow keys move through the
//! list, Enter or a tap chooses, Escape closes it; the number of matches is
//! announced to screen readers.
//!
//! Each language's names are a chunk of their own in the release build: a
//! page fetches its language's with the `Forms` messages (`WithSections`),
//! and the other languages' when the box is first focused, so the names of
//! every language are searched once they have arrived.

use crate::i18n::use_i18n;
use crate::lazy::LoadFailed;
use qapi_core::countries::{self, names, Name};
use qapi_core::Lang;
use std::cell::RefCell;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One language's names as a chunk of their own, holding only their text
/// (wasm-split puts data where it is referenced, and each text is
/// referenced only here); the picker's chunk parses it.
macro_rules! names_chunk {
    ($chunk:ident, $text:ident) => {
        mod $chunk {
            use super::*;
            #[cfg(feature = "split")]
            #[wasm_split_helpers::wasm_split($chunk, fallible)]
            pub fn text() -> Result<&'static str, LoadFailed> {
                Ok(names::text::$text())
            }
            #[cfg(not(feature = "split"))]
            pub async fn text() -> Result<&'static str, LoadFailed> {
                Ok(names::text::$text())
            }
        }
    };
}
names_chunk!(countries_az, az);
names_chunk!(countries_en, en);
names_chunk!(countries_ru, ru);

thread_local! {
    static LOADED: RefCell<Vec<(Lang, &'static [Name<'static>])>> = const { RefCell::new(Vec::new()) };
}

/// A language's names, when they have been loaded in this page.
fn loaded(lang: Lang) -> Option<&'static [Name<'static>]> {
    LOADED.with_borrow(|all| all.iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Fetches a language's names the first time they are asked for.
pub async fn load_names(lang: Lang) -> Result<(), LoadFailed> {
    if loaded(lang).is_some() {
        return Ok(());
    }
    let text = match lang {
        Lang::Az => countries_az::text().await?,
        Lang::En => countries_en::text().await?,
        Lang::Ru => countries_ru::text().await?,
    };
    LOADED.with_borrow_mut(|all| {
        if !all.iter().any(|(l, _)| *l == lang) {
            // Once per language, for the life of the page.
            all.push((lang, names::parse(text).leak()));
        }
    });
    Ok(())
}

/// The other languages' names at hand, for search.
fn others(lang: Lang) -> Vec<&'static [Name<'static>]> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != lang)
        .filter_map(loaded)
        .collect()
}

/// What the picker holds: the chosen code, and the text in the box (a
/// person may have typed something that is no country yet).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citizenship {
    pub code: Option<String>,
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct CitizenshipPickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: AttrValue,
    pub value: Citizenship,
    pub onchange: Callback<Citizenship>,
    #[prop_or_default]
    pub error: Option<String>,
}

/// Matches shown at once: enough to find one's country, short enough to scan.
const SHOWN: usize = 8;

/// The statuses' labels, in the interface language.
fn status_labels(msgs: &qapi_core::i18n::Messages) -> Vec<(&'static str, String)> {
    countries::NON_NATIONAL
        .iter()
        .filter_map(|code| Some((*code, msgs.text(&countries::status_message_id(code)?))))
        .collect()
}

/// The interface language's names, statuses included. They are loaded with
/// the `Forms` messages this picker's page shows.
fn with_statuses<'a>(lang: Lang, statuses: &'a [(&'static str, String)]) -> Vec<Name<'a>> {
    let mut all: Vec<Name<'a>> = loaded(lang).unwrap_or_default().to_vec();
    all.extend(statuses.iter().map(|(code, label)| Name {
        code,
        label: label.as_str(),
        aliases: &[],
    }));
    all
}

/// The label of `code` in `lang`, statuses included.
pub fn label_of(msgs: &qapi_core::i18n::Messages, code: &str) -> Option<String> {
    let statuses = status_labels(msgs);
    with_statuses(msgs.lang(), &statuses)
        .iter()
        .find(|n| n.code == code)
        .map(|n| n.label.to_owned())
}

/// The code whose name (in any language loaded, aliases included) is exactly
/// `text`, folded as search folds: what was typed without choosing from the list.
pub fn resolve(msgs: &qapi_core::i18n::Messages, text: &str) -> Option<String> {
    let statuses = status_labels(msgs);
    let own = with_statuses(msgs.lang(), &statuses);
    let others = others(msgs.lang());
    let folded = qapi_core::search::fold(text.trim());
    let exact = |n: &Name| {
        std::iter::once(&n.label)
            .chain(n.aliases)
            .any(|t| qapi_core::search::fold(t) == folded)
    };
    countries::search(msgs.lang(), text, &own, &others)
        .into_iter()
        .find(|n| {
            exact(n)
                || others
                    .iter()
                    .any(|table| table.iter().any(|o| o.code == n.code && exact(o)))
        })
        .map(|n| n.code.to_owned())
}

#[component]
pub fn CitizenshipPicker(props: &CitizenshipPickerProps) -> Html {
    let msgs = use_i18n();
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let rerender = use_force_update();
    let lang = msgs.lang();
    let statuses = status_labels(&msgs);
    let own = with_statuses(lang, &statuses);
    let others = others(lang);
    let matches: Vec<(String, String)> = countries::search(lang, &props.value.text, &own, &others)
        .into_iter()
        .take(SHOWN)
        .map(|n| (n.code.to_owned(), n.label.to_owned()))
        .collect();

    // The chosen country's name follows the interface language.
    {
        let (value, onchange) = (props.value.clone(), props.onchange.clone());
        let label = value.code.as_deref().and_then(|c| label_of(&msgs, c));
        use_effect_with(lang, move |_| {
            if let Some(label) = label.filter(|l| *l != value.text) {
                onchange.emit(Citizenship {
                    code: value.code,
                    text: label,
                });
            }
        });
    }

    let choose = {
        let (onchange, open, active) = (props.onchange.clone(), open.clone(), active.clone());
        Callback::from(move |(code, label): (String, String)| {
            onchange.emit(Citizenship {
                code: Some(code),
                text: label,
            });
            open.set(false);
            active.set(None);
        })
    };
    // The other languages' names, for "Rusiya" on the English page: fetched
    // once the person is about to type; the list is redrawn when they arrive.
    let onfocus = {
        let rerender = rerender.clone();
        Callback::from(move |_: FocusEvent| {
            for other in Lang::ALL.into_iter().filter(|l| loaded(*l).is_none()) {
                let rerender = rerender.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if load_names(other).await.is_ok() {
                        rerender.force_update();
                    }
                });
            }
        })
    };
    let oninput = {
        let (onchange, open, active) = (props.onchange.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            onchange.emit(Citizenship { code: None, text });
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let (open, active, matches, choose) = (open.clone(), active.clone(), matches.clone(), choose.clone());
        Callback::from(move |e: KeyboardEvent| {
            let last = matches.len().checked_sub(1);
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    open.set(true);
                    active.set(last.map(|last| active.map_or(0, |i| (i + 1).min(last))));
                }
                "ArrowUp" => {
                    e.prevent_default();
                    active.set(active.and_then(|i| i.checked_sub(1)));
                }
                "Enter" if *open && active.is_some() => {
                    e.prevent_default();
                    if let Some(m) = active.and_then(|i| matches.get(i)) {
                        choose.emit(m.clone());
                    }
                }
                "Escape" => {
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    // Leaving the box: text that names one country exactly chooses it.
    let onblur = {
        let (value, matches, choose, open) = (props.value.clone(), matches.clone(), choose.clone(), open.clone());
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            if value.code.is_none() {
                let folded = qapi_core::search::fold(value.text.trim());
                if let Some(m) = matches
                    .iter()
                    .find(|(_, label)| qapi_core::search::fold(label) == folded)
                {
                    choose.emit(m.clone());
                }
            }
        })
    };

    let id = &props.id;
    let listbox_id = format!("{id}-listbox");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let describedby = match &props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let expanded = *open && !matches.is_empty() && !props.value.text.trim().is_empty();
    let option_id = |i: usize| format!("{id}-option-{i}");
    let options = matches.iter().enumerate().map(|(i, (code, label))| {
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default()); // keep focus in the box
        let onclick = {
            let (choose, pick) = (choose.clone(), (code.clone(), label.clone()));
            Callback::from(move |_: MouseEvent| choose.emit(pick.clone()))
        };
        let selected = *active == Some(i);
        html! {
            <li id={option_id(i)} role="option" class={classes!("qp-combobox__option", selected.then_some("qp-combobox__option--active"))}
                aria-selected={if selected { "true" } else { "false" }} {onmousedown} {onclick}>
                { label.clone() }
            </li>
        }
    });
    let count = if props.value.text.trim().is_empty() || props.value.code.is_some() {
        String::new()
    } else {
        let count = [("count", qapi_core::i18n::count(matches.len()))];
        msgs.format("citizenship-matches", &count)
    };

    html! {
        <div class={classes!("qp-field", props.error.is_some().then_some("qp-field--error"))}>
            <label class="qp-label" for={id.clone()}>{ props.label.clone() }</label>
            <p id={hint_id} class="qp-hint">{ props.hint.clone() }</p>
            if let Some(message) = &props.error {
                <p id={error_id} class="qp-error-message">
                    <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message.clone() }
                </p>
            }
            <div class="qp-combobox">
                <input id={id.clone()} class={classes!("qp-input", props.error.is_some().then_some("qp-input--error"))}
                    type="text" role="combobox" autocomplete="off" spellcheck="false"
                    aria-autocomplete="list" aria-controls={listbox_id.clone()}
                    aria-expanded={if expanded { "true" } else { "false" }}
                    aria-activedescendant={active.filter(|_| expanded).map(option_id)}
                    aria-describedby={describedby} aria-invalid={props.error.is_some().then_some("true")}
                    value={props.value.text.clone()} {onfocus} {oninput} {onkeydown} {onblur} />
                <ul id={listbox_id} role="listbox" class="qp-combobox__list" aria-label={props.label.clone()} hidden={!expanded}>
                    { for options }
                </ul>
            </div>
            <p class="qp-visually-hidden" role="status">{ count }</p>
        </div>
    }
}
