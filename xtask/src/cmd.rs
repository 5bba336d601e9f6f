//! Running commands from the project root, with the project's Node tools on PATH.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// A command run in the project root whose PATH starts with the npm tools
/// (binaryen's `wasm-opt` among them) and cargo's bin folder.
pub fn command(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root()).env("PATH", path());
    c
}

fn path() -> String {
    let mut dirs = vec![root().join("node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut path = std::env::join_paths(dirs)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(old) = std::env::var_os("PATH") {
        path.push(':');
        path.push_str(&old.to_string_lossy());
    }
    path
}

/// Runs to completion; a non-zero exit is an error naming the command.
pub fn exec(c: &mut Command) -> Result {
    let desc = describe(c);
    println!("$ {desc}");
    let status = c.status().map_err(|e| format!("cannot start `{desc}`: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or(format!("`{desc}` failed ({status})"))
}

/// The command's standard output, or `None` when it cannot run or fails.
pub fn output(c: &mut Command) -> Option<String> {
    let out = c.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn spawn(c: &mut Command) -> Result<Child> {
    let desc = describe(c);
    c.spawn().map_err(|e| format!("cannot start `{desc}`: {e}"))
}

fn describe(c: &Command) -> String {
    std::iter::once(c.get_program())
        .chain(c.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
