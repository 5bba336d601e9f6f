//! `cargo xtask conformance --base-url URL`: checks a running backend against
//! `api/openapi.yaml` with the tools in `tests/conformance/` (schemathesis for
//! the schemas of every operation, scenario checks for what schemas cannot
//! say). They run in a Python virtual environment under `target/`, built from
//! the pinned `requirements.txt` when it changes.

use crate::cmd::{command, exec, root, Result};
use std::path::PathBuf;

/// `--base-url URL` and any `--host-origin ORIGIN` (a host site the backend
/// serves the widget's pages, repeatable).
pub fn args(args: &[String]) -> Result<(String, Vec<String>)> {
    const USAGE: &str = "usage: cargo xtask conformance --base-url http://HOST:PORT [--host-origin https://HOST]...";
    let mut base_url = None;
    let mut hosts = Vec::new();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(USAGE)?;
        match flag.as_str() {
            "--base-url" => base_url = Some(value.trim_end_matches('/').to_owned()),
            "--host-origin" => hosts.push(value.clone()),
            _ => return Err(USAGE.into()),
        }
    }
    Ok((base_url.ok_or(USAGE)?, hosts))
}

pub fn run(base_url: &str, hosts: &[String]) -> Result {
    let python = venv()?;
    let mut check = command(&python.to_string_lossy());
    check.args([
        "tests/conformance/check.py",
        "--base-url",
        base_url,
        "--spec",
        "api/openapi.yaml",
    ]);
    for host in hosts {
        check.args(["--host-origin", host]);
    }
    exec(&mut check)
}

/// Runs the check's own tests: the contract is valid OpenAPI, and the check
/// rejects a deliberately broken backend.
pub fn self_test() -> Result {
    let python = venv()?;
    exec(command(&python.to_string_lossy()).args(["-m", "pytest", "-q", "tests/conformance"]))
}

/// The venv's python, (re)installed when requirements.txt differs from what
/// was installed last. `cargo xtask setup` makes it, so tests install nothing.
pub fn venv() -> Result<PathBuf> {
    let dir = root().join("target/conformance-venv");
    let python = dir.join("bin/python");
    let requirements = root().join("tests/conformance/requirements.txt");
    let wanted = std::fs::read_to_string(&requirements).map_err(|e| format!("{}: {e}", requirements.display()))?;
    let stamp = dir.join("installed-requirements.txt");
    if python.exists() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == wanted) {
        return Ok(python);
    }
    // Debian's own python3 makes venvs only with its python3-venv package.
    let no_venv = crate::cmd::output(command("python3").args(["-c", "import ensurepip"])).is_none();
    if no_venv && std::path::Path::new("/usr/bin/apt-get").exists() {
        crate::setup::apt_install(&["python3-venv"])?;
    }
    exec(command("python3").args(["-m", "venv", "--clear"]).arg(&dir))?;
    exec(
        command(&python.to_string_lossy())
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements),
    )?;
    std::fs::write(&stamp, wanted).map_err(|e| e.to_string())?;
    Ok(python)
}
