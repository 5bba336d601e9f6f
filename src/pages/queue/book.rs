//! Booking a visit: one page in four numbered steps (the visit's service,
//! the office, the day and a free time, the person's details), then
//! "Confirm booking".
//!
//! One page rather than a page per question: the free times depend on both
//! the office and the day, so seeing them together lets a person change the
//! day without losing the rest; the browser's Back leaves the journey as it
//! would any page (question pages would need history entries, and history
//! state must not hold the person's details); and a slot taken meanwhile is
//! answered in place, with a fresh list beside the person's other answers.

use super::slip::{self, SlipProps};
use super::{error_summary, inline_error, localised, office_name, today, weekday_date, Problem};
use crate::api::{self, Failure};
use crate::components::citizenship::{resolve, Citizenship, CitizenshipPicker};
use crate::components::date_input::DateInput;
use crate::components::page_heading::PageHeading;
use crate::dom;
use crate::i18n::use_i18n;
use crate::lazy::{lazy_or, Feature};
use crate::route::Route;
use qapi_core::api::{Booking, NewBooking, Office, OfficesAnswer, SlotsAnswer};
use qapi_core::booking::{open_days, QUEUE_SERVICE};
use qapi_core::catalog::{catalog, Category};
use qapi_core::date_entry::{DateParts, EntryError, Part};
use qapi_core::i18n::{Arg, Messages};
use qapi_core::validate::Code;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// Something fetched for the page.
#[derive(Clone, PartialEq)]
enum Load<T> {
    Loading,
    Ready(T),
    Failed(Failure),
}

/// What the person chose and typed (the time apart, since a refusal clears it).
#[derive(Clone, Default, PartialEq)]
struct Answers {
    service: String,
    office: String,
    date: String,
    name: String,
    passport: String,
    birth: DateParts,
    citizenship: Citizenship,
}

/// The free times of one office on one day.
#[derive(Clone, PartialEq)]
struct Times {
    office: String,
    date: String,
    load: Load<Vec<String>>,
}

/// The booking made, with what the slip shows beside it.
#[derive(Clone, PartialEq)]
pub struct Booked {
    pub booking: Booking,
    pub service: String,
    pub office: Option<Office>,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Asking,
    Sending,
    Failed(Failure),
    Booked(Booked),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Service,
    Office,
    Date,
    Time,
    Name,
    Passport,
    Birth,
    Citizenship,
}

impl Field {
    /// In the order of the page.
    const ALL: [Field; 8] = [
        Field::Service,
        Field::Office,
        Field::Date,
        Field::Time,
        Field::Name,
        Field::Passport,
        Field::Birth,
        Field::Citizenship,
    ];

    fn of_api(field: &str) -> Option<Field> {
        Some(match field {
            "service" => Field::Service,
            "office" => Field::Office,
            "date" => Field::Date,
            "time" => Field::Time,
            "name" => Field::Name,
            "passport_number" => Field::Passport,
            "date_of_birth" => Field::Birth,
            "citizenship" => Field::Citizenship,
            _ => return None,
        })
    }
}

/// A problem with the field it belongs to, and for the date of birth the boxes to mark.
#[derive(Clone, PartialEq)]
struct FieldProblem {
    field: Field,
    problem: Problem,
    parts: Vec<Part>,
}

const SERVICE_ID: &str = "qp-queue-service";
const DATE_ID: &str = "qp-queue-date";
const NAME_ID: &str = "qp-queue-name";
const PASSPORT_ID: &str = "qp-queue-passport";
const BIRTH_ID: &str = "qp-queue-birth";
const CITIZENSHIP_ID: &str = "qp-queue-citizenship";

fn office_radio_id(index: usize) -> String {
    format!("qp-queue-office-{index}")
}

fn time_radio_id(index: usize) -> String {
    format!("qp-queue-time-{index}")
}

