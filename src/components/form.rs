//! What every form page shares (styles in `form.css`): today in Baku from the
//! browser's clock, the GOV.UK error summary, and dates written out in the
//! page's language. Used only by lazily loaded features, so it lives in
//! their shared chunk.

use crate::dom;
use qapi_core::date::{baku_today, month_message_id, weekday_message_id, CivilDate};
use qapi_core::i18n::{Arg, Messages};
use yew::prelude::*;

/// Today in Baku, where dates of birth, arrivals and visits are counted.
pub fn today() -> CivilDate {
    let now = (js_sys::Date::now() / 1000.0) as i64;
    baku_today(now).unwrap_or_else(|| CivilDate::new(2026, 1, 1).expect("a real date"))
}

/// The error summary: it takes focus (`#qp-error-summary`), and each link,
/// given as (the id of the element it focuses, the message), focuses its
/// field without following the hash, which would add a history entry.
pub fn error_summary(msgs: &Messages, problems: Vec<(String, String)>) -> Html {
    if problems.is_empty() {
        return Html::default();
    }
    let items = problems
        .into_iter()
        .map(|(anchor, message)| summary_link(anchor, message));
    html! {
        <div id="qp-error-summary" class="qp-error-summary" tabindex="-1" aria-labelledby="qp-error-summary-title">
            <h2 id="qp-error-summary-title" class="qp-error-summary__title">{ msgs.text("error-summary-title") }</h2>
            <ul class="qp-error-summary__list">{ for items }</ul>
        </div>
    }
}

/// One item of an error summary: a link that focuses the element with id
/// `anchor` (in a host page the fragment is the host's, so it is not followed).
pub fn summary_link(anchor: String, message: String) -> Html {
    let href = format!("#{anchor}");
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dom::focus_field(&anchor);
    });
    html! { <li><a {href} {onclick}>{ message }</a></li> }
}

/// "27 March 1990", "27 mart 1990-cı il", "27 марта 1990 года".
pub fn long_date(msgs: &Messages, date: CivilDate) -> String {
    let args = [
        ("day", Arg::from(date.day().to_string())),
        ("month", Arg::from(msgs.text(month_message_id(date.month())))),
        ("year", Arg::from(year(msgs.lang(), date.year()))),
    ];
    msgs.format("date-long", &args)
}

/// A year as a date writes it: Azerbaijani says it as an ordinal, whose
/// suffix follows the number ("2026-cı il", "2023-cü il"), which a message
/// cannot choose.
fn year(lang: qapi_core::Lang, year: i32) -> String {
    match lang {
        qapi_core::Lang::Az => format!("{year}-{}", qapi_core::date::az_ordinal_suffix(year.unsigned_abs())),
        _ => year.to_string(),
    }
}

/// A date as the API writes it (`YYYY-MM-DD`), written out; as sent if it is not one.
pub fn iso_long_date(msgs: &Messages, iso: &str) -> String {
    qapi_core::validate::iso_date(iso).map_or_else(|_| iso.to_owned(), |d| long_date(msgs, d))
}

/// The date with its day of the week: "Monday, 30 March 2026".
pub fn weekday_date(msgs: &Messages, date: CivilDate) -> String {
    let args = [
        ("weekday", Arg::from(msgs.text(weekday_message_id(date)))),
        ("date", Arg::from(long_date(msgs, date))),
    ];
    msgs.format("date-with-weekday", &args)
}
