//! The installable app: a web manifest per language (the app points
//! `<link rel="manifest">` at the page's), named from the messages' own
//! `site-name`, and the service worker (`assets/sw.js`) with the bundle's
//! files written in, so it keeps exactly this build.

use crate::cmd::{root, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const LANGS: [&str; 3] = ["az", "en", "ru"];

/// The brand colour of `src/theme.css` (`--qp-color-brand`), for the
/// browser's title bar and splash screen.
const THEME_COLOR: &str = "#0b4f7c";

/// Writes `manifest-<lang>.webmanifest` for each language; returns their paths.
pub fn write_manifests(dist: &Path) -> Result<Vec<PathBuf>> {
    LANGS
        .iter()
        .map(|lang| {
            let name = site_name(lang)?;
            let manifest = format!(
                r##"{{
  "name": {name:?},
  "short_name": "Qapı",
  "lang": "{lang}",
  "dir": "ltr",
  "id": "/",
  "start_url": "/{lang}/",
  "scope": "/",
  "display": "standalone",
  "background_color": "#ffffff",
  "theme_color": "{THEME_COLOR}",
  "icons": [
    {{ "src": "/icon-192.png", "sizes": "192x192", "type": "image/png" }},
    {{ "src": "/icon-512.png", "sizes": "512x512", "type": "image/png" }},
    {{ "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml" }}
  ]
}}
"##
            );
            let path = dist.join(format!("manifest-{lang}.webmanifest"));
            std::fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(path)
        })
        .collect()
}

/// `site-name` in `i18n/<lang>.ftl`: a plain one-line message.
fn site_name(lang: &str) -> Result<String> {
    let path = root().join("i18n").join(format!("{lang}.ftl"));
    let ftl = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    ftl.lines()
        .find_map(|l| l.strip_prefix("site-name = "))
        .map(str::trim)
        .filter(|name| !name.is_empty() && !name.contains('{'))
        .map(str::to_owned)
        .ok_or_else(|| format!("{}: site-name is not a plain one-line message", path.display()))
}

/// Writes `sw.js`: the template with this build's version and files (the
/// shell at `/`, the configuration, icons, manifests, and every file of the
/// bundle's folder). The version is a hash of all of them but the
/// configuration (edited after a build, and asked of the network first), so
/// a new icon or shell is a new version too, not only a new bundle.
pub fn write_service_worker(dist: &Path, pkg: &str, bundle: &[PathBuf], manifests: &[PathBuf]) -> Result {
    let template_path = root().join("assets/sw.js");
    let template = std::fs::read_to_string(&template_path).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let name = |p: &PathBuf| p.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let mut files: Vec<String> = ["/", "/config.json", "/favicon.svg", "/icon-192.png", "/icon-512.png"]
        .iter()
        .map(|f| (*f).to_owned())
        .collect();
    files.extend(manifests.iter().map(|m| format!("/{}", name(m))));
    files.extend(bundle.iter().map(|f| format!("/{pkg}/{}", name(f))));
    let list = format!(
        "[\n  {}\n]",
        files.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(",\n  ")
    );
    for marker in ["'__QAPI_VERSION__'", "__QAPI_FILES__"] {
        if !template.contains(marker) {
            return Err(format!("{} lacks {marker}", template_path.display()));
        }
    }
    let mut hasher = Sha256::new();
    for file in files.iter().filter(|f| *f != "/config.json") {
        let on_disk = match file.as_str() {
            "/" => dist.join("index.html"),
            f => dist.join(f.trim_start_matches('/')),
        };
        hasher.update(std::fs::read(&on_disk).map_err(|e| format!("{}: {e}", on_disk.display()))?);
    }
    let version: String = hasher.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect();
    let script = template
        .replace("'__QAPI_VERSION__'", &format!("{version:?}"))
        .replace("__QAPI_FILES__", &list);
    std::fs::write(dist.join("sw.js"), script).map_err(|e| format!("sw.js: {e}"))
}
