import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startHost } from '../tests/e2e/support/browserHost';
import globalSetup from '../tests/e2e/support/globalSetup';
import { benchmarkDocument } from './fixture';
import { largeProgramme, programmeFigures } from './programmeBench';

/**
 * `npm run bench [-- --json FILE]`: the review grid at scale, in Chromium through the browser
 * host, on a 5,000-unit document this script generates. Prints every figure beside its target;
 * with --json, also writes them as [{name, value, unit, target}].
 */
interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

const UNITS = 5_000;
const KEYSTROKES = 200;
const OPEN_RUNS = 5;
const SAVES = 20;
const GRID_READY = 'duizhao:grid-ready';

const { values } = parseArgs({ options: { json: { type: 'string' } } });

globalSetup();
const dataDir = await mkdtemp(join(tmpdir(), 'duizhao-bench-'));
await mkdir(join(dataDir, 'documents'));
const document = benchmarkDocument('benchmark', UNITS);
await writeFile(join(dataDir, 'documents', `${document.id}.json`), JSON.stringify(document));
const programmeDocument = largeProgramme();
await writeFile(
  join(dataDir, 'documents', `${programmeDocument.id}.json`),
  JSON.stringify(programmeDocument),
);
const host = await startHost(dataDir);
// Frames are drawn as soon as there is something to draw, not at the display's 60 Hz: the
// figures then measure Duizhao's work (and the bare textarea's), not the wait for vsync.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const figures: Figure[] = [];
const figure = (name: string, value: number, unit: string, target: string, pass: boolean) =>
  figures.push({ name, value: Math.round(value * 10) / 10, unit, target, pass });

try {
  // A programme's every change reruns its checks and its preview's HTML, and a structure edit
  // reorders its units: at the size of a large annual meeting, each must stay well inside a
  // frame's worth of time or the 250 ms the preview waits for typing to pause.
  const programme = programmeFigures();
  figure('programme.checks_ms', programme.checksMs, 'ms', '≤ 16', programme.checksMs <= 16);
  figure(
    'programme.preview_html_ms',
    programme.previewHtmlMs,
    'ms',
    '≤ 50',
    programme.previewHtmlMs <= 50,
  );
  figure(
    'programme.structure_edit_ms',
    programme.structureEditMs,
    'ms',
    '≤ 16',
    programme.structureEditMs <= 16,
  );

  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });

  // Typing in the programme view of the large programme: the checks, the preview's HTML and
  // its pagination (measured in the page) run whenever the screen catches up with typing.
  const typingTasks = await programmeTyping(await context.newPage(), programmeDocument.id);
  figure(
    'programme.typing_longest_task_ms',
    typingTasks.longest,
    'ms',
    '≤ 200',
    typingTasks.longest <= 200,
  );
  figure(
    'programme.typing_blocked_ms_per_s',
    typingTasks.blockedPerSecond,
    'ms',
    '≤ 100',
    typingTasks.blockedPerSecond <= 100,
  );

  // Open to interactive, as a user opens a document: from the click on its title in the
  // library until its first rows are on screen and the page has no long task (> 50 ms) left.
  const opens: number[] = [];
  const library = await context.newPage();
  await library.goto(host.url);
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    opens.push(await timeOpen(library));
    await library.evaluate(() => {
      window.location.hash = '#/';
    });
    await library.locator('.document-title').first().waitFor();
    await library.waitForTimeout(300);
  }
  await library.close();
  const open = median(opens);
  figure('grid.open_ms', open, 'ms', '≤ 500', open <= 500);

  // The same after a reload: the app itself starts too (informational).
  const colds: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    const page = await context.newPage();
    await page.goto(`${host.url}#/doc/${document.id}`);
    await page.locator('.unit-row').first().waitFor();
    colds.push(
      await page.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        GRID_READY,
      ),
    );
    await page.close();
  }
  figure('grid.cold_open_ms', median(colds), 'ms', '—', true);

  // Keystroke to paint in a unit in the middle of the document, and the same in a bare textarea.
  const page = await context.newPage();
  await page.goto(`${host.url}#/doc/${document.id}`);
  await page.locator('.unit-row').first().waitFor();
  await page.evaluate(() => {
    const main = window.document.querySelector('.editor-main');
    if (main) main.scrollTop = main.scrollHeight / 2;
  });
  await page.waitForTimeout(300);
  const middle = page.locator('.unit-row .cell-en .cell-static').nth(3);
  await middle.click();
  await page.locator('.cell-active .ProseMirror').waitFor();
  await page.waitForTimeout(300);
  const grid = await keystrokeLatencies(page);
  await page.waitForTimeout(1_500); // the typing's last save lands
  // Save after edit: one keystroke at a time on a quiet page, from the request leaving the
  // renderer to the answer that the edit is on disk (the session's 300 ms idle wait before
  // it sends is a choice, not a cost, and is not counted).
  await recordSaves(page);
  for (let i = 0; i < SAVES; i += 1) {
    await page.keyboard.press('x');
    await page.waitForTimeout(900);
  }
  const saves = await page.evaluate(() => (window as unknown as { __saves: number[] }).__saves);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;

  const floorPage = await context.newPage();
  await floorPage.setContent(
    '<!doctype html><textarea style="width:600px;height:200px"></textarea>',
  );
  await floorPage.locator('textarea').click();
  const floor = await keystrokeLatencies(floorPage);

  const p95 = percentile(grid, 95);
  const floorP95 = percentile(floor, 95);
  figure('grid.keystroke_p50_ms', percentile(grid, 50), 'ms', '—', true);
  figure(
    'grid.keystroke_p95_ms',
    p95,
    'ms',
    '≤ 16 and ≤ 1.5× textarea',
    p95 <= 16 && p95 <= 1.5 * Math.max(floorP95, 1),
  );
  figure('grid.textarea_keystroke_p95_ms', floorP95, 'ms', 'floor', true);
  const save = median(saves);
  figure('grid.save_ms', save, 'ms', '≤ 50', save <= 50);
  figure('grid.heap_mb', heap, 'MB', '≤ 200', heap <= 200);

  console.log(
    `\nDuizhao benchmark: ${UNITS.toLocaleString('en')} units, ${KEYSTROKES} keystrokes, ${saves.length} saves\n`,
  );
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(32)} ${String(f.value).padStart(8)} ${f.unit.padEnd(3)} target ${f.target.padEnd(26)} ${f.pass ? 'ok' : 'MISSED'}`,
    );
  }
  if (values.json) {
    await writeFile(
      values.json,
      JSON.stringify(
        figures.map(({ pass: _pass, ...rest }) => rest),
        null,
        2,
      ) + '\n',
    );
    console.log(`\nwritten to ${values.json}`);
  }
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Types 30 characters, one every 120 ms, into a session title of a large programme and reports
 * the longest task the page ran meanwhile and how much of each second long tasks took.
 */
async function programmeTyping(page: Page, id: string) {
  await page.goto(`${host.url}#/doc/${id}`);
  await page.locator('main.programme-main').waitFor();
  await page.locator('[data-session="s0-5"]').click();
  await page.getByLabel('名称（中文）', { exact: true }).click();
  await page.keyboard.press('End');
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.type('字');
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(2_000); // the preview catches up
  const seconds = (Date.now() - started) / 1000;
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await page.close();
  const blocked = tasks.reduce((sum, duration) => sum + duration, 0);
  return { longest: Math.max(0, ...tasks), blockedPerSecond: blocked / seconds };
}

