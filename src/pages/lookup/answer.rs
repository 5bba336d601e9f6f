//! A lookup's answer: read from the service's JSON and shown. Only an answer
//! needs this code and the types' deserialisers, so they are a chunk of their
//! own, fetched while the person fills in the questions; the first page of a
//! lookup opened cold does not wait for them.

use crate::api::json;
use crate::components::form::{iso_long_date, long_date};
use qapi_core::api::*;
use qapi_core::date::baku_date_time;
use qapi_core::i18n::{Arg, Messages};
use std::rc::Rc;
use yew::prelude::*;

/// The answer, as the lookup returned it.
pub enum Answer {
    Applications(ApplicationStatusAnswer),
    Registration(RegistrationStatusAnswer),
    TravelBan(TravelBanAnswer),
    Fees(FeePaymentsAnswer),
}

pub type View = fn(&Rc<Messages>, &Answer) -> Html;

/// What the chunk brings: reading an answer, and showing one.
pub struct Chunk {
    /// The answer in the service's JSON, if it is what the contract promises.
    pub read: fn(Lookup, &str) -> Option<Answer>,
    pub view: View,
}

crate::lazy_feature!(@value answer_chunk, load, preload, Chunk, Chunk { read, view });

fn read(lookup: Lookup, text: &str) -> Option<Answer> {
    Some(match lookup {
        Lookup::ApplicationStatus => Answer::Applications(json::from_str(text)?),
        Lookup::RegistrationStatus => Answer::Registration(json::from_str(text)?),
        Lookup::TravelBan => Answer::TravelBan(json::from_str(text)?),
        Lookup::FeePayments => Answer::Fees(json::from_str(text)?),
    })
}

/// When something happened, in Baku time.
fn moment(msgs: &Messages, timestamp: &str) -> Html {
    match baku_date_time(timestamp) {
        Some((date, time)) => html! {
            <time datetime={timestamp.to_owned()}>
                { msgs.format("date-time", &[("date", Arg::from(long_date(msgs, date))), ("time", Arg::from(time))]) }
            </time>
        },
        None => html! { { timestamp.to_owned() } },
    }
}

fn heading(text: String) -> Html {
    html! { <h2 id="qp-lookup-answer" tabindex="-1">{ text }</h2> }
}

fn nothing_found(msgs: &Messages, title: String) -> Html {
    html! {
        <>
            { heading(title) }
            <p>{ msgs.text("lookup-nothing-found-advice") }</p>
        </>
    }
}

fn view(msgs: &Rc<Messages>, answer: &Answer) -> Html {
    match answer {
        Answer::Applications(a) if a.applications.is_empty() => {
            nothing_found(msgs, msgs.text("lookup-applications-none"))
        }
        Answer::Applications(a) => html! {
            <>
                { heading(msgs.text("lookup-applications-found")) }
                <ul class="qp-answer__list">{ for a.applications.iter().map(|t| application_view(msgs, t)) }</ul>
            </>
        },
        Answer::Registration(r) => match (&r.status, &r.valid_until) {
            (RegistrationState::Registered, Some(until)) => html! {
                <>
                    { heading(msgs.text("lookup-registration-registered")) }
                    <p class="qp-answer__fact">
                        { msgs.format("lookup-registration-until", &[("date", Arg::from(iso_long_date(msgs, until)))]) }
                    </p>
                    <p>{ msgs.text("lookup-registration-renew") }</p>
                </>
            },
            _ => html! {
                <>
                    { heading(msgs.text("lookup-registration-none")) }
                    <p>{ msgs.text("lookup-registration-none-advice") }</p>
                    <p>{ msgs.text("lookup-nothing-found-advice") }</p>
                </>
            },
        },
        Answer::TravelBan(t) => match t.status {
            TravelBanState::NoBan => html! {
                <>
                    { heading(msgs.text("lookup-travel-ban-none")) }
                    <p>{ msgs.text("lookup-travel-ban-none-note") }</p>
                </>
            },
            TravelBanState::Ban => html! {
                <>
                    { heading(msgs.text("lookup-travel-ban-found")) }
                    <p>{ msgs.text("lookup-travel-ban-found-advice") }</p>
                </>
            },
        },
        Answer::Fees(f) if f.payments.is_empty() => nothing_found(msgs, msgs.text("lookup-fees-none")),
        Answer::Fees(f) => html! {
            <>
                { heading(msgs.text("lookup-fees-found")) }
                <ul class="qp-answer__list">{ for f.payments.iter().map(|p| payment_view(msgs, p)) }</ul>
                <h3>{ msgs.text("lookup-fees-how-to-pay") }</h3>
                <ul>
                    <li>{ msgs.text("lookup-pay-card") }</li>
                    <li>{ msgs.text("lookup-pay-terminal") }</li>
                    <li>{ msgs.text("lookup-pay-asan") }</li>
                    <li>{ msgs.text("lookup-pay-portal") }</li>
                </ul>
            </>
        },
    }
}

