//! The online queue: booking a visit to an office
//! (`/{lang}/services/online-queue/start`) and cancelling one
//! (`/{lang}/services/online-queue/cancel`). One lazily loaded chunk, and
//! one for the slip's QR code.
//!
//! Privacy: the person's name and passport details live only in the booking
//! form's state, travel only in the `POST` body, and are dropped once the
//! visit is booked. Nothing is stored in the browser, in history state or in
//! a URL, except the cancel link's fragment: the person's own secret link,
//! which a browser never sends to a server.

mod book;
mod cancel;
mod slip;

pub use slip::preload as preload_slip;

pub(crate) use crate::components::form::{today, weekday_date};
use qapi_core::api::{Localised, Office};
use qapi_core::i18n::Messages;
use qapi_core::Lang;
use yew::prelude::*;

// Booking and cancelling are chunks of their own: the start page carries
// no cancelling, which only the personal link or a typed reference opens.
crate::lazy_feature!(
    queue_chunk,
    load,
    preload,
    (),
    book::BookingPage,
    sections = qapi_core::start_page::StartPage::Queue.sections()
);
crate::lazy_feature!(
    queue_cancel_chunk,
    load_cancel,
    preload_cancel,
    (),
    cancel::CancelPage,
    sections = qapi_core::start_page::StartPage::Queue.sections()
);

/// The backend's text in the page's language.
fn localised(lang: Lang, text: &Localised) -> String {
    match lang {
        Lang::Az => text.az.clone(),
        Lang::En => text.en.clone(),
        Lang::Ru => text.ru.clone(),
    }
}

fn office_name(lang: Lang, office: &Office) -> String {
    localised(lang, &office.name)
}

/// One problem for the error summary: the element its link focuses and
/// the message, which is also shown beside the field.
#[derive(Clone, PartialEq)]
struct Problem {
    anchor: String,
    message: String,
}

/// A field's inline error, read out with the field (`aria-describedby`).
fn inline_error(msgs: &Messages, id: String, message: &Option<String>) -> Html {
    match message {
        Some(text) => html! {
            <p {id} class="qp-error-message">
                <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ text.clone() }
            </p>
        },
        None => Html::default(),
    }
}

/// The error summary of the queue's problems.
fn error_summary(msgs: &Messages, problems: &[Problem]) -> Html {
    let items = problems.iter().map(|p| (p.anchor.clone(), p.message.clone()));
    crate::components::form::error_summary(msgs, items.collect())
}
