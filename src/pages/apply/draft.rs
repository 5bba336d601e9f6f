//! What a person has entered in a form, kept as they go: in this page's
//! memory and in the browser's local storage (one record per service), so a
//! reload, a closed tab or a lost connection loses nothing. A record of an
//! older schema, a corrupted one or one from another service is discarded
//! (the page says so), never read half-way. Cleared once the application is
//! sent; what was sent (the reference) stays for this tab only.

use crate::api::json;
use crate::components::citizenship::Citizenship;
use qapi_core::api::{Application, FieldError};
use qapi_core::date_entry::DateParts;
use qapi_core::forms::FeeDue;
use qapi_core::list_map::ListMap;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// Bumped whenever `Draft` changes shape: older records are then discarded.
const VERSION: u32 = 3;

/// Days after which a draft left alone is forgotten.
pub const KEEP_DAYS: u16 = 30;

/// One field's entry as typed, which may not be valid yet. Stored as a
/// list of texts, its kind first (`["date", day, month, year]`): serde's
/// derive for an enum of structs costs about 5 KB of wasm, and reading a
/// draft is on a form's first page.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Text { value: String },
    Many { values: Vec<String> },
    Date { day: String, month: String, year: String },
    Country { code: Option<String>, text: String },
    File { id: String, name: String, size: u64 },
}

impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let size;
        let parts: Vec<&str> = match self {
            Entry::Text { value } => vec!["text", value],
            Entry::Many { values } => std::iter::once("many")
                .chain(values.iter().map(String::as_str))
                .collect(),
            Entry::Date { day, month, year } => vec!["date", day, month, year],
            Entry::Country { code, text } => std::iter::once("country")
                .chain([text.as_str()])
                .chain(code.as_deref())
                .collect(),
            Entry::File { id, name, size: bytes } => {
                size = bytes.to_string();
                vec!["file", id, name, &size]
            }
        };
        serializer.collect_seq(parts)
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut parts = Vec::<String>::deserialize(deserializer)?.into_iter();
        let kind = parts.next().unwrap_or_default();
        let rest: Vec<String> = parts.collect();
        Ok(match (kind.as_str(), &rest[..]) {
            ("text", [value]) => Entry::Text { value: value.clone() },
            ("many", _) => Entry::Many { values: rest },
            ("date", [day, month, year]) => Entry::Date {
                day: day.clone(),
                month: month.clone(),
                year: year.clone(),
            },
            ("country", [text]) => Entry::Country {
                code: None,
                text: text.clone(),
            },
            ("country", [text, code]) => Entry::Country {
                code: Some(code.clone()),
                text: text.clone(),
            },
            ("file", [id, name, size]) => Entry::File {
                id: id.clone(),
                name: name.clone(),
                size: size.parse().map_err(|_| serde::de::Error::custom("a file's size"))?,
            },
            _ => return Err(serde::de::Error::custom("an entry")),
        })
    }
}

impl Entry {
    pub fn date(parts: &DateParts) -> Entry {
        Entry::Date {
            day: parts.day.clone(),
            month: parts.month.clone(),
            year: parts.year.clone(),
        }
    }

    pub fn date_parts(&self) -> DateParts {
        match self {
            Entry::Date { day, month, year } => DateParts {
                day: day.clone(),
                month: month.clone(),
                year: year.clone(),
            },
            _ => DateParts::default(),
        }
    }

    pub fn citizenship(&self) -> Citizenship {
        match self {
            Entry::Country { code, text } => Citizenship {
                code: code.clone(),
                text: text.clone(),
            },
            _ => Citizenship::default(),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Entry::Text { value } => value,
            _ => "",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    pub service: String,
    /// Milliseconds since 1970, when last changed.
    pub saved_at: f64,
    pub entries: ListMap<Entry>,
    /// The Idempotency-Key of the submission, once one was attempted, so a
    /// retry after a timeout or a reload cannot create a second application.
    pub key: Option<String>,
    /// Refusals of the backend not yet corrected, shown on their fields.
    pub refused: Vec<FieldError>,
    /// The person came from "Check your answers" to change an answer.
    pub changing: bool,
}

/// What became of the last submission, for the confirmation page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    pub application: Application,
    /// The state duty the answers come to, for the receipt.
    pub fee: FeeDue,
}

/// How the draft was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Nothing,
    Restored,
    /// There was one, but it could not be read: it is gone.
    Discarded,
    /// There was one, left alone longer than `KEEP_DAYS`: it is gone.
    Expired,
}

thread_local! {
    static DRAFTS: RefCell<ListMap<Draft>> = const { RefCell::new(ListMap::new()) };
    static SENT: RefCell<ListMap<Sent>> = const { RefCell::new(ListMap::new()) };
}

fn draft_key(service: &str) -> String {
    format!("qapi-draft-{service}")
}

