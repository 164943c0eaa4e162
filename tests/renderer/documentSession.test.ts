import { BY_TRANSLATOR } from '../support/actors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appError } from '../../shared/contract/errors';
import type { Result } from '../../shared/contract/result';
import { applyEdits } from '../../shared/edits/applyEdits';
import type { Edit } from '../../shared/edits/edit';
import type { DuizhaoDocument } from '../../shared/model/document';
import { newDocument } from '../../shared/model/newDocument';
import { DocumentSession } from '../../renderer/src/editor/documentSession';

const TIMING = { idleMs: 300, maxWaitMs: 700, retryMs: 2_000, maxRetryMs: 30_000 };

/** A service stand-in that applies edits like the real one, and can be made to fail. */
function fakeService(initial: DuizhaoDocument) {
  let stored = initial;
  const saves: Edit[][] = [];
  let failing: 'no' | 'unreachable' = 'no';
  const api = {
    'document.get': vi.fn(async (): Promise<Result<DuizhaoDocument>> => ({
      ok: true,
      value: stored,
    })),
    'document.applyEdits': vi.fn(
      async (request: {
        baseRevision: number;
        edits: Edit[];
      }): Promise<Result<{ revision: number; updatedAt: string }>> => {
        if (failing === 'unreachable') return { ok: false, error: appError('hostUnreachable') };
        if (request.baseRevision !== stored.revision)
          return { ok: false, error: appError('revisionConflict') };
        const outcome = applyEdits(stored, request.edits);
        if (!outcome.ok) return { ok: false, error: appError('editRejected') };
        saves.push(request.edits);
        stored = { ...outcome.document, revision: stored.revision + 1 };
        return {
          ok: true,
          value: { revision: stored.revision, updatedAt: new Date().toISOString() },
        };
      },
    ),
  };
  return {
    api,
    saves,
    stored: () => stored,
    setStored: (document: DuizhaoDocument) => (stored = document),
    fail: (mode: 'no' | 'unreachable') => (failing = mode),
  };
}

const document = () =>
  newDocument(
    { kind: 'text', title: { zh: '测试', en: '' }, sourceLanguage: 'zh' },
    { document: 'doc', firstUnit: 'u1' },
    new Date('2026-11-21T00:00:00Z'),
  );
