import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract/channelNames';
import { contract, type ContractHandlers } from '../../../shared/contract/contract';
import { dispatch } from '../../../shared/contract/dispatch';
import { fail } from '../../../shared/contract/errors';

function handlers(overrides: Partial<ContractHandlers> = {}): ContractHandlers {
  const unused = async (): Promise<never> => {
    throw new Error('not expected in this test');
  };
  const all = Object.fromEntries(
    CHANNELS.map((channel) => [channel, unused]),
  ) as unknown as ContractHandlers;
  return { ...all, ...overrides };
}

describe('the contract', () => {
  it('has exactly one entry per channel name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a valid request to the handler, after validation', async () => {
    const rename = vi.fn(async () => ({
      id: 'doc',
      kind: 'text' as const,
      title: { zh: '新', en: 'New' },
      sourceLanguage: 'zh' as const,
      createdAt: '2026-11-21T00:00:00.000Z',
      updatedAt: '2026-11-21T00:00:00.000Z',
      unitCount: 1,
    }));
    const result = await dispatch(handlers({ 'library.rename': rename }), 'library.rename', {
      id: 'doc',
      title: { zh: ' 新 ', en: 'New' },
    });
    expect(result.ok).toBe(true);
    expect(rename).toHaveBeenCalledWith({ id: 'doc', title: { zh: '新', en: 'New' } });
  });

  it('answers a bad payload with a typed error and never calls the handler', async () => {
    const get = vi.fn();
    for (const payload of [
      { id: '../../etc/passwd' },
      { id: 5 },
      'text',
      [],
      { id: 'a', extra: true },
    ]) {
      const result = await dispatch(handlers({ 'document.get': get }), 'document.get', payload);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalidRequest', key: 'errors.invalidRequest' },
      });
    }
    expect(get).not.toHaveBeenCalled();
  });

  it('answers an unknown channel, a typed failure and a crash with typed errors', async () => {
    expect(await dispatch(handlers(), 'shell.exec', {})).toMatchObject({
      ok: false,
      error: { code: 'unknownChannel' },
    });
    const typed = await dispatch(
      handlers({ 'document.get': async () => fail('documentNotFound', { id: 'x' }) }),
      'document.get',
      { id: 'x' },
    );
    expect(typed).toEqual({
      ok: false,
      error: { code: 'documentNotFound', key: 'errors.documentNotFound', params: { id: 'x' } },
    });
    const crash = await dispatch(
      handlers({
        'settings.get': async () => {
          throw new TypeError('boom');
        },
      }),
      'settings.get',
      {},
    );
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal', key: 'errors.internal' } });
  });
});
