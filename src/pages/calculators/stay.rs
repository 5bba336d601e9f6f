//! The temporary-stay calculator: citizenship (and, for stateless persons,
//! the country of permanent residence), how the person entered, and their
//! trips give the days used and left, when the allowance runs out, and a
//! day-by-day breakdown that can be printed.

use super::trip::{TripFields, TripInput};
use super::*;
use crate::components::citizenship::CitizenshipPicker;
use crate::components::page_heading::PageHeading;
use qapi_core::calc::explain;
use qapi_core::calc::rules::Window;
use qapi_core::calc::stay::{
    temporary_stay, Entry, RunsOut, StayError, StayQuery, StayReport, Trip, TripProblem, WindowUsage, MAX_FUTURE_DAYS,
    MAX_PAST_DAYS, MAX_TRIPS, MAX_VISA_DAYS,
};
use qapi_core::i18n::count;
use std::rc::Rc;
use web_sys::HtmlInputElement;

const CITIZENSHIP_ID: &str = "qp-stay-citizenship";
const RESIDENCE_ID: &str = "qp-stay-residence";
const ENTRY_ID: &str = "qp-stay-entry";
const VISA_DAYS_ID: &str = "qp-stay-visa-days";
const ADD_ID: &str = "qp-stay-add-trip";

#[derive(Clone, Copy, PartialEq, Eq)]
enum How {
    VisaFree,
    Visa,
}

#[derive(Clone, PartialEq)]
struct Inputs {
    citizenship: Citizenship,
    residence: Citizenship,
    how: Option<How>,
    visa_days: String,
    trips: Vec<TripInput>,
    next_key: u32,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            citizenship: Citizenship::default(),
            residence: Citizenship::default(),
            how: None,
            visa_days: String::new(),
            trips: vec![TripInput::default()],
            next_key: 1,
        }
    }
}

/// A question the core can answer: every input read.
struct Question {
    citizenship: String,
    resides_in: Option<String>,
    entry: Entry,
    trips: Vec<Trip>,
}

fn trip_label(msgs: &Messages, index: usize) -> String {
    msgs.format("calc-stay-trip-legend", &[("number", count(index + 1))])
}

/// A problem with one trip's date: the summary says which trip.
fn trip_problem(msgs: &Messages, index: usize, mut problem: Problem) -> Problem {
    let args = [
        ("trip", Arg::from(trip_label(msgs, index))),
        ("problem", Arg::from(problem.message.clone())),
    ];
    problem.summary = msgs.format("calc-stay-trip-problem", &args);
    problem
}

fn visa_days_problem(msgs: &Messages) -> Problem {
    let max = [("max", count(usize::from(MAX_VISA_DAYS)))];
    Problem::new(VISA_DAYS_ID, msgs.format("calc-error-visa-days", &max))
}

