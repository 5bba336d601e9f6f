//! Reads `data/districts.json`, checks it, and writes it out as `'static`
//! Rust for `src/forms/district.rs` (which includes it). Checks: kebab-case
//! ids, unique within regions and within units; every unit's region listed,
//! units grouped by region in the regions' (official) order, every region
//! with a unit; a kind of city or district; names in all three languages,
//! each in its own script and unique per language, so two units can never
//! look the same in a list; sources cited by http(s) address; `as_of` a date.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write;

const FILE: &str = "crates/core/data/districts.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    about: String,
    as_of: String,
    sources: Vec<SourceIn>,
    regions: Vec<RegionIn>,
    districts: Vec<DistrictIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceIn {
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionIn {
    id: String,
    az: String,
    en: String,
    ru: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DistrictIn {
    id: String,
    region: String,
    kind: String,
    az: String,
    en: String,
    ru: String,
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Strict `YYYY-MM-DD` with a real month and day.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (
        s[0..4].parse().unwrap(),
        s[5..7].parse().unwrap(),
        s[8..10].parse().unwrap(),
    );
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&day)
}

/// A name in its language's script: a swapped column or a stray letter
/// from another alphabet fails the build. Words are separated by a space
/// or a hyphen.
fn in_script(lang: usize, name: &str) -> bool {
    const AZ: &str = "abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ";
    let letter = |c: char| match lang {
        0 => AZ.contains(c),
        1 => c.is_ascii_alphabetic(),
        _ => matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'),
    };
    let words_ok = name.split([' ', '-']).all(|w| !w.is_empty() && w.chars().all(letter));
    words_ok && name.chars().next().is_some_and(char::is_uppercase)
}

pub fn compile(json: &str) -> Result<String, String> {
    let file: File = serde_json::from_str(json).map_err(|e| format!("{FILE}: {e}"))?;
    let fail = |what: String| format!("{FILE}: {what}");

    if file.about.trim().is_empty() {
        return Err(fail("\"about\" is empty".into()));
    }
    if !is_date(&file.as_of) {
        return Err(fail(format!("as_of: {:?} is not a YYYY-MM-DD date", file.as_of)));
    }
    if file.sources.is_empty() {
        return Err(fail("no sources".into()));
    }
    for s in &file.sources {
        if s.title.trim().is_empty() {
            return Err(fail(format!("source {:?} has no title", s.url)));
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return Err(fail(format!("source url {:?} is not an http(s) address", s.url)));
        }
    }

    let check_names = |what: &str, names: [&str; 3], seen: &mut [HashSet<String>; 3]| -> Result<(), String> {
        for (i, name) in names.into_iter().enumerate() {
            let lang = ["az", "en", "ru"][i];
            if name.trim() != name || !in_script(i, name) {
                return Err(fail(format!(
                    "{what}: {lang} name {name:?} must be non-empty words in the {lang} alphabet, capitalised, without outer spaces"
                )));
            }
            if !seen[i].insert(name.to_owned()) {
                return Err(fail(format!("{what}: {lang} name {name:?} is used twice")));
            }
        }
        Ok(())
    };

    let mut region_ids: Vec<&str> = vec![];
    let mut region_names: [HashSet<String>; 3] = Default::default();
    for r in &file.regions {
        if !is_key(&r.id) {
            return Err(fail(format!(
                "region id {:?} must be lower-case ASCII kebab-case",
                r.id
            )));
        }
        if region_ids.contains(&r.id.as_str()) {
            return Err(fail(format!("region {:?} is listed twice", r.id)));
        }
        region_ids.push(&r.id);
        check_names(&format!("region {}", r.id), [&r.az, &r.en, &r.ru], &mut region_names)?;
    }

    let mut ids = HashSet::new();
    let mut names: [HashSet<String>; 3] = Default::default();
    // Index in `region_ids` of the region being listed: units come grouped
    // by region, in the regions' order.
    let mut current: Option<usize> = None;
    let mut out_units = String::new();
    for d in &file.districts {
        let at = |what: String| fail(format!("{}: {what}", d.id));
        if !is_key(&d.id) {
            return Err(fail(format!("id {:?} must be lower-case ASCII kebab-case", d.id)));
        }
        if !ids.insert(d.id.as_str()) {
            return Err(at("listed twice".into()));
        }
        let region = region_ids
            .iter()
            .position(|r| *r == d.region)
            .ok_or_else(|| at(format!("region {:?} is not in \"regions\"", d.region)))?;
        match current {
            Some(c) if region == c => {}
            Some(c) if region == c + 1 => current = Some(region),
            None if region == 0 => current = Some(region),
            _ => {
                return Err(at(format!(
                    "region {:?} out of order: list units grouped by region, regions in the order of \"regions\"",
                    d.region
                )))
            }
        }
        let city = match d.kind.as_str() {
            "city" => true,
            "district" => false,
            other => return Err(at(format!("kind {other:?} is neither \"city\" nor \"district\""))),
        };
        check_names(&d.id, [&d.az, &d.en, &d.ru], &mut names)?;
        let _ = writeln!(
            out_units,
            "    District {{ id: {:?}, region: {:?}, city: {city}, names: [{:?}, {:?}, {:?}] }},",
            d.id, d.region, d.az, d.en, d.ru
        );
    }
    if let Some(empty) = region_ids.get(current.map_or(0, |c| c + 1)) {
        return Err(fail(format!(
            "region {empty:?} has no units (or they are out of order)"
        )));
    }

    let mut out = String::new();
    let _ = writeln!(out, "// Generated by build/districts.rs from {FILE}.");
    let _ = writeln!(out, "static AS_OF: &str = {:?};", file.as_of);
    let _ = writeln!(out, "static SOURCES: &[Source] = &[");
    for s in &file.sources {
        let _ = writeln!(out, "    Source {{ title: {:?}, url: {:?} }},", s.title, s.url);
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "static REGIONS: &[Region] = &[");
    for r in &file.regions {
        let _ = writeln!(
            out,
            "    Region {{ id: {:?}, names: [{:?}, {:?}, {:?}] }},",
            r.id, r.az, r.en, r.ru
        );
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "static DISTRICTS: &[District] = &[");
    out.push_str(&out_units);
    let _ = writeln!(out, "];");
    Ok(out)
}
