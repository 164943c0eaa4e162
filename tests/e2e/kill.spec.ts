import { expect, test } from './support/fixtures';
import { LOSS_ALLOWANCE_MS, runKillCycles } from './support/killCycle';

/**
 * SIGKILL the host in the middle of typing, repeatedly: every time the document must load and
 * hold everything typed more than a second before the kill. `npm run killtest` runs many more.
 */
test('killing the host mid-typing loses at most the last second and never corrupts the file', async ({
  context,
  dataDir,
}) => {
  test.setTimeout(120_000);
  const outcomes = await runKillCycles({
    context,
    dataDir,
    cycles: 6,
    log: (outcome) => {
      console.log(
        `kill ${outcome.cycle}: typed ${outcome.typed}, saved ${outcome.saved}, lost the last ${outcome.lostMs} ms — ${outcome.survived ? 'survived' : 'FAILED'}`,
      );
    },
  });
  for (const outcome of outcomes) {
    expect(outcome.fileValid, `kill ${outcome.cycle}: file loads`).toBe(true);
    expect(outcome.prefixIntact, `kill ${outcome.cycle}: text intact`).toBe(true);
    expect(
      outcome.saved,
      `kill ${outcome.cycle}: saved all but the last ${LOSS_ALLOWANCE_MS} ms`,
    ).toBeGreaterThanOrEqual(outcome.typedBeforeAllowance);
  }
});
