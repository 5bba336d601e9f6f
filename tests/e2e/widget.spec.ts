/**
 * The widget in a host page (`/embed-demo.html`, whose stylesheet resets
 * everything, sets another font, uppercase and a 10 px root size): axe on the
 * whole host page, the host's address, title and language left alone, its
 * styles kept out (and its theme colour let in), the events it hears
 * (navigated, language, booked, submitted), nothing kept in the host's
 * storage, hash routing with the host's Back button and its own anchors,
 * a start-up failure said plainly, the framed app reporting its height only
 * to an allowed host, which alone may frame it, and a host on another
 * origin using the API, which only an allowed host may.
 */
import { expect, Locator, Page, test } from '@playwright/test';
import { ENDONYMS, messages } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { CalculatorPage } from './pages/calculator.page';
import { newVisitor, QueuePage } from './pages/queue.page';
import { answerPage } from './pages/application';

const en = messages.en;

/** The widget's root, inside the host element's shadow root (CSS locators pierce it). */
function widget(page: Page): Locator {
  return page.locator('[data-qapi] .qp-root');
}

async function openDemo(page: Page, query: string): Promise<Locator> {
  await page.goto(`/embed-demo.html?${query}`);
  await expect(widget(page).getByRole('heading', { level: 1 })).toBeVisible();
  return widget(page);
}

/** The host page's event log, one line per event: `type {detail as JSON}`. */
function events(page: Page): Promise<string[]> {
  return page.locator('#events li').allTextContents();
}

test('in a hostile host page the widget is accessible, keeps its own look and leaves the host alone', async ({ page }) => {
  const root = await openDemo(page, 'service=registration-deadline&lang=en');
  const calculator = new CalculatorPage(page, 'en').within(root);
  await expect(calculator.heading).toHaveText(en.t('svc-registration-deadline'));
  const [address, title] = [page.url(), await page.title()];
  await expectNoAxeViolations(page);
  // Found as a region named for the service, with no landmarks competing with the host's.
  await expect(page.getByRole('region', { name: en.t('site-name'), exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);

  // The host's `*`, `label`, `button` and `html` rules do not reach in; its theme colour does.
  const style = (target: Locator, property: string) =>
    target.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);
  expect(await style(calculator.heading, 'font-family')).not.toMatch(/Comic|Papyrus|fantasy/);
  expect(await style(calculator.heading, 'text-transform')).toBe('none');
  expect(await style(calculator.heading, 'letter-spacing')).toBe('normal');
  // The body size is the reader's default (16 px) × 1.0625, not the host's 10 px root.
  expect(await style(root, 'font-size')).toBe('17px');
  await expect(root.locator('label').first()).toBeVisible();
  expect(await style(calculator.calculate, 'background-color')).toBe('rgb(29, 91, 52)');
  expect(await style(calculator.calculate, 'min-height')).toBe('44px');

  // Pages change inside the widget only.
  await root.getByRole('link', { name: en.t('site-name'), exact: true }).click();
  await expect(calculator.heading).toHaveText(en.t('home-title'));
  await expect(calculator.heading).toBeFocused();
  await expectNoAxeViolations(page);
  await root.getByRole('link', { name: en.t('svc-online-queue') }).first().click();
  await expect(calculator.heading).toHaveText(en.t('svc-online-queue'));
  expect(page.url()).toBe(address);
  await expect(page).toHaveTitle(title);

  // A language switch: the widget speaks it, the host page keeps its own.
  await root.getByRole('link', { name: ENDONYMS.az, exact: true }).click();
  await expect(calculator.heading).toHaveText(messages.az.t('svc-online-queue'));
  await expect(root).toHaveAttribute('lang', 'az');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).toBe(address);
  await expectNoAxeViolations(page);

  await expect.poll(() => events(page)).toEqual([
    'qapi:navigated {"path":"/en/services/registration-deadline/start"}',
    'qapi:navigated {"path":"/en"}',
    'qapi:navigated {"path":"/en/services/online-queue"}',
    'qapi:navigated {"path":"/az/services/online-queue"}',
    'qapi:language {"lang":"az"}',
  ]);
});

