//! Writes the catalog's page in each language, `<dir>/home-<lang>.html`: its
//! title on the first line, its markup after. Run by `cargo xtask` with the
//! `prerender` feature; see `src/prerender.rs`.

use qapi_core::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: qapi-prerender <dir>");
        return ExitCode::FAILURE;
    };
    // Yew renders on a runtime's thread, where its messages are loaded too.
    let (sent, pages) = std::sync::mpsc::channel();
    yew::platform::Runtime::default().spawn_pinned(move || async move {
        for lang in Lang::ALL {
            let page = qapi::prerender::home(lang).await;
            if sent.send((lang, page)).is_err() {
                return;
            }
        }
    });
    for _ in Lang::ALL {
        let written = match pages.recv() {
            Ok((lang, Ok((title, html)))) => {
                let file = dir.join(format!("home-{}.html", lang.code()));
                std::fs::write(&file, format!("{title}\n{html}")).map_err(|e| format!("{}: {e}", file.display()))
            }
            Ok((lang, Err(_))) => Err(format!("the {} messages did not load", lang.code())),
            Err(_) => Err("the renderer stopped".to_owned()),
        };
        if let Err(e) = written {
            eprintln!("qapi-prerender: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