/// The element a field's summary link focuses: its control, or its first radio.
fn anchor(field: Field, parts: &[Part], has_times: bool) -> String {
    match field {
        Field::Service => SERVICE_ID.to_owned(),
        Field::Office => office_radio_id(0),
        Field::Date => DATE_ID.to_owned(),
        Field::Time if has_times => time_radio_id(0),
        Field::Time => DATE_ID.to_owned(),
        Field::Name => NAME_ID.to_owned(),
        Field::Passport => PASSPORT_ID.to_owned(),
        Field::Citizenship => CITIZENSHIP_ID.to_owned(),
        Field::Birth => {
            let part = match parts.first() {
                Some(Part::Month) => "month",
                Some(Part::Year) => "year",
                _ => "day",
            };
            format!("{BIRTH_ID}-{part}")
        }
    }
}

/// The message for a field's code: a plain request when it is missing, and
/// for the queue's own refusals, what happened and what to do.
fn message(msgs: &Messages, field: Field, code: Code) -> String {
    match (field, code) {
        (Field::Service, Code::Required | Code::ServiceUnknown) => msgs.text("queue-service-required"),
        (Field::Service, Code::BookingExists) => msgs.text("queue-booking-exists"),
        (Field::Office, Code::Required | Code::OfficeUnknown) => msgs.text("queue-office-required"),
        (Field::Date, Code::Required) => msgs.text("queue-date-required"),
        (Field::Time, Code::Required) => msgs.text("queue-time-required"),
        (Field::Time, Code::SlotUnavailable) => msgs.text("queue-slot-taken"),
        (Field::Name, Code::Required) => msgs.text("queue-name-required"),
        (Field::Passport, Code::Required) => msgs.text("person-passport-required"),
        (Field::Birth, Code::Required) => msgs.text("person-birth-required"),
        (Field::Citizenship, Code::Required) => msgs.text("person-citizenship-required"),
        _ => msgs.text(&code.message_id()),
    }
}

/// The backend's refusals as problems, in the order of the page (taken field
/// by field: a sort would bring its own code into the page's chunk).
fn problems_of(msgs: &Messages, errors: &[qapi_core::validate::FieldError], has_times: bool) -> Vec<FieldProblem> {
    Field::ALL
        .into_iter()
        .flat_map(|field| {
            errors
                .iter()
                .filter(move |e| Field::of_api(&e.field) == Some(field))
                .map(move |e| {
                    let parts = vec![Part::Day, Part::Month, Part::Year];
                    FieldProblem {
                        field,
                        problem: Problem {
                            anchor: anchor(field, &parts, has_times),
                            message: message(msgs, field, e.code),
                        },
                        parts,
                    }
                })
        })
        .collect()
}

/// The request, or every problem at once: the core's rules, as the backend
/// applies them, with the date boxes' and the picker's own reasons.
fn check(answers: &Answers, time: &str, msgs: &Messages, has_times: bool) -> Result<NewBooking, Vec<FieldProblem>> {
    let birth = answers.birth.date();
    // A name typed in full counts as chosen, even if the list was not used.
    let citizenship = answers
        .citizenship
        .code
        .clone()
        .or_else(|| resolve(msgs, &answers.citizenship.text));
    let booking = NewBooking {
        service: answers.service.clone(),
        office: answers.office.clone(),
        date: answers.date.clone(),
        time: time.to_owned(),
        name: answers.name.clone(),
        passport_number: answers.passport.clone(),
        date_of_birth: birth.as_ref().map(ToString::to_string).unwrap_or_default(),
        citizenship: citizenship.clone().unwrap_or_default(),
    };
    let Err(errors) = booking.validate(today()) else {
        return Ok(booking);
    };
    let mut problems = problems_of(msgs, &errors, has_times);
    for p in problems.iter_mut() {
        match (p.field, &birth) {
            (Field::Birth, Err(e)) if *e != EntryError::Empty => {
                p.problem.message = msgs.text(e.message_id());
                p.parts = e.parts();
                p.problem.anchor = anchor(Field::Birth, &p.parts, has_times);
            }
            (Field::Citizenship, _) if citizenship.is_none() && !answers.citizenship.text.trim().is_empty() => {
                p.problem.message = msgs.text("error-citizenship-unknown");
            }
            _ => {}
        }
    }
    Err(problems)
}

