// Time from navigation to the rendered catalog (all 18 service links in
// <main>), in headless Chromium, cold loads in fresh contexts, at 1x and 4x
// CPU throttling, interleaved. Measured inside the page (an init script with a
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
  const observer = new MutationObserver(() => {
    if (window.__qapiRendered || !rendered()) return;
    window.__qapiRendered = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__qapiPainted = performance.now(); }, 0));
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
  let result;
  for (let waited = 0; waited < 30000 && !result; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    result = await page.evaluate(() => window.__qapiPainted && { rendered: window.__qapiRendered, painted: window.__qapiPainted });
  }
  if (!result) throw new Error(`the catalog did not render within 30 s at ${rate}x`);
  const { metrics } = await cdp.send('Performance.getMetrics');
  result.cpu = 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
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
  if (rate === 1) console.log(`          renderer main-thread CPU ${stat(xs.map((x) => x.cpu))}`);
}
