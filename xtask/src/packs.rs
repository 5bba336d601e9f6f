//! A page opened cold by a deep link gets its chunks in one file, a pack.
//!
//! wasm-split cuts the code a page needs into dozens of modules (one for
//! each set of features that share it): fetched one by one, each is
//! compressed on its own and costs a request. A form's first page is some
//! forty files; as one file they compress about 10 KB smaller. So for each
//! page a deep link can open (a service page, and each kind of start page)
//! and each language, the build writes `<page>-<lang>.pack`: every module
//! that page shows at once, its messages included. `index.html` starts
//! fetching the pack for the address it was opened at, and the chunk
//! loader takes each module from it (`LOADER`), fetching a module on its
//! own when the pack fails or lacks it (a service worker that holds the
//! modules answers the pack with a 404, `assets/sw.js`). Pages opened later
//! in the visit fetch modules one by one as before, so no module is
//! instantiated twice, and none the page already has is fetched again.

use crate::cmd::Result;
use qapi_core::booking::QUEUE_SERVICE;
use qapi_core::catalog::catalog;
use qapi_core::i18n::Section;
use qapi_core::start_page::{Calculator, StartPage};
use qapi_core::Lang;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A page a deep link opens, by the split point of its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// `/{lang}/services/{id}`.
    Service,
    /// `/{lang}/services/{id}/start`.
    Start(StartPage),
    /// `/{lang}/services/online-queue/cancel`, where a booking's personal
    /// cancel link (and the slip's QR code) leads.
    QueueCancel,
}

impl Page {
    /// The split point (`lazy_feature!`) of the page's code.
    pub fn chunk(self) -> &'static str {
        match self {
            Page::Service => "service_chunk",
            Page::Start(StartPage::Lookup(_)) => "lookup_chunk",
            Page::Start(StartPage::Calculator(Calculator::RegistrationDeadline)) => "registration_chunk",
            Page::Start(StartPage::Calculator(Calculator::TemporaryStay)) => "stay_chunk",
            Page::Start(StartPage::Queue) => "queue_chunk",
            Page::Start(StartPage::Application) => "apply_chunk",
            Page::QueueCancel => "queue_cancel_chunk",
        }
    }

    /// The pack's name without its language: the chunk's, e.g. `apply`.
    pub fn name(self) -> &'static str {
        self.chunk().trim_end_matches("_chunk")
    }

    /// Every split point the page shows at once in `lang`: its code, the
    /// language's messages and its sections' (a form's pages show country
    /// names too, fetched with the `Forms` section).
    pub fn splits(self, lang: Lang) -> Vec<String> {
        let lang = lang.code();
        let mut splits = vec![self.chunk().to_owned(), format!("messages_{lang}")];
        let sections = match self {
            Page::Service => &[][..],
            Page::Start(start) => start.sections(),
            Page::QueueCancel => StartPage::Queue.sections(),
        };
        for section in sections {
            splits.push(format!("{}_{lang}", section.name()));
            if *section == Section::Forms {
                splits.push(format!("countries_{lang}"));
            }
        }
        splits
    }
}

/// Every page a deep link opens (a service page, one of each kind of start
/// page among the catalog's services, the queue's cancel page), each with
/// the first service that opens it.
pub fn pages() -> Vec<(Page, &'static str)> {
    let mut pages = Vec::new();
    for service in catalog().services.iter() {
        let id: &'static str = &service.id;
        if pages.is_empty() {
            pages.push((Page::Service, id));
        }
        if let Some(page) = StartPage::for_service(id).map(Page::Start) {
            if !pages.iter().any(|(p, _)| p.chunk() == page.chunk()) {
                pages.push((page, id));
            }
        }
    }
    pages.push((Page::QueueCancel, QUEUE_SERVICE));
    pages
}

/// For `index.html`: each service with a start page, and its pack's name,
/// as a JavaScript object literal (`{"work-permit":"apply",…}`).
pub fn start_packs_by_service() -> String {
    let entries: Vec<String> = catalog()
        .services
        .iter()
        .filter_map(|s| {
            Some(format!(
                "{:?}:{:?}",
                &*s.id,
                Page::Start(StartPage::for_service(&s.id)?).name()
            ))
        })
        .collect();
    format!("{{{}}}", entries.join(","))
}

/// The modules a page opened cold loads in `lang`, in the order the
/// bundle's manifest lists them, each once.
pub fn modules(page: Page, lang: Lang, manifest: &HashMap<String, Vec<String>>) -> Result<Vec<String>> {
    let mut modules: Vec<String> = Vec::new();
    for split in page.splits(lang) {
        let files = manifest
            .get(&split)
            .ok_or_else(|| format!("the bundle has no split point {split:?}, which {page:?} loads"))?;
        for file in files {
            if !modules.contains(file) {
                modules.push(file.clone());
            }
        }
    }
    Ok(modules)
}

/// A pack's file name, e.g. `apply-az.pack`.
pub fn file_name(page: Page, lang: Lang) -> String {
    format!("{}-{}.pack", page.name(), lang.code())
}

