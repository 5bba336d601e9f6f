//! Reads `data/countries.json` (written by `cargo xtask countries` from CLDR),
//! checks it against the core's code list, and writes two Rust files: the
//! language-neutral codes (`country_codes.rs`) and each language's names as
//! a static of its own (`country_names.rs`), so each can sit in its
//! language's lazily loaded chunk.

#[allow(dead_code)]
#[path = "../src/countries/codes.rs"]
mod codes;

use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    cldr: String,
    countries: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Country {
    alpha3: String,
    alpha2: String,
    az: Names,
    en: Names,
    ru: Names,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// The two generated files' sources: (codes, names).
pub fn compile(json: &str) -> Result<(String, String), String> {
    let data: Data = serde_json::from_str(json).map_err(|e| format!("crates/core/data/countries.json: {e}"))?;
    check(&data).map_err(|e| format!("crates/core/data/countries.json: {e} (regenerate it: cargo xtask countries)"))?;

    let n = data.countries.len();
    let alpha2: Vec<String> = data.countries.iter().map(|c| format!("{:?}", c.alpha2)).collect();
    let codes = format!(
        "/// The CLDR release the names come from.\npub const CLDR_VERSION: &str = {:?};\n\
         /// Alpha-2 codes, in the order of `CODES`.\nstatic ALPHA2: [&str; {n}] = [{}];\n",
        data.cldr,
        alpha2.join(", ")
    );

    // One text per language, a line per country in the order of `CODES`:
    // the name, then its aliases, split by U+001F (names hold no control
    // characters, `is_clean`). Text compresses far better than a table of
    // pointers; `names.rs` splits it once, when first asked.
    let mut names = String::new();
    for (i, table) in ["AZ", "EN", "RU"].into_iter().enumerate() {
        let lines: Vec<String> = data
            .countries
            .iter()
            .map(|c| {
                let (_, l) = c.languages()[i];
                std::iter::once(&l.name)
                    .chain(&l.aliases)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\u{1f}")
            })
            .collect();
        names.push_str(&format!("const {table}: &str = {:?};\n", lines.join("\n")));
    }
    Ok((codes, names))
}

fn check(data: &Data) -> Result<(), String> {
    if data.cldr.trim().is_empty() {
        return Err("no CLDR version".to_owned());
    }
    let alpha3: Vec<&str> = data.countries.iter().map(|c| c.alpha3.as_str()).collect();
    if alpha3 != codes::CODES {
        let missing: Vec<_> = codes::CODES.iter().filter(|c| !alpha3.contains(c)).collect();
        let extra: Vec<_> = alpha3.iter().filter(|c| !codes::CODES.contains(c)).collect();
        return Err(format!(
            "the countries differ from countries/codes.rs (missing {missing:?}, not in the list {extra:?}, or out of order)"
        ));
    }
    let mut alpha2 = HashSet::new();
    for c in &data.countries {
        if c.alpha2.len() != 2 || !c.alpha2.bytes().all(|b| b.is_ascii_uppercase()) || !alpha2.insert(&c.alpha2) {
            return Err(format!(
                "{}: alpha-2 {:?} is not two capital letters, or is used twice",
                c.alpha3, c.alpha2
            ));
        }
        for (lang, names) in c.languages() {
            let texts = std::iter::once(&names.name).chain(&names.aliases);
            if let Some(bad) = texts.clone().find(|t| !is_clean(t)) {
                return Err(format!(
                    "{} ({lang}): {bad:?} is empty, padded or holds control characters",
                    c.alpha3
                ));
            }
            if texts.collect::<HashSet<_>>().len() != 1 + names.aliases.len() {
                return Err(format!(
                    "{} ({lang}): an alias repeats the name or another alias",
                    c.alpha3
                ));
            }
        }
    }
    Ok(())
}

impl Country {
    fn languages(&self) -> [(&'static str, &Names); 3] {
        [("az", &self.az), ("en", &self.en), ("ru", &self.ru)]
    }
}

fn is_clean(text: &str) -> bool {
    !text.is_empty() && text.trim() == text && !text.chars().any(char::is_control)
}
