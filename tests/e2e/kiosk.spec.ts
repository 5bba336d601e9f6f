/**
 * Kiosk mode, turned on by configuration (`config.json`, answered here by
 * the test with a short idle time): touch-sized controls, nothing written to
 * storage, and after the idle time an accessible countdown, then a wipe that
 * leaves no trace of the visitor: not on screen, not in a field, not in any
 * storage, not in history state; the home page shows in the kiosk's
 * language. A page the Back button brings back from the browser's
 * back-forward cache is loaded afresh. A visitor who touches "Continue"
 * keeps everything.
 */
import { chromium, expect, Page, test } from '@playwright/test';
import { messages } from './support/data';
import { expectNoAxeViolations } from './support/axe';
import { APPLICANT, LookupPage } from './pages/lookup.page';
import { QueuePage } from './pages/queue.page';

const IDLE_SECONDS = 3;
const WARNING_SECONDS = 3;

async function asKiosk(page: Page, idle = IDLE_SECONDS): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        api_base_url: '/api/v1',
        mode: 'kiosk',
        kiosk: { idle_seconds: idle, warning_seconds: WARNING_SECONDS, default_lang: 'ru' },
      },
    }),
  );
}

/** Everything the browser keeps for the page, as text: what shows, what is typed, every storage. */
async function everythingKept(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = JSON.stringify({ ...localStorage });
    const session = JSON.stringify({ ...sessionStorage });
    const dbs = JSON.stringify(await indexedDB.databases());
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        cached.push(request.url, await (await cache.match(request))!.text());
      }
    }
    const typed = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
    return [document.body.innerText, document.body.innerHTML, ...typed, local, session, dbs, JSON.stringify(history.state), ...cached].join('\n');
  });
}

/** What a visitor leaves on screen: a form's typed name, or a lookup's answer. */
const VISITS: { what: string; trace: string; visit: (page: Page) => Promise<void> }[] = [
  {
    what: 'a form being filled in',
    trace: 'Zeynalabdin',
    visit: async (page) => {
      await page.goto('/en/services/citizenship-restoration/start');
      await page
        .getByRole('main')
        .getByRole('textbox', { name: messages.en.t('field-applicant-given-name'), exact: true })
        .fill('Zeynalabdin');
    },
  },
  {
    what: "a lookup's answer",
    trace: 'QP-DEMO-0001',
    visit: async (page) => {
      const lookup = await LookupPage.open(page, 'en', 'application-tracking');
      await lookup.lookUp(APPLICANT);
      await expect(lookup.answerHeading).toHaveText(messages.en.t('lookup-applications-found'));
    },
  },
];

for (const { what, trace, visit } of VISITS) {
  test(`after the idle time on ${what}: a countdown, then nothing of the visitor anywhere, and the home page in the kiosk language`, async ({
    page,
  }) => {
    await asKiosk(page);
    const en = messages.en;
    await visit(page);
    await expect(page.locator('html')).toHaveClass(/qp-kiosk/);
    expect(await everythingKept(page)).toContain(trace);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    const dialog = page.getByRole('dialog', { name: en.t('kiosk-idle-title') });
    await expect(dialog).toBeVisible({ timeout: (IDLE_SECONDS + 2) * 1000 });
    await expect(dialog.getByRole('button', { name: en.t('kiosk-idle-continue') })).toBeFocused();
    await expectNoAxeViolations(page);

    await expect(page.getByRole('heading', { level: 1, name: messages.ru.t('home-title') })).toBeVisible({
      timeout: (WARNING_SECONDS + 2) * 1000,
    });
    await expect(page).toHaveURL(/\/ru\/$/);
    expect(await everythingKept(page)).not.toContain(trace);
  });
}

test('"Continue" keeps the visitor\'s answers', async ({ page }) => {
  await asKiosk(page);
  const en = messages.en;
  await page.goto('/en/services/citizenship-restoration/start');
  const given = page.getByRole('main').getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true });
  // The page says what a kiosk keeps, not what a personal device would.
  await expect(page.getByText(en.t('apply-draft-kiosk'))).toBeVisible();
  await expect(page.getByText(en.t('apply-draft-kept'))).toHaveCount(0);
  await given.fill('Zeynalabdin');
  const dialog = page.getByRole('dialog', { name: en.t('kiosk-idle-title') });
  await expect(dialog).toBeVisible({ timeout: (IDLE_SECONDS + 2) * 1000 });
  await dialog.getByRole('button', { name: en.t('kiosk-idle-continue') }).click();
  await expect(dialog).toBeHidden();
  await expect(given).toHaveValue('Zeynalabdin');
  await expect(page).toHaveURL(/citizenship-restoration\/start$/);
});

