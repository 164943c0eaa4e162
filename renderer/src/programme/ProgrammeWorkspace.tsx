import { useState, type ReactNode } from 'react';
import type { AppChrome, WorkspaceServices } from '../app/workspaceServices';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { DocumentEditor } from '../editor/DocumentEditor';
import type { DocumentSession } from '../editor/documentSession';
import { ProgrammeEditor } from './ProgrammeEditor';

type View = 'programme' | 'grid';

/**
 * A programme opens as a programme; the switch shows the same document as the review grid
 * (every programme text is a unit there, in reading order) and back.
 */
export function ProgrammeWorkspace(props: {
  services: WorkspaceServices;
  chrome: AppChrome;
  session: DocumentSession;
  back: ReactNode;
}) {
  const { t } = props.services;
  const [view, setView] = useState<View>('programme');
  const viewSwitch = (
    <SegmentedChoice
      legend={t('programme.view.label')}
      name="programme-view"
      options={['programme', 'grid'] as const}
      value={view}
      label={(option) => t(`programme.view.${option}`)}
      onChange={(next) => {
        // Leaving a view with a field open: what was typed is already in the session.
        props.session.publishPending();
        setView(next);
      }}
    />
  );
  return view === 'programme' ? (
    <ProgrammeEditor {...props} viewSwitch={viewSwitch} />
  ) : (
    <DocumentEditor {...props} viewSwitch={viewSwitch} />
  );
}
