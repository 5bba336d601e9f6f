//! The release bundle, built here rather than by Trunk because lazily loaded
//! features need a step between cargo and wasm-bindgen:
//!
//! 1. cargo builds the app (profile `wasm-release`, feature `split`; the
//!    linker keeps relocations, see `.cargo/config.toml`);
//! 2. wasm-split cuts each `lazy_feature!` into a chunk of its own and writes
//!    `__wasm_split.js`, which fetches a chunk when it is first needed;
//! 3. wasm-bindgen makes the JS glue for the main module;
//! 4. wasm-opt -Oz shrinks every module, the main module's imports get short
//!    names (`imports.rs`), esbuild minifies the two scripts; each deep-linked
//!    page's modules are packed into one file (`packs.rs`);
//! 5. the stylesheet: `src/theme.css`, then every other `*.css` under `src/`
//!    (one beside each component) in path order, joined and minified into
//!    `qapi-<hash>.css` (see `stylesheet_sources`), its lengths in `rem`
//!    made multiples of `--qp-rem` (`rem_from_variable`);
//! 6. everything goes into `dist/pkg-<hash>/`, named by a hash of its
//!    contents, so it can be cached for good; `index.html` links the
//!    stylesheet and loads the app, and so does `embed.js` (from
//!    `assets/embed.js`) in another site's page, the widget;
//! 7. the installable app's web manifests (one per language) and service
//!    worker, which lists the bundle's files (`installable.rs`);
//! 8. a brotli and a gzip copy of each text or wasm file, which the server
//!    hands to browsers that accept them;
//! 9. the catalog's page in each language, rendered by the app's components
//!    natively and written into its own copy of the shell,
//!    `dist/<lang>/index.html` (`prerender.rs`).

use crate::cmd::{command, exec, root, Result};
use crate::imports;
use crate::installable;
use crate::packs;
use crate::prerender;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn dist() -> PathBuf {
    root().join("dist")
}

/// Panic messages name their source files; a dependency's path would start
/// with this machine's cargo home (`/root/.cargo/registry/src/…`). Written as
/// `registry/…` instead, the bundle's bytes do not depend on where cargo
/// lives, so the size budgets mean the same on every machine (and the paths
/// are shorter). Added to `.cargo/config.toml`'s flags for the wasm target.
fn registry_paths_remapped() -> Result<String> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let registry = cargo_home.join("registry/src");
    Ok(format!(
        // A TOML literal string: a Windows path's backslashes stay as they are.
        "target.wasm32-unknown-unknown.rustflags=['--remap-path-prefix={}=registry']",
        registry.display()
    ))
}

/// The folder holding the app's script and wasm modules, e.g. `pkg-0123456789abcdef`.
pub fn pkg_dir() -> Result<PathBuf> {
    std::fs::read_dir(dist())
        .map_err(|e| format!("reading dist/: {e}"))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.is_dir() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("pkg-")))
        .ok_or_else(|| "dist/ has no pkg-<hash>/ folder: build the bundle first".to_owned())
}

