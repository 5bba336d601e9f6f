// Qapı in another site's page. The host writes, where the widget goes:
//   <div data-qapi data-lang="az" data-service="work-permit-issue"></div>
//   <script type="module" src="https://<the agency's site>/embed.js"></script>
// This file keeps one address across releases (it is never cached for
// long); the build writes this release's files into it (QAPI_PKG,
// QAPI_STYLESHEET). The app itself is src/widget.rs.
import init from './QAPI_PKG/qapi.js';

const host = document.querySelector('[data-qapi]');
if (host && !host.shadowRoot) {
    const pkg = new URL('./QAPI_PKG/', import.meta.url);
    // Where the app's configuration and its own pages are.
    host.setAttribute('data-qapi-origin', pkg.origin);
    // A shadow root: the host's styles do not reach in, the app's do not leak out.
    const shadow = host.attachShadow({ mode: 'open' });
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = new URL('QAPI_STYLESHEET', pkg).href;
    const root = document.createElement('div');
    root.className = 'qp-root';
    // The reader's own default font size, whatever the host sets on its
    // <html> (lengths in the stylesheet are multiples of --qp-rem), on the
    // element itself: the design tokens are computed there (:host).
    const probe = document.createElement('div');
    probe.style.fontSize = 'medium';
    shadow.append(stylesheet, probe);
    host.style.setProperty('--qp-rem', getComputedStyle(probe).fontSize);
    probe.replaceWith(root);
    init({ module_or_path: new URL('qapi_bg.wasm', pkg) });
}
