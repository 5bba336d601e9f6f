//! Build-time data: the Fluent files compiled into tables (see `build/fluent.rs`).

#[path = "build/fluent.rs"]
mod fluent;

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
    let mut tables = String::new();
    for (name, file) in [("AZ", "az.ftl"), ("EN", "en.ftl"), ("RU", "ru.ftl")] {
        let path = i18n.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        tables.push_str(&fluent::compile(name, file, &source).unwrap_or_else(|e| panic!("{e}")));
    }
    std::fs::write(Path::new(&out).join("messages.rs"), tables).expect("writing to OUT_DIR");
}
