//! The registration-deadline calculator: citizenship, what happened
//! (arrival in Azerbaijan or a move to a new address) and its date give the
//! last day to register at the place of stay.

use super::*;
use crate::components::citizenship::CitizenshipPicker;
use crate::components::date_input::DateInput;
use crate::components::page_heading::PageHeading;
use qapi_core::calc::explain::{self, DayOff};
use qapi_core::calc::holidays::{CalendarError, Day};
use qapi_core::calc::registration::{registration_deadline, Deadline, DeadlineError, Event as Happening};
use qapi_core::calc::rules::{self, Period};
use qapi_core::date::weekday_message_id;
use qapi_core::i18n::count;
use std::rc::Rc;

const CITIZENSHIP_ID: &str = "qp-calc-citizenship";
const EVENT_ID: &str = "qp-calc-event";
const DATE_ID: &str = "qp-calc-date";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Happened {
    Arrival,
    Move,
}

#[derive(Clone, Default, PartialEq)]
struct Inputs {
    citizenship: Citizenship,
    happened: Option<Happened>,
    date: DateParts,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Deadline {
        deadline: Deadline,
        event: CivilDate,
    },
    /// The working days run into a year the calendar does not know.
    UnknownYear(i32),
}

/// The event, or every problem with the inputs at once.
fn check(msgs: &Messages, inputs: &Inputs) -> Result<(String, Happening), Vec<Problem>> {
    let mut problems = Vec::new();
    let citizenship = country_code(msgs, &inputs.citizenship, "person-citizenship-required")
        .map_err(|m| problems.push(Problem::new(CITIZENSHIP_ID, m)));
    let happened = inputs.happened.ok_or_else(|| {
        problems.push(Problem::new(
            format!("{EVENT_ID}-arrival"),
            msgs.text("calc-reg-event-required"),
        ))
    });
    let required = match inputs.happened {
        Some(Happened::Move) => msgs.text("calc-reg-date-move-required"),
        _ => msgs.text("calc-reg-date-arrival-required"),
    };
    let date = read_date(msgs, DATE_ID, &inputs.date, required).map_err(|p| problems.push(p));
    match (citizenship, happened, date) {
        (Ok(c), Ok(Happened::Arrival), Ok(d)) => Ok((c, Happening::Arrival(d))),
        (Ok(c), Ok(Happened::Move), Ok(d)) => Ok((c, Happening::Move(d))),
        _ => Err(problems),
    }
}

/// The deadline, or the problem to show beside a field.
fn calculate(msgs: &Messages, citizenship: &str, event: Happening) -> Result<Outcome, Problem> {
    let all = [Part::Day, Part::Month, Part::Year];
    let day = match event {
        Happening::Arrival(d) | Happening::Move(d) => d,
    };
    match registration_deadline(citizenship, event, today()) {
        Ok(deadline) => Ok(Outcome::Deadline { deadline, event: day }),
        Err(DeadlineError::Calendar(CalendarError::UnknownYear(year))) => Ok(Outcome::UnknownYear(year)),
        Err(e @ (DeadlineError::Citizenship | DeadlineError::AzerbaijaniCitizen)) => {
            Err(Problem::new(CITIZENSHIP_ID, msgs.text(e.key())))
        }
        Err(DeadlineError::NoRule) => {
            let first = rules::REGISTRATION.iter().map(|r| r.applies_from).min();
            let date = first
                .and_then(Ymd::date)
                .map(|d| long_date(msgs, d))
                .unwrap_or_default();
            let message = msgs.format("calc-error-no-rule", &[("date", Arg::from(date))]);
            Err(Problem::date(DATE_ID, message, all.to_vec()))
        }
        Err(e) => Err(Problem::date(DATE_ID, msgs.text(e.key()), all.to_vec())),
    }
}