test('a visit booked in the widget tells the host its reference', async ({ page }) => {
  const root = await openDemo(page, 'service=online-queue&lang=en');
  const address = page.url();
  const queue = new QueuePage(page, 'en').within(root);
  await expect(queue.officeRadios.first()).toBeVisible();
  const day = (await queue.days())[9];
  await queue.bookFirstFree({ service: 'registration', office: 'ganja', day }, newVisitor('TUR'));
  const reference = (await queue.reference.textContent())!.trim();
  expect(reference).not.toBe('');
  await expect.poll(() => events(page)).toContain(`qapi:booked {"reference":"${reference}"}`);
  expect(page.url()).toBe(address);
  // The personal cancel link (its secret in the fragment) opens the agency's site, never the host's address.
  const cancel = queue.cancelLink;
  await expect(cancel).toHaveAttribute('href', new RegExp(`^${new URL(page.url()).origin}/en/services/online-queue/cancel#`));
  await expect(cancel).toHaveAttribute('target', '_blank');
  await expectNoAxeViolations(page);
});

test('an application sent from the widget tells the host its reference', async ({ page }) => {
  const root = await openDemo(page, 'service=citizenship-restoration&lang=en');
  const address = page.url();
  const heading = root.getByRole('heading', { level: 1 });
  const passport = `QW${String(Date.now() % 100_000_000).padStart(8, '0')}`;
  const kept = () => page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  for (let i = 0; (await heading.textContent()) !== en.t('apply-check-title'); i++) {
    expect(i, 'never reached "Check your answers"').toBeLessThan(15);
    const before = await heading.textContent();
    await answerPage(page, 'en', passport, root);
    await expect(heading).not.toHaveText(before!);
    // The draft stays in the widget's memory: nothing in the host's storage.
    expect(await kept()).toBe('[{},{}]');
  }
  await root.getByRole('checkbox', { name: en.t('apply-declaration') }).check();
  await root.getByRole('button', { name: en.t('apply-submit') }).click();
  await expect(heading).toHaveText(en.t('apply-sent-title'));
  const reference = (await root.locator('.qp-panel__reference').textContent())!.trim();
  expect(reference).toMatch(/^QP-/);
  await expect
    .poll(() => events(page))
    .toContain(`qapi:submitted {"service":"citizenship-restoration","reference":"${reference}"}`);
  expect(page.url()).toBe(address);
  await expectNoAxeViolations(page);
});

