/**
 * A page opened by its address (a link from the e-Gov portal, a bookmark)
 * gets the modules it shows in one file, its pack, besides the app itself;
 * if the pack fails or is damaged, each module is fetched on its own and the
 * page still comes.
 */
import { expect, test, Page } from '@playwright/test';
import { messages } from './support/data';

/** The page's own modules and packs fetched until its heading shows. */
async function open(page: Page, path: string) {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const file = /\/([^/]+\.(?:wasm|pack))$/.exec(r.url());
    if (file) fetched.push(file[1]);
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return fetched;
}

test('a form’s first page opened by its address comes in one pack, its messages in it', async ({ page }) => {
  let pack = '';
  page.on('request', (r) => {
    if (r.url().endsWith('/apply-ru.pack')) pack = r.url();
  });
  const fetched = await open(page, '/ru/services/work-permit/start');
  await expect(page.getByRole('button', { name: messages.ru.t('apply-continue'), exact: true })).toBeVisible();
  expect(pack).not.toBe('');
  // The pack's first line names its modules: none of them is fetched on its own.
  const body = await (await page.request.get(pack)).body();
  const packed = body.subarray(0, body.indexOf(10)).toString().split(',').map((e) => e.split(':')[0] + '.wasm');
  expect(packed).toEqual(expect.arrayContaining(['split_apply_chunk.wasm', 'split_apply_ru.wasm', 'split_messages_ru.wasm']));
  expect(fetched.filter((f) => packed.includes(f))).toEqual([]);
});

test('a booking’s cancel link, opened cold, comes in its own pack', async ({ page }) => {
  let pack = '';
  page.on('request', (r) => {
    if (r.url().endsWith('/queue_cancel-en.pack')) pack = r.url();
  });
  // No booking named in it: the page still shows, and says so.
  const fetched = await open(page, '/en/services/online-queue/cancel');
  expect(pack).not.toBe('');
  const body = await (await page.request.get(pack)).body();
  const packed = body.subarray(0, body.indexOf(10)).toString().split(',').map((e) => e.split(':')[0] + '.wasm');
  expect(packed).toEqual(expect.arrayContaining(['split_queue_cancel_chunk.wasm', 'split_messages_en.wasm']));
  expect(fetched.filter((f) => packed.includes(f))).toEqual([]);
});

test('the home page fetches no pack', async ({ page }) => {
  const fetched = await open(page, '/en');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((f) => f.endsWith('.pack'))).toEqual([]);
});

test('when the pack cannot be fetched, the page comes module by module', async ({ page }) => {
  await page.route(/\.pack$/, (route) => route.abort('internetdisconnected'));
  const fetched = await open(page, '/en/services/online-queue/start');
  await expect(page.getByRole('button', { name: messages.en.t('queue-submit'), exact: true })).toBeVisible();
  expect(fetched).toContain('split_queue_chunk.wasm');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a damaged pack is set aside: the page comes module by module', async ({ page }) => {
  await page.route(/\.pack$/, async (route) => {
    const whole = await (await route.fetch()).body();
    await route.fulfill({ status: 200, body: whole.subarray(0, whole.length - 1000) });
  });
  const fetched = await open(page, '/az/services/application-tracking/start');
  await expect(page.getByRole('button', { name: messages.az.t('lookup-submit'), exact: true })).toBeVisible();
  expect(fetched).toContain('split_lookup_chunk.wasm');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
