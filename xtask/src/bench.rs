//! Figures, not pass/fail: the home page's first-load bytes per file and the
//! wasm's bytes by crate (see `sizes`), the time
//! from navigation to the rendered catalog in headless Chromium, and the
//! reference server under load on loopback (`crates/server/benches/load.rs`).

use crate::cmd::{command, exec, Result};
use crate::serve::{free_port, scratch_db, start_server};
use crate::{build, setup, sizes};

pub fn run() -> Result {
    setup::run()?;
    build::release_bundle()?;
    // Figures even over budget; `cargo xtask test` is what fails then.
    if let Err(over) = sizes::report() {
        println!("{over}");
    }
    let port = free_port()?;
    let mut server = start_server(port, &scratch_db("bench")?, &[])?;
    let timing = exec(
        command("node")
            .arg("tests/bench/load_time.mjs")
            .env("QAPI_BASE_URL", format!("http://127.0.0.1:{port}")),
    );
    let _ = server.kill();
    let _ = server.wait();
    timing?;
    println!();
    exec(command("cargo").args(["bench", "--quiet", "-p", "qapi-server", "--bench", "load"]))
}