fn check(msgs: &Messages, inputs: &Inputs) -> Result<Question, Vec<Problem>> {
    let mut problems = Vec::new();
    let citizenship = country_code(msgs, &inputs.citizenship, "person-citizenship-required")
        .map_err(|m| problems.push(Problem::new(CITIZENSHIP_ID, m)))
        .unwrap_or_default();
    let resides_in = if citizenship == "XXA" && !inputs.residence.text.trim().is_empty() {
        country_code(msgs, &inputs.residence, "calc-stay-residence-label")
            .map_err(|m| problems.push(Problem::new(RESIDENCE_ID, m)))
            .ok()
    } else {
        None
    };
    let entry = match inputs.how {
        None => {
            problems.push(Problem::new(
                format!("{ENTRY_ID}-visa-free"),
                msgs.text("calc-stay-entry-required"),
            ));
            Entry::VisaFree
        }
        Some(How::VisaFree) => Entry::VisaFree,
        Some(How::Visa) => match inputs.visa_days.trim() {
            "" => {
                problems.push(Problem::new(VISA_DAYS_ID, msgs.text("calc-stay-visa-days-required")));
                Entry::VisaFree
            }
            typed => match typed.parse::<u16>() {
                Ok(days) if (1..=MAX_VISA_DAYS).contains(&days) => Entry::Visa { days },
                _ => {
                    problems.push(visa_days_problem(msgs));
                    Entry::VisaFree
                }
            },
        },
    };
    let mut trips = Vec::new();
    for (index, t) in inputs.trips.iter().enumerate() {
        let entry_id = TripInput::entry_id(t.key);
        let entry = read_date(msgs, &entry_id, &t.entry, msgs.text("calc-stay-trip-entry-required"));
        let exit = if t.exit.is_empty() {
            Ok(None)
        } else {
            read_date(msgs, &TripInput::exit_id(t.key), &t.exit, String::new()).map(Some)
        };
        match (entry, exit) {
            (Ok(entry), Ok(exit)) => trips.push(Trip { entry, exit }),
            (entry, exit) => {
                for p in [entry.err(), exit.err()].into_iter().flatten() {
                    problems.push(trip_problem(msgs, index, p));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(Question {
            citizenship,
            resides_in,
            entry,
            trips,
        })
    } else {
        Err(problems)
    }
}

fn calculate(msgs: &Messages, inputs: &Inputs, q: &Question, today: CivilDate) -> Result<StayReport, Vec<Problem>> {
    let query = StayQuery {
        citizenship: &q.citizenship,
        resides_in: q.resides_in.as_deref(),
        entry: q.entry,
        trips: &q.trips,
        today,
    };
    let all = || vec![Part::Day, Part::Month, Part::Year];
    let on_day = |days: i64| {
        let date = today.add_days(days).map(|d| long_date(msgs, d)).unwrap_or_default();
        [("date", Arg::from(date))]
    };
    temporary_stay(&query).map_err(|e| match e {
        StayError::Trips(errors) => errors
            .iter()
            .filter_map(|e| {
                let t = inputs.trips.get(e.index)?;
                let has_exit = !t.exit.is_empty();
                let (on_exit, message) = match e.problem {
                    TripProblem::ExitBeforeEntry => (true, msgs.text(e.problem.key())),
                    TripProblem::OpenInFuture => (false, msgs.text(e.problem.key())),
                    TripProblem::TooEarly => (false, msgs.format(e.problem.key(), &on_day(-MAX_PAST_DAYS))),
                    TripProblem::TooLate => (has_exit, msgs.format(e.problem.key(), &on_day(MAX_FUTURE_DAYS))),
                };
                let id = if on_exit {
                    TripInput::exit_id(t.key)
                } else {
                    TripInput::entry_id(t.key)
                };
                Some(trip_problem(msgs, e.index, Problem::date(&id, message, all())))
            })
            .collect(),
        StayError::Residence => vec![Problem::new(RESIDENCE_ID, msgs.text(e.key()))],
        StayError::VisaDays => vec![visa_days_problem(msgs)],
        StayError::TooManyTrips => {
            let max = [("max", count(MAX_TRIPS))];
            vec![Problem::new(ADD_ID, msgs.format(e.key(), &max))]
        }
        other => vec![Problem::new(CITIZENSHIP_ID, msgs.text(other.key()))],
    })
}

/// Moves focus to the element with `id` once the render that creates it is done.
fn focus_later(id: String) {
    wasm_bindgen_futures::spawn_local(async move {
        crate::api::next_tick().await;
        dom::focus_field(&id);
    });
}

#[component]
pub fn StayCalculator() -> Html {
    let msgs = use_i18n();
    let inputs = use_state(Inputs::default);
    let problems = use_state(Vec::<Problem>::new);
    let result = use_state(|| None::<(StayReport, CivilDate)>);
    // Said to screen readers when a trip is removed (its fieldset is gone).
    let status = use_state(String::new);
    let breakdown_open = use_state(|| false);

    let set = {
        let inputs = inputs.clone();
        move |change: Box<dyn Fn(&mut Inputs)>| {
            let mut next = (*inputs).clone();
            change(&mut next);
            inputs.set(next);
        }
    };
    let on_citizenship = {
        let set = set.clone();
        Callback::from(move |c: Citizenship| set(Box::new(move |i| i.citizenship = c.clone())))
    };
    let on_residence = {
        let set = set.clone();
        Callback::from(move |c: Citizenship| set(Box::new(move |i| i.residence = c.clone())))
    };
    let on_how = |how: How| {
        let set = set.clone();
        Callback::from(move |_: web_sys::Event| set(Box::new(move |i| i.how = Some(how))))
    };
    let on_visa_days = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| {
            let days = e.target_unchecked_into::<HtmlInputElement>().value();
            set(Box::new(move |i| i.visa_days = days.clone()))
        })
    };
    let on_add = {
        let (set, inputs, status) = (set.clone(), inputs.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let key = inputs.next_key;
            set(Box::new(move |i| {
                i.trips.push(TripInput {
                    key,
                    ..TripInput::default()
                });
                i.next_key = key + 1;
            }));
            status.set(String::new());
            focus_later(format!("{}-day", TripInput::entry_id(key)));
        })
    };
    let on_trip = |index: usize| {
        let set = set.clone();
        Callback::from(move |trip: TripInput| {
            set(Box::new(move |i| {
                if let Some(t) = i.trips.get_mut(index) {
                    *t = trip.clone();
                }
            }))
        })
    };
    let on_remove = |index: usize| {
        let (set, inputs, status, problems, msgs) = (
            set.clone(),
            inputs.clone(),
            status.clone(),
            problems.clone(),
            msgs.clone(),
        );
        Callback::from(move |()| {
            let Some(removed) = inputs.trips.get(index).map(|t| t.key) else {
                return;
            };
            // Focus goes to the trip that takes its place, the one before, or the add button.
            let next = inputs
                .trips
                .get(index + 1)
                .or_else(|| index.checked_sub(1).and_then(|i| inputs.trips.get(i)))
                .map_or_else(|| ADD_ID.to_owned(), |t| format!("{}-day", TripInput::entry_id(t.key)));
            set(Box::new(move |i| i.trips.retain(|t| t.key != removed)));
            let prefix = format!("qp-trip-{removed}-");
            problems.set(
                problems
                    .iter()
                    .filter(|p| !p.anchor.starts_with(&prefix))
                    .cloned()
                    .collect(),
            );
            status.set(msgs.format("calc-stay-trip-removed", &[("number", count(index + 1))]));
            focus_later(next);
        })
    };
    let on_submit = {
        let (inputs, problems, result, msgs) = (inputs.clone(), problems.clone(), result.clone(), msgs.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let today = today();
            match check(&msgs, &inputs).and_then(|q| calculate(&msgs, &inputs, &q, today)) {
                Ok(report) => {
                    problems.set(Vec::new());
                    result.set(Some((report, today)));
                    focus_result();
                }
                Err(found) => {
                    problems.set(found);
                    result.set(None);
                    focus_summary();
                }
            }
        })
    };

    let stateless = inputs.citizenship.code.as_deref() == Some("XXA")
        || (inputs.citizenship.code.is_none() && resolve(&msgs, &inputs.citizenship.text).as_deref() == Some("XXA"));
    let entry_error = message_for(&problems, ENTRY_ID);
    let visa_error = message_for(&problems, VISA_DAYS_ID);
    let radio = |how: How, name: &str, label: String| {
        let id = format!("{ENTRY_ID}-{name}");
        html! {
            <label class="qp-choice" for={id.clone()}>
                <input type="radio" {id} name={ENTRY_ID} checked={inputs.how == Some(how)}
                    onchange={on_how(how)} aria-invalid={entry_error.is_some().then_some("true")} />
                <span>{ label }</span>
            </label>
        }
    };
    let trips = inputs.trips.iter().enumerate().map(|(index, t)| {
        html! {
            <TripFields key={t.key} number={index + 1} trip={t.clone()} onchange={on_trip(index)}
                onremove={on_remove(index)} entry_error={date_error(&problems, &TripInput::entry_id(t.key))}
                exit_error={date_error(&problems, &TripInput::exit_id(t.key))} />
        }
    });
    let add_label = if inputs.trips.is_empty() {
        msgs.text("calc-stay-trip-add-first")
    } else {
        msgs.text("calc-stay-trip-add")
    };

    html! {
        <div class="qp-calc-stay">
            <PageHeading text={msgs.text("svc-stay-calculator")} error={!problems.is_empty()} />
            <p class="qp-lead">{ msgs.text("calc-stay-intro") }</p>
            <p>{ msgs.text("calc-privacy") }</p>
            { error_summary(&msgs, &problems) }
            <form class="qp-calc__form" novalidate=true onsubmit={on_submit}>
                <CitizenshipPicker id={CITIZENSHIP_ID} label={msgs.text("person-citizenship-label")}
                    hint={msgs.text("person-citizenship-hint")} value={inputs.citizenship.clone()}
                    onchange={on_citizenship} error={message_for(&problems, CITIZENSHIP_ID)} />
                if stateless {
                    <CitizenshipPicker id={RESIDENCE_ID} label={msgs.text("calc-stay-residence-label")}
                        hint={msgs.text("calc-stay-residence-hint")} value={inputs.residence.clone()}
                        onchange={on_residence} error={message_for(&problems, RESIDENCE_ID)} />
                }
                <div class={classes!("qp-field", entry_error.is_some().then_some("qp-field--error"))}>
                    <fieldset class="qp-calc__choices" aria-describedby={entry_error.as_ref().map(|_| "qp-stay-entry-error")}>
                        <legend class="qp-label">{ msgs.text("calc-stay-entry-legend") }</legend>
                        if let Some(message) = entry_error.clone() {
                            <p id="qp-stay-entry-error" class="qp-error-message">
                                <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message }
                            </p>
                        }
                        { radio(How::VisaFree, "visa-free", msgs.text("calc-stay-entry-visa-free")) }
                        { radio(How::Visa, "visa", msgs.text("calc-stay-entry-visa")) }
                    </fieldset>
                </div>
                if inputs.how == Some(How::Visa) {
                    <div class={classes!("qp-field", visa_error.is_some().then_some("qp-field--error"))}>
                        <label class="qp-label" for={VISA_DAYS_ID}>{ msgs.text("calc-stay-visa-days-label") }</label>
                        <p id="qp-stay-visa-days-hint" class="qp-hint">{ msgs.text("calc-stay-visa-days-hint") }</p>
                        if let Some(message) = visa_error.clone() {
                            <p id="qp-stay-visa-days-error" class="qp-error-message">
                                <span class="qp-visually-hidden">{ msgs.text("error-prefix") }</span>{ message }
                            </p>
                        }
                        <input id={VISA_DAYS_ID} class={classes!("qp-input", "qp-input--4", visa_error.is_some().then_some("qp-input--error"))}
                            type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                            value={inputs.visa_days.clone()} oninput={on_visa_days}
                            aria-describedby={if visa_error.is_some() { "qp-stay-visa-days-hint qp-stay-visa-days-error" } else { "qp-stay-visa-days-hint" }}
                            aria-invalid={visa_error.is_some().then_some("true")} />
                    </div>
                }
                <h2>{ msgs.text("calc-stay-trips-heading") }</h2>
                <p class="qp-hint">{ msgs.text("calc-stay-trips-hint") }</p>
                { for trips }
                <p class="qp-visually-hidden" role="status">{ (*status).clone() }</p>
                if inputs.trips.len() < MAX_TRIPS {
                    <p><button type="button" id={ADD_ID} class="qp-button qp-button--secondary" onclick={on_add}>
                        { add_label }
                    </button></p>
                }
                <button type="submit" class="qp-button">{ msgs.text("calc-submit") }</button>
            </form>
            if let Some((report, today)) = (*result).clone() {
                <section class="qp-answer" aria-labelledby={RESULT_ID}>
                    { report_view(&msgs, &report, today, &breakdown_open) }
                </section>
            }
        </div>
    }
}

