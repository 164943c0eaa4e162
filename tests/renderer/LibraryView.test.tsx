import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryListing } from '../../shared/model/library';
import { LibraryView, type LibraryViewProps } from '../../renderer/src/library/LibraryView';
import { createRendererI18n } from '../../renderer/src/i18n/rendererI18n';

afterEach(cleanup);

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

function renderLibrary(listing: LibraryListing, language: 'zh-CN' | 'en' = 'zh-CN') {
  const handlers = Object.fromEntries(
    [
      'onView',
      'onCreate',
      'onAddSamples',
      'onOpen',
      'onRename',
      'onDuplicate',
      'onTrash',
      'onRestore',
      'onDismissProblem',
      'onRetry',
    ].map((name) => [name, vi.fn()]),
  ) as unknown as Omit<LibraryViewProps, 'listing' | 'loadError' | 'view' | 'chrome'>;
  render(
    <I18nextProvider i18n={createRendererI18n(language)}>
      <LibraryView
        listing={listing}
        loadError={null}
        view="documents"
        chrome={chrome}
        {...handlers}
      />
    </I18nextProvider>,
  );
  return handlers;
}

describe('LibraryView', () => {
  it('invites a newcomer to create a document or add the samples', () => {
    renderLibrary({ documents: [], trash: [], problems: [] });
    expect(screen.getByRole('heading', { name: '还没有文档' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '添加示例' })).toHaveLength(2);
  });

  it('lists both titles, the kind, the original language and the size, in the UI language', () => {
    renderLibrary(
      {
        documents: [
          {
            id: 'abc',
            kind: 'release',
            title: { zh: '中国科协2021年工作会议', en: 'CAST 2021 Work Conference' },
            sourceLanguage: 'en',
            createdAt: '2026-11-21T01:00:00.000Z',
            updatedAt: '2026-11-21T01:00:00.000Z',
            unitCount: 9,
          },
        ],
        trash: [],
        problems: [],
      },
      'en',
    );
    const row = screen.getByRole('row', { name: /中国科协2021年工作会议/ });
    expect(within(row).getByText('CAST 2021 Work Conference')).toBeTruthy();
    expect(within(row).getByText('News release')).toBeTruthy();
    expect(within(row).getByText('Original: English')).toBeTruthy();
    expect(within(row).getByText('9 units')).toBeTruthy();
  });

  it('explains a file that could not be opened, naming it and where it went', () => {
    renderLibrary({
      documents: [],
      trash: [],
      problems: [
        {
          id: 'p1',
          file: 'documents/x1.json',
          movedTo: 'documents/x1.corrupt-20261121T010203Z.json',
          reason: 'notJson',
          detail: 'Unexpected token',
          foundAt: '2026-11-21T01:02:03.000Z',
        },
      ],
    });
    const banner = screen.getByRole('region', { name: '有文件无法打开' });
    expect(banner.textContent).toContain(
      'documents/x1.json 不是有效的 JSON 文件。已将其移到 documents/x1.corrupt-20261121T010203Z.json，文件内容未作任何改动。',
    );
  });
});
