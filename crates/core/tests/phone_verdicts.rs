//! `validate::phone` against Google's libphonenumber, the reference.
//!
//! `tests/phone/verdicts.py` (pinned `phonenumbers`, libphonenumber's
//! official Python port) wrote `tests/data/phone_verdicts.json`: written
//! forms of Azerbaijani and foreign numbers, each with libphonenumber's
//! verdict (`parse(input, "AZ")`, then `is_valid_number`) and E.164 form, and
//! the starts of every valid Azerbaijani national number. No Python is
//! needed here.
//!
//! Azerbaijani numbers are checked against the numbering plan, as
//! libphonenumber does, and must agree on every six-digit start. Foreign
//! numbers are checked only by country code and length: where
//! libphonenumber's plan for a country is stricter, we accept what it
//! refuses. That, and three ways of writing where we deliberately differ,
//! are the accepted discrepancies (`Accepted`); every other entry must agree
//! exactly, verdict and E.164.

use qapi_core::validate::{phone, Code};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Deserialize)]
struct Verdicts {
    phonenumbers: String,
    az_valid_starts: Vec<String>,
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    input: String,
    kind: String,
    valid: bool,
    e164: Option<String>,
}

fn verdicts() -> Verdicts {
    serde_json::from_str(include_str!("data/phone_verdicts.json")).expect("phone_verdicts.json parses")
}

/// Where we and libphonenumber may disagree, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Accepted {
    /// A foreign number with a known country code and a length that country
    /// uses, but a start its plan does not allocate: we accept it,
    /// libphonenumber does not. Foreign numbers are checked by code and
    /// length only; every country's plan would cost the browser tens of KB.
    /// Never an Azerbaijani number.
    ForeignPlan,
    /// Over E.164's 15 digits: libphonenumber allows a few longer national
    /// numbers (Germany's up to 15 digits after +49); we follow E.164.
    OverE164,
    /// Text in or around the number: libphonenumber reads three or more
    /// letters as a keypad's digits (`050-FLOWERS`), drops trailing text,
    /// symbols and extensions (`ext 12`, `x5`, `!`) and takes `tel:`. A
    /// phone number on a form is digits only: a letter is likely a typo (`O`
    /// for `0`) and an extension cannot be called by the Service's SMS.
    Text,
    /// Spaces libphonenumber's parser does not list (narrow no-break U+202F,
    /// which phones and French-style formatting put between groups; thin
    /// U+2009): it refuses the number, we read them as spaces. The same
    /// number written with plain spaces must agree with libphonenumber.
    Spaces,
}

fn is_number_character(c: char) -> bool {
    c.is_numeric()
        || c.is_whitespace()
        || matches!(
            c,
            '+' | '＋' | '-' | '‐'..='―' | '−' | '.' | '/' | '(' | ')' | '\u{202a}'..='\u{202e}'
        )
}

fn accepted(entry: &Entry, ours: &Result<String, Code>, by_input: &HashMap<&str, &Entry>) -> Option<Accepted> {
    match ours {
        Ok(e164) if !entry.valid && !e164.starts_with("+994") && entry.input.chars().all(is_number_character) => {
            Some(Accepted::ForeignPlan)
        }
        Ok(e164) if !entry.valid && entry.input.contains(['\u{202f}', '\u{2009}']) => {
            let plain = entry.input.replace(['\u{202f}', '\u{2009}'], " ");
            let reference = by_input.get(plain.as_str())?;
            (reference.valid && reference.e164.as_ref() == Some(e164)).then_some(Accepted::Spaces)
        }
        Err(Code::PhoneFormat) if entry.valid && entry.e164.as_ref().is_some_and(|e| e.len() > 16) => {
            Some(Accepted::OverE164)
        }
        Err(Code::PhoneFormat) if entry.valid && !entry.input.chars().all(is_number_character) => Some(Accepted::Text),
        _ => None,
    }
}

#[test]
fn every_written_form_gets_libphonenumbers_verdict_or_an_accepted_difference() {
    let verdicts = verdicts();
    assert!(verdicts.entries.len() > 1000, "too few entries");
    let by_input: HashMap<&str, &Entry> = verdicts.entries.iter().map(|e| (e.input.as_str(), e)).collect();
    let mut differences: BTreeMap<Accepted, Vec<&str>> = BTreeMap::new();
    let mut wrong = Vec::new();
    for entry in &verdicts.entries {
        let ours = phone(&entry.input);
        let agrees = match (&ours, entry.valid) {
            (Ok(e164), true) => Some(e164) == entry.e164.as_ref(),
            (Err(_), false) => true,
            _ => false,
        };
        if agrees {
            continue;
        }
        match accepted(entry, &ours, &by_input) {
            Some(why) => differences.entry(why).or_default().push(&entry.input),
            None => wrong.push(format!(
                "{:?} ({}): libphonenumber {} {:?}, we {:?}",
                entry.input, entry.kind, entry.valid, entry.e164, ours
            )),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} entries disagree with libphonenumber {}:\n{}",
        wrong.len(),
        verdicts.entries.len(),
        verdicts.phonenumbers,
        wrong.join("\n")
    );
    for (why, inputs) in &differences {
        println!(
            "{why:?}: {} entries, e.g. {:?}",
            inputs.len(),
            &inputs[..inputs.len().min(3)]
        );
    }
    // The differences as reviewed: a new one is a change to look at.
    let counts: Vec<(Accepted, usize)> = differences.iter().map(|(why, inputs)| (*why, inputs.len())).collect();
    assert_eq!(
        counts,
        [
            (Accepted::ForeignPlan, 108),
            (Accepted::OverE164, 1),
            (Accepted::Text, 13),
            (Accepted::Spaces, 14)
        ]
    );
    // Azerbaijani numbers differ only in how they may be written.
    for why in [Accepted::ForeignPlan, Accepted::OverE164] {
        for input in differences.get(&why).into_iter().flatten() {
            let entry = by_input[input];
            assert!(
                !entry.kind.starts_with("az"),
                "{input:?} is Azerbaijani but differs as {why:?}"
            );
        }
    }
}

#[test]
fn every_six_digit_start_of_an_azerbaijani_number_gets_libphonenumbers_verdict() {
    let verdicts = verdicts();
    let mut wrong = Vec::new();
    for start in 0..1_000_000 {
        let national = format!("{start:06}000");
        let valid = verdicts
            .az_valid_starts
            .iter()
            .any(|s| national.starts_with(s.as_str()));
        let ours = phone(&format!("+994{national}"));
        let expected = if valid {
            Ok(format!("+994{national}"))
        } else if national.starts_with('0') {
            // The trunk prefix and eight digits: too short, not unallocated.
            Err(Code::PhoneFormat)
        } else {
            Err(Code::PhoneNotAllocated)
        };
        if ours != expected {
            wrong.push(national);
        }
    }
    assert!(
        wrong.is_empty(),
        "{} starts disagree, e.g. {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(10)]
    );
}
