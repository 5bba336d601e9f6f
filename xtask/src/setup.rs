//! Installs what a fresh machine lacks, and nothing it already has: the wasm
//! target, wasm-bindgen-cli (matching the crate exactly), the npm tools
//! pinned in package-lock.json, Debian's Chromium and ChromeDriver, the
//! conformance check's Python venv, and the crates (fetched once, so later
//! builds need no network).

use crate::cmd::{command, exec, output, root, Result};
use std::path::Path;

/// Must equal the `wasm-bindgen` version pinned in Cargo.toml.
const WASM_BINDGEN: &str = "0.2.130";

pub fn run() -> Result {
    wasm_target()?;
    // Not --locked: one of its locked dependencies was yanked.
    cargo_tool(
        "wasm-bindgen",
        &["--version"],
        WASM_BINDGEN,
        &["wasm-bindgen-cli", "--version", WASM_BINDGEN],
    )?;
    npm_tools()?;
    browser()?;
    crate::conformance::venv()?;
    exec(command("cargo").args(["fetch", "--quiet"]))?;
    println!("setup: everything is installed");
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    exec(command("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn cargo_tool(bin: &str, version_args: &[&str], version: &str, install: &[&str]) -> Result {
    let current = output(command(bin).args(version_args)).unwrap_or_default();
    if current.split_whitespace().any(|w| w.trim_start_matches('v') == version) {
        return Ok(());
    }
    exec(fast_install().args(install))
}

/// `cargo install` with a quick-to-compile release profile: profile settings
/// from the environment take precedence over a package's own, and a build
/// tool does not need fat LTO or a single codegen unit.
fn fast_install() -> std::process::Command {
    let mut c = command("cargo");
    c.arg("install")
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_STRIP", "true");
    c
}

/// `npm ci` when node_modules is missing or older than the lock file.
fn npm_tools() -> Result {
    let stamp = root().join("node_modules/.package-lock.json");
    let fresh = modified(&stamp)
        .zip(modified(&root().join("package-lock.json")))
        .is_some_and(|(s, l)| s >= l);
    if fresh && root().join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    exec(command("npm").args(["ci", "--no-audit", "--no-fund"]))
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    p.metadata().and_then(|m| m.modified()).ok()
}

fn browser() -> Result {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"])
}

/// Installs Debian packages: as root directly; anyone else needs sudo without
/// a password prompt, since CI has no standard input.
pub fn apt_install(packages: &[&str]) -> Result {
    let is_root = output(command("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    let apt = |args: &[&str]| {
        let mut c = if is_root { command("apt-get") } else { command("sudo") };
        if !is_root {
            c.args(["-n", "apt-get"]);
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        exec(&mut c)
    };
    apt(&["update", "-q"])?;
    apt(&[&["install", "-y", "-q"], packages].concat())
}
