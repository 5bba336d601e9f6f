//! Reads `data/holidays.json`, checks it, and writes it out as `'static` Rust
//! for `src/calc/holidays.rs` (which includes it). Checks: valid dates inside
//! their year, years and days in order, known kinds, every source cited and
//! every citation known, and the Labour Code's substitution rule: each holiday
//! name on a date needs its own day off (art. 105.5 for weekends, 105.6 for
//! Gurban or Ramazan on another holiday), so a forgotten substitute day is a
//! build error rather than a wrong deadline.

#[allow(dead_code)]
#[path = "../src/date.rs"]
mod date;

use date::CivilDate;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

const FILE: &str = "crates/core/data/holidays.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    about: String,
    checked: String,
    sources: Vec<SourceIn>,
    years: Vec<YearIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceIn {
    id: String,
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct YearIn {
    year: i32,
    status: String,
    note: String,
    days: Vec<DayIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DayIn {
    date: String,
    kind: String,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default, rename = "for")]
    instead_of: Option<String>,
    source: String,
    #[serde(default)]
    note: String,
}

const KINDS: &[(&str, &str)] = &[
    ("holiday", "Holiday"),
    ("mourning", "Mourning"),
    ("election", "Election"),
    ("substitute", "Substitute"),
    ("transfer-off", "TransferOff"),
    ("working", "Working"),
];

/// Strict `YYYY-MM-DD`.
fn parse_date(s: &str) -> Option<CivilDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    CivilDate::new(s[0..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
}

fn weekday_name(d: CivilDate) -> &'static str {
    [
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
    ][d.to_days().rem_euclid(7) as usize]
}

