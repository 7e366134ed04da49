/**
 * The UI a drafter sees, driven with playwright-core in code-server's workbench: the sample
 * `2022-372-equipement-numerique-colleges.txt` (a `.txt` export with `Pour : 42 voix` at L83 for
 * 32 présents + 11 excusés), the Problems panel, the hover on the wrong figure, the Outline of a
 * 29-dossier session (corpus 003), the quick fix. Full screenshots go to docs/screenshots/ (shown in
 * the README), crops to walkthroughs/media/ (the getting-started walkthrough).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runSteps, type CodeServer, type E2EContext, type Outcome } from './context';

const VIEWPORT = { width: 1280, height: 800 };
const SAMPLE = '2022-372-equipement-numerique-colleges.txt';
const SESSION = 'session-2022.delib';

type Box = { x: number; y: number; width: number; height: number };

export async function run(context: E2EContext): Promise<Outcome[]> {
  const screenshots = join(context.project, 'docs/screenshots');
  const media = join(context.project, 'walkthroughs/media');
  mkdirSync(screenshots, { recursive: true });
  mkdirSync(media, { recursive: true });
  const verbose = !!process.env.DELIBERA_E2E_VERBOSE;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page!: Page;
  const shot = async (name: string) => {
    await page.screenshot({ path: join(screenshots, name) });
    shrink(join(screenshots, name));
  };
  const crop = async (name: string, clip: Box) => {
    await page.screenshot({ path: join(media, name), clip });
    shrink(join(media, name));
  };
  const box = async (selector: string): Promise<Box> => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`${selector} is not visible`);
    return found;
  };

  // On a failure, what the screen showed, for whoever reads the log.
  const guard = (step: () => Promise<void>) => async () => {
    try {
      await step();
    } catch (error) {
      await page?.screenshot({ path: join(context.workspace, '..', 'ui-failure.png') }).catch(() => undefined);
      throw error;
    }
  };

  try {
    return await runSteps([
      [
        'the workbench opens with the extension loaded',
        guard(async () => {
          server = await context.startCodeServer({
            name: 'ui',
            // Dossiers folded, so that the whole session fits in the Outline.
            settings: { 'outline.collapseItems': 'alwaysCollapse' },
            log: (line) => verbose && process.stderr.write(line),
          });
          browser = await context.launchBrowser();
          page = await browser.newPage({ viewport: VIEWPORT });
          await page.goto(context.workbenchUrl(server.port, { folder: context.workspace, extensionDevelopmentPath: context.project }));
          await page.waitForSelector('.monaco-workbench', { timeout: 30_000 });
          await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30_000 });
        }),
      ],
      [
        'a .txt export opens in the Délibération language, the wrong Pour figure underlined',
        guard(async () => {
          await openFile(page, SAMPLE);
          await page.locator('#status\\.editor\\.mode').filter({ hasText: 'Délibération' }).waitFor({ timeout: 15_000 });
          // The cursor at the start of the line, so that it does not hide the squiggle under 42.
          await goToLine(page, 83, 1);
          const squiggle = await visibleSquiggle(page);
          const editor = await box('.part.editor');
          // Let the inlay hints arrive: they are part of what the drafter sees.
          await page.waitForTimeout(1_000);
          // Lines 75–100 around the vote, narrow enough to stay legible in the walkthrough.
          await crop('sample.png', { x: editor.x, y: squiggle.y - 170, width: 720, height: 330 });
        }),
      ],
      [
        'the Problems panel lists the wrong vote total',
        guard(async () => {
          await runCommand(page, 'Focus on Problems View');
          const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'présents + excusés = 43' });
          await row.first().waitFor({ timeout: 20_000 });
          await shot('problems.png');
          const panel = await box('.part.panel');
          const editor = await box('.part.editor');
          await crop('problems.png', { x: editor.x, y: panel.y - 110, width: 800, height: 110 + Math.min(panel.height, 130) });
        }),
      ],
      [
        'hovering the wrong Pour figure shows the explanation',
        guard(async () => {
          const squiggle = await visibleSquiggle(page);
          // The mouse, as a person would.
          await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
          const hover = page.locator('.monaco-hover-content').filter({ hasText: 'présents' });
          await hover.first().waitFor({ timeout: 10_000 });
          await shot('hover.png');
          await page.mouse.move(5, VIEWPORT.height / 2);
          await page.keyboard.press('Escape');
        }),
      ],
      ...(['pdf', 'docx'] as const).map((format): [string, () => Promise<void>] => [
        `a ${format.toUpperCase()} opens as a deliberation from the explorer's menu, its problem in Problems`,
        guard(async () => {
          const file = format === 'pdf' ? 'acte-vote-total.pdf' : 'projet-vote-total.docx';
          // The earlier steps' files closed: their problems would push this one's row out of the
          // Problems list's view, where a virtualised list does not render it.
          await runCommand(page, 'View: Close All Editors');
          await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: file }).first().click({ button: 'right' });
          // The menu item highlighted under the mouse, then Enter: the menu runs it on key up, not on a synthetic click.
          await page.locator('.context-view .action-item').filter({ hasText: 'Open as deliberation' }).first().hover();
          await page.keyboard.press('Enter');
          await page.locator('.tabs-container .tab.active').filter({ hasText: file }).waitFor({ timeout: 30_000 });
          await runCommand(page, 'Focus on Problems View');
          const where = format === 'pdf' ? 'page 2, ligne 12 du PDF' : 'paragraphe 83 du DOCX';
          await page.locator('.markers-panel .monaco-list-row').filter({ hasText: where }).first().waitFor({ timeout: 20_000 });
          await goToLine(page, 83, 1);
          await visibleSquiggle(page);
          await page.waitForTimeout(500);
          await shot(`open-${format}.png`);
        }),
      ]),
      [
        'the Outline lists the 29 dossiers of a session',
        guard(async () => {
          await openFile(page, SESSION);
          // Room for the outline: no panel, the file list folded away.
          await runCommand(page, 'Hide Panel');
          await page.locator('.pane-header').filter({ hasText: /^\s*workspace/i }).first().click();
          await runCommand(page, 'Focus on Outline View');
          const rows = page.locator('.outline-pane .monaco-list-row');
          await rows.filter({ hasText: '2022-80' }).first().waitFor({ timeout: 20_000 });
          await rows.filter({ hasText: '2022-108' }).first().waitFor({ timeout: 5_000 });
          await shot('outline.png');
          const sidebar = await box('.part.sidebar');
          await crop('outline.png', { ...sidebar, width: sidebar.width + 200 });
        }),
      ],
      [
        'the quick fix on the Pour figure writes 43',
        guard(async () => {
          await openFile(page, SAMPLE);
          await goToLine(page, 83, 10);
          await page.keyboard.press('Control+.');
          const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: '43' });
          await fix.first().waitFor({ timeout: 10_000 });
          await shot('quick-fix.png');
          const squiggle = await visibleSquiggle(page);
          const editor = await box('.part.editor');
          await crop('quick-fix.png', { x: editor.x, y: squiggle.y - 110, width: 720, height: 260 });
          // The preferred fix comes first and is selected: Enter applies it, as for a person.
          await page.keyboard.press('Enter');
          await page.locator('.part.editor .view-line').filter({ hasText: /^Pour\s+:\s+43\b/ }).first().waitFor({ timeout: 5_000 });
          // The error is gone: no red squiggle left in the editor.
          await page.locator('.part.editor .view-overlays .squiggly-error').first().waitFor({ state: 'detached', timeout: 10_000 });
        }),
      ],
      [
        'the getting-started walkthrough opens',
        guard(async () => {
          await runCommand(page, 'Toggle Primary Side Bar Visibility');
          await runCommand(page, 'Open Walkthrough...');
          await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Get started with Delibera' }).first().click();
          await page.locator('.gettingStartedContainer').filter({ hasText: 'Open a sample deliberation' }).first().waitFor({ timeout: 10_000 });
          // The step's image, served from the extension's walkthroughs/media/.
          const image = page.locator('.gettingStartedContainer .getting-started-media img').first();
          await image.waitFor({ timeout: 10_000 });
          // Loaded, not just laid out (a string: the tests are not compiled against the DOM types).
          await page.waitForFunction(
            `(() => { const img = document.querySelector('.gettingStartedContainer .getting-started-media img'); return !!img && img.complete && img.naturalWidth > 0; })()`,
            undefined,
            { timeout: 10_000 },
          );
          await shot('walkthrough.png');
        }),
      ],
    ]);
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
  }
}

/** Screenshots are mostly flat colours: a 256-colour palette keeps them sharp at a third of the size. */
function shrink(file: string): void {
  // pngquant is optional (scripts/e2e/install.sh installs it): without it the file stays as it is.
  spawnSync('pngquant', ['--quality=70-95', '--speed=1', '--strip', '--force', '--skip-if-larger', '--output', file, file], { stdio: 'ignore' });
}

/** Its tab when the file is open, else Quick Open (Ctrl+P): the way a person opens a file by name. */
async function openFile(page: Page, name: string): Promise<void> {
  const tab = page.locator('.tabs-container .tab').filter({ hasText: name });
  if ((await tab.count()) > 0) {
    await tab.first().click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ timeout: 10_000 });
    return;
  }
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
  await row.waitFor({ timeout: 10_000 });
  // The row itself, not Enter: while the list is still filling, Enter opens whichever row has the focus.
  await row.click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ timeout: 10_000 });
}

/** The command palette (F1), by the command's title (without its category). */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Go to Line (Ctrl+G), 1-based line and column. */
async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** The red squiggle of the editor, once it is laid out (overlays re-render as the editor scrolls). */
async function visibleSquiggle(page: Page): Promise<Box> {
  const squiggle = page.locator('.part.editor .monaco-editor .view-overlays .squiggly-error').first();
  for (let attempt = 0; attempt < 50; attempt++) {
    await squiggle.waitFor({ timeout: 15_000 });
    const found = await squiggle.boundingBox();
    if (found && found.width > 0) return found;
    await page.waitForTimeout(100);
  }
  throw new Error('the squiggle under the Pour figure is not visible');
}
