//! The look: design tokens as CSS custom properties on `:root`, so a host page
//! or the kiosk mode can restyle Qapı by overriding variables, never selectors;
//! plus base element styles. Component styles are scoped in their components.

use stylist::css;
use stylist::yew::Global;
use yew::prelude::*;

#[component]
pub fn Theme() -> Html {
    html! { <Global css={css!(r#"
        /* :where() gives these defaults no specificity, so a host page's or
           the kiosk's own :root rules win wherever they appear. */
        :where(:root) {
            --qp-color-text: #1b1d21;
            --qp-color-text-muted: #474c55;
            --qp-color-bg: #ffffff;
            --qp-color-surface: #f2f4f7;
            --qp-color-border: #70757e;
            --qp-color-brand: #0b4f7c;
            --qp-color-on-brand: #ffffff;
            --qp-color-link: #0b5cab;
            --qp-color-link-visited: #5a2d82;
            --qp-color-focus: #ffcc33;
            --qp-color-on-focus: #0b0c0c;
            --qp-color-error: #b3261e;
            --qp-color-warning-bg: #fff4c2;
            --qp-font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
            --qp-font-size-small: 0.9375rem;
            --qp-font-size-body: 1.0625rem;
            --qp-font-size-h3: 1.1875rem;
            --qp-font-size-h2: clamp(1.375rem, 1.2rem + 0.8vw, 1.625rem);
            --qp-font-size-h1: clamp(1.75rem, 1.4rem + 1.6vw, 2.5rem);
            --qp-line-height: 1.5;
            --qp-space-1: 0.25rem;
            --qp-space-2: 0.5rem;
            --qp-space-3: 1rem;
            --qp-space-4: 1.5rem;
            --qp-space-5: 2rem;
            --qp-space-6: 3rem;
            --qp-radius: 0.25rem;
            --qp-page-width: 64rem;
            --qp-tap-size: 2.75rem;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
            margin: 0;
            font-family: var(--qp-font-family);
            font-size: var(--qp-font-size-body);
            line-height: var(--qp-line-height);
            color: var(--qp-color-text);
            background: var(--qp-color-bg);
            overflow-wrap: break-word;
        }
        h1, h2, h3 { line-height: 1.25; margin: 0 0 var(--qp-space-3); }
        h1 { font-size: var(--qp-font-size-h1); }
        h2 { font-size: var(--qp-font-size-h2); margin-top: var(--qp-space-5); }
        h3 { font-size: var(--qp-font-size-h3); }
        p, ul, ol, table { margin: 0 0 var(--qp-space-3); }
        a { color: var(--qp-color-link); text-underline-offset: 0.15em; }
        a:visited { color: var(--qp-color-link-visited); }
        a:hover { text-decoration-thickness: 0.15em; }
        :focus-visible {
            outline: 3px solid var(--qp-color-on-focus);
            outline-offset: 2px;
            box-shadow: 0 0 0 5px var(--qp-color-focus);
        }
        a:focus-visible {
            outline: none;
            color: var(--qp-color-on-focus);
            background: var(--qp-color-focus);
            box-shadow: 0 -2px var(--qp-color-focus), 0 4px var(--qp-color-on-focus);
            text-decoration: none;
        }
        [tabindex="-1"]:focus { outline: none; box-shadow: none; }
        .qp-visually-hidden {
            position: absolute !important;
            width: 1px; height: 1px; margin: 0; padding: 0;
            overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
            white-space: nowrap; border: 0;
        }
        /* A radio button as a large tap target with its label. */
        .qp-choice {
            display: inline-flex;
            align-items: center;
            gap: var(--qp-space-2);
            min-height: var(--qp-tap-size);
            margin: 0;
            padding: 0 var(--qp-space-3) 0 var(--qp-space-2);
            border: 1px solid var(--qp-color-border);
            border-radius: var(--qp-radius);
            background: var(--qp-color-bg);
            font-weight: 400;
            cursor: pointer;
        }
        .qp-choice input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--qp-color-brand); }
        .qp-choice input:checked + span { font-weight: 700; }
        /* The primary action. */
        .qp-button {
            font: inherit; font-weight: 700; min-height: var(--qp-tap-size); padding: 0 var(--qp-space-4);
            color: var(--qp-color-on-brand); background: var(--qp-color-brand); border: 0; border-radius: var(--qp-radius);
            box-shadow: 0 3px 0 var(--qp-color-text); cursor: pointer;
        }
        .qp-button[aria-disabled="true"] { opacity: 0.7; cursor: progress; }
        .qp-lazy { margin-top: var(--qp-space-6); }
        .qp-lang-failed { margin-top: var(--qp-space-3); padding-top: var(--qp-space-2); padding-bottom: var(--qp-space-2); border-left: 5px solid var(--qp-color-error); }
        .qp-width-container {
            max-width: var(--qp-page-width);
            margin: 0 auto;
            padding: 0 var(--qp-space-3);
        }
        @media (prefers-reduced-motion: reduce) {
            * { scroll-behavior: auto !important; transition: none !important; }
        }
    "#)} /> }
}
