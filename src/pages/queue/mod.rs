//! The online queue: booking a visit to an office
//! (`/{lang}/services/online-queue/start`) and cancelling one
//! (`/{lang}/services/online-queue/cancel`). One lazily loaded chunk.
//!
//! Privacy: the person's name and passport details live only in the booking
//! form's state, travel only in the `POST` body, and are dropped once the
//! visit is booked. Nothing is stored in the browser, in history state or in
//! a URL, except the cancel link's fragment: the person's own secret link,
//! which a browser never sends to a server.

mod book;
mod cancel;
mod slip;

use crate::dom;
use qapi_core::api::{Localised, Office};
use qapi_core::date::{baku_today, month_message_id, weekday_message_id, CivilDate};
use qapi_core::i18n::{Arg, Messages};
use qapi_core::Lang;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum QueueView {
    Book,
    Cancel,
}

#[derive(Properties, PartialEq, Clone)]
pub struct QueueProps {
    pub view: QueueView,
}

crate::lazy_feature!(
    queue_chunk,
    load,
    preload,
    QueueProps,
    QueuePage,
    sections = qapi_core::start_page::StartPage::Queue.sections()
);

#[component]
pub fn QueuePage(props: &QueueProps) -> Html {
    match props.view {
        QueueView::Book => html! { <book::BookingPage /> },
        QueueView::Cancel => html! { <cancel::CancelPage /> },
    }
}

/// Today in Baku, where the offices are.
fn today() -> CivilDate {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    baku_today(now).unwrap_or_else(|| CivilDate::new(2026, 1, 1).expect("a real date"))
}

/// A date with its day of the week: "Monday, 30 November 2026".
fn weekday_date(msgs: &Messages, date: CivilDate) -> String {
    let long = msgs.format(
        "date-long",
        &[
            ("day", Arg::from(date.day().to_string())),
            ("month", Arg::from(msgs.text(month_message_id(date.month())))),
            ("year", Arg::from(date.year().to_string())),
        ],
    );
    let weekday = Arg::from(msgs.text(weekday_message_id(date)));
    msgs.format("queue-date-weekday", &[("weekday", weekday), ("date", Arg::from(long))])
}

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

/// The GOV.UK error summary: it takes focus, and each link focuses its field.
fn error_summary(msgs: &Messages, problems: &[Problem]) -> Html {
    if problems.is_empty() {
        return Html::default();
    }
    let items = problems.iter().map(|p| {
        let target = p.anchor.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // Focus the input itself; following the hash would add a history entry.
            e.prevent_default();
            dom::focus_field(&target);
        });
        html! { <li><a href={format!("#{}", p.anchor)} {onclick}>{ p.message.clone() }</a></li> }
    });
    html! {
        <div id="qp-error-summary" class="qp-error-summary" tabindex="-1" aria-labelledby="qp-error-summary-title">
            <h2 id="qp-error-summary-title" class="qp-error-summary__title">{ msgs.text("error-summary-title") }</h2>
            <ul class="qp-error-summary__list">{ for items }</ul>
        </div>
    }
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
