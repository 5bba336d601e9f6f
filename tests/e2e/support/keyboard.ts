/** Keyboard-only helpers. */
import { expect, Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus; fails if it is not reached within `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return presses;
  }
  throw new Error(`Tab did not reach ${target} within ${max} presses`);
}

/**
 * The focused element shows where focus is: a computed outline or box-shadow
 * (the theme uses both). Fails naming the element otherwise.
 */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      element: el.outerHTML.slice(0, 120),
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
      boxShadow: s.boxShadow,
    };
  });
  expect(
    style.outline !== 'none' || style.boxShadow !== 'none',
    `no visible focus indicator on ${style.element} (outline: ${style.outline}, box-shadow: ${style.boxShadow})`,
  ).toBe(true);
}
