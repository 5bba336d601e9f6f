//! The two calculators' start pages: the last day to register at the place
//! of stay, and the days of temporary stay used and left. One lazily loaded
//! chunk. Everything is worked out in the browser by `qapi_core::calc`:
//! nothing is sent anywhere (so they work offline once loaded), and what is
//! typed lives only in the page's state, gone when the person leaves.

mod registration;
mod stay;
mod trip;

use crate::components::citizenship::{resolve, Citizenship};
pub(crate) use crate::components::form::{long_date, today, weekday_date};
use crate::dom;
use crate::i18n::use_i18n;
use crate::lazy::{Loader, Preloader};
use crate::route::Route;
use qapi_core::calc::Ymd;
use qapi_core::date::CivilDate;
use qapi_core::date_entry::{DateParts, EntryError, Part};
use qapi_core::i18n::{Arg, Messages};
use qapi_core::start_page::{Calculator, StartPage};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CalculatorProps {
    pub calculator: Calculator,
}

// Each calculator is a chunk of its own (they share little but the form
// parts), showing the same sections.
crate::lazy_feature!(
    registration_chunk,
    load_registration,
    preload_registration,
    CalculatorProps,
    RegistrationPage,
    sections = StartPage::Calculator(Calculator::RegistrationDeadline).sections()
);
crate::lazy_feature!(
    stay_chunk,
    load_stay,
    preload_stay,
    CalculatorProps,
    StayPage,
    sections = StartPage::Calculator(Calculator::TemporaryStay).sections()
);

/// The chunk of a calculator.
pub fn loader(calculator: Calculator) -> Loader<CalculatorProps> {
    match calculator {
        Calculator::RegistrationDeadline => load_registration,
        Calculator::TemporaryStay => load_stay,
    }
}

/// Fetches the chunk of a calculator without showing it.
pub fn preloader(calculator: Calculator) -> Preloader {
    match calculator {
        Calculator::RegistrationDeadline => preload_registration,
        Calculator::TemporaryStay => preload_stay,
    }
}

#[component]
fn RegistrationPage(_: &CalculatorProps) -> Html {
    let calculator = html! { <registration::RegistrationCalculator /> };
    page(&use_i18n(), Calculator::RegistrationDeadline, calculator)
}

#[component]
fn StayPage(_: &CalculatorProps) -> Html {
    page(
        &use_i18n(),
        Calculator::TemporaryStay,
        html! { <stay::StayCalculator /> },
    )
}

/// A calculator's page: the way back to its service page, then the calculator.
fn page(msgs: &Messages, calculator: Calculator, body: Html) -> Html {
    html! {
        <article class="qp-calc">
            <p><Link<Route> to={Route::Service { lang: msgs.lang(), id: calculator.service().to_owned() }}>
                { msgs.text("form-back") }
            </Link<Route>></p>
            { body }
        </article>
    }
}

/// The id of the result's heading, which takes focus when a result is shown.
const RESULT_ID: &str = "qp-calc-result";

/// One problem to show: the element the summary's link focuses, the text
/// there, and the text beside the field (the same unless the summary needs
/// to say which trip).
#[derive(Clone, PartialEq)]
struct Problem {
    anchor: String,
    summary: String,
    message: String,
    parts: Vec<Part>,
}

impl Problem {
    fn new(anchor: impl Into<String>, message: String) -> Self {
        Problem {
            anchor: anchor.into(),
            summary: message.clone(),
            message,
            parts: Vec::new(),
        }
    }

    /// A problem with a date: the link focuses the first wrong box.
    fn date(date_id: &str, message: String, parts: Vec<Part>) -> Self {
        let part = match parts.first() {
            Some(Part::Month) => "month",
            Some(Part::Year) => "year",
            _ => "day",
        };
        Problem {
            parts,
            ..Problem::new(format!("{date_id}-{part}"), message)
        }
    }
}

/// The message to show beside the field whose problem links to `anchor_prefix…`.
fn message_for(problems: &[Problem], anchor_prefix: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.anchor.starts_with(anchor_prefix))
        .map(|p| p.message.clone())
}

/// A date's message and the boxes to mark, for `DateInput`.
fn date_error(problems: &[Problem], date_id: &str) -> Option<(String, Vec<Part>)> {
    let prefix = format!("{date_id}-");
    problems
        .iter()
        .find(|p| p.anchor.starts_with(&prefix))
        .map(|p| (p.message.clone(), p.parts.clone()))
}

/// The country code chosen (or typed in full), or the message to show.
fn country_code(msgs: &Messages, value: &Citizenship, required: &str) -> Result<String, String> {
    match value.code.clone().or_else(|| resolve(msgs, &value.text)) {
        Some(code) => Ok(code),
        None if value.text.trim().is_empty() => Err(msgs.text(required)),
        None => Err(msgs.text("error-citizenship-unknown")),
    }
}

/// The date in three boxes, or the problem (`required` when all are empty).
fn read_date(msgs: &Messages, date_id: &str, parts: &DateParts, required: String) -> Result<CivilDate, Problem> {
    parts.date().map_err(|e| match e {
        EntryError::Empty => Problem::date(date_id, required, e.parts()),
        e => Problem::date(date_id, msgs.text(e.message_id()), e.parts()),
    })
}

fn time(date: CivilDate, text: String) -> Html {
    html! { <time datetime={date.to_string()}>{ text }</time> }
}

/// The rule an answer used: its name, legal basis and first day.
fn rule_facts(msgs: &Messages, id: &str, applies_from: Ymd) -> Html {
    let message = format!("calc-rule-{id}");
    let since = applies_from
        .date()
        .map(|d| time(d, long_date(msgs, d)))
        .unwrap_or_default();
    html! {
        <>
            <h3>{ msgs.text("calc-rule-heading") }</h3>
            <dl class="qp-facts">
                <div><dt>{ msgs.text("calc-rule-name") }</dt><dd>{ msgs.text(&message) }</dd></div>
                <div><dt>{ msgs.text("calc-rule-legal") }</dt><dd>{ msgs.attr(&message, "legal") }</dd></div>
                <div><dt>{ msgs.text("calc-rule-since") }</dt><dd>{ since }</dd></div>
            </dl>
        </>
    }
}

/// The result's heading; it takes focus, so screen readers announce the result.
fn result_heading(text: String) -> Html {
    html! { <h2 id={RESULT_ID} tabindex="-1">{ text }</h2> }
}

fn focus_result() {
    dom::focus_soon("#qp-calc-result");
}

fn focus_summary() {
    dom::focus_soon("#qp-error-summary");
}

/// The error summary of a calculator's problems.
fn error_summary(msgs: &Messages, problems: &[Problem]) -> Html {
    let items = problems.iter().map(|p| (p.anchor.clone(), p.summary.clone()));
    crate::components::form::error_summary(msgs, items.collect())
}