fn report_view(msgs: &Rc<Messages>, r: &StayReport, today: CivilDate, open: &UseStateHandle<bool>) -> Html {
    let used = [
        ("count", count(r.days_used as usize)),
        ("limit", count(r.limit as usize)),
    ];
    let counted = match (r.rule.window, r.current_window()) {
        (Window::CalendarYear, _) => msgs.format(
            "calc-stay-counted-year",
            &[("year", Arg::from(today.year().to_string()))],
        ),
        (Window::PerStay, Some(w)) => msgs.format(
            "calc-stay-counted-stay",
            &[("date", Arg::from(long_date(msgs, w.first)))],
        ),
        (Window::PerStay, None) => msgs.text("calc-stay-counted-none"),
    };
    let runs_out = match r.runs_out {
        RunsOut::On(date) => html! {
            <p>{ msgs.format("calc-stay-runs-out", &[("date", Arg::from(weekday_date(msgs, date)))]) }</p>
        },
        RunsOut::AlreadyOver if r.overstay_days == 0 => html! {
            <div class="qp-calc__warning"><p><strong>{ msgs.text("calc-stay-already-over") }</strong></p></div>
        },
        RunsOut::AlreadyOver => Html::default(),
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: web_sys::Event| {
            open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
        })
    };
    let on_print = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(true);
            // After the render that opens the breakdown, so it is printed too.
            wasm_bindgen_futures::spawn_local(async {
                crate::api::next_tick().await;
                dom::print();
            });
        })
    };
    let windows = r.windows.iter().map(|w| window_view(msgs, r, w));
    html! {
        <>
            { result_heading(msgs.format("calc-stay-used", &used)) }
            <p class="qp-answer__fact">{ msgs.format("calc-stay-left", &[("count", count(r.days_left as usize))]) }</p>
            <p>{ counted }</p>
            if r.overstay_days > 0 {
                <div class="qp-calc__warning">
                    <p><strong>{ msgs.format("calc-stay-overstay", &[("count", count(r.overstay_days as usize))]) }</strong></p>
                    <p>{ msgs.text("calc-stay-overstay-advice") }</p>
                </div>
            }
            { runs_out }
            { rule_facts(msgs, r.rule.id, r.rule.applies_from) }
            <details class="qp-calc__breakdown" open={**open} ontoggle={on_toggle}>
                <summary>{ msgs.text("calc-stay-breakdown") }</summary>
                { for windows }
            </details>
            <p class="qp-calc__print">
                <button type="button" class="qp-button qp-button--secondary" onclick={on_print}>{ msgs.text("calc-stay-print") }</button>
            </p>
        </>
    }
}