test('touch-sized controls, and no link that leaves the kiosk', async ({ page }) => {
  await asKiosk(page, 600);
  for (const path of ['/az/', '/az/services/work-permit/start', '/az/services/travel-ban-check/start']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/qp-kiosk/);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input:not([type=radio]):not([type=checkbox]), select, .qp-choice, header a')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => e.getBoundingClientRect().height < 48)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small, path).toEqual([]);
    const away = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin || a.getAttribute('target'))
        .map((a) => a.outerHTML.slice(0, 80)),
    );
    expect(away, path).toEqual([]);
  }
});

test('near the end, the countdown is said once more to screen readers', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { mode: 'kiosk', kiosk: { idle_seconds: 1, warning_seconds: 11, default_lang: 'en' } } }),
  );
  const en = messages.en;
  await page.goto('/en/');
  const dialog = page.getByRole('dialog', { name: en.t('kiosk-idle-title') });
  await expect(dialog).toBeVisible({ timeout: 4_000 });
  await expect(dialog.getByRole('status')).toHaveText(en.t('kiosk-idle-body', { seconds: 10 }), { timeout: 4_000 });
  await dialog.getByRole('button', { name: en.t('kiosk-idle-continue') }).click();
});

test('a kiosk set only in config.json still becomes one when the first read fails', async ({ page }) => {
  let reads = 0;
  await page.route('**/config.json', (route) => {
    reads += 1;
    if (reads === 1) return route.abort();
    return route.fulfill({ json: { mode: 'kiosk', kiosk: { idle_seconds: 600, default_lang: 'az' } } });
  });
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveClass(/qp-kiosk/, { timeout: 8_000 });
  expect(reads).toBeGreaterThan(1);
});


test('a form shown before config.json makes the screen a kiosk turns its autofill off and says what a kiosk keeps', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/config.json', async (route) => {
    await held;
    await route.fulfill({ json: { mode: 'kiosk', kiosk: { idle_seconds: 600, default_lang: 'en' } } });
  });
  await page.goto('/en/services/citizenship-restoration/start');
  const en = messages.en;
  const given = page.getByRole('main').getByRole('textbox', { name: en.t('field-applicant-given-name'), exact: true });
  const birth = page.getByRole('main').getByRole('group', { name: en.t('field-applicant-date-of-birth') });
  await expect(given).toHaveAttribute('autocomplete', 'given-name');
  await expect(birth.getByRole('textbox').first()).toHaveAttribute('autocomplete', 'bday-day');
  await expect(page.getByText(en.t('apply-draft-kept'))).toBeVisible();
  release();
  await expect(page.locator('html')).toHaveClass(/qp-kiosk/);
  await expect(given).toHaveAttribute('autocomplete', 'off');
  await expect(page.getByText(en.t('apply-draft-kiosk'))).toBeVisible();
  await expect(page.getByText(en.t('apply-draft-kept'))).toHaveCount(0);
  await expect(birth.getByRole('textbox').first()).toHaveAttribute('autocomplete', 'off');
});

test('on a kiosk the queue offers no autofill of the name or the date of birth', async ({ page }) => {
  await asKiosk(page);
  const p = await QueuePage.open(page, 'en');
  await expect(page.locator('html')).toHaveClass(/qp-kiosk/);
  await expect(p.name).toHaveAttribute('autocomplete', 'off');
  await expect(p.birthBox('day')).toHaveAttribute('autocomplete', 'off');
});
test("a page the Back button brings back from the browser's cache is loaded afresh, without what was typed", async ({
  baseURL,
}) => {
  // Playwright's own browsers run without the back-forward cache: one with it.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    for (const kiosk of [false, true]) {
      const page = await browser.newPage({ baseURL });
      // Marks a page the cache restored (window.name outlives a reload).
      await page.addInitScript(() => addEventListener('pageshow', (e) => e.persisted && (window.name = 'restored')));
      if (kiosk) await asKiosk(page, 600);
      await page.goto('/en/services/citizenship-restoration/start');
      const given = page.getByRole('textbox', { name: messages.en.t('field-applicant-given-name'), exact: true });
      await given.fill('Zeynalabdin');
      await page.goto('/en/services/registration');
      await page.goBack({ waitUntil: 'commit' });
      // (Asked again while a kiosk's reload replaces the page.)
      await expect.poll(() => page.evaluate(() => window.name).catch(() => '')).toBe('restored');
      // A website keeps the page as it was; a kiosk loads it afresh.
      await expect(given).toHaveValue(kiosk ? '' : 'Zeynalabdin');
      if (kiosk) expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON().type)).toBe('reload');
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
