// A user's session in the workbench, step by step: open the examples folder, open the seed from the
// explorer, read the speaker lens, hover a quote, export from the command palette, and open a
// plain .txt release that the editor recognises by its first line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../../scripts/codeServer/paths';
import { annotateWithCli, SEED, SEED_QUOTE, SEED_SPEAKER, startsWithKicker } from '../integration/seed';
import { expect, screenshot, test } from './fixtures';

const EXPORT = 'shoigu-syria.statements.json';

test.describe.configure({ mode: 'serial' });

async function openFromExplorer(page: Page, name: string): Promise<void> {
  const item = page.getByRole('treeitem', { name, exact: true });
  const tab = page.getByRole('tab', { name: new RegExp(`^${name.replace(/\./g, '\\.')}`) });
  await expect(item).toBeVisible();
  // A click that lands while the workbench is still busy (a notification, an editor closing) can be
  // lost: click again until the file's tab opens, as a user would.
  await expect(async () => {
    await item.click();
    await expect(tab).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

function editorLine(page: Page, text: string) {
  return page.locator('.monaco-editor .view-lines .view-line', { hasText: text });
}

test('the workbench opens the examples folder', async ({ workbench }, testInfo) => {
  const { page } = workbench;
  await expect(page.locator('.monaco-workbench')).toBeVisible();
  await expect(page.getByRole('treeitem', { name: SEED, exact: true })).toBeVisible();
  await screenshot(page, testInfo, 'explorer');
});

test('the seed release shows the speaker lens', async ({ workbench }, testInfo) => {
  const { page } = workbench;
  await openFromExplorer(page, SEED);
  await expect(editorLine(page, SEED_QUOTE)).toBeVisible();
  await expect(page.locator('.codelens-decoration', { hasText: `— ${SEED_SPEAKER}` }).first()).toBeVisible();
  await screenshot(page, testInfo, 'seed-lens');
});

test('hovering the quote shows its speaker', async ({ workbench }, testInfo) => {
  const { page } = workbench;
  const quote = editorLine(page, SEED_QUOTE).getByText(SEED_QUOTE, { exact: false }).first();
  await quote.hover({ position: { x: 40, y: 5 } });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: SEED_SPEAKER });
  await expect(hover).toBeVisible();
  await screenshot(page, testInfo, 'hover');
  await page.keyboard.press('Escape');
});

test('Export Annotated JSON from the command palette writes the JSON beside the release', async ({ workbench }, testInfo) => {
  const { page, workspace } = workbench;
  const target = path.join(workspace, EXPORT);
  expect(existsSync(target)).toBe(false);
  // The command applies to the active release: put the focus in its editor first.
  await editorLine(page, SEED_QUOTE).click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await expect(input).toBeFocused();
  await input.fill('>Statement Lens: Export Annotated JSON');
  await expect(page.locator('.quick-input-list .monaco-list-row', { hasText: 'Export Annotated JSON' }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  // The file may exist a moment before its content is flushed: wait for the whole export.
  const expected = annotateWithCli(REPO_ROOT, workspace, SEED);
  await expect.poll(() => (existsSync(target) ? readFileSync(target, 'utf8') : '')).toBe(expected);
  await expect(page.getByRole('tab', { name: new RegExp(`^${EXPORT.replace(/\./g, '\\.')}`) })).toBeVisible();
  await screenshot(page, testInfo, 'export');
});

test('a .txt release is recognised by its first line', async ({ workbench }, testInfo) => {
  const { page, workspace } = workbench;
  const release = readdirSync(workspace).find((name) => name.endsWith('.txt') && !name.endsWith('.release.txt') && startsWithKicker(readFileSync(path.join(workspace, name), 'utf8')));
  expect(release, 'examples/ holds a .txt release that starts with a kicker').toBeDefined();
  await openFromExplorer(page, release as string);
  await expect(page.locator('[id="status.editor.mode"]')).toHaveText(/Press Release/);
  // And it gets the whole experience: the lenses naming speakers.
  await expect(page.locator('.editor-group-container.active .codelens-decoration', { hasText: '— ' }).first()).toBeVisible();
  await screenshot(page, testInfo, 'txt-release');
});
