/**
 * Runs axe-core (node_modules/axe-core) in the page and fails listing every
 * violation with its rule id, impact, help text and the nodes concerned.
 */
import { expect, Page } from '@playwright/test';
import { join } from 'node:path';
import { REPO_ROOT } from './data';

const AXE_PATH = join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  const violations: AxeViolation[] = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: Function } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  const report = violations.map(
    (v) =>
      `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .map((n) => `    - ${JSON.stringify(n.target)}${n.failureSummary ? ': ' + n.failureSummary.replace(/\s+/g, ' ') : ''}`)
        .join('\n'),
  );
  expect(report, `axe found ${violations.length} violation(s) on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}