/// The service's name; an id the catalog does not know (a newer backend) as it is.
fn service_title(msgs: &Messages, id: &str) -> String {
    qapi_core::catalog::catalog()
        .service(id)
        .map_or_else(|| id.to_owned(), |s| msgs.text(&s.message_id()))
}

fn application_view(msgs: &Messages, t: &TrackedApplication) -> Html {
    let a = &t.application;
    let status = a.status.message_id();
    html! {
        <li class="qp-answer__item">
            <h3>{ service_title(msgs, &a.service) }</h3>
            <dl class="qp-facts">
                <div><dt>{ msgs.text("lookup-reference") }</dt><dd>{ a.reference.clone() }</dd></div>
                <div><dt>{ msgs.text("lookup-status") }</dt><dd><strong>{ msgs.text(status) }</strong></dd></div>
                <div><dt>{ msgs.text("lookup-submitted") }</dt><dd>{ moment(msgs, &a.submitted_at) }</dd></div>
                if let Some(number) = &t.document_number {
                    <div><dt>{ msgs.text("lookup-document-number") }</dt><dd>{ number.clone() }</dd></div>
                }
                if let Some(number) = &t.payment_number {
                    <div><dt>{ msgs.text("lookup-payment-number") }</dt><dd>{ number.clone() }</dd></div>
                }
            </dl>
            <p>{ msgs.attr(status, "next") }</p>
            <h4>{ msgs.text("lookup-history") }</h4>
            <ol class="qp-timeline">
                { for t.history.iter().map(|h| html! {
                    <li class="qp-timeline__item">
                        <span class="qp-timeline__stage">{ msgs.text(h.status.message_id()) }</span>
                        { " " }{ moment(msgs, &h.at) }
                    </li>
                }) }
            </ol>
        </li>
    }
}

fn payment_view(msgs: &Messages, p: &FeePayment) -> Html {
    let amount = p
        .amount
        .parse()
        .map_or_else(|_| p.amount.clone(), |azn| qapi_core::money::format(msgs.lang(), azn));
    let status = match p.status {
        PaymentState::Paid => msgs.text("lookup-payment-paid"),
        PaymentState::Unpaid => msgs.text("lookup-payment-unpaid"),
    };
    html! {
        <li class="qp-answer__item">
            <h3>{ service_title(msgs, &p.service) }</h3>
            <dl class="qp-facts">
                <div><dt>{ msgs.text("lookup-amount") }</dt><dd><strong>{ amount }</strong></dd></div>
                <div><dt>{ msgs.text("lookup-status") }</dt><dd>{ status }</dd></div>
                <div><dt>{ msgs.text("lookup-payment-number") }</dt><dd>{ p.payment_number.clone() }</dd></div>
                <div><dt>{ msgs.text("lookup-due-date") }</dt><dd>{ iso_long_date(msgs, &p.due_date) }</dd></div>
            </dl>
        </li>
    }
}
