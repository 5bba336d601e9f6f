// Time from navigation to the rendered catalog (all 18 service links in
// <main>), in headless Chromium, cold loads in fresh contexts, at 1x and 4x
// CPU throttling, interleaved; and to the app's own page ("app ready"): the
// catalog is written at build time, so it paints before the app runs, which
// then takes it over. Measured inside the page (an init script with a
// MutationObserver), not by Playwright's polling helpers, which inject a big
// script mid-load. See ../../../shared/reference/browser-bench.md.
import { chromium } from 'playwright-core';

const base = process.env.QAPI_BASE_URL ?? 'http://127.0.0.1:8080';
const runs = Number(process.env.QAPI_BENCH_RUNS ?? 9);
const rates = [1, 4];
const expectedLinks = 18;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
    // Browser-UI renderers that only add noise to a headless page's timing.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
  ],
});

function watchForCatalog(expected) {
  const rendered = () => document.querySelectorAll('main a[href*="/services/"]').length >= expected;
  // The app's page, and no page written at build time left beside it.
  const ready = () => document.querySelector('#qp-app main') && !document.getElementById('qp-pre');
  const observer = new MutationObserver(() => {
    if (!rendered()) return;
    if (!window.__qapiRendered) {
      window.__qapiRendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.__qapiPainted = performance.now(); }, 0));
    }
    if (ready()) {
      window.__qapiReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function load(rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  await page.addInitScript(watchForCatalog, expectedLinks);
  await page.goto(`${base}/az`, { waitUntil: 'commit' });
  // The main thread's CPU time so far, in ms.
  const cpu = async () => 1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
  const until = async (what, read) => {
    for (let waited = 0; waited < 30000; waited += 25) {
      const value = await page.evaluate(read);
      if (value) return value;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${what} not within 30 s at ${rate}x`);
  };
  const result = await until('the catalog painted', () => window.__qapiPainted && { rendered: window.__qapiRendered, painted: window.__qapiPainted });
  result.cpu = await cpu();
  result.ready = await until('the app ready', () => window.__qapiReady);
  result.readyCpu = await cpu();
  await context.close();
  return result;
}

const samples = Object.fromEntries(rates.map((r) => [r, []]));
await load(1); // warm the server and the browser's process pool, not measured
for (let i = 0; i < runs; i++) for (const rate of rates) samples[rate].push(await load(rate));
await browser.close();

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return `${median.toFixed(0)} ms (min ${s[0].toFixed(0)} – max ${s[s.length - 1].toFixed(0)})`;
};
console.log(`Navigation to rendered catalog, ${base}/az, ${runs} cold loads each, median (min – max):`);
for (const rate of rates) {
  const xs = samples[rate];
  console.log(`  CPU ${rate}x: rendered ${stat(xs.map((x) => x.rendered))}; painted ${stat(xs.map((x) => x.painted))}`);
  console.log(`          app ready ${stat(xs.map((x) => x.ready))}`);
  if (rate === 1) {
    console.log(`          renderer main-thread CPU until painted ${stat(xs.map((x) => x.cpu))}`);
    console.log(`          renderer main-thread CPU until the app is ready ${stat(xs.map((x) => x.readyCpu))}`);
  }
}