const typing = (text: string): Edit => ({
  op: 'setText',
  ...BY_TRANSLATOR,
  unitId: 'u1',
  side: 'zh',
  text: [{ text }],
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DocumentSession', () => {
  it('saves after typing stops, coalescing keystrokes into one edit', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    session.apply(typing('中'));
    session.apply(typing('中文'));
    expect(session.getSaveSnapshot().save.kind).toBe('saving');
    expect(session.getSnapshot().document.units[0]?.zh).toEqual([{ text: '中文' }]);
    await vi.advanceTimersByTimeAsync(299);
    expect(service.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(service.saves).toEqual([[typing('中文')]]);
    expect(session.getSaveSnapshot()).toMatchObject({ save: { kind: 'saved' }, dirty: false });
  });

  it('saves at least every 0.7 s while typing goes on', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    let text = '';
    for (let ms = 0; ms < 2_000; ms += 100) {
      text += '字';
      session.apply(typing(text));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(service.saves.length).toBeGreaterThanOrEqual(2);
    expect(service.saves.length).toBeLessThanOrEqual(3);
  });

  it('keeps every edit through a failed save, shows the error, and saves them on retry', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    service.fail('unreachable');
    session.apply(typing('保存失败'));
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getSaveSnapshot().save).toMatchObject({
      kind: 'failed',
      error: { code: 'hostUnreachable' },
    });
    session.apply({ op: 'setNote', unitId: 'u1', note: '备注' });
    expect(session.getSaveSnapshot().dirty).toBe(true);
    service.fail('no');
    session.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSaveSnapshot().save.kind).toBe('saved');
    expect(service.stored().units[0]).toMatchObject({ zh: [{ text: '保存失败' }], note: '备注' });
  });

  it('retries on its own with a growing delay', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    service.fail('unreachable');
    session.apply(typing('x'));
    await vi.advanceTimersByTimeAsync(300);
    const attempts = () => service.api['document.applyEdits'].mock.calls.length;
    expect(attempts()).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempts()).toBe(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(attempts()).toBe(2);
    service.fail('no');
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts()).toBe(3);
    expect(session.getSaveSnapshot().save.kind).toBe('saved');
  });

  it('flush resolves once everything typed so far is on disk', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    session.apply(typing('一'));
    const flushed = session.flush();
    session.apply(typing('一二'));
    await expect(flushed).resolves.toBe(true);
    expect(service.stored().units[0]?.zh).toEqual([{ text: '一二' }]);
  });

  it('replays its edits on a newer revision saved by another window', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    // Another window adds a note first.
    const other = applyEdits(document(), [{ op: 'setNote', unitId: 'u1', note: '另一个窗口' }]);
    if (!other.ok) throw new Error('setup');
    service.setStored({ ...other.document, revision: 1 });
    session.apply(typing('我的修改'));
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSaveSnapshot().save.kind).toBe('saved');
    expect(service.stored().units[0]).toMatchObject({
      zh: [{ text: '我的修改' }],
      note: '另一个窗口',
    });
  });

  it('offers its edits for a last-chance save on unload only when that can work', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    expect(session.unsavedEdits()).toBeNull();
    session.apply(typing('待保存'));
    expect(session.unsavedEdits()).toEqual({ baseRevision: 0, edits: [typing('待保存')] });
    session.apply(typing('长'.repeat(70_000)));
    expect(session.unsavedEdits()).toBeNull(); // beyond what a keepalive request may carry
    session.apply(typing('短'));
    service.fail('unreachable');
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getSaveSnapshot().save.kind).toBe('failed');
    expect(session.unsavedEdits()).toBeNull(); // the same path just failed: ask the user to stay
  });

  it('keeps retrying after the editor is gone, until everything is saved', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    service.fail('unreachable');
    session.apply(typing('离开前的修改'));
    await expect(session.flush()).resolves.toBe(false);
    session.disposeWhenSaved();
    service.fail('no');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(service.stored().units[0]?.zh).toEqual([{ text: '离开前的修改' }]);
  });

  it('a structure edit over another window’s structure change is a conflict, not an overwrite', async () => {
    const programme = () =>
      newDocument(
        { kind: 'programme', title: { zh: '年会', en: '' }, sourceLanguage: 'zh' },
        { document: 'doc', firstUnit: 'u1' },
        new Date('2026-11-21T00:00:00Z'),
      );
    const service = fakeService(programme());
    const session = new DocumentSession(service.api, programme(), TIMING);
    // The other window added a day and saved first.
    const theirs = structuredClone(programme().programme!);
    theirs.days.push({ id: 'their-day', sessions: [] });
    service.setStored({ ...programme(), programme: theirs, revision: 1 });
    const ours = structuredClone(programme().programme!);
    ours.timeZone = 'Europe/London';
    session.apply({ op: 'setProgramme', programme: ours });
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSaveSnapshot().save.kind).toBe('conflict');
    expect(service.stored().programme?.days.map((day) => day.id)).toEqual(['their-day']);
  });

  it('stops with a conflict instead of guessing when its edits no longer apply', async () => {
    const service = fakeService(document());
    const session = new DocumentSession(service.api, document(), TIMING);
    service.setStored({ ...document(), units: [], revision: 3 });
    session.apply(typing('丢失的单元'));
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.getSaveSnapshot().save.kind).toBe('conflict');
    expect(session.getSaveSnapshot().dirty).toBe(true);
  });

  describe('what it tells the screen', () => {
    const approved = (): DuizhaoDocument => {
      const base = document();
      const [unit] = base.units;
      if (!unit) throw new Error('the new document has a unit');
      return {
        ...base,
        units: [
          {
            ...unit,
            zh: [{ text: '原文' }],
            en: [{ text: 'Source' }],
            status: 'approved',
            confirmedSource: '原文',
          },
        ],
      };
    };
    const typed = (side: 'zh' | 'en', text: string): Edit => ({
      op: 'setText',
      ...BY_TRANSLATOR,
      unitId: 'u1',
      side,
      text: [{ text }],
    });
    const listen = (session: DocumentSession) => {
      const counts = { screen: 0, save: 0 };
      session.subscribe(() => (counts.screen += 1));
      session.subscribeSave(() => (counts.save += 1));
      return counts;
    };

    it('catches the screen up when typing pauses, not on every keystroke', async () => {
      const session = new DocumentSession(fakeService(document()).api, document(), TIMING);
      const counts = listen(session);
      for (const text of ['一', '一二', '一二三']) {
        session.apply(typing(text), { group: 'type:u1:zh' });
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(counts.screen).toBe(0);
      expect(session.current.units[0]?.zh).toEqual([{ text: '一二三' }]);
      await vi.advanceTimersByTimeAsync(150);
      expect(counts.screen).toBe(1);
      expect(session.getSnapshot().document.units[0]?.zh).toEqual([{ text: '一二三' }]);
    });

    it('shows pending typing at once when asked (before another cell opens), and undo is live', () => {
      const session = new DocumentSession(fakeService(document()).api, document(), TIMING);
      const counts = listen(session);
      session.apply(typing('甲'), { group: 'type:u1:zh' });
      expect(session.canUndo).toBe(true);
      expect(session.getSnapshot().canUndo).toBe(false); // the screen has not caught up yet
      session.publishPending();
      expect(counts.screen).toBe(1);
      expect(session.getSnapshot().document.units[0]?.zh).toEqual([{ text: '甲' }]);
      session.publishPending();
      expect(counts.screen).toBe(1); // nothing new: no render
    });

    it('shows non-stop typing at least every 1.5 s', async () => {
      const session = new DocumentSession(fakeService(document()).api, document(), TIMING);
      const counts = listen(session);
      let text = '';
      for (let ms = 0; ms < 3_000; ms += 100) {
        text += '字';
        session.apply(typing(text), { group: 'type:u1:zh' });
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(counts.screen).toBe(2);
    });

    it('shows at once a keystroke that lowers a status or makes a translation stale', () => {
      const lowered = new DocumentSession(fakeService(approved()).api, approved(), TIMING);
      const loweredCounts = listen(lowered);
      lowered.apply(typed('en', 'Source!'), { group: 'type:u1:en' });
      expect(loweredCounts.screen).toBe(1);
      expect(lowered.getSnapshot().document.units[0]?.status).toBe('translated');
      lowered.apply(typed('en', 'Source!!'), { group: 'type:u1:en' });
      expect(loweredCounts.screen).toBe(1); // still translated: this one can wait

      const staled = new DocumentSession(fakeService(approved()).api, approved(), TIMING);
      const staledCounts = listen(staled);
      staled.apply(typed('zh', '原文改了'), { group: 'type:u1:zh' });
      expect(staledCounts.screen).toBe(1);
    });

    it('a save going out and landing tells the save indicator, not the editor', async () => {
      const session = new DocumentSession(fakeService(document()).api, document(), TIMING);
      const counts = listen(session);
      session.apply({ op: 'setNote', unitId: 'u1', note: '备注' });
      expect(counts).toEqual({ screen: 1, save: 1 });
      await vi.advanceTimersByTimeAsync(300);
      expect(session.getSaveSnapshot().save.kind).toBe('saved');
      expect(counts.screen).toBe(1);
      expect(counts.save).toBeGreaterThanOrEqual(2);
    });
  });
});