pub fn release_bundle() -> Result {
    exec(
        command("cargo")
            .args([
                "build",
                "--quiet",
                "--profile",
                "wasm-release",
                "--target",
                "wasm32-unknown-unknown",
                "--bin",
                "qapi",
                "--features",
                "split",
                "--config",
            ])
            .arg(registry_paths_remapped()?),
    )?;
    let linked = root().join("target/wasm32-unknown-unknown/wasm-release/qapi.wasm");
    let work = root().join("target/bundle");
    let pages = prerender::render(&work.join("prerendered"))?;
    let (split, pkg) = (work.join("split"), work.join("pkg"));
    for dir in [&split, &pkg] {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }

    let wasm = std::fs::read(&linked).map_err(|e| format!("{}: {e}", linked.display()))?;
    let main_wasm = split.join("qapi.wasm");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &split;
    options.main_out_path = &main_wasm;
    options.main_module = "./qapi.js";
    let chunks = wasm_split_cli_support::transform(options).map_err(|e| format!("wasm-split: {e:?}"))?;

    exec(
        command("wasm-bindgen")
            .arg(&main_wasm)
            .args([
                "--target",
                "web",
                "--keep-lld-exports",
                "--no-typescript",
                "--out-name",
                "qapi",
                "--out-dir",
            ])
            .arg(&pkg),
    )?;
    let mut files = vec![
        pkg.join("qapi.js"),
        pkg.join("qapi_bg.wasm"),
        pkg.join("__wasm_split.js"),
    ];
    let loader = std::fs::read_to_string(split.join("__wasm_split.js")).map_err(|e| format!("__wasm_split.js: {e}"))?;
    std::fs::write(&files[2], packs::loader_with_packs(&loader, &chunks.split_modules)?)
        .map_err(|e| format!("__wasm_split.js: {e}"))?;
    for chunk in &chunks.split_modules {
        let to = pkg.join(chunk.file_name().unwrap_or_default());
        std::fs::copy(chunk, &to).map_err(|e| format!("{}: {e}", chunk.display()))?;
        files.push(to);
    }
    for module in files.iter().filter(|f| f.extension().is_some_and(|e| e == "wasm")) {
        exec(
            command("wasm-opt")
                // Each module's `target_features` section is ~150 bytes that no
                // browser reads, and a start page loads some forty modules.
                .args(["-Oz", "--strip-debug", "--strip-producers", "--strip-target-features"])
                // What rustc's wasm32 target emits today.
                .args([
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                    "--enable-sign-ext",
                    "--enable-mutable-globals",
                    "--enable-reference-types",
                    "--enable-multivalue",
                ])
                .arg(module)
                .arg("-o")
                .arg(module),
        )?;
    }

    // The main module's imports from its glue get short names (`imports.rs`).
    let (main_path, glue_path) = (pkg.join("qapi_bg.wasm"), pkg.join("qapi.js"));
    let main = std::fs::read(&main_path).map_err(|e| format!("qapi_bg.wasm: {e}"))?;
    let glue = std::fs::read_to_string(&glue_path).map_err(|e| format!("qapi.js: {e}"))?;
    let (main, glue) = imports::shorten(&main, &glue)?;
    std::fs::write(&main_path, main).map_err(|e| format!("qapi_bg.wasm: {e}"))?;
    std::fs::write(&glue_path, glue).map_err(|e| format!("qapi.js: {e}"))?;

    // After wasm-opt: a pack holds the modules as they are served.
    let packs = packs::write(&pkg, &chunks.prefetch_map)?;

    // The scripts wasm-bindgen and wasm-split write are readable source:
    // minified, every page loads about 2.5 KB (brotli) less.
    for script in files.iter().filter(|f| f.extension().is_some_and(|e| e == "js")) {
        exec(
            command("esbuild")
                .arg(script)
                .args(["--minify", "--format=esm", "--allow-overwrite", "--log-level=warning"])
                .arg(format!("--outfile={}", script.display())),
        )?;
    }

    // The app's styles: a static file the browser parses while the wasm
    // downloads, so nothing is generated or injected at run time.
    let css = rem_from_variable(&minify_css(&stylesheet()?));
    let stylesheet_name = format!("qapi-{}.css", short_hash(css.as_bytes()));
    let stylesheet_path = pkg.join(&stylesheet_name);
    std::fs::write(&stylesheet_path, &css).map_err(|e| format!("{stylesheet_name}: {e}"))?;
    files.push(stylesheet_path);

    let mut hasher = Sha256::new();
    for f in &files {
        hasher.update(std::fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?);
    }
    let hash: String = hasher.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("pkg-{hash}");

    let _ = std::fs::remove_dir_all(dist());
    std::fs::create_dir_all(dist()).map_err(|e| format!("dist/: {e}"))?;
    let published = dist().join(&name);
    std::fs::create_dir_all(&published).map_err(|e| format!("{}: {e}", published.display()))?;
    // Packs repeat the modules, so they are left out of the hash and of the
    // service worker's copy (offline, the loader takes the modules it holds).
    for f in files.iter().chain(&packs) {
        let to = published.join(f.file_name().unwrap_or_default());
        std::fs::copy(f, &to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    for asset in [
        "favicon.svg",
        "config.json",
        "icon-192.png",
        "icon-512.png",
        "embed-demo.html",
    ] {
        std::fs::copy(root().join("assets").join(asset), dist().join(asset)).map_err(|e| format!("{asset}: {e}"))?;
    }
    let shell = shell(&name, &stylesheet_name, &chunks.prefetch_map)?;
    std::fs::write(
        dist().join("index.html"),
        strip_comments(&shell.replace(prerender::MARKER, "")),
    )
    .map_err(|e| format!("index.html: {e}"))?;
    for (lang, html) in prerender::pages(&shell, &pages)? {
        let dir = dist().join(lang.code());
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join("index.html"), html).map_err(|e| format!("{}/index.html: {e}", lang.code()))?;
    }
    // The widget's loader, at an address that stays the same across releases.
    // Its comments are for whoever edits it, not for every host page's load.
    let embed = std::fs::read_to_string(root().join("assets/embed.js")).map_err(|e| format!("assets/embed.js: {e}"))?;
    let embed = strip_comments(&embed);
    if !embed.contains("'./QAPI_PKG/'") || !embed.contains("'QAPI_STYLESHEET'") {
        return Err("assets/embed.js does not load './QAPI_PKG/' and 'QAPI_STYLESHEET'".into());
    }
    let embed = embed
        .replace("QAPI_PKG", &name)
        .replace("QAPI_STYLESHEET", &stylesheet_name);
    std::fs::write(dist().join("embed.js"), embed).map_err(|e| format!("embed.js: {e}"))?;
    let manifests = installable::write_manifests(&dist())?;
    installable::write_service_worker(&dist(), &name, &files, &manifests)?;
    // Which files each split point loads (itself and the chunks it shares),
    // for `cargo xtask sizes`: one line each, `split: file file …`.
    let mut deps: Vec<String> = chunks
        .prefetch_map
        .iter()
        .map(|(split, files)| format!("{split}: {}", files.join(" ")))
        .collect();
    deps.sort();
    std::fs::write(work.join("chunks.txt"), deps.join("\n") + "\n").map_err(|e| format!("chunks.txt: {e}"))?;
    precompress(&dist())?;
    println!(
        "bundle: dist/{name}/ with {} lazily loaded chunk(s)",
        chunks.split_modules.len()
    );
    Ok(())
}

/// The stylesheet's source files, in the order they are joined: `src/theme.css`
/// (the `--qp-*` tokens, base element styles and the shared `qp-*` classes)
/// first, then every other `*.css` under `src/` sorted by path (one beside
/// each component or page that has styles, e.g. `src/components/header.css`).
/// Each of those is scoped by its component's root class (`.qp-header …`), so
/// their order does not change what applies; the theme's element rules come
/// first so that a component's rule of equal specificity wins over them.
pub fn stylesheet_sources() -> Result<Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
        for entry in std::fs::read_dir(dir)
            .map_err(|e| format!("reading {}: {e}", dir.display()))?
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "css") {
                out.push(path);
            }
        }
        Ok(())
    }
    let theme = root().join("src/theme.css");
    let mut others = Vec::new();
    walk(&root().join("src"), &mut others)?;
    others.retain(|p| p != &theme);
    others.sort();
    Ok(std::iter::once(theme).chain(others).collect())
}