/// Writes every page's pack in every language into `pkg`, from the wasm
/// modules there. The format, which `LOADER` reads: one line of
/// `name:length` pairs joined by commas, a newline, then the modules' bytes
/// in that order.
pub fn write(pkg: &Path, manifest: &HashMap<String, Vec<String>>) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (page, _) in pages() {
        for lang in Lang::ALL {
            let mut index = Vec::new();
            let mut body = Vec::new();
            for module in modules(page, lang, manifest)? {
                let path = pkg.join(format!("{module}.wasm"));
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                index.push(format!("{module}:{}", bytes.len()));
                body.extend(bytes);
            }
            let mut pack = (index.join(",") + "\n").into_bytes();
            pack.extend(body);
            let path = pkg.join(file_name(page, lang));
            std::fs::write(&path, pack).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// Takes each module from the pack `index.html` started fetching
/// (`self.qapiPack`, a promise of the response), else fetches it on its own:
/// when there is no pack (a host page's `qapiPack`, if it has one, is no
/// promise of ours), when it failed, or when it lacks the module (or already
/// gave it, and this is a retry). A pack is parsed once; a module it gives
/// is dropped from it.
const LOADER: &str = r#"let qapiParts;
function qapiUnpack(buffer) {
    const bytes = new Uint8Array(buffer);
    const end = bytes.indexOf(10);
    const parts = new Map();
    let at = end + 1;
    for (const entry of new TextDecoder().decode(bytes.subarray(0, end)).split(",")) {
        const [name, length] = entry.split(":");
        parts.set(name, bytes.subarray(at, (at += Number(length))));
    }
    if (end < 0 || at !== bytes.length) throw new Error("a malformed pack");
    return parts;
}
function qapiModule(name, url) {
    if (!(self.qapiPack instanceof Promise)) return fetch(url);
    qapiParts = qapiParts || self.qapiPack.then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(r.status))).then(qapiUnpack);
    return qapiParts
        .then((parts) => {
            const bytes = parts.get(name);
            if (!bytes) throw name;
            parts.delete(name);
            return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
        })
        .catch(() => fetch(url));
}
"#;

/// `__wasm_split.js` with each module taken from a pack when there is one:
/// its `fetch(new URL("./name.wasm", import.meta.url))` calls become
/// `qapiModule("name", …)`. Fails if the script does not fetch exactly the
/// modules wasm-split wrote, as a newer wasm-split might not.
pub fn loader_with_packs(script: &str, modules: &[PathBuf]) -> Result<String> {
    let mut out = script.to_owned();
    for module in modules {
        let name = module
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let url = format!("new URL(\"./{name}.wasm\", import.meta.url)");
        let call = format!("fetch({url})");
        if out.matches(&call).count() != 1 {
            return Err(format!("__wasm_split.js does not fetch {name}.wasm once as `{call}`"));
        }
        out = out.replace(&call, &format!("qapiModule(\"{name}\", {url})"));
    }
    if out.contains("fetch(new URL(") {
        return Err("__wasm_split.js fetches a module wasm-split did not report".into());
    }
    // After the imports, which wasm-split writes first.
    let body = out
        .find("\nlet ")
        .ok_or("__wasm_split.js has no top-level `let` to begin the loader before")?;
    out.insert_str(body + 1, LOADER);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_page_a_deep_link_opens_has_a_pack() {
        let names: Vec<&str> = pages().iter().map(|(p, _)| p.name()).collect();
        assert_eq!(names.len(), 7, "{names:?}");
        for name in [
            "service",
            "apply",
            "lookup",
            "queue",
            "registration",
            "stay",
            "queue_cancel",
        ] {
            assert!(names.contains(&name), "{name} in {names:?}");
        }
    }

    #[test]
    fn a_forms_pack_holds_its_code_messages_sections_and_country_names() {
        let page = Page::Start(StartPage::Application);
        assert_eq!(
            page.splits(Lang::Ru),
            ["apply_chunk", "messages_ru", "forms_ru", "countries_ru", "apply_ru"]
        );
    }

    #[test]
    fn modules_shared_by_two_split_points_are_packed_once() {
        let manifest: HashMap<String, Vec<String>> = [
            ("service_chunk", vec!["chunk_1", "chunk_2", "split_service_chunk"]),
            ("messages_en", vec!["chunk_2", "split_messages_en"]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
        .collect();
        assert_eq!(
            modules(Page::Service, Lang::En, &manifest).unwrap(),
            ["chunk_1", "chunk_2", "split_service_chunk", "split_messages_en"]
        );
        assert!(modules(Page::Service, Lang::Az, &manifest).is_err(), "no messages_az");
    }

    #[test]
    fn the_loader_takes_every_module_from_the_pack_or_fails_the_build() {
        let script = "import { initSync } from \"./qapi.js\";\nlet shared;\n\
            const a = fetch(new URL(\"./chunk_1.wasm\", import.meta.url));\n\
            const b = fetch(new URL(\"./split_x.wasm\", import.meta.url));\n";
        let modules = [PathBuf::from("out/chunk_1.wasm"), PathBuf::from("out/split_x.wasm")];
        let out = loader_with_packs(script, &modules).unwrap();
        assert!(
            out.starts_with("import { initSync } from \"./qapi.js\";\nlet qapiParts;"),
            "{out}"
        );
        assert!(out.contains("qapiModule(\"chunk_1\", new URL(\"./chunk_1.wasm\", import.meta.url))"));
        assert!(out.contains("qapiModule(\"split_x\", new URL(\"./split_x.wasm\", import.meta.url))"));
        assert!(!out.contains("fetch(new URL("));
        assert!(
            loader_with_packs(script, &modules[..1]).is_err(),
            "a module not reported"
        );
        assert!(
            loader_with_packs(script, &[PathBuf::from("chunk_9.wasm")]).is_err(),
            "a module not fetched"
        );
    }

    #[test]
    fn each_start_page_service_names_its_pack() {
        let map = start_packs_by_service();
        assert!(map.contains("\"work-permit\":\"apply\""), "{map}");
        assert!(map.contains("\"online-queue\":\"queue\""), "{map}");
        assert!(map.contains("\"stay-calculator\":\"stay\""), "{map}");
        let with_start_page = catalog().services.iter().filter(|s| s.has_start_page()).count();
        assert_eq!(map.matches("\":\"").count(), with_start_page, "{map}");
    }
}
