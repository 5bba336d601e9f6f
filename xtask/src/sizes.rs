//! What a page costs to download: the release bundle's files (raw, gzip -9,
//! brotli 11, computed here so they do not depend on any server), the
//! budgets that `cargo xtask test` enforces on the home page and on every
//! page a deep link opens, in each language, and where the wasm's bytes go,
//! by crate.

use crate::build;
use crate::cmd::{command, exec, root, Result};
use crate::packs::{self, Page};
use qapi_core::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The most the home page's first load may weigh, brotli-compressed.
pub const HOME_BUDGET_BROTLI: usize = 150 * 1024;

/// One file of a first load, in bytes.
pub struct FileSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The files every page loads first: its HTML (`index.html`, the app shell,
/// or the page the build wrote), the stylesheet, the script and main wasm
/// module (the catalog is in it), the chunk loader, the run-time
/// configuration and the icon (every request counts).
fn first_files(html: PathBuf) -> Result<Vec<PathBuf>> {
    let pkg = build::pkg_dir()?;
    Ok(vec![
        html,
        build::dist().join("config.json"),
        build::dist().join("favicon.svg"),
        stylesheet(&pkg)?,
        pkg.join("qapi.js"),
        pkg.join("__wasm_split.js"),
        pkg.join("qapi_bg.wasm"),
    ])
}

/// The home page's first load in `lang` (`/az/` …): its HTML, written at
/// build time with the catalog in it (`prerender.rs`), and the language's
/// messages.
pub fn home_first_load(lang: Lang) -> Result<Vec<FileSize>> {
    let mut paths = first_files(build::dist().join(lang.code()).join("index.html"))?;
    paths.extend(split_files(&format!("messages_{}", lang.code()))?);
    paths.iter().map(|p| measure(p)).collect()
}

/// A page opened cold by a deep link: the shell and the page's pack, which
/// holds its messages and every module it shows at once.
pub fn deep_link_first_load(page: Page, lang: Lang) -> Result<Vec<FileSize>> {
    let mut paths = first_files(build::dist().join("index.html"))?;
    paths.push(build::pkg_dir()?.join(packs::file_name(page, lang)));
    paths.iter().map(|p| measure(p)).collect()
}

/// The bundle's one stylesheet, `qapi-<hash>.css`, which `index.html` links.
fn stylesheet(pkg: &Path) -> Result<PathBuf> {
    let mut sheets: Vec<PathBuf> = std::fs::read_dir(pkg)
        .map_err(|e| format!("reading the bundle: {e}"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "css"))
        .collect();
    match (sheets.pop(), sheets.is_empty()) {
        (Some(sheet), true) => Ok(sheet),
        _ => Err(format!("{} should hold exactly one stylesheet", pkg.display())),
    }
}

/// The wasm files a split point loads: its own and the chunks it shares.
fn split_files(split: &str) -> Result<Vec<PathBuf>> {
    let manifest = root().join("target/bundle/chunks.txt");
    let text = std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let files = text
        .lines()
        .find_map(|l| l.strip_prefix(split)?.strip_prefix(": "))
        .ok_or_else(|| format!("the bundle has no split point {split:?}"))?;
    let pkg = build::pkg_dir()?;
    Ok(files
        .split_whitespace()
        .map(|f| pkg.join(format!("{f}.wasm")))
        .collect())
}

/// Every chunk loaded when first needed.
pub fn lazy_chunks() -> Result<Vec<FileSize>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(build::pkg_dir()?)
        .map_err(|e| format!("reading the bundle: {e}"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm") && !p.ends_with("qapi_bg.wasm"))
        .collect();
    paths.sort();
    paths.iter().map(|p| measure(p)).collect()
}

fn measure(path: &Path) -> Result<FileSize> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(FileSize {
        name: path.file_name().unwrap_or_default().to_string_lossy().into_owned(),
        raw: bytes.len(),
        gzip: build::gzip(&bytes).len(),
        brotli: build::brotli(&bytes).len(),
    })
}

pub fn print(title: &str, files: &[FileSize]) {
    println!("\n{title}, bytes:");
    println!("{:<36} {:>10} {:>10} {:>10}", "file", "raw", "gzip -9", "brotli 11");
    for f in files {
        println!("{:<36} {:>10} {:>10} {:>10}", f.name, f.raw, f.gzip, f.brotli);
    }
    let sum = |f: fn(&FileSize) -> usize| files.iter().map(f).sum::<usize>();
    println!(
        "{:<36} {:>10} {:>10} {:>10}",
        "total",
        sum(|f| f.raw),
        sum(|f| f.gzip),
        sum(|f| f.brotli)
    );
}

/// Everything `cargo xtask sizes` prints, ending with the budget checks.
pub fn report() -> Result {
    print("Lazily loaded chunks", &lazy_chunks()?);
    print_wasm_by_crate()?;
    check_budgets()
}

/// The most the home page's first load may weigh, brotli-compressed, and a
/// page opened cold by a deep link.
pub const DEEP_LINK_BUDGET_BROTLI: usize = 200 * 1024;

/// Fails when a first load exceeds its budget (sizes are deterministic for a
/// given build, so this is a test, unlike times), in every language: the
/// files of each Azerbaijani page are listed, the others' totals only.
pub fn check_budgets() -> Result {
    let mut over = Vec::new();
    for lang in Lang::ALL {
        let (code, list) = (lang.code(), lang == Lang::Az);
        let title = format!("Home page (/{code}/) first load");
        over.extend(within(&title, &home_first_load(lang)?, HOME_BUDGET_BROTLI, list).err());
        for (page, id) in packs::pages() {
            let title = match page {
                Page::Service => format!("Service page /{code}/services/{id} opened cold"),
                Page::Start(_) => format!("Start page /{code}/services/{id}/start opened cold"),
                Page::QueueCancel => format!("Cancel page /{code}/services/{id}/cancel opened cold"),
            };
            let load = deep_link_first_load(page, lang)?;
            over.extend(within(&title, &load, DEEP_LINK_BUDGET_BROTLI, list).err());
        }
    }
    match over.is_empty() {
        true => Ok(()),
        false => Err(over.join("\n")),
    }
}

/// Whether `files` fit `budget`, said in one line (after the files, if `list`).
fn within(title: &str, files: &[FileSize], budget: usize, list: bool) -> Result {
    if list {
        print(title, files);
    }
    let total: usize = files.iter().map(|f| f.brotli).sum();
    let verdict = format!(
        "{title}: {:.1} KB brotli (budget {} KB)",
        total as f64 / 1024.0,
        budget / 1024
    );
    if total > budget {
        return Err(format!(
            "{verdict}: over budget; `cargo xtask sizes` shows where the bytes go"
        ));
    }
    println!("{verdict}: within budget");
    Ok(())
}

/// The main wasm module's code and data by crate, from the name section of
/// a copy built like the release (wasm-split, wasm-bindgen, `wasm-opt -Oz`)
/// but keeping names.
pub fn print_wasm_by_crate() -> Result {
    let main = root().join("target/bundle/split/qapi.wasm");
    let out = root().join("target/named-wasm");
    exec(
        command("wasm-bindgen")
            .args(["--target", "web", "--keep-debug", "--keep-lld-exports", "--out-dir"])
            .arg(&out)
            .arg(&main),
    )?;
    let named = out.join("qapi_opt.wasm");
    exec(
        command("wasm-opt")
            .args([
                "-Oz",
                "-g",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
            ])
            .args([
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
            ])
            .arg(out.join("qapi_bg.wasm"))
            .arg("-o")
            .arg(&named),
    )?;
    let bytes = std::fs::read(&named).map_err(|e| format!("{}: {e}", named.display()))?;
    let by_crate = sizes_by_crate(&bytes)?;
    let total: usize = by_crate.values().sum();
    let mut rows: Vec<_> = by_crate.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    println!("\nMain wasm module by crate (function bodies, and data; raw bytes before compression):");
    for (name, size) in rows.iter().take(25) {
        println!("{name:<36} {size:>10} {:>6.1}%", 100.0 * *size as f64 / total as f64);
    }
    println!("{:<36} {total:>10}", "total");
    Ok(())
}

fn sizes_by_crate(wasm: &[u8]) -> Result<BTreeMap<String, usize>> {
    use wasmparser::{Name, Parser, Payload};
    let err = |e: wasmparser::BinaryReaderError| format!("reading the wasm: {e}");
    let mut imported = 0;
    let mut bodies = Vec::new();
    let mut names = BTreeMap::new();
    let mut out = BTreeMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::ImportSection(s) => {
                for import in s {
                    if matches!(import.map_err(err)?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body.range().len()),
            Payload::DataSection(s) => {
                for data in s {
                    *out.entry("(data)".to_owned()).or_default() += data.map_err(err)?.data.len();
                }
            }
            Payload::CustomSection(c) if c.name() == "name" => {
                let reader =
                    wasmparser::NameSectionReader::new(wasmparser::BinaryReader::new(c.data(), c.data_offset()));
                for name in reader {
                    if let Name::Function(map) = name.map_err(err)? {
                        for n in map {
                            let n = n.map_err(err)?;
                            names.insert(n.index, n.name.to_owned());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (i, size) in bodies.into_iter().enumerate() {
        let name = names.get(&(i as u32 + imported)).map_or("(unnamed)", String::as_str);
        *out.entry(crate_of(name)).or_default() += size;
    }
    Ok(out)
}

/// The crate a (mangled or demangled) symbol belongs to: the first path
/// segment, looking through `<T as Trait>` to the type's crate.
fn crate_of(symbol: &str) -> String {
    let demangled = format!("{:#}", rustc_demangle::demangle(symbol));
    let path = demangled
        .trim_start_matches(['<', '&', '[', '('])
        .trim_start_matches("mut ");
    let first = path.split("::").next().unwrap_or(path);
    // Symbols from the standard library carry a disambiguating hash: core[1a2b…].
    let first = first.split('[').next().unwrap_or(first);
    if first.is_empty() || first.contains(' ') || !path.contains("::") {
        "(other)".to_owned()
    } else {
        first.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::crate_of;

    #[test]
    fn symbols_are_charged_to_their_crate() {
        assert_eq!(crate_of("_ZN3yew4html9component17h0123456789abcdefE"), "yew");
        assert_eq!(
            crate_of("<qapi_core::i18n::Messages as core::fmt::Debug>::fmt"),
            "qapi_core"
        );
        assert_eq!(crate_of("memcpy"), "(other)");
    }
}