/// The stylesheet's sources joined, each after a newline.
fn stylesheet() -> Result<String> {
    let mut css = String::new();
    for path in stylesheet_sources()? {
        css += &std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        css.push('\n');
    }
    Ok(css)
}

/// Drops comments and needless white space, leaving strings as they are:
/// runs of white space become one space, none is kept next to `{`, `}`,
/// `;` or `,`, nor a `;` before `}`. Nothing is reordered or rewritten
/// (brotli does the rest; a full minifier would save tens of bytes).
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                if std::mem::take(&mut pending_space) && !out.is_empty() && !out.ends_with(['{', '}', ';', ',']) {
                    out.push(' ');
                }
                out.push(c);
                while let Some(s) = chars.next() {
                    out.push(s);
                    if s == '\\' {
                        out.extend(chars.next());
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                let tight = matches!(c, '{' | '}' | ';' | ',');
                if std::mem::take(&mut pending_space)
                    && !tight
                    && !out.is_empty()
                    && !out.ends_with(['{', '}', ';', ','])
                {
                    out.push(' ');
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out.push('\n');
    out
}

/// Every length in `rem` as a multiple of `--qp-rem` (`1.5rem` becomes
/// `calc(1.5*var(--qp-rem,1rem))`): the same on the agency's pages, where
/// it is unset, but in a host page `embed.js` sets it to the reader's own
/// default font size, so a host's `html { font-size: 62.5% }` cannot shrink
/// the widget. Not in at-rules' conditions (`@media (max-width: 40rem)`),
/// where variables do not work. (A `rem` inside a string or `url()` would
/// be rewritten too; the stylesheet has none.)
pub fn rem_from_variable(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut in_prelude = false;
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        match c {
            '@' => in_prelude = true,
            '{' | ';' => in_prelude = false,
            _ => {}
        }
        let starts_number = c.is_ascii_digit()
            || (c == '.' || c == '-') && rest[1..].starts_with(|d: char| d.is_ascii_digit() || d == '.');
        let after_word = out.ends_with(|p: char| p.is_ascii_alphanumeric() || p == '-' || p == '_' || p == '.');
        if !in_prelude && starts_number && !after_word {
            let len = rest[1..]
                .find(|d: char| !d.is_ascii_digit() && d != '.')
                .map_or(rest.len(), |n| n + 1);
            let (number, unit) = rest.split_at(len);
            let whole_unit =
                unit.starts_with("rem") && !unit[3..].starts_with(|u: char| u.is_ascii_alphanumeric() || u == '-');
            if whole_unit {
                out.push_str(&format!("calc({number}*var(--qp-rem,1rem))"));
                rest = &unit[3..];
            } else {
                out.push_str(number);
                rest = unit;
            }
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The first 8 bytes of a SHA-256, in hex: 16 characters, as in `pkg-<hash>`.
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// `index.html` with the stylesheet link and the loader for this build in
/// place of its marker, comments still in (see `strip_comments`).
fn shell(pkg: &str, stylesheet: &str, prefetch: &std::collections::HashMap<String, Vec<String>>) -> Result<String> {
    // The files each language's messages need, e.g. `az:["chunk_5","split_messages_az"]`.
    let mut languages = Vec::new();
    for lang in ["az", "en", "ru"] {
        let files = prefetch
            .get(&format!("messages_{lang}"))
            .ok_or_else(|| format!("the bundle has no messages_{lang} chunk"))?;
        let quoted: Vec<String> = files.iter().map(|f| format!("\"{f}\"")).collect();
        languages.push(format!("{lang}:[{}]", quoted.join(",")));
    }
    let languages = languages.join(",");
    let start_packs = packs::start_packs_by_service();
    let (cancel_service, cancel_pack) = (qapi_core::booking::QUEUE_SERVICE, packs::Page::QueueCancel.name());
    let template = std::fs::read_to_string(root().join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    const MARKER: &str = "<!-- qapi:loader -->";
    if !template.contains(MARKER) {
        return Err(format!("index.html lacks the {MARKER} line"));
    }
    // The wasm, and the messages of the language the address names, are
    // fetched while the script loads; `init` runs the app. On a service's
    // page or start page (of a service the catalog has), or the queue's
    // cancel page, the page's pack
    // (`packs.rs`) is fetched instead of the messages: they are in it, with
    // the page's modules (a service worker that holds them answers 404, and
    // the loader takes each from it). A rejected start-up is an unhandled
    // rejection, which the boot notice hears (so a failed pack is marked
    // handled: the loader falls back to fetching each module). The
    // stylesheet comes before the app's script but after the inline one: a
    // stylesheet still loading holds back every inline script after it (the
    // browser's preload scanner fetches it at once wherever it stands).
    let loader = format!(
        "<link rel=\"modulepreload\" href=\"/{pkg}/qapi.js\">\n    \
         <link rel=\"preload\" href=\"/{pkg}/qapi_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n    \
         <script>(function () {{ var p = location.pathname, l = /^\\/(az|en|ru)(\\/|$)/.exec(p); if (!l) return; \
         var s = /^\\/\\w\\w\\/services\\/([^\\/]+)(\\/start|\\/cancel)?\\/?$/.exec(p), m = {start_packs}, \
         k = s && Object.prototype.hasOwnProperty.call(m, s[1]) && (s[2] === '/start' ? m[s[1]] : !s[2] ? 'service' : \
         s[1] === {cancel_service:?} && {cancel_pack:?}); \
         if (k) {{ self.qapiPack = fetch('/{pkg}/' + k + '-' + l[1] + '.pack'); self.qapiPack.catch(function () {{}}); return; }} \
         ({{{languages}}})[l[1]].forEach(function (f) {{ var e = document.createElement('link'); e.rel = 'preload'; \
         e.as = 'fetch'; e.crossOrigin = ''; e.href = '/{pkg}/' + f + '.wasm'; document.head.appendChild(e); }}); }})();</script>\n    \
         <link rel=\"stylesheet\" href=\"/{pkg}/{stylesheet}\">\n    \
         <script type=\"module\">import init from '/{pkg}/qapi.js'; init({{ module_or_path: '/{pkg}/qapi_bg.wasm' }});</script>"
    );
    Ok(template.replace(MARKER, &loader))
}

/// `index.html` without its comments (`<!-- -->`, `/* */`, and lines of
/// `//`) and indentation, which every first load would otherwise carry:
/// they are for whoever edits the file. Blank lines left behind go too.
pub fn strip_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((before, open, close)) = [("<!--", "-->"), ("/*", "*/")]
        .iter()
        .filter_map(|(open, close)| rest.find(open).map(|at| (at, *open, *close)))
        .min()
        .map(|(at, open, close)| (&rest[..at], open, close))
    {
        out.push_str(before);
        rest = &rest[before.len() + open.len()..];
        rest = rest.find(close).map_or("", |end| &rest[end + close.len()..]);
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Not index.html or config.json: they are edited after a build (the
/// configuration) or served by the app-shell handler, and a stale compressed
/// copy would silently win over the edit.
fn precompress(dir: &Path) -> Result {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if !["wasm", "js", "css", "svg", "pack"].contains(&ext) {
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

#[cfg(test)]
mod tests {
    use super::{minify_css, rem_from_variable, strip_comments, stylesheet, stylesheet_sources};
    use crate::cmd::root;

    #[test]
    fn the_shell_loses_its_comments_and_keeps_everything_else() {
        let html = "<head>\n  <!-- why -->\n  <style>\n    /* why */ .a { color: red; }\n  </style>\n  <script>\n    // why\n    var u = 'https://x/y'; f(); // kept: not a whole line\n  </script>\n</head>\n";
        assert_eq!(
            strip_comments(html),
            "<head>\n<style>\n.a { color: red; }\n</style>\n<script>\nvar u = 'https://x/y'; f(); // kept: not a whole line\n</script>\n</head>\n"
        );
    }

    #[test]
    fn minifying_drops_comments_and_white_space_but_not_strings() {
        let css = "/* tokens */\n:where(:root) {\n    --qp-x: 1px;\n}\n\
                   a[for=\"x  y\"] , b > c {\n    font-family: \"Segoe UI\", 'a /* b */';\n    margin: 0 auto ;\n}\n\
                   @media (prefers-reduced-motion: reduce) {\n    * { transition: none !important; }\n}\n\
                   h2 { font-size: clamp(1rem, 1rem + 1vw, 2rem); }\n";
        assert_eq!(
            minify_css(css),
            ":where(:root){--qp-x: 1px}a[for=\"x  y\"],b > c{font-family: \"Segoe UI\",'a /* b */';margin: 0 auto}\
             @media (prefers-reduced-motion: reduce){*{transition: none !important}}\
             h2{font-size: clamp(1rem,1rem + 1vw,2rem)}\n"
        );
    }

    #[test]
    fn lengths_in_rem_follow_the_variable_except_in_conditions() {
        let css = ":where(:root){--qp-a:0.25rem;--qp-h:clamp(1.375rem,1.2rem + 0.8vw,1.625rem)}\
                   .x{top:-10rem;grid:minmax(8rem,2fr) 3fr;width:.5rem;margin:1em 2px;z-index:10}\
                   .rem2{width:10remx}@media (max-width:40rem){.y{width:1rem}}";
        assert_eq!(
            rem_from_variable(css),
            ":where(:root){--qp-a:calc(0.25*var(--qp-rem,1rem));--qp-h:clamp(calc(1.375*var(--qp-rem,1rem)),\
             calc(1.2*var(--qp-rem,1rem)) + 0.8vw,calc(1.625*var(--qp-rem,1rem)))}\
             .x{top:calc(-10*var(--qp-rem,1rem));grid:minmax(calc(8*var(--qp-rem,1rem)),2fr) 3fr;\
             width:calc(.5*var(--qp-rem,1rem));margin:1em 2px;z-index:10}\
             .rem2{width:10remx}@media (max-width:40rem){.y{width:calc(1*var(--qp-rem,1rem))}}"
        );
        // The real stylesheet: no bare rem outside conditions.
        let css = rem_from_variable(&minify_css(&stylesheet().unwrap()));
        for rule in css.split('}') {
            let body = rule.rsplit('{').next().unwrap_or_default();
            assert!(!body.replace("var(--qp-rem,1rem)", "").contains("rem;"), "{rule}");
        }
    }

    #[test]
    fn the_stylesheet_starts_with_the_theme_and_holds_every_css_file() {
        let sources = stylesheet_sources().unwrap();
        assert_eq!(sources[0], root().join("src/theme.css"));
        assert!(sources.contains(&root().join("src/components/header.css")));
        let css = minify_css(&stylesheet().unwrap());
        assert!(css.starts_with(":where(:root),:host{--qp-"), "the tokens come first");
        assert!(!css.contains("/*"), "comments are dropped");
        assert_eq!(css.matches('{').count(), css.matches('}').count());
    }
}
