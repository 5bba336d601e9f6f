// Qapı in another site's page. The host writes, where the widget goes:
//   <div data-qapi data-lang="az" data-service="work-permit"></div>
//   <script type="module" src="https://<the agency's site>/embed.js"></script>
// This file keeps one address across releases (it is never cached for
// long); the build writes this release's files into it (QAPI_PKG,
// QAPI_STYLESHEET). The app itself is src/widget/.
const hosts = document.querySelectorAll('[data-qapi]');
const host = hosts[0];
if (hosts.length > 1) console.warn('Qapı: one widget per page; only the first [data-qapi] element shows it.');
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
    // Until the app replaces it: "Loading…", or, if it cannot start, what to
    // do, in the three languages (its own messages are not loaded yet).
    // (Built node by node: a host that requires Trusted Types refuses innerHTML.)
    const el = (tag, attributes, ...children) => {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
        node.append(...children);
        return node;
    };
    const boot = el('div', { id: 'qp-boot', class: 'qp-boot' },
        el('p', { class: 'qp-boot__loading' },
            el('span', { lang: 'az' }, 'Yüklənir…'), ' · ', el('span', { lang: 'en' }, 'Loading…'), ' · ', el('span', { lang: 'ru' }, 'Загрузка…')),
        el('div', { class: 'qp-boot__failed', role: 'alert', hidden: '' },
            el('p', { lang: 'az' }, 'Xidmət açılmadı. Səhifəni yeniləyin; alınmasa, (012) 919 nömrəsinə zəng edin.'),
            el('p', { lang: 'en' }, 'The service did not start. Reload the page; if that does not help, call (012) 919.'),
            el('p', { lang: 'ru' }, 'Сервис не открылся. Обновите страницу; если это не поможет, позвоните по номеру (012) 919.')));
    root.append(boot);
    const failed = () => boot.classList.add('qp-boot--failed');
    import(new URL('qapi.js', pkg).href)
        .then(({ default: init }) => init({ module_or_path: new URL('qapi_bg.wasm', pkg) }))
        .catch(failed);
    setTimeout(() => { if (boot.isConnected && !boot.classList.contains('qp-boot--started')) failed(); }, 30000);
}