fn sent_key(service: &str) -> String {
    format!("qapi-sent-{service}")
}

/// None on a kiosk or in a host page (`dom::storage`): drafts and what was
/// sent then live in memory only (on a kiosk, the idle wipe ends them with
/// the page).
fn local() -> Option<web_sys::Storage> {
    crate::dom::storage(false)
}

fn session() -> Option<web_sys::Storage> {
    crate::dom::storage(true)
}

/// The service's draft: the one in memory, else the stored one.
pub fn load(service: &str) -> (Draft, Found) {
    // Already read in this visit: nothing to announce.
    if let Some(d) = DRAFTS.with_borrow(|all| all.get(service).cloned()) {
        return (d, Found::Nothing);
    }
    let fresh = Draft {
        version: VERSION,
        service: service.to_owned(),
        ..Draft::default()
    };
    let Some(text) = local().and_then(|s| s.get_item(&draft_key(service)).ok().flatten()) else {
        return (fresh, Found::Nothing);
    };
    let age = |d: &Draft| js_sys::Date::now() - d.saved_at;
    let found = match json::from_str::<Draft>(&text).filter(|d| d.version == VERSION && d.service == service) {
        Some(d) if age(&d) > f64::from(KEEP_DAYS) * 86_400_000.0 => {
            forget(service);
            (fresh, Found::Expired)
        }
        Some(d) if d.entries.is_empty() => (fresh, Found::Nothing),
        Some(d) => (d, Found::Restored),
        None => {
            forget(service);
            (fresh, Found::Discarded)
        }
    };
    DRAFTS.with_borrow_mut(|all| all.insert(service.to_owned(), found.0.clone()));
    found
}

/// Keeps `draft` in memory and, where the browser allows, in local storage
/// (at once: a reload a moment after typing must find it).
pub fn save(draft: &Draft) {
    let mut draft = draft.clone();
    draft.saved_at = js_sys::Date::now();
    if let (Some(storage), Some(text)) = (local(), json::to_string(&draft)) {
        // Storage may be full or refused; the draft still lives in memory.
        let _ = storage.set_item(&draft_key(&draft.service), &text);
    }
    DRAFTS.with_borrow_mut(|all| all.insert(draft.service.clone(), draft));
}

/// Forgets the service's draft everywhere.
pub fn forget(service: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(&draft_key(service));
    }
    DRAFTS.with_borrow_mut(|all| all.remove(service));
}

/// After a submission: the draft is forgotten and what was sent kept for
/// this tab's confirmation page.
pub fn sent(service: &str, sent: &Sent) {
    forget(service);
    SENT.with_borrow_mut(|all| all.insert(service.to_owned(), sent.clone()));
    if let (Some(storage), Some(text)) = (session(), json::to_string(sent)) {
        let _ = storage.set_item(&sent_key(service), &text);
    }
}

/// What was sent last: in this page's memory, else (after a reload) in
/// this tab's session storage.
pub fn last_sent(service: &str) -> Option<Sent> {
    if let Some(sent) = SENT.with_borrow(|all| all.get(service).cloned()) {
        return Some(sent);
    }
    let text = session()?.get_item(&sent_key(service)).ok()??;
    json::from_str(&text)
}

#[cfg(test)]
mod tests {
    use super::Entry;
    use crate::api::json;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn an_entry_is_stored_as_texts_and_read_back() {
        let s = |t: &str| t.to_owned();
        let entries = [
            (Entry::Text { value: s("Anna") }, r#"["text","Anna"]"#),
            (Entry::Many { values: vec![] }, r#"["many"]"#),
            (
                Entry::Many {
                    values: vec![s("a"), s("b")],
                },
                r#"["many","a","b"]"#,
            ),
            (
                Entry::Date {
                    day: s("1"),
                    month: s(""),
                    year: s("1990"),
                },
                r#"["date","1","","1990"]"#,
            ),
            (
                Entry::Country {
                    code: None,
                    text: s("Rus"),
                },
                r#"["country","Rus"]"#,
            ),
            (
                Entry::Country {
                    code: Some(s("RUS")),
                    text: s("Russia"),
                },
                r#"["country","Russia","RUS"]"#,
            ),
            (
                Entry::File {
                    id: s("f1"),
                    name: s("a.pdf"),
                    size: 2048,
                },
                r#"["file","f1","a.pdf","2048"]"#,
            ),
        ];
        for (entry, text) in entries {
            assert_eq!(json::to_string(&entry).as_deref(), Some(text));
            assert_eq!(json::from_str::<Entry>(text), Some(entry));
        }
        for bad in [
            r#"[]"#,
            r#"["text"]"#,
            r#"["date","1","2"]"#,
            r#"["file","f","n","big"]"#,
            r#"["oops","x"]"#,
            r#"{"text":"x"}"#,
        ] {
            assert_eq!(json::from_str::<Entry>(bad), None, "{bad}");
        }
    }
}