#[component]
pub fn RegistrationCalculator() -> Html {
    let msgs = use_i18n();
    let inputs = use_state(Inputs::default);
    let problems = use_state(Vec::<Problem>::new);
    let outcome = use_state(|| None::<Outcome>);

    let on_citizenship = {
        let inputs = inputs.clone();
        Callback::from(move |citizenship| {
            inputs.set(Inputs {
                citizenship,
                ..(*inputs).clone()
            })
        })
    };
    let on_happened = |happened: Happened| {
        let inputs = inputs.clone();
        Callback::from(move |_: web_sys::Event| {
            inputs.set(Inputs {
                happened: Some(happened),
                ..(*inputs).clone()
            })
        })
    };
    let on_date = {
        let inputs = inputs.clone();
        Callback::from(move |date| {
            inputs.set(Inputs {
                date,
                ..(*inputs).clone()
            })
        })
    };
    let on_submit = {
        let (inputs, problems, outcome, msgs) = (inputs.clone(), problems.clone(), outcome.clone(), msgs.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&msgs, &inputs).and_then(|(c, ev)| calculate(&msgs, &c, ev).map_err(|p| vec![p])) {
                Ok(found) => {
                    problems.set(Vec::new());
                    outcome.set(Some(found));
                    focus_result();
                }
                Err(found) => {
                    problems.set(found);
                    outcome.set(None);
                    focus_summary();
                }
            }
        })
    };

    let event_error = message_for(&problems, EVENT_ID);
    let (date_legend, date_hint) = match inputs.happened {
        Some(Happened::Move) => (msgs.text("calc-reg-date-move"), msgs.text("calc-reg-date-move-hint")),
        _ => (
            msgs.text("calc-reg-date-arrival"),
            msgs.text("calc-reg-date-arrival-hint"),
        ),
    };
    let radio = |happened: Happened, name: &str, label: String| {
        let id = format!("{EVENT_ID}-{name}");
        html! {
            <label class="qp-choice" for={id.clone()}>
                <input type="radio" {id} name={EVENT_ID} checked={inputs.happened == Some(happened)}
                    onchange={on_happened(happened)} aria-invalid={event_error.is_some().then_some("true")} />
                <span>{ label }</span>
            </label>
        }
    };

    html! {
        <div class="qp-calc-registration">
            <PageHeading text={msgs.text("svc-registration-deadline")} error={!problems.is_empty()} />
            <p class="qp-lead">{ msgs.text("calc-reg-intro") }</p>
            <p>{ msgs.text("calc-privacy") }</p>
            { error_summary(&msgs, &problems) }
            <form class="qp-calc__form" novalidate=true onsubmit={on_submit}>
                <CitizenshipPicker id={CITIZENSHIP_ID} label={msgs.text("person-citizenship-label")}
                    hint={msgs.text("person-citizenship-hint")} value={inputs.citizenship.clone()}
                    onchange={on_citizenship} error={message_for(&problems, CITIZENSHIP_ID)} />
                <div class={classes!("qp-field", event_error.is_some().then_some("qp-field--error"))}>
                    <fieldset class="qp-calc__choices" aria-describedby={event_error.as_ref().map(|_| "qp-calc-event-error")}>
                        <legend class="qp-label">{ msgs.text("calc-reg-event-legend") }</legend>
                        if let Some(message) = event_error.clone() {
                            <p id="qp-calc-event-error" class="qp-error-message">
                                <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message }
                            </p>
                        }
                        { radio(Happened::Arrival, "arrival", msgs.text("calc-reg-event-arrival")) }
                        { radio(Happened::Move, "move", msgs.text("calc-reg-event-move")) }
                    </fieldset>
                </div>
                <DateInput id={DATE_ID} legend={date_legend} hint={date_hint} value={inputs.date.clone()}
                    onchange={on_date} error={date_error(&problems, DATE_ID)} />
                <button type="submit" class="qp-button">{ msgs.text("calc-submit") }</button>
            </form>
            if let Some(outcome) = (*outcome).clone() {
                <section class="qp-answer" aria-labelledby={RESULT_ID}>{ outcome_view(&msgs, &outcome) }</section>
            }
        </div>
    }
}

fn outcome_view(msgs: &Rc<Messages>, outcome: &Outcome) -> Html {
    let (deadline, event) = match outcome {
        Outcome::UnknownYear(year) => {
            return html! {
                <>
                    { result_heading(msgs.text("calc-reg-unknown-heading")) }
                    <p>{ msgs.format("calc-error-calendar-year-unknown", &[("year", Arg::from(year.to_string()))]) }</p>
                </>
            }
        }
        Outcome::Deadline { deadline, event } => (deadline, *event),
    };
    let last = deadline.last_day;
    let heading = msgs.format("calc-reg-result", &[("date", Arg::from(weekday_date(msgs, last)))]);
    let days = usize::try_from(deadline.days_left.unsigned_abs()).unwrap_or(usize::MAX);
    let rule = deadline.rule;
    let working_days = matches!(rule.period, Period::WorkingDays(_));
    html! {
        <>
            { result_heading(heading) }
            if deadline.days_left >= 0 {
                <p class="qp-answer__fact">{ msgs.format("calc-reg-days-left", &[("count", count(days))]) }</p>
            } else {
                <div class="qp-calc__warning">
                    <p><strong>{ msgs.format("calc-reg-late", &[("count", count(days))]) }</strong></p>
                    <p>{ msgs.text("calc-reg-late-advice") }</p>
                </div>
            }
            { day_off_note(msgs, deadline) }
            if deadline.provisional {
                <p>{ msgs.text(qapi_core::calc::PROVISIONAL) }</p>
            }
            if working_days {
                { counted_days(msgs, event, last) }
            }
            { rule_facts(msgs, rule.id, rule.applies_from) }
        </>
    }
}

/// Why a day is not a working day: its holidays' names, or what the calendar made it.
fn reason(msgs: &Messages, day: &Day) -> String {
    if day.names.is_empty() {
        msgs.text(&format!("calc-day-kind-{}", day.kind.key()))
    } else {
        let names: Vec<String> = day.names.iter().map(|n| msgs.text(&format!("holiday-{n}"))).collect();
        names.join(", ")
    }
}

fn day_off_note(msgs: &Messages, deadline: &Deadline) -> Html {
    let last = deadline.last_day;
    match deadline.last_day_off {
        Some(true) => {
            let why = match explain::day_off(last) {
                Some(DayOff::Listed(day)) => reason(msgs, day),
                _ => msgs.text(weekday_message_id(last)),
            };
            html! { <p>{ msgs.format("calc-reg-day-off", &[("reason", Arg::from(why))]) }</p> }
        }
        Some(false) => Html::default(),
        None => {
            let year = Arg::from(last.year().to_string());
            html! { <p>{ msgs.format("calc-reg-day-off-unknown", &[("year", year)]) }</p> }
        }
    }
}

/// The days off a working-day count went by, so the person can follow it.
fn counted_days(msgs: &Messages, event: CivilDate, last: CivilDate) -> Html {
    let listed = explain::listed_days(event, last);
    let items = listed.iter().filter_map(|day| {
        let date = day.date.date()?;
        let kind = if day.is_working() {
            msgs.text("calc-day-kind-working")
        } else {
            reason(msgs, day)
        };
        Some(html! { <li>{ time(date, weekday_date(msgs, date)) }{ " — " }{ kind }</li> })
    });
    html! {
        <>
            <h3>{ msgs.text("calc-reg-counted-heading") }</h3>
            <p>{ msgs.text("calc-reg-counted-weekends") }</p>
            if !listed.is_empty() {
                <ul>{ for items }</ul>
            }
        </>
    }
}
