//! Figures, not pass/fail: the release bundle's bytes per file (raw, gzip -9,
//! brotli q11, computed here so they do not depend on any server), the time
//! from navigation to the rendered catalog in headless Chromium, and the
//! reference server under load on loopback (`crates/server/benches/load.rs`).

use crate::cmd::{command, exec, Result};
use crate::serve::{free_port, scratch_db, start_server};
use crate::{build, setup};

pub fn run() -> Result {
    setup::run()?;
    build::release_bundle()?;
    sizes()?;
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

fn sizes() -> Result {
    let mut files: Vec<_> = std::fs::read_dir(build::dist())
        .map_err(|e| format!("reading dist/: {e}"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && !matches!(p.extension().and_then(|e| e.to_str()), Some("br" | "gz")))
        .collect();
    files.sort();
    println!("\nRelease bundle (the whole first load), bytes:");
    println!("{:<36} {:>10} {:>10} {:>10}", "file", "raw", "gzip -9", "brotli 11");
    let mut total = [0usize; 3];
    for path in files {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let row = [bytes.len(), build::gzip(&bytes).len(), build::brotli(&bytes).len()];
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        println!("{name:<36} {:>10} {:>10} {:>10}", row[0], row[1], row[2]);
        for (t, r) in total.iter_mut().zip(row) {
            *t += r;
        }
    }
    println!("{:<36} {:>10} {:>10} {:>10}", "total", total[0], total[1], total[2]);
    println!("total brotli: {:.1} KB (budget: 200 KB)\n", total[2] as f64 / 1024.0);
    Ok(())
}