/**
 * Clicks the benchmark document's title and measures, in the page's own clock, from the click
 * to its time to interactive: the later of the grid's first rows painting and the end of the
 * last long task, once the page has stayed free of long tasks for a second.
 */
async function timeOpen(page: Page): Promise<number> {
  await page.evaluate(() => {
    const state = { clickedAt: Number.NaN, lastLongTaskEnd: 0 };
    (window as unknown as { __open: typeof state }).__open = state;
    window.addEventListener('click', (event) => (state.clickedAt = event.timeStamp), {
      capture: true,
      once: true,
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.startTime >= state.clickedAt)
          state.lastLongTaskEnd = Math.max(state.lastLongTaskEnd, entry.startTime + entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('.document-title').filter({ hasText: '基准测试手册' }).click();
  await page.locator('.unit-row').first().waitFor();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, GRID_READY);
  // Quiet for a second: no long task has ended in the last 1,000 ms.
  await page.waitForFunction(
    () => {
      const state = (window as unknown as { __open: { lastLongTaskEnd: number } }).__open;
      return performance.now() - state.lastLongTaskEnd > 1_000;
    },
    undefined,
    { polling: 100 },
  );
  return page.evaluate((mark) => {
    const state = (window as unknown as { __open: { clickedAt: number; lastLongTaskEnd: number } })
      .__open;
    const marks = performance.getEntriesByName(mark);
    const ready = marks[marks.length - 1]?.startTime ?? Number.NaN;
    const result = Math.max(ready, state.lastLongTaskEnd) - state.clickedAt;
    performance.clearMarks(mark);
    return result;
  }, GRID_READY);
}

/** Times from each keydown to the frame after it painted, over KEYSTROKES keys typed at a steady pace. */
async function keystrokeLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const latencies: number[] = [];
    (window as unknown as { __latencies: number[] }).__latencies = latencies;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(letters.charAt(i % letters.length));
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

/** Times every save the page makes: request to the answer that it is on disk. */
async function recordSaves(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saves: number[] = [];
    (window as unknown as { __saves: number[] }).__saves = saves;
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const started = performance.now();
      const response = await original(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('document.applyEdits')) {
        await response.clone().text();
        saves.push(performance.now() - started);
      }
      return response;
    };
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}
