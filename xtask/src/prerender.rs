//! The catalog's page in each language written into its own copy of the
//! shell, `dist/<lang>/index.html`, which the server answers `/<lang>/`
//! with: the catalog paints as soon as the HTML and the stylesheet are here,
//! before the wasm has downloaded, compiled and run, and the app takes over
//! once it has rendered the same page (`assets/prerendered.html`).
//!
//! The markup comes from the app's own components, rendered natively by
//! `src/bin/prerender.rs` (feature `prerender`, Yew's server renderer), so
//! it cannot drift from what the app renders.

use crate::build::strip_comments;
use crate::cmd::{command, exec, root, Result};
use qapi_core::Lang;
use std::path::Path;

/// Where `index.html` takes a page written at build time.
pub const MARKER: &str = "<!-- qapi:page -->";
/// Where `assets/prerendered.html` takes the page's markup.
const PLACEHOLDER: &str = "QAPI_PAGE";

/// The home page in one language, as the app renders it.
pub struct Prerendered {
    pub lang: Lang,
    pub title: String,
    pub html: String,
}

/// Renders the home page in every language.
pub fn render(dir: &Path) -> Result<Vec<Prerendered>> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    exec(
        command("cargo")
            .args([
                "run",
                "--quiet",
                "-p",
                "qapi",
                "--features",
                "prerender",
                "--bin",
                "qapi-prerender",
                "--",
            ])
            .arg(dir),
    )?;
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let file = dir.join(format!("home-{}.html", lang.code()));
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let (title, html) = text
                .split_once('\n')
                .ok_or_else(|| format!("{}: no title line", file.display()))?;
            Ok(Prerendered {
                lang,
                title: title.to_owned(),
                html: html.trim_end().to_owned(),
            })
        })
        .collect()
}

/// The shell (`index.html` with its loader, comments not yet stripped)
/// holding each page, in its language.
pub fn pages(shell: &str, pages: &[Prerendered]) -> Result<Vec<(Lang, String)>> {
    let snippet = std::fs::read_to_string(root().join("assets/prerendered.html"))
        .map_err(|e| format!("assets/prerendered.html: {e}"))?;
    pages
        .iter()
        .map(|page| Ok((page.lang, fill(shell, &snippet, page)?)))
        .collect()
}

fn fill(shell: &str, snippet: &str, page: &Prerendered) -> Result<String> {
    let code = page.lang.code();
    let mut html = shell.to_owned();
    for (from, to) in [
        ("<html lang=\"az\">", format!("<html lang=\"{code}\">")),
        ("/manifest-az.webmanifest", format!("/manifest-{code}.webmanifest")),
        (MARKER, snippet.to_owned()),
    ] {
        html = replace_once(&html, from, &to, "index.html")?;
    }
    // The page's words go in last: comments are stripped from the files,
    // never from what a message says.
    let html = strip_comments(&html);
    let html = replace_once(
        &html,
        "<title>Qapı</title>",
        &format!("<title>{}</title>", escape(&page.title)),
        "index.html",
    )?;
    replace_once(&html, PLACEHOLDER, &page.html, "assets/prerendered.html")
}

fn replace_once(html: &str, from: &str, to: &str, file: &str) -> Result<String> {
    if html.matches(from).count() != 1 {
        return Err(format!("{file} should hold {from:?} exactly once"));
    }
    Ok(html.replace(from, to))
}

/// Text for an element's content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::{fill, Prerendered, MARKER};
    use qapi_core::Lang;

    const SHELL: &str = "<!doctype html>\n<html lang=\"az\">\n<title>Qapı</title>\n\
        <link rel=\"manifest\" href=\"/manifest-az.webmanifest\">\n<body>\n<!-- qapi:page -->\n</body>\n";
    const SNIPPET: &str = "<!-- why -->\n<div id=\"qp-pre\">QAPI_PAGE</div>";

    fn ru() -> Prerendered {
        Prerendered {
            lang: Lang::Ru,
            title: "Найти <услугу> & /* всё */".into(),
            html: "<div class=\"qp-layout\"><p>/* не комментарий */</p></div>".into(),
        }
    }

    #[test]
    fn the_page_goes_into_the_shell_in_its_language() {
        assert_eq!(
            fill(SHELL, SNIPPET, &ru()).unwrap(),
            "<!doctype html>\n<html lang=\"ru\">\n<title>Найти &lt;услугу&gt; &amp; /* всё */</title>\n\
             <link rel=\"manifest\" href=\"/manifest-ru.webmanifest\">\n<body>\n\
             <div id=\"qp-pre\"><div class=\"qp-layout\"><p>/* не комментарий */</p></div></div>\n</body>\n"
        );
    }

    #[test]
    fn a_shell_or_snippet_without_its_markers_is_an_error() {
        let no_marker = SHELL.replace(MARKER, "");
        assert!(fill(&no_marker, SNIPPET, &ru()).unwrap_err().contains("qapi:page"));
        let no_lang = SHELL.replace("lang=\"az\"", "lang=\"en\"");
        assert!(fill(&no_lang, SNIPPET, &ru()).is_err());
        assert!(fill(SHELL, "<div></div>", &ru()).unwrap_err().contains("QAPI_PAGE"));
    }

    #[test]
    fn the_real_shell_and_snippet_fit_together() {
        let shell = std::fs::read_to_string(crate::cmd::root().join("index.html")).unwrap();
        let pages = super::pages(&shell, &[ru()]).unwrap();
        let html = &pages[0].1;
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains("<div id=\"qp-pre\"><div class=\"qp-layout\"><p>/* не комментарий */</p></div></div>"));
        assert!(html.contains("self.qapiTakeOver"));
        assert!(!html.contains("<!--"));
    }
}
