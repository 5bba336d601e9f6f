/**
 * Rating a service: the app's HTTP client against the real backend and
 * against a backend that misbehaves (timeouts, 503 then 200, 429 with
 * Retry-After, malformed JSON, offline). Whatever happens, the person sees a
 * translated message and keeps what they typed; a retry is counted once.
 */
import { expect, Page, Request, test } from '@playwright/test';
import { Lang, messages } from './support/data';
import { expectNoAxeViolations } from './support/axe';

const SERVICE = 'registration';

class RatingForm {
  constructor(readonly page: Page, readonly lang: Lang) {}
  get m() {
    return messages[this.lang];
  }
  async open() {
    await this.page.goto(`/${this.lang}/services/${SERVICE}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  get region() {
    return this.page.getByRole('region', { name: this.m.t('feedback-title') });
  }
  option(rating: number) {
    return this.region.getByRole('radio', { name: this.m.t('feedback-rating-option', { rating }) });
  }
  get comment() {
    return this.region.getByRole('textbox', { name: this.m.t('feedback-comment-label') });
  }
  get send() {
    return this.region.getByRole('button', { name: this.m.t('feedback-submit') });
  }
  /** The message about what went wrong: it takes focus, so it is announced once. */
  get alert() {
    return this.region.locator('#qp-feedback-alert');
  }
  get thanks() {
    return this.region.getByText(this.m.t('feedback-thanks'));
  }
  async fill(rating: number, comment: string) {
    await this.option(rating).check();
    await this.comment.fill(comment);
  }
  async expectKept(rating: number, comment: string) {
    await expect(this.option(rating)).toBeChecked();
    await expect(this.comment).toHaveValue(comment);
  }
}

/** Serve a short timeout, so a hanging backend is detected quickly. */
async function shortTimeout(page: Page, ms = 700) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { api_base_url: '/api/v1', request_timeout_ms: ms } }),
  );
}

const problem = (status: number, extra: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/problem+json', ...extra },
  body: JSON.stringify({ type: 'about:blank', title: 'x', status }),
});

test('a rating reaches the real backend and the thanks take focus', async ({ page }) => {
  const form = new RatingForm(page, 'en');
  await form.open();
  await form.fill(4, 'Clear and quick.');
  await form.send.click();
  await expect(form.thanks).toBeVisible();
  await expect(form.thanks).toBeFocused();
});

test('sending without a rating explains what to fix, focuses the alert and keeps the comment', async ({ page }) => {
  const form = new RatingForm(page, 'az');
  await form.open();
  await form.comment.fill('Şərh');
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-invalid'));
  await expect(form.alert).toBeFocused();
  await expect(form.region.getByText(form.m.t('error-required'))).toBeVisible();
  await expect(form.comment).toHaveValue('Şərh');
  await expectNoAxeViolations(page);
});

test('a backend that never answers ends in the timeout message, with the answers kept', async ({ page }) => {
  await shortTimeout(page);
  let attempts = 0;
  await page.route('**/api/v1/feedback', () => {
    attempts += 1; // never fulfilled: the request hangs until the app aborts it
  });
  const form = new RatingForm(page, 'ru');
  await form.open();
  await form.fill(2, 'Долго');
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-timed-out'), { timeout: 15_000 });
  await expect(form.alert).toBeFocused();
  await form.expectKept(2, 'Долго');
  expect(attempts).toBe(3);
});

test('503 then 200: the client retries with the same Idempotency-Key and succeeds', async ({ page }) => {
  const keys: (string | null)[] = [];
  await page.route('**/api/v1/feedback', async (route, request: Request) => {
    keys.push(await request.headerValue('idempotency-key'));
    if (keys.length === 1) await route.fulfill(problem(503));
    else await route.continue();
  });
  const form = new RatingForm(page, 'en');
  await form.open();
  await form.fill(5, 'Worked on the second try.');
  await form.send.click();
  await expect(form.thanks).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBeTruthy();
  expect(keys[1]).toBe(keys[0]);
});

test('a lasting 503 says the service is unavailable; sending again later reuses the key', async ({ page }) => {
  const keys: (string | null)[] = [];
  let down = true;
  await page.route('**/api/v1/feedback', async (route, request: Request) => {
    keys.push(await request.headerValue('idempotency-key'));
    if (down) await route.fulfill(problem(503));
    else await route.continue();
  });
  const form = new RatingForm(page, 'az');
  await form.open();
  await form.fill(3, 'Sonra');
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-unavailable'));
  await form.expectKept(3, 'Sonra');
  down = false;
  await form.send.click();
  await expect(form.thanks).toBeVisible();
  expect(new Set(keys).size).toBe(1);
});

test('429 with a short Retry-After is waited out; a long one is told in minutes', async ({ page }) => {
  let calls = 0;
  let retryAfter = '1';
  await page.route('**/api/v1/feedback', async (route) => {
    calls += 1;
    if (retryAfter === '1' && calls === 1) return route.fulfill(problem(429, { 'retry-after': '1' }));
    if (retryAfter === '120') return route.fulfill(problem(429, { 'retry-after': '120' }));
    return route.continue();
  });
  const form = new RatingForm(page, 'ru');
  await form.open();
  await form.fill(4, 'Ок');
  const started = Date.now();
  await form.send.click();
  await expect(form.thanks).toBeVisible();
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);

  const again = new RatingForm(page, 'ru');
  retryAfter = '120';
  await again.open();
  await again.fill(1, 'Снова');
  await again.send.click();
  await expect(again.alert).toHaveText(again.m.t('api-rate-limited-minutes', { minutes: 2 }));
  await again.expectKept(1, 'Снова');
});

test('a malformed answer is reported as unreadable, not shown, and the answers stay', async ({ page }) => {
  await page.route('**/api/v1/feedback', (route) =>
    route.fulfill({ status: 201, headers: { 'content-type': 'application/json' }, body: '{"received_at": <b>oops</b>' }),
  );
  const form = new RatingForm(page, 'en');
  await form.open();
  await form.fill(5, 'Great');
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-unexpected'));
  await form.expectKept(5, 'Great');
});

test('offline: a banner says so, sending keeps the answers, and back online it goes through', async ({ page, context }) => {
  const form = new RatingForm(page, 'az');
  await form.open();
  await form.fill(4, 'Oflayn');
  await context.setOffline(true);
  await expect(page.getByText(form.m.t('offline-banner'))).toBeVisible();
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-offline'), { timeout: 15_000 });
  await form.expectKept(4, 'Oflayn');
  await context.setOffline(false);
  await expect(page.getByText(form.m.t('offline-banner'))).toHaveCount(0);
  await form.send.click();
  await expect(form.thanks).toBeVisible();
});

// The rating form travels in the service page's chunk.
const SERVICE_PAGE_CHUNK = /split_service_chunk.*\.wasm$/;

test('the service page and its rating form are not part of the home page\'s first load: fetched once it has settled', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (SERVICE_PAGE_CHUNK.test(r.url())) chunks.push(r.url());
  });
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app's own catalog, not the one written into the page.
  await expect(page.locator('#qp-pre')).toHaveCount(0);
  expect(chunks, 'no chunk while the catalog renders').toEqual([]);
  await expect.poll(() => chunks.length > 0, { timeout: 10_000 }).toBe(true);
  await page.getByRole('link', { name: messages.en.t('svc-registration') }).click();
  await expect(new RatingForm(page, 'en').send).toBeVisible();
});

test('a visitor whose browser asks to save data gets no chunk before it is needed', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (SERVICE_PAGE_CHUNK.test(r.url())) chunks.push(r.url());
  });
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Absence can only be checked after the moment it would have happened (3 s).
  await page.waitForTimeout(4_000);
  expect(chunks).toEqual([]);
  const form = new RatingForm(page, 'en');
  await form.open();
  await expect(form.send).toBeVisible();
});

test('when the service page cannot be fetched, it says so and "Try again" brings it with its rating form', async ({ page }) => {
  let offline = true;
  // Opened by its address, the page comes in its pack first, then the chunk on its own.
  for (const file of [SERVICE_PAGE_CHUNK, /\/service-az\.pack$/]) {
    await page.route(file, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  }
  const form = new RatingForm(page, 'az');
  await page.goto(`/az/services/${SERVICE}`);
  const failed = page.getByRole('alert').filter({ hasText: form.m.t('lazy-failed') });
  await expect(failed).toBeVisible();
  await expectNoAxeViolations(page);
  offline = false;
  await page.getByRole('button', { name: form.m.t('lazy-retry') }).click();
  await expect(form.send).toBeVisible();
  // The button went with the failure: focus goes to the page's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await form.fill(4, '');
  await form.send.click();
  await expect(form.thanks).toBeFocused();
});

test('a browser without secure random numbers is told so, and nothing is sent with a guessable key', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'crypto', { value: undefined, configurable: true }));
  let sent = 0;
  await page.route('**/api/v1/feedback', (route) => {
    sent += 1;
    return route.continue();
  });
  const form = new RatingForm(page, 'ru');
  await form.open();
  await form.fill(5, 'Спасибо');
  await form.send.click();
  await expect(form.alert).toHaveText(form.m.t('api-no-secure-random'));
  await expect(form.alert).toBeFocused();
  await form.expectKept(5, 'Спасибо');
  expect(sent).toBe(0);
});
