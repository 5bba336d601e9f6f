//! Runtime configuration, read from `config.json` beside `index.html`, so one
//! built bundle can talk to any compliant backend. Missing or unreadable
//! configuration means the defaults: the API on this origin.

use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct Config {
    /// Where the API lives: `/api/v1` on this origin, or a full URL.
    pub api_base_url: String,
    /// How long one attempt may take before it is abandoned.
    pub request_timeout_ms: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            api_base_url: "/api/v1".into(),
            request_timeout_ms: 15_000,
        }
    }
}

thread_local! {
    static LOADED: RefCell<Option<Rc<Config>>> = const { RefCell::new(None) };
}

/// The configuration, fetched once per page load. A failed fetch falls back
/// to the defaults for this call only, so the next call tries again.
pub async fn get() -> Rc<Config> {
    if let Some(c) = LOADED.with_borrow(Clone::clone) {
        return c;
    }
    match load().await {
        Some(config) => LOADED.with_borrow_mut(|slot| slot.get_or_insert(Rc::new(config)).clone()),
        None => Rc::new(Config::default()),
    }
}

async fn load() -> Option<Config> {
    let answer = super::http::fetch("GET", "/config.json", None, None, 5_000)
        .await
        .ok()?;
    (answer.status == 200).then_some(())?;
    let mut config: Config = super::json::from_str(&answer.body)?;
    // A timeout that cannot be right (0, or beyond what a timer holds) is ignored.
    if !(500..=120_000).contains(&config.request_timeout_ms) {
        config.request_timeout_ms = Config::default().request_timeout_ms;
    }
    Some(config)
}
