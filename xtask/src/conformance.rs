//! `cargo xtask conformance --base-url URL`: checks a running backend against
//! `api/openapi.yaml` with the tools in `tests/conformance/` (schemathesis for
//! the schemas of every operation, scenario checks for what schemas cannot
//! say). They run in a Python virtual environment under `target/`, built from
//! the pinned `requirements.txt` when it changes.

use crate::cmd::{command, exec, root, Result};
use std::path::PathBuf;

pub fn base_url_arg(args: &[String]) -> Result<String> {
    match args {
        [flag, url] if flag == "--base-url" => Ok(url.trim_end_matches('/').to_owned()),
        _ => Err("usage: cargo xtask conformance --base-url http://HOST:PORT".into()),
    }
}

pub fn run(base_url: &str) -> Result {
    let python = venv()?;
    exec(command(&python.to_string_lossy()).args([
        "tests/conformance/check.py",
        "--base-url",
        base_url,
        "--spec",
        "api/openapi.yaml",
    ]))
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
