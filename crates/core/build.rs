//! Build-time data, so the browser parses nothing at start-up: the Fluent
//! files compiled into tables (`build/fluent.rs`) and the catalog baked into
//! a static (`build/catalog.rs`), both checked here: bad data fails the build.

#[path = "build/catalog.rs"]
mod bake_catalog;
#[path = "build/countries.rs"]
mod bake_countries;
#[path = "build/districts.rs"]
mod bake_districts;
#[path = "build/holidays.rs"]
mod bake_holidays;
#[path = "build/fluent.rs"]
mod fluent;
#[path = "src/i18n/section.rs"]
mod section;

// The catalog's model, compiled here too, so the data is read by the same
// types and rules as at run time.
#[macro_use]
#[path = "src/keyed.rs"]
mod keyed;
#[allow(dead_code)]
#[path = "src/lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "src/catalog/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/money.rs"]
mod money;

use lang::Lang;
use std::path::Path;

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &Path| {
        println!("cargo::rerun-if-changed={}", path.display());
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };

    let mut tables = String::new();
    for (name, file) in [("AZ", "az.ftl"), ("EN", "en.ftl"), ("RU", "ru.ftl")] {
        let source = read(&here.join("../../i18n").join(file));
        tables.push_str(&fluent::compile(name, file, &source).unwrap_or_else(|e| panic!("{e}")));
    }
    std::fs::write(out.join("messages.rs"), tables).expect("writing to OUT_DIR");

    println!("cargo::rerun-if-changed={}", here.join("src/i18n/section.rs").display());
    for model in ["src/catalog/model.rs", "src/money.rs", "src/keyed.rs", "src/lang.rs"] {
        println!("cargo::rerun-if-changed={}", here.join(model).display());
    }
    let catalog = bake_catalog::compile(&read(&here.join("data/catalog.json"))).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("catalog.rs"), catalog).expect("writing to OUT_DIR");

    println!("cargo::rerun-if-changed={}", here.join("src/date.rs").display());
    let holidays = bake_holidays::compile(&read(&here.join("data/holidays.json"))).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("holidays.rs"), holidays).expect("writing to OUT_DIR");

    let districts = bake_districts::compile(&read(&here.join("data/districts.json"))).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("districts.rs"), districts).expect("writing to OUT_DIR");

    let code_list = here.join("src/countries/codes.rs");
    println!("cargo::rerun-if-changed={}", code_list.display());
    let countries = bake_countries::compile(&read(&here.join("data/countries.json")));
    let (codes, names) = countries.unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("country_codes.rs"), codes).expect("writing to OUT_DIR");
    std::fs::write(out.join("country_names.rs"), names).expect("writing to OUT_DIR");
}
