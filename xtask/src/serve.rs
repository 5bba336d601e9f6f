//! Builds everything and runs the portal on the reference backend.

use crate::cmd::{command, exec, root, spawn, Result};
use crate::{build, setup};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

pub fn port_arg(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        [flag, port] if flag == "--port" => port
            .parse()
            .map_err(|_| format!("--port needs a number from 1 to 65535, not {port:?}")),
        _ => Err("usage: cargo xtask serve [--port N]".into()),
    }
}

pub fn run(port: u16) -> Result {
    setup::run()?;
    build::release_bundle()?;
    // Someone trying the demo people asks about the same three many times:
    // the production limit of 10 lookups a person an hour would stop them.
    let demo_limits = ["--person-lookups-per-hour", "200"];
    let mut server = start_server(port, &root().join("data/qapi.sqlite3"), &demo_limits)?;
    println!("\nQapı is running at http://127.0.0.1:{port}/  (Ctrl+C stops it)");
    println!("The widget in a host page: http://127.0.0.1:{port}/embed-demo.html");
    let status = server.wait().map_err(|e| e.to_string())?;
    status
        .success()
        .then_some(())
        .ok_or(format!("the server stopped: {status}"))
}

/// Builds the reference server and starts it on `port`, serving `dist/` with
/// the database `db` (created and seeded when missing); returns once it answers.
pub fn start_server(port: u16, db: &Path, extra_args: &[&str]) -> Result<Child> {
    exec(command("cargo").args(["build", "--release", "--quiet", "-p", "qapi-server"]))?;
    let bin = root().join("target/release/qapi-server");
    let mut child = spawn(
        command(&bin.to_string_lossy())
            .args(["--port", &port.to_string(), "--dist"])
            .arg(build::dist())
            .arg("--db")
            .arg(db)
            // The portal people try out, and every test, use the demo people.
            .arg("--demo")
            .args(extra_args),
    )?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        // Our own child first: another program on the port is not our server.
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the server exited at start: {status}"));
        }
        if is_healthy(port) {
            return Ok(child);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    Err(format!("the server did not answer on port {port} within 30 s"))
}

/// A port nobody is listening on now.
pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// A fresh database file for a test or benchmark run, under `target/`.
pub fn scratch_db(name: &str) -> Result<PathBuf> {
    let dir = root().join("target/qapi-runs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir.join("qapi.sqlite3"))
}

/// Whether `GET /api/v1/health` on the port answers 200.
fn is_healthy(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = format!("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    let mut answer = String::new();
    stream.write_all(request.as_bytes()).is_ok()
        && stream.read_to_string(&mut answer).is_ok()
        && answer.starts_with("HTTP/1.1 200")
}
