//! `cargo xtask <command>`: the project's one entry point for people and CI.
//!
//! setup   install what a fresh machine lacks (idempotent)
//! serve   build the release bundle and run the portal (--port 8080)
//! test    set up, then run every test: native, browser, end-to-end
//! bench   print bundle sizes, load times in headless Chromium, server load figures
//! sizes   build the release bundle, print its sizes and check the home-page budget
//! conformance --base-url URL   check a running backend against api/openapi.yaml
//! countries   write crates/core/data/countries.json from CLDR's npm packages

mod bench;
mod build;
mod cmd;
mod conformance;
mod countries;
mod imports;
mod installable;
mod packs;
mod prerender;
mod serve;
mod setup;
mod sizes;
mod test;

use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo xtask <setup | serve [--port N] | test | bench | sizes | conformance --base-url URL | countries>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run(),
        Some("serve") => serve::port_arg(&args[1..]).and_then(serve::run),
        Some("test") => test::run(),
        Some("bench") => bench::run(),
        Some("sizes") => build::release_bundle().and_then(|()| sizes::report()),
        Some("conformance") => conformance::args(&args[1..]).and_then(|(url, hosts)| conformance::run(&url, &hosts)),
        Some("countries") => countries::run(),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