fn is_weekend(d: CivilDate) -> bool {
    matches!(d.to_days().rem_euclid(7), 2 | 3)
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn ymd(d: CivilDate) -> String {
    format!("Ymd {{ year: {}, month: {}, day: {} }}", d.year(), d.month(), d.day())
}

pub fn compile(json: &str) -> Result<String, String> {
    let file: File = serde_json::from_str(json).map_err(|e| format!("{FILE}: {e}"))?;
    let fail = |what: String| format!("{FILE}: {what}");

    if file.about.trim().is_empty() {
        return Err(fail("\"about\" is empty".into()));
    }
    let checked =
        parse_date(&file.checked).ok_or_else(|| fail(format!("checked: {:?} is not a date", file.checked)))?;

    let mut source_index = BTreeMap::new();
    for (i, s) in file.sources.iter().enumerate() {
        if !is_key(&s.id) {
            return Err(fail(format!("source id {:?} must be lower-case kebab-case", s.id)));
        }
        if source_index.insert(s.id.as_str(), i).is_some() {
            return Err(fail(format!("source {:?} is defined twice", s.id)));
        }
        if s.title.trim().is_empty() {
            return Err(fail(format!("source {:?} has no title", s.id)));
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return Err(fail(format!(
                "source {:?}: url {:?} is not an http(s) address",
                s.id, s.url
            )));
        }
    }

    // Every listed date, across years, for the `for` references.
    let mut holidays: BTreeMap<CivilDate, &DayIn> = BTreeMap::new();
    let mut previous_year = None;
    let mut cited = BTreeSet::new();
    let mut parsed_years = Vec::new();
    for y in &file.years {
        if previous_year.is_some_and(|p| y.year <= p) {
            return Err(fail(format!("year {} is out of order or repeated", y.year)));
        }
        previous_year = Some(y.year);
        let certainty = match y.status.as_str() {
            "final" => "Final",
            "provisional" => "Provisional",
            other => {
                return Err(fail(format!(
                    "{}: status {other:?} is neither \"final\" nor \"provisional\"",
                    y.year
                )))
            }
        };
        if y.note.trim().is_empty() {
            return Err(fail(format!(
                "{}: the note on how certain the year is is empty",
                y.year
            )));
        }
        if y.days.is_empty() {
            return Err(fail(format!("{}: no days listed", y.year)));
        }
        let mut days = Vec::new();
        let mut previous: Option<CivilDate> = None;
        for day in &y.days {
            let at = |what: String| fail(format!("{}: {what}", day.date));
            let date = parse_date(&day.date).ok_or_else(|| fail(format!("{:?} is not a YYYY-MM-DD date", day.date)))?;
            if date.year() != y.year {
                return Err(at(format!("listed under {}", y.year)));
            }
            if previous.is_some_and(|p| date <= p) {
                return Err(at("out of order or repeated (one entry per date, in order)".into()));
            }
            previous = Some(date);
            let kind = KINDS
                .iter()
                .find(|(k, _)| *k == day.kind)
                .map(|(_, v)| *v)
                .ok_or_else(|| at(format!("unknown kind {:?}", day.kind)))?;
            if !source_index.contains_key(day.source.as_str()) {
                return Err(at(format!("source {:?} is not in \"sources\"", day.source)));
            }
            cited.insert(day.source.as_str());
            let named = matches!(kind, "Holiday" | "Mourning" | "Election");
            if named == day.names.is_empty() {
                return Err(at(if named {
                    format!("a {} needs its names", day.kind)
                } else {
                    format!("a {} day takes no names", day.kind)
                }));
            }
            let mut seen = BTreeSet::new();
            for n in &day.names {
                if !is_key(n) || !seen.insert(n) {
                    return Err(at(format!("name {n:?} must be kebab-case and listed once")));
                }
            }
            match (kind, day.instead_of.is_some(), is_weekend(date)) {
                ("Substitute", false, _) => {
                    return Err(at("a substitute needs \"for\": the holiday it stands for".into()))
                }
                ("Substitute" | "TransferOff", _, true) => {
                    return Err(at(format!(
                        "a {} day must be Monday-Friday, not a {}",
                        day.kind,
                        weekday_name(date)
                    )))
                }
                ("Working", false, false) => {
                    return Err(at(
                        "a weekday listed as working must name in \"for\" the holiday whose substitute it was".into(),
                    ))
                }
                ("Working", true, true) => return Err(at("a working weekend day takes no \"for\"".into())),
                ("Holiday" | "Mourning" | "Election" | "TransferOff", true, _) => {
                    return Err(at(format!("a {} day takes no \"for\"", day.kind)))
                }
                _ => {}
            }
            if kind == "Holiday" {
                holidays.insert(date, day);
            }
            days.push((date, kind, day));
        }
        parsed_years.push((y, certainty, days));
    }
    if let Some(unused) = file.sources.iter().find(|s| !cited.contains(s.id.as_str())) {
        return Err(fail(format!("source {:?} is never cited", unused.id)));
    }

    // `for` points at an earlier listed holiday, at most two weeks before.
    let mut substitutes: BTreeMap<CivilDate, usize> = BTreeMap::new();
    for (_, _, days) in &parsed_years {
        for (date, _, day) in days {
            let Some(target) = &day.instead_of else { continue };
            let at = |what: String| fail(format!("{}: {what}", day.date));
            let target = parse_date(target).ok_or_else(|| at(format!("\"for\" {target:?} is not a date")))?;
            if !holidays.contains_key(&target) {
                return Err(at(format!("\"for\" {target} is not a listed holiday")));
            }
            let gap = date.to_days() - target.to_days();
            if !(1..=14).contains(&gap) {
                return Err(at(format!("\"for\" {target} must be 1-14 days earlier")));
            }
            *substitutes.entry(target).or_default() += 1;
        }
    }
    for (date, day) in &holidays {
        let due = day.names.len() - usize::from(!is_weekend(*date));
        let given = substitutes.get(date).copied().unwrap_or(0);
        if due != given {
            return Err(fail(format!(
                "{date} ({}, a {}) needs {due} substitute day(s) naming it in \"for\" (Labour Code art. 105.5-105.6), but {given} do",
                day.names.join(" + "),
                weekday_name(*date)
            )));
        }
    }

    let mut out = String::new();
    let _ = writeln!(out, "// Generated by build/holidays.rs from {FILE}.");
    for (i, s) in file.sources.iter().enumerate() {
        let _ = writeln!(
            out,
            "static SOURCE_{i}: Source = Source {{ id: {:?}, title: {:?}, url: {:?} }};",
            s.id, s.title, s.url
        );
    }
    let refs: Vec<String> = (0..file.sources.len()).map(|i| format!("&SOURCE_{i}")).collect();
    let _ = writeln!(out, "static SOURCES: &[&Source] = &[{}];", refs.join(", "));
    let _ = writeln!(out, "static CHECKED: Ymd = {};", ymd(checked));
    let _ = writeln!(out, "static YEARS: &[Year] = &[");
    for (y, certainty, days) in &parsed_years {
        let _ = writeln!(
            out,
            "    Year {{ year: {}, certainty: Certainty::{certainty}, note: {:?}, days: &[",
            y.year, y.note
        );
        for (date, kind, day) in days {
            let names: Vec<String> = day.names.iter().map(|n| format!("{n:?}")).collect();
            let instead_of = day
                .instead_of
                .as_deref()
                .and_then(parse_date)
                .map_or_else(|| "None".to_owned(), |d| format!("Some({})", ymd(d)));
            let _ = writeln!(
                out,
                "        Day {{ date: {}, kind: DayKind::{kind}, names: &[{}], instead_of: {instead_of}, source: &SOURCE_{}, note: {:?} }},",
                ymd(*date),
                names.join(", "),
                source_index[day.source.as_str()],
                day.note
            );
        }
        let _ = writeln!(out, "    ] }},");
    }
    let _ = writeln!(out, "];");
    Ok(out)
}
