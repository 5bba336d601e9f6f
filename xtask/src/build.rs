//! The release bundle: Trunk's build, then a brotli and a gzip copy of each
//! text or wasm file, which the server hands to browsers that accept them.

use crate::cmd::{command, exec, root, Result};
use std::io::Write;
use std::path::PathBuf;

pub fn dist() -> PathBuf {
    root().join("dist")
}

pub fn release_bundle() -> Result {
    exec(command("trunk").args(["build", "--release", "--offline"]))?;
    precompress()
}

fn precompress() -> Result {
    let entries = std::fs::read_dir(dist()).map_err(|e| format!("reading dist/: {e}"))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        // Not index.html or config.json: they are edited after a build (the
        // configuration) or served by the app-shell handler, and a stale
        // compressed copy would silently win over the edit.
        if !["wasm", "js", "css", "svg"].contains(&ext) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let write = |suffix: &str, data: Vec<u8>| {
            let mut name = path.clone().into_os_string();
            name.push(suffix);
            std::fs::write(&name, data).map_err(|e| format!("{}: {e}", PathBuf::from(name).display()))
        };
        write(".br", brotli(&bytes))?;
        write(".gz", gzip(&bytes))?;
    }
    Ok(())
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("compressing in memory cannot fail");
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).expect("compressing in memory cannot fail");
    enc.finish().expect("compressing in memory cannot fail")
}