fn window_view(msgs: &Messages, r: &StayReport, w: &WindowUsage) -> Html {
    let title = match r.rule.window {
        Window::CalendarYear => msgs.format(
            "calc-stay-window-year",
            &[("year", Arg::from(w.first.year().to_string()))],
        ),
        Window::PerStay => {
            let dates = [
                ("first", Arg::from(long_date(msgs, w.first))),
                ("last", Arg::from(long_date(msgs, w.last))),
            ];
            msgs.format("calc-stay-window-stay", &dates)
        }
    };
    let summary = [("count", count(w.used as usize)), ("limit", count(r.limit as usize))];
    let rows = explain::rows(w, r.limit).into_iter().map(|row| {
        let trips: Vec<String> = row.trips.iter().map(|i| (i + 1).to_string()).collect();
        html! {
            <tr class={classes!(row.over.then_some("qp-calc__over"))}>
                <td>{ row.number }
                    if row.over { { " — " }{ msgs.text("calc-stay-breakdown-over") } }
                </td>
                <td>{ time(row.date, weekday_date(msgs, row.date)) }</td>
                <td>{ trips.join(", ") }</td>
            </tr>
        }
    });
    html! {
        <section class="qp-calc__window">
            <h3>{ title }</h3>
            <p>{ msgs.format("calc-stay-window-used", &summary) }</p>
            if w.used > 0 {
                <table class="qp-calc__days">
                    <thead><tr>
                        <th scope="col">{ msgs.text("calc-stay-breakdown-day") }</th>
                        <th scope="col">{ msgs.text("calc-stay-breakdown-date") }</th>
                        <th scope="col">{ msgs.text("calc-stay-breakdown-trip") }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