test("with hash routing the host's Back button steps back through the widget's pages", async ({ page }) => {
  const root = await openDemo(page, 'service=registration-deadline&lang=en&routing=hash');
  const heading = root.getByRole('heading', { level: 1 });
  const path = new URL(page.url()).pathname;
  await expect(page).toHaveURL(/#\/en\/services\/registration-deadline\/start$/);
  await root.getByRole('link', { name: en.t('site-name'), exact: true }).click();
  await expect(heading).toHaveText(en.t('home-title'));
  await expect(page).toHaveURL(/#\/en$/);
  // The host's own anchors are the host's: the widget stays where it is.
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Services' }).click();
  await expect(page).toHaveURL(/#services$/);
  await expect(heading).toHaveText(en.t('home-title'));
  await page.goBack();
  await expect(page).toHaveURL(/#\/en$/);
  await expect(heading).toHaveText(en.t('home-title'));
  await page.goBack();
  await expect(heading).toHaveText(en.t('svc-registration-deadline'));
  expect(new URL(page.url()).pathname).toBe(path);
  // A reload keeps the widget's page.
  await page.reload();
  await expect(heading).toHaveText(en.t('svc-registration-deadline'));
});

test('a service the catalog does not have opens the catalog, and the host page is told why', async ({ page }) => {
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes('no-such-service'));
  const root = await openDemo(page, 'service=no-such-service&lang=ru');
  await expect(root.getByRole('heading', { level: 1 })).toHaveText(messages.ru.t('home-title'));
  await warned;
});

test('a widget that cannot start says so, in the three languages', async ({ page }) => {
  // The chunk only a host page needs, lost (a stale release, a dropped connection).
  await page.route(/split_host_chunk\.wasm$/, (route) => route.abort());
  await page.goto('/embed-demo.html?service=registration-deadline&lang=en');
  const failed = widget(page).getByRole('alert');
  await expect(failed).toContainText('The service did not start.');
  await expect(failed).toContainText('Xidmət açılmadı.');
  await expect(failed).toContainText('Сервис не открылся.');
  await expectNoAxeViolations(page);
});

test.describe('framed in another site', () => {
  // The frame-ancestors policy is what is tested: enforce it.
  test.use({ bypassCSP: false });

  /** A host page at `origin` that frames the app and keeps what it hears from it. */
  async function host(page: Page, origin: string, baseURL: string): Promise<void> {
    await page.route(`${origin}/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><main><h1>Host</h1>
          <iframe title="Migration services" src="${baseURL}/en/services/registration-deadline/start"></iframe></main>
          <script>window.heard = []; addEventListener('message', (e) => heard.push({ origin: e.origin, data: e.data }));</script>`,
      }),
    );
    await page.goto(`${origin}/`);
  }

  test('an allowed host is told the height and the pages, from the app origin', async ({ page, baseURL }) => {
    // `cargo xtask test` lets https://host.test frame the app (--frame-ancestor).
    await host(page, 'https://host.test', baseURL!);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.t('svc-registration-deadline'));
    type Heard = { origin: string; data: { type: string; height?: number; path?: string } };
    const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
    await expect.poll(async () => (await heard()).filter((m) => m.data.type === 'qapi:height').length).toBeGreaterThan(0);
    await frame.getByRole('link', { name: en.t('site-name'), exact: true }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(en.t('home-title'));
    await expect.poll(async () => (await heard()).filter((m) => m.data.type === 'qapi:navigated').length).toBe(2);
    const all = await heard();
    expect(new Set(all.map((m) => m.origin))).toEqual(new Set([new URL(baseURL!).origin]));
    const paths = all.filter((m) => m.data.type === 'qapi:navigated').map((m) => m.data.path);
    expect(paths).toEqual(['/en/services/registration-deadline/start', '/en']);
    // The height is the page's own, not the frame's 150 px.
    const heights = all.filter((m) => m.data.type === 'qapi:height').map((m) => m.data.height!);
    expect(Math.max(...heights)).toBeGreaterThan(400);
  });

  test('a host not allowed cannot frame the app and hears nothing', async ({ page, baseURL }) => {
    const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    await host(page, 'https://other.test', baseURL!);
    await refused;
    await expect(page.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
  });
});

test.describe('on another site', () => {
  /** A host page at `origin` with the widget, loading the bundle from the app's origin. */
  async function hostWithWidget(page: Page, origin: string, baseURL: string): Promise<void> {
    await page.route(`${origin}/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><main><h1>Host</h1>
          <div data-qapi data-lang="en" data-service="online-queue"></div></main>
          <script>window.heard = []; document.querySelector('[data-qapi]').addEventListener('qapi:booked', (e) => heard.push(e.detail));</script>
          <script type="module" src="${baseURL}/embed.js"></script>`,
      }),
    );
    await page.goto(`${origin}/`);
  }

  test("an allowed host's widget loads the bundle and books through the API across origins", async ({ page, baseURL }) => {
    await hostWithWidget(page, 'https://host.test', baseURL!);
    const queue = new QueuePage(page, 'en').within(widget(page));
    await expect(queue.officeRadios.first()).toBeVisible();
    const day = (await queue.days())[10];
    await queue.bookFirstFree({ service: 'work-permit', office: 'sheki', day }, newVisitor('GEO'));
    const reference = (await queue.reference.textContent())!.trim();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: { reference: string }[] }).heard))
      .toEqual([{ reference }]);
    expect(page.url()).toBe('https://host.test/');
  });

  test("another site's page cannot load the widget", async ({ page, baseURL }) => {
    const refused = page.waitForEvent('console', (m) => /CORS/.test(m.text()));
    await hostWithWidget(page, 'https://other.test', baseURL!);
    await refused;
    await expect(widget(page)).toHaveCount(0);
  });
});