/// The services a visit can be for, by category. The tools (the
/// calculators and this queue) are used online, so no visit is booked for them.
fn service_options(msgs: &Messages, chosen: &str) -> Html {
    let groups = Category::ALL
        .iter()
        .filter(|c| **c != Category::Tools)
        .map(|&category| {
            let options = catalog().services.iter().filter(|s| s.category == category).map(|s| {
            html! { <option value={s.id.to_string()} selected={chosen == s.id}>{ msgs.text(&s.message_id()) }</option> }
        });
            html! { <optgroup label={msgs.text(&format!("category-{}", category.key()))}>{ for options }</optgroup> }
        });
    html! {
        <>
            <option value="" selected={chosen.is_empty()}>{ msgs.text("queue-service-choose") }</option>
            { for groups }
        </>
    }
}

fn slots_path(office: &str, date: &str) -> String {
    let office = String::from(js_sys::encode_uri_component(office));
    format!("/queue/offices/{office}/slots?date={date}")
}

#[component]
pub fn BookingPage() -> Html {
    let msgs = use_i18n();
    // A kiosk's browser would offer the name to the next visitor.
    let name_autofill = if crate::kiosk::use_kiosk() { "off" } else { "name" };
    let answers = use_state(Answers::default);
    let time = use_state(String::new);
    let offices = use_state(|| Load::<Vec<Office>>::Loading);
    let offices_attempt = use_state(|| 0u32);
    let times = use_state(|| None::<Times>);
    // Bumped to fetch the free times again (a refusal, "Try again").
    let times_attempt = use_state(|| 0u32);
    let problems = use_state(Vec::<FieldProblem>::new);
    let booking_exists = use_state(|| false);
    let phase = use_state(|| Phase::Asking);
    // One Idempotency-Key per request body: a double click or a retry of the
    // same answers books once; changed answers are another booking.
    let key = use_mut_ref(|| None::<(NewBooking, String)>);
    // A second click before the page re-renders must not send again.
    let in_flight = use_mut_ref(|| false);

    // The slip comes after the booking, when a failed fetch would cost most:
    // fetched as soon as the page shows.
    use_effect_with((), |_| wasm_bindgen_futures::spawn_local(slip::preload()));
    {
        let offices = offices.clone();
        use_effect_with(*offices_attempt, move |_| {
            offices.set(Load::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                offices.set(match api::get::<OfficesAnswer>("/queue/offices").await {
                    Ok(answer) => Load::Ready(answer.offices),
                    Err(failure) => Load::Failed(failure),
                });
            });
        });
    }
    {
        let times = times.clone();
        // Only the answer for the latest office and day is shown.
        let wanted = use_mut_ref(|| (String::new(), String::new(), 0u32));
        let deps = (answers.office.clone(), answers.date.clone(), *times_attempt);
        use_effect_with(deps, move |(office, date, attempt)| {
            *wanted.borrow_mut() = (office.clone(), date.clone(), *attempt);
            if office.is_empty() || date.is_empty() {
                times.set(None);
                return;
            }
            let (office, date, attempt) = (office.clone(), date.clone(), *attempt);
            times.set(Some(Times {
                office: office.clone(),
                date: date.clone(),
                load: Load::Loading,
            }));
            wasm_bindgen_futures::spawn_local(async move {
                let load = match api::get::<SlotsAnswer>(&slots_path(&office, &date)).await {
                    Ok(answer) => Load::Ready(
                        answer
                            .slots
                            .into_iter()
                            .filter(|s| s.available)
                            .map(|s| s.time)
                            .collect(),
                    ),
                    Err(failure) => Load::Failed(failure),
                };
                if *wanted.borrow() == (office.clone(), date.clone(), attempt) {
                    times.set(Some(Times { office, date, load }));
                }
            });
        });
    }

    if let Phase::Booked(booked) = &*phase {
        let on_again = {
            let phase = phase.clone();
            Callback::from(move |_| {
                phase.set(Phase::Asking);
                dom::focus_soon("#main h1");
            })
        };
        // Should the slip not come, the reference and the code (shown only once) still do.
        let args = [
            ("reference", Arg::from(booked.booking.reference.as_str())),
            ("secret", Arg::from(booked.booking.secret.as_str())),
        ];
        let keep = html! { <p class="qp-notice">{ msgs.format("queue-booked-unavailable", &args) }</p> };
        let slip = SlipProps {
            booked: booked.clone(),
            on_again,
        };
        return lazy_or(Feature::new(slip::load, slip), keep);
    }

    let update = |f: fn(&mut Answers, String)| {
        let answers = answers.clone();
        move |value: String| {
            let mut next = (*answers).clone();
            f(&mut next, value);
            answers.set(next);
        }
    };
    let on_service = {
        let set = update(|a, v| a.service = v);
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_office = {
        let (set, time) = (update(|a, v| a.office = v), time.clone());
        move |id: String| {
            let (set, time) = (set.clone(), time.clone());
            Callback::from(move |_: Event| {
                set(id.clone());
                time.set(String::new());
            })
        }
    };
    let on_date = {
        let (set, time) = (update(|a, v| a.date = v), time.clone());
        Callback::from(move |e: Event| {
            set(e.target_unchecked_into::<HtmlSelectElement>().value());
            time.set(String::new());
        })
    };
    let on_time = {
        let time = time.clone();
        move |value: String| {
            let time = time.clone();
            Callback::from(move |_: Event| time.set(value.clone()))
        }
    };
    let on_name = {
        let set = update(|a, v| a.name = v);
        Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_passport = {
        let set = update(|a, v| a.passport = v);
        Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_birth = {
        let answers = answers.clone();
        Callback::from(move |birth: DateParts| {
            answers.set(Answers {
                birth,
                ..(*answers).clone()
            })
        })
    };
    let on_citizenship = {
        let answers = answers.clone();
        Callback::from(move |citizenship: Citizenship| {
            answers.set(Answers {
                citizenship,
                ..(*answers).clone()
            })
        })
    };

    let shown_times: Option<&Times> = (*times)
        .as_ref()
        .filter(|t| t.office == answers.office && t.date == answers.date);
    let free: Vec<String> = match shown_times.map(|t| &t.load) {
        Some(Load::Ready(free)) => free.clone(),
        _ => Vec::new(),
    };
    let has_times = !free.is_empty();

    let on_submit = {
        let (answers, time, problems, phase, msgs) = (
            answers.clone(),
            time.clone(),
            problems.clone(),
            phase.clone(),
            msgs.clone(),
        );
        let (booking_exists, key, in_flight, times_attempt) = (
            booking_exists.clone(),
            key.clone(),
            in_flight.clone(),
            times_attempt.clone(),
        );
        let offices = offices.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *in_flight.borrow() {
                return;
            }
            let booking = match check(&answers, &time, &msgs, has_times) {
                Ok(b) => b,
                Err(found) => {
                    problems.set(found);
                    booking_exists.set(false);
                    dom::focus_soon("#qp-error-summary");
                    return;
                }
            };
            let reused = key
                .borrow()
                .as_ref()
                .filter(|(body, _)| *body == booking)
                .map(|(_, k)| k.clone());
            let idempotency_key = match reused.map_or_else(api::new_idempotency_key, Ok) {
                Ok(k) => k,
                Err(failure) => {
                    phase.set(Phase::Failed(failure));
                    dom::focus_soon("#qp-queue-failure");
                    return;
                }
            };
            *key.borrow_mut() = Some((booking.clone(), idempotency_key.clone()));
            *in_flight.borrow_mut() = true;
            problems.set(Vec::new());
            booking_exists.set(false);
            phase.set(Phase::Sending);
            // The slip (if not here yet) and its QR code come while the booking is made.
            wasm_bindgen_futures::spawn_local(slip::preload());
            wasm_bindgen_futures::spawn_local(crate::components::qr_code::preload());
            let office = match &*offices {
                Load::Ready(list) => list.iter().find(|o| o.id == booking.office).cloned(),
                _ => None,
            };
            let (answers, time, problems, phase, msgs) = (
                answers.clone(),
                time.clone(),
                problems.clone(),
                phase.clone(),
                msgs.clone(),
            );
            let (booking_exists, key, in_flight, times_attempt) = (
                booking_exists.clone(),
                key.clone(),
                in_flight.clone(),
                times_attempt.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::post::<_, Booking>("/queue/bookings", &booking, Some(&idempotency_key), false).await;
                *in_flight.borrow_mut() = false;
                match result {
                    Ok(made) => {
                        crate::widget::tell("qapi:booked", &[("reference", made.reference.as_str())]);
                        // The person's details are not needed any more: forget them.
                        answers.set(Answers::default());
                        time.set(String::new());
                        *key.borrow_mut() = None;
                        phase.set(Phase::Booked(Booked {
                            booking: made,
                            service: booking.service,
                            office,
                        }));
                        // The slip's heading, once its chunk has shown it.
                        dom::await_heading(true);
                    }
                    Err(Failure::Invalid(errors)) => {
                        let found = problems_of(&msgs, &errors, has_times);
                        if found.is_empty() {
                            phase.set(Phase::Failed(Failure::Invalid(errors)));
                            dom::focus_soon("#qp-queue-failure");
                            return;
                        }
                        if found.iter().any(|p| p.field == Field::Time) {
                            // Taken meanwhile: a fresh list, and no time chosen.
                            time.set(String::new());
                            times_attempt.set(*times_attempt + 1);
                        }
                        booking_exists.set(errors.iter().any(|e| e.code == Code::BookingExists));
                        phase.set(Phase::Asking);
                        problems.set(found);
                        dom::focus_soon("#qp-error-summary");
                    }
                    Err(failure) => {
                        if failure == Failure::Conflict {
                            // The key's booking was cancelled since: the next try is a new booking.
                            *key.borrow_mut() = None;
                        }
                        phase.set(Phase::Failed(failure));
                        dom::focus_soon("#qp-queue-failure");
                    }
                }
            });
        })
    };

    let error_of = |field: Field| problems.iter().find(|p| p.field == field);
    let text_error = |field: Field| error_of(field).map(|p| p.problem.message.clone());
    let describedby = |hint: &str, error: &Option<String>, error_id: &str| match error {
        Some(_) => format!("{hint} {error_id}"),
        None => hint.to_owned(),
    };
    let summary: Vec<Problem> = problems.iter().map(|p| p.problem.clone()).collect();
    let sending = *phase == Phase::Sending;
    let lang = msgs.lang();

    let service_error = text_error(Field::Service);
    let office_error = text_error(Field::Office);
    let date_error = text_error(Field::Date);
    let time_error = text_error(Field::Time);
    let name_error = text_error(Field::Name);
    let passport_error = text_error(Field::Passport);
    let birth_error = error_of(Field::Birth).map(|p| (p.problem.message.clone(), p.parts.clone()));
    let citizenship_error = text_error(Field::Citizenship);

    let office_step = match &*offices {
        Load::Loading => html! { <p role="status">{ msgs.text("queue-offices-loading") }</p> },
        Load::Failed(failure) => {
            let retry = {
                let attempt = offices_attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <div class="qp-notice qp-notice--error" role="alert">
                    <p>{ failure.message(&msgs) }</p>
                    <button type="button" class="qp-button qp-button--secondary" onclick={retry}>{ msgs.text("lazy-retry") }</button>
                </div>
            }
        }
        Load::Ready(list) => {
            let radios = list.iter().enumerate().map(|(i, o)| {
                let id = office_radio_id(i);
                let hint_id = format!("{id}-hint");
                html! {
                    <div class="qp-queue__radio">
                        <input type="radio" id={id.clone()} name="qp-queue-office" value={o.id.clone()}
                            checked={answers.office == o.id} onchange={on_office(o.id.clone())}
                            aria-describedby={hint_id.clone()} />
                        <label for={id}>{ office_name(lang, o) }</label>
                        <p id={hint_id} class="qp-hint qp-queue__radio-hint">{ localised(lang, &o.address) }</p>
                    </div>
                }
            });
            html! {
                <div class={classes!("qp-field", office_error.is_some().then_some("qp-field--error"))}>
                    <fieldset class="qp-queue__fieldset" aria-describedby={office_error.as_ref().map(|_| "qp-queue-office-error")}>
                        <legend class="qp-label">{ msgs.text("queue-office-legend") }</legend>
                        { inline_error(&msgs, "qp-queue-office-error".into(), &office_error) }
                        <div class="qp-queue__radios">{ for radios }</div>
                    </fieldset>
                </div>
            }
        }
    };

    let day_options = open_days(today()).into_iter().map(|d| {
        let iso = d.to_string();
        html! { <option value={iso.clone()} selected={answers.date == iso}>{ weekday_date(&msgs, d) }</option> }
    });

    let times_step = match shown_times.map(|t| &t.load) {
        None => html! { <p class="qp-hint">{ msgs.text("queue-times-first") }</p> },
        Some(Load::Loading) => html! { <p role="status">{ msgs.text("queue-times-loading") }</p> },
        Some(Load::Failed(failure)) => {
            let retry = {
                let attempt = times_attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <div class="qp-notice qp-notice--error" role="alert">
                    <p>{ failure.message(&msgs) }</p>
                    <button type="button" class="qp-button qp-button--secondary" onclick={retry}>{ msgs.text("lazy-retry") }</button>
                </div>
            }
        }
        Some(Load::Ready(free)) if free.is_empty() => html! {
            <div class={classes!("qp-field", time_error.is_some().then_some("qp-field--error"))}>
                { inline_error(&msgs, "qp-queue-time-error".into(), &time_error) }
                <p class="qp-notice" role="status">{ msgs.text("queue-times-none") }</p>
            </div>
        },
        Some(Load::Ready(free)) => {
            let radios = free.iter().enumerate().map(|(i, t)| {
                let id = time_radio_id(i);
                html! {
                    <label class="qp-choice" for={id.clone()}>
                        <input type="radio" {id} name="qp-queue-time" value={t.clone()}
                            checked={*time == *t} onchange={on_time(t.clone())} />
                        <span>{ t.clone() }</span>
                    </label>
                }
            });
            let day = qapi_core::validate::iso_date(&answers.date)
                .map(|d| weekday_date(&msgs, d))
                .unwrap_or_default();
            html! {
                <div class={classes!("qp-field", time_error.is_some().then_some("qp-field--error"))}>
                    <fieldset class="qp-queue__fieldset" aria-describedby={time_error.as_ref().map(|_| "qp-queue-time-error")}>
                        <legend class="qp-label">{ msgs.format("queue-times-legend", &[("day", day.into())]) }</legend>
                        { inline_error(&msgs, "qp-queue-time-error".into(), &time_error) }
                        <div class="qp-queue__times">{ for radios }</div>
                    </fieldset>
                </div>
            }
        }
    };

    let failure = match &*phase {
        Phase::Failed(failure) => html! {
            <div id="qp-queue-failure" class="qp-notice qp-notice--error" tabindex="-1" role="alert">
                <p>{ failure.message(&msgs) }</p>
            </div>
        },
        _ => Html::default(),
    };

    html! {
        <article class="qp-queue">
            <p><Link<Route> to={Route::Service { lang, id: QUEUE_SERVICE.to_owned() }}>{ msgs.text("form-back") }</Link<Route>></p>
            <PageHeading text={msgs.text("svc-online-queue")} error={!problems.is_empty()} />
            <p class="qp-lead">{ msgs.text("queue-intro") }</p>
            <p>{ msgs.text("queue-privacy") }</p>
            { error_summary(&msgs, &summary) }
            if *booking_exists {
                <p class="qp-notice">
                    { msgs.text("queue-booking-exists-how") }{ " " }
                    <Link<Route> to={Route::QueueCancel { lang }}>{ msgs.text("queue-cancel-title") }</Link<Route>>
                </p>
            }
            <form class="qp-queue__form" novalidate=true onsubmit={on_submit}>
                <section aria-labelledby="qp-queue-step-1">
                    <h2 id="qp-queue-step-1">{ msgs.text("queue-step-service") }</h2>
                    <div class={classes!("qp-field", service_error.is_some().then_some("qp-field--error"))}>
                        <label class="qp-label" for={SERVICE_ID}>{ msgs.text("queue-service-label") }</label>
                        { inline_error(&msgs, "qp-queue-service-error".into(), &service_error) }
                        <select id={SERVICE_ID} class={classes!("qp-input", "qp-queue__select", service_error.is_some().then_some("qp-input--error"))}
                            onchange={on_service} aria-invalid={service_error.is_some().then_some("true")}
                            aria-describedby={service_error.as_ref().map(|_| "qp-queue-service-error")}>
                            { service_options(&msgs, &answers.service) }
                        </select>
                    </div>
                </section>
                <section aria-labelledby="qp-queue-step-2">
                    <h2 id="qp-queue-step-2">{ msgs.text("queue-step-office") }</h2>
                    { office_step }
                </section>
                <section aria-labelledby="qp-queue-step-3">
                    <h2 id="qp-queue-step-3">{ msgs.text("queue-step-time") }</h2>
                    <div class={classes!("qp-field", date_error.is_some().then_some("qp-field--error"))}>
                        <label class="qp-label" for={DATE_ID}>{ msgs.text("queue-date-label") }</label>
                        <p id="qp-queue-date-hint" class="qp-hint">{ msgs.text("queue-date-hint") }</p>
                        { inline_error(&msgs, "qp-queue-date-error".into(), &date_error) }
                        <select id={DATE_ID} class={classes!("qp-input", "qp-queue__select", date_error.is_some().then_some("qp-input--error"))}
                            onchange={on_date} aria-invalid={date_error.is_some().then_some("true")}
                            aria-describedby={describedby("qp-queue-date-hint", &date_error, "qp-queue-date-error")}>
                            <option value="" selected={answers.date.is_empty()}>{ msgs.text("queue-date-choose") }</option>
                            { for day_options }
                        </select>
                    </div>
                    { times_step }
                </section>
                <section aria-labelledby="qp-queue-step-4">
                    <h2 id="qp-queue-step-4">{ msgs.text("queue-step-person") }</h2>
                    <p>{ msgs.text("queue-person-why") }</p>
                    <div class={classes!("qp-field", name_error.is_some().then_some("qp-field--error"))}>
                        <label class="qp-label" for={NAME_ID}>{ msgs.text("queue-name-label") }</label>
                        <p id="qp-queue-name-hint" class="qp-hint">{ msgs.text("queue-name-hint") }</p>
                        { inline_error(&msgs, "qp-queue-name-error".into(), &name_error) }
                        <input id={NAME_ID} class={classes!("qp-input", name_error.is_some().then_some("qp-input--error"))}
                            type="text" autocomplete={name_autofill} spellcheck="false" value={answers.name.clone()} oninput={on_name}
                            aria-describedby={describedby("qp-queue-name-hint", &name_error, "qp-queue-name-error")}
                            aria-invalid={name_error.is_some().then_some("true")} />
                    </div>
                    <div class={classes!("qp-field", passport_error.is_some().then_some("qp-field--error"))}>
                        <label class="qp-label" for={PASSPORT_ID}>{ msgs.text("person-passport-label") }</label>
                        <p id="qp-queue-passport-hint" class="qp-hint">{ msgs.text("queue-passport-hint") }</p>
                        { inline_error(&msgs, "qp-queue-passport-error".into(), &passport_error) }
                        <input id={PASSPORT_ID} class={classes!("qp-input", "qp-input--20ch", passport_error.is_some().then_some("qp-input--error"))}
                            type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                            value={answers.passport.clone()} oninput={on_passport}
                            aria-describedby={describedby("qp-queue-passport-hint", &passport_error, "qp-queue-passport-error")}
                            aria-invalid={passport_error.is_some().then_some("true")} />
                    </div>
                    <DateInput id={BIRTH_ID} legend={msgs.text("person-birth-legend")} hint={msgs.text("person-birth-hint")}
                        value={answers.birth.clone()} onchange={on_birth} error={birth_error} birthday=true />
                    <CitizenshipPicker id={CITIZENSHIP_ID} label={msgs.text("person-citizenship-label")}
                        hint={msgs.text("person-citizenship-hint")} value={answers.citizenship.clone()}
                        onchange={on_citizenship} error={citizenship_error} />
                </section>
                { failure }
                <button type="submit" class="qp-button" aria-disabled={sending.then_some("true")}>
                    { if sending { msgs.text("queue-sending") } else { msgs.text("queue-submit") } }
                </button>
            </form>
        </article>
    }
}
