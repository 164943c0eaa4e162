import { callHost } from './seed';
import type { BrowserContext } from '@playwright/test';
import { plainText } from '../../../shared/model/richText';
import { startHost } from './browserHost';
import { readDocumentOnDisk } from './onDisk';

/** How much typing a crash may cost: the promise is "at most the last second". */
export const LOSS_ALLOWANCE_MS = 1_000;

export interface KillOutcome {
  cycle: number;
  /** Characters typed in this cycle before the kill. */
  typed: number;
  /** Of those, how many were typed more than LOSS_ALLOWANCE_MS before the kill. */
  typedBeforeAllowance: number;
  /** Of those typed this cycle, how many were on disk after the kill. */
  saved: number;
  /** How long before the kill the first lost character was typed (0 when none was lost). */
  lostMs: number;
  /** The file parsed and passed the schema after the kill. */
  fileValid: boolean;
  /** What was on disk was exactly a prefix of what was typed: nothing garbled or reordered. */
  prefixIntact: boolean;
  survived: boolean;
}

/** What the next start would load: the file and its journal must read, and replay cleanly. */
async function savedText(dataDir: string, id: string): Promise<{ text: string; valid: boolean }> {
  const onDisk = await readDocumentOnDisk(dataDir, id);
  if (!onDisk.ok) return { text: '', valid: false };
  return { text: plainText(onDisk.document.units[0]?.en ?? []), valid: true };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Types into a document through the browser host and kills the host with SIGKILL at a random
 * moment, again and again. After each kill the file must load, hold exactly a prefix of what
 * was typed, and miss at most what was typed in the last second.
 */
export async function runKillCycles(options: {
  context: BrowserContext;
  dataDir: string;
  cycles: number;
  typingMs?: [number, number];
  keyIntervalMs?: number;
  log?: (outcome: KillOutcome) => void;
}): Promise<KillOutcome[]> {
  const [minTyping, maxTyping] = options.typingMs ?? [1_200, 3_000];
  const keyInterval = options.keyIntervalMs ?? 45;
  let host = await startHost(options.dataDir);
  const entry = (await callHost(host.url, 'library.create', {
    kind: 'text',
    title: { zh: '断电测试', en: 'Kill test' },
    sourceLanguage: 'zh',
  })) as { id: string };
  await host.stop();

  const outcomes: KillOutcome[] = [];
  let expected = '';
  for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
    host = await startHost(options.dataDir);
    const page = await options.context.newPage();
    try {
      await page.goto(`${host.url}#/doc/${entry.id}`);
      const target = page.getByRole('textbox', { name: /^(第 1 个单元，英文|Unit 1, English)$/ });
      await target.click();
      await page.keyboard.press('Control+End');

      const typedAt: number[] = [];
      let typed = '';
      const stopAt = Date.now() + minTyping + Math.random() * (maxTyping - minTyping);
      while (Date.now() < stopAt) {
        const char = ALPHABET.charAt(typed.length % ALPHABET.length);
        await page.keyboard.type(char);
        typed += char;
        typedAt.push(Date.now());
        await page.waitForTimeout(keyInterval);
      }
      const killedAt = Date.now();
      await host.stop('SIGKILL');

      const { text, valid } = await savedText(options.dataDir, entry.id);
      const full = expected + typed;
      const prefixIntact = valid && full.startsWith(text) && text.startsWith(expected);
      const savedThisCycle = Math.max(0, text.length - expected.length);
      const typedBeforeAllowance = typedAt.filter(
        (at) => at <= killedAt - LOSS_ALLOWANCE_MS,
      ).length;
      const firstLost = typedAt[savedThisCycle];
      const outcome: KillOutcome = {
        cycle,
        typed: typed.length,
        typedBeforeAllowance,
        saved: savedThisCycle,
        lostMs: firstLost === undefined ? 0 : killedAt - firstLost,
        fileValid: valid,
        prefixIntact,
        survived: valid && prefixIntact && savedThisCycle >= typedBeforeAllowance,
      };
      outcomes.push(outcome);
      options.log?.(outcome);
      expected = valid ? text : expected;
    } finally {
      await page.close();
      await host.stop('SIGKILL');
    }
  }
  return outcomes;
}
