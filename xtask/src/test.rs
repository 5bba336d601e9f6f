//! Every test, in order of speed: native unit and integration tests, browser
//! tests in headless Chromium, end-to-end tests (Playwright + axe-core)
//! against the release bundle on the reference server, then the conformance
//! check against the reference backend and the check's own tests.

use crate::cmd::{command, exec, Result};
use crate::serve::{free_port, scratch_db, start_server};
use crate::{build, conformance, setup, sizes};

/// The host site the tests embed the app in (the widget's e2e tests, the
/// conformance check's hosts class).
const HOST_SITE: &str = "https://host.test";

pub fn run() -> Result {
    setup::run()?;
    exec(command("cargo").args(["test", "-p", "qapi-core", "-p", "qapi-server", "-p", "xtask"]))?;
    exec(
        command("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "-p", "qapi"])
            .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    )?;
    build::release_bundle()?;
    sizes::check_budgets()?;
    let port = free_port()?;
    // The e2e tests send ratings and lookups faster than a person would.
    let mut server = start_server(
        port,
        &scratch_db("test")?,
        &[
            "--creations-per-minute",
            "1000",
            "--ratings-per-hour",
            "1000",
            // Every lookup test comes from one address and asks about the same demo people.
            "--lookups-per-minute",
            "1000",
            "--person-lookups-per-hour",
            "1000",
            // The queue's tests book a dozen visits and read free times at every step.
            "--bookings-per-hour",
            "1000",
            "--queue-reads-per-minute",
            "10000",
            // widget.spec.ts frames the app from this host (and from one not allowed).
            "--frame-ancestor",
            HOST_SITE,
        ],
    )?;
    let e2e = exec(
        command("npx")
            .args(["playwright", "test", "-c", "tests/e2e/playwright.config.ts"])
            .env("QAPI_BASE_URL", format!("http://127.0.0.1:{port}")),
    );
    let _ = server.kill();
    let _ = server.wait();
    e2e?;

    // Schemathesis sends many lookups: a limit high enough not to turn them all into 429s.
    let port = free_port()?;
    let mut server = start_server(
        port,
        &scratch_db("conformance")?,
        &[
            "--lookups-per-minute",
            "100000",
            "--creations-per-minute",
            "100000",
            "--queue-reads-per-minute",
            "100000",
            "--lookups-global-per-minute",
            "100000",
            "--person-lookups-per-hour",
            "100000",
            "--bookings-per-hour",
            "100000",
            "--ratings-per-hour",
            "100000",
            "--frame-ancestor",
            HOST_SITE,
        ],
    )?;
    let conformance = conformance::run(&format!("http://127.0.0.1:{port}"), &[HOST_SITE.to_owned()]);
    let _ = server.kill();
    let _ = server.wait();
    conformance?;
    conformance::self_test()?;
    println!("test: all tests passed");
    Ok(())
}
