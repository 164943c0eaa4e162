import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuizhaoDocument } from '../../../shared/model/document';
import type { ProgrammeLayout } from '../../../shared/print/bilingual';
import { renderProgramme } from '../../../shared/print/programmePages';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { useStableCallback } from '../components/useStableCallback';
import { PAGE_WIDTH_PX, PreviewPaginator } from './paginate';

const LAYOUT_LABELS = {
  sideBySide: 'programme.preview.sideBySide',
  stacked: 'programme.preview.stacked',
} as const;

/** How page boxes look on screen: paper on a grey desk, a number at each page's foot. */
const SCREEN_CSS = `
:host { display: block; }
.dz-preview-pages { zoom: var(--preview-zoom, 0.5); display: flex; flex-direction: column; gap: 16px; padding: 16px; width: max-content; }
.dz-measure { position: absolute; visibility: hidden; left: 0; top: 0; height: 0; overflow: hidden; }
.dz-page { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
.dz-page-number { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center;
  font: 7.5pt 'Noto Sans SC', 'Noto Sans', sans-serif; color: #7a7a7a; }
[data-session-id] { cursor: pointer; }
`;

/**
 * The live paged preview: the same paged HTML the PDF export prints, laid out on A4 pages and
 * scaled to the pane. It follows the document as it changes; clicking a session opens it.
 */
export function ProgrammePreview(props: {
  document: DuizhaoDocument;
  layout: ProgrammeLayout;
  onLayout: (layout: ProgrammeLayout) => void;
  onOpenSession: (sessionId: string) => void;
  /** The session being edited: the preview keeps it in view. */
  sessionId: string | null;
}) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const paginator = useRef<PreviewPaginator | null>(null);
  const [pages, setPages] = useState(0);
  const [scale, setScale] = useState(0.5);
  const paged = useMemo(
    () => renderProgramme(props.document, { layout: props.layout }),
    [props.document, props.layout],
  );
  const openSession = useStableCallback(props.onOpenSession);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    paginator.current ??= new PreviewPaginator(
      element.shadowRoot ?? element.attachShadow({ mode: 'open' }),
    );
    setPages(paginator.current.update(paged, SCREEN_CSS));
  }, [paged]);

  useEffect(() => {
    if (props.sessionId === null) return;
    host.current?.shadowRoot
      ?.querySelector(`[data-session-id="${CSS.escape(props.sessionId)}"]`)
      ?.scrollIntoView({ block: 'center' });
    // Only when another session is chosen: typing must not pull the preview back.
  }, [props.sessionId]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const session = target?.closest('[data-session-id]')?.getAttribute('data-session-id');
      if (session) openSession(session);
    };
    root.addEventListener('click', onClick);
    const pane = element.parentElement;
    const observer = new ResizeObserver(() => {
      if (pane) setScale(Math.min(1, (pane.clientWidth - 8) / (PAGE_WIDTH_PX + 32)));
    });
    if (pane) observer.observe(pane);
    return () => {
      root.removeEventListener('click', onClick);
      observer.disconnect();
    };
  }, [openSession]);

  return (
    <section className="programme-preview" aria-label={t('programme.preview.label')}>
      <header className="preview-header">
        <SegmentedChoice
          legend={t('programme.preview.layout')}
          name="preview-layout"
          options={['sideBySide', 'stacked'] as const}
          value={props.layout}
          label={(option) => t(LAYOUT_LABELS[option])}
          onChange={props.onLayout}
        />
        <span className="preview-pages">{t('programme.preview.pages', { count: pages })}</span>
      </header>
      <div className="preview-scroll">
        <div
          ref={host}
          className="preview-host"
          style={{ '--preview-zoom': scale } as CSSProperties}
          data-testid="programme-preview"
        />
      </div>
    </section>
  );
}
