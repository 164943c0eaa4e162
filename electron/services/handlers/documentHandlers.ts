import type { ContractHandlers } from '../../../shared/contract/contract';
import { fail } from '../../../shared/contract/errors';
import { applyEdits } from '../../../shared/edits/applyEdits';
import { exportProgrammeFile } from '../../../shared/programme/programmeFiles';
import type { ServiceContext } from '../serviceContext';

type DocumentHandlers = Pick<
  ContractHandlers,
  'document.get' | 'document.applyEdits' | 'document.exportProgramme'
>;

export function documentHandlers({ store, now }: ServiceContext): DocumentHandlers {
  return {
    'document.get': ({ id }) => store.readDocument(id),

    /** A programme as a file for the user to save: the renderer offers it as a download. */
    'document.exportProgramme': async ({ id, format }) => {
      const document = await store.readDocument(id);
      if (document.kind !== 'programme') fail('notProgramme', { id });
      return exportProgrammeFile(document, format);
    },

    /**
     * Applies a batch of edits and resolves once it is on disk: the editor shows "saved" only
     * after this. A batch based on an older revision is refused, not merged.
     */
    'document.applyEdits': async ({ id, baseRevision, edits }) => {
      const next = await store.saveEdits(id, edits, (current) => {
        if (current.revision !== baseRevision) {
          fail('revisionConflict', { id, expected: baseRevision, actual: current.revision });
        }
        const outcome = applyEdits(current, edits);
        if (!outcome.ok) {
          const { failure, editIndex } = outcome;
          fail(
            'editRejected',
            { reason: failure.reason, edit: editIndex },
            JSON.stringify(failure),
          );
        }
        // The edits were validated against the contract and applyEdits keeps the document's
        // invariants, so the result is not parsed again: saving stays cheap for long documents.
        return {
          ...outcome.document,
          revision: current.revision + 1,
          updatedAt: now().toISOString(),
        };
      });
      return { revision: next.revision, updatedAt: next.updatedAt };
    },
  };
}
