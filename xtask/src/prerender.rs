//! The catalog's page in each language written into its own copy of the
//! shell, `dist/<lang>/index.html`, which the server answers `/<lang>/`
//! with: the catalog paints as soon as the HTML and the stylesheet are here,
//! before the wasm has downloaded, compiled and run, and the app takes over
//! once it has rendered the same page (`assets/prerendered.html`).
//!
//! The markup comes from the app's own components, rendered natively by
//! `src/bin/prerender.rs` (feature `prerender`, Yew's server renderer), so
//! it cannot drift from what the app renders.

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
/// holding `page`, in its language; `strip` drops the comments.
pub fn page(shell: &str, page: &Prerendered, strip: fn(&str) -> String) -> Result<String> {
    let snippet = std::fs::read_to_string(root().join("assets/prerendered.html"))
        .map_err(|e| format!("assets/prerendered.html: {e}"))?;
    fill(shell, &snippet, page, strip)
}

fn fill(shell: &str, snippet: &str, page: &Prerendered, strip: fn(&str) -> String) -> Result<String> {
    let code = page.lang.code();
    let replacements = [
        ("<html lang=\"az\">", format!("<html lang=\"{code}\">")),
        ("<title>Qapı</title>", format!("<title>{}</title>", escape(&page.title))),
        ("/manifest-az.webmanifest", format!("/manifest-{code}.webmanifest")),
        (MARKER, snippet.to_owned()),
    ];
    let mut html = shell.to_owned();
    for (from, to) in replacements {
        if html.matches(from).count() != 1 {
            return Err(format!("index.html should hold {from:?} exactly once"));
        }
        html = html.replace(from, &to);
    }
    // The markup goes in last: comments are stripped from the files, never
    // from what a message says.
    let html = strip(&html);
    if html.matches(PLACEHOLDER).count() != 1 {
        return Err(format!(
            "assets/prerendered.html should hold {PLACEHOLDER} exactly once"
        ));
    }
    Ok(html.replace(PLACEHOLDER, &page.html))
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

    fn ru() -> Prerendered {
        Prerendered {
            lang: Lang::Ru,
            title: "Найти <услугу> & …".into(),
            html: "<div class=\"qp-layout\"><p>/* не комментарий */</p></div>".into(),
        }
    }

    fn no_comments(html: &str) -> String {
        html.replace("<!-- snippet -->", "").replace("/* не комментарий */", "")
    }

    #[test]
    fn the_page_goes_into_the_shell_in_its_language() {
        let html = fill(
            SHELL,
            "<!-- snippet --><div id=\"qp-pre\">QAPI_PAGE</div>",
            &ru(),
            no_comments,
        )
        .unwrap();
        assert_eq!(
            html,
            "<!doctype html>\n<html lang=\"ru\">\n<title>Найти &lt;услугу&gt; &amp; …</title>\n\
             <link rel=\"manifest\" href=\"/manifest-ru.webmanifest\">\n<body>\n\
             <div id=\"qp-pre\"><div class=\"qp-layout\"><p>/* не комментарий */</p></div></div>\n</body>\n"
        );
    }

    #[test]
    fn a_shell_or_snippet_without_its_markers_is_an_error() {
        let snippet = "<div id=\"qp-pre\">QAPI_PAGE</div>";
        let no_marker = SHELL.replace(MARKER, "");
        assert!(fill(&no_marker, snippet, &ru(), no_comments)
            .unwrap_err()
            .contains("qapi:page"));
        let no_lang = SHELL.replace("lang=\"az\"", "lang=\"en\"");
        assert!(fill(&no_lang, snippet, &ru(), no_comments).is_err());
        assert!(fill(SHELL, "<div></div>", &ru(), no_comments)
            .unwrap_err()
            .contains("QAPI_PAGE"));
    }

    #[test]
    fn the_real_shell_and_snippet_fit_together() {
        let shell = std::fs::read_to_string(crate::cmd::root().join("index.html")).unwrap();
        let html = super::page(&shell, &ru(), crate::build::strip_comments).unwrap();
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains("<div id=\"qp-pre\"><div class=\"qp-layout\"><p>/* не комментарий */</p></div></div>"));
        assert!(html.contains("self.qapiTakeOver"));
        assert!(!html.contains("<!--"));
    }
}
