import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appError } from '../../shared/contract/errors';
import { ImportFailedDialog } from '../../renderer/src/library/ImportFailedDialog';
import { LibraryView, type LibraryViewProps } from '../../renderer/src/library/LibraryView';
import { createRendererI18n } from '../../renderer/src/i18n/rendererI18n';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const chrome = {
  settings: {
    schemaVersion: 2 as const,
    uiLanguage: null,
    authorName: '',
    role: 'translator' as const,
  },
  onLanguage: vi.fn(),
  onSettings: vi.fn(),
};

describe('importing in the library', () => {
  it('opens the file picker from the Import button and hands over the picked file', () => {
    const onImport = vi.fn();
    const handlers = new Proxy({}, { get: () => vi.fn() }) as LibraryViewProps;
    const { container } = render(
      <I18nextProvider i18n={createRendererI18n('zh-CN')}>
        <LibraryView
          {...handlers}
          listing={{ documents: [], trash: [], problems: [] }}
          loadError={null}
          view="documents"
          chrome={chrome}
          onImport={onImport}
        />
      </I18nextProvider>,
    );
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('.csv,.tsv,.txt,.json');
    const picked = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: '导入…' }));
    expect(picked).toHaveBeenCalled();

    const file = new File(['type,date\n'], '日程.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('lists each problem with its line, in the interface language, and how many more', () => {
    const problems = [
      { line: 2, key: 'importProgramme.missingDate' as const },
      {
        line: 5,
        key: 'importProgramme.badTime' as const,
        params: { column: 'start', value: '9.00' },
      },
      ...Array.from({ length: 101 }, (_, i) => ({
        line: 10 + i,
        key: 'importProgramme.talkBeforeSession' as const,
      })),
    ];
    const error = appError('importRows', { file: '日程.csv', rows: 103 }, undefined, problems);
    render(
      <I18nextProvider i18n={createRendererI18n('zh-CN')}>
        <ImportFailedDialog fileName="日程.csv" error={error} onClose={vi.fn()} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: '无法导入 日程.csv' })).toBeTruthy();
    expect(screen.getByText('日程.csv 中有 103 行无法读取，未导入任何内容。')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(100);
    expect(items.slice(0, 2)).toEqual([
      '第 2 行：会议需要日期（YYYY-MM-DD）。',
      '第 5 行：start 中的“9.00”不是时间，请写成 HH:MM。',
    ]);
    expect(screen.getByText('……另有 3 处。')).toBeTruthy();
  });
});
