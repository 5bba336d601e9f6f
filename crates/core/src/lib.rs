//! Qapı's pure core: the service catalog, the translated messages and the
//! search folding. No I/O and no web dependencies, so the browser app, the
//! reference backend and the tests all read the same rules and data.

#[macro_use]
mod keyed;

pub mod api;
pub mod attachment;
pub mod booking;
pub mod calc;
pub mod catalog;
pub mod countries;
pub mod date;
pub mod date_entry;
pub mod finder;
pub mod forms;
pub mod i18n;
pub mod kiosk;
pub mod lang;
pub mod list_map;
pub mod money;
pub mod pages;
pub mod qr;
pub mod queue;
pub mod retry;
pub mod search;
pub mod start_page;
pub mod validate;

pub use lang::Lang;
