//! `cargo xtask countries`: writes `crates/core/data/countries.json`, the
//! country names in az, en and ru, from CLDR's npm packages (pinned in
//! `package.json`), so no name is typed by hand and building needs no npm.
//! For each code of the core's list: alpha-3, alpha-2 (CLDR's code
//! mappings) and each language's standard territory name, with CLDR's
//! alternative forms (`-alt-short`, `-alt-variant` …) as search aliases.

#[allow(dead_code)]
#[path = "../../crates/core/src/countries/codes.rs"]
mod codes;

use crate::cmd::{root, Result};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const LANGS: [&str; 3] = ["az", "en", "ru"];
const OUT: &str = "crates/core/data/countries.json";

pub fn run() -> Result {
    let modules = root().join("node_modules");
    let version = version(&modules)?;
    let alpha2 = alpha2_by_alpha3(&modules)?;
    let mut territories = Vec::new();
    for lang in LANGS {
        let file = format!("cldr-localenames-full/main/{lang}/territories.json");
        let json = read(&modules.join(&file))?;
        let names = json["main"][lang]["localeDisplayNames"]["territories"]
            .as_object()
            .ok_or(format!("{file}: no territories"))?
            .iter()
            .map(|(k, v)| {
                Ok((
                    k.clone(),
                    v.as_str().ok_or(format!("{file}: {k} is not text"))?.to_owned(),
                ))
            })
            .collect::<Result<BTreeMap<String, String>>>()?;
        territories.push((lang, names));
    }

    let mut lines = Vec::new();
    for &alpha3 in codes::CODES {
        let a2 = alpha2
            .get(alpha3)
            .ok_or(format!("CLDR maps no alpha-2 code to {alpha3}"))?;
        let mut line = format!("{{\"alpha3\": {}, \"alpha2\": {}", quote(alpha3), quote(a2));
        for (lang, names) in &territories {
            let name = names
                .get(a2)
                .ok_or(format!("CLDR has no {lang} name for {a2} ({alpha3})"))?;
            // BTreeMap order, so the aliases come out the same every run.
            let prefix = format!("{a2}-alt-");
            let aliases: Vec<String> = names
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .map(|(_, v)| v)
                .filter(|v| *v != name)
                .map(|v| quote(v))
                .collect();
            line.push_str(&format!(", {}: {{\"name\": {}", quote(lang), quote(name)));
            if !aliases.is_empty() {
                line.push_str(&format!(", \"aliases\": [{}]", aliases.join(", ")));
            }
            line.push('}');
        }
        line.push('}');
        lines.push(line);
    }

    let json = format!(
        "{{\n\"cldr\": {},\n\"countries\": [\n{}\n]\n}}\n",
        quote(&version),
        lines.join(",\n")
    );
    std::fs::write(root().join(OUT), json).map_err(|e| format!("{OUT}: {e}"))?;
    println!("{OUT}: {} countries from CLDR {version}", lines.len());
    Ok(())
}

/// The CLDR release both packages carry (they must be the same one).
fn version(modules: &Path) -> Result<String> {
    let of = |package: &str| -> Result<String> {
        let json = read(&modules.join(package).join("package.json"))?;
        json["version"]
            .as_str()
            .map(str::to_owned)
            .ok_or(format!("{package}/package.json: no version"))
    };
    let (names, core) = (of("cldr-localenames-full")?, of("cldr-core")?);
    if names != core {
        return Err(format!(
            "cldr-localenames-full {names} and cldr-core {core} differ: pin one CLDR release"
        ));
    }
    Ok(names)
}

/// CLDR keys territory names by alpha-2; its code mappings give the alpha-3.
fn alpha2_by_alpha3(modules: &Path) -> Result<BTreeMap<String, String>> {
    let file = "cldr-core/supplemental/codeMappings.json";
    let json = read(&modules.join(file))?;
    let mappings = json["supplemental"]["codeMappings"]
        .as_object()
        .ok_or(format!("{file}: no codeMappings"))?;
    let mut by_alpha3 = BTreeMap::new();
    for (alpha2, m) in mappings {
        let Some(alpha3) = m["_alpha3"].as_str() else { continue };
        if alpha2.len() != 2 {
            continue;
        }
        if let Some(other) = by_alpha3.insert(alpha3.to_owned(), alpha2.clone()) {
            if codes::CODES.contains(&alpha3) {
                return Err(format!("{file}: {alpha3} has two alpha-2 codes, {other} and {alpha2}"));
            }
        }
    }
    Ok(by_alpha3)
}

fn read(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (run `npm ci` first: the CLDR packages are npm devDependencies)",
            path.display()
        )
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn quote(s: &str) -> String {
    Value::from(s).to_string()
}
