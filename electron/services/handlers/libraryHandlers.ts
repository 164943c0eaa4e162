import type { ContractHandlers } from '../../../shared/contract/contract';
import { AppErrorException } from '../../../shared/contract/errors';
import type { DuizhaoDocument } from '../../../shared/model/document';
import { libraryEntryOf, type LibraryEntry } from '../../../shared/model/library';
import { duplicateDocument, newDocument } from '../../../shared/model/newDocument';
import { importProgrammeFile } from '../../../shared/programme/programmeFiles';
import type { ServiceContext } from '../serviceContext';
import { addSamples } from '../samples/samples';

type LibraryHandlers = Pick<
  ContractHandlers,
  | 'library.list'
  | 'library.create'
  | 'library.rename'
  | 'library.duplicate'
  | 'library.trash'
  | 'library.restore'
  | 'library.dismissProblem'
  | 'library.addSamples'
  | 'library.import'
>;

function byLastChange(a: LibraryEntry, b: LibraryEntry): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function libraryHandlers(context: ServiceContext): LibraryHandlers {
  const { store, now, newId } = context;

  async function change(
    id: string,
    update: (document: DuizhaoDocument) => DuizhaoDocument,
  ): Promise<LibraryEntry> {
    return libraryEntryOf(await store.updateDocument(id, update));
  }

  return {
    'library.list': async () => {
      const entries = store.entries().map(({ file: _file, ...entry }) => entry);
      return {
        documents: entries.filter((entry) => !entry.trashedAt).sort(byLastChange),
        trash: entries.filter((entry) => entry.trashedAt).sort(byLastChange),
        problems: [...store.problems()],
      };
    },
    'library.create': async (request) => {
      const document = newDocument(request, { document: newId(), firstUnit: newId() }, now());
      await store.createDocument(document);
      return libraryEntryOf(document);
    },
    'library.rename': ({ id, title }) =>
      // Title and trash state are not content: they leave the revision alone, so an editor
      // open on the document keeps saving without a conflict.
      change(id, (document) => ({ ...document, title, updatedAt: now().toISOString() })),
    'library.duplicate': async ({ id }) => {
      const copy = duplicateDocument(await store.readDocument(id), newId(), now());
      await store.createDocument(copy);
      return libraryEntryOf(copy);
    },
    'library.trash': ({ id }) =>
      change(id, (document) => ({ ...document, trashedAt: now().toISOString() })),
    'library.restore': ({ id }) => change(id, ({ trashedAt: _trashed, ...document }) => document),
    'library.dismissProblem': async ({ problemId }) => {
      await store.dismissProblem(problemId);
      return null;
    },
    'library.addSamples': () => addSamples(context),
    'library.import': async ({ fileName, data }) => {
      const bytes = Buffer.from(data, 'base64');
      const outcome = importProgrammeFile(fileName, bytes, { newId, now: now() });
      if (!outcome.ok) throw new AppErrorException(outcome.error);
      // The same path as library.create: durable, indexed, nothing written for a bad file.
      await store.createDocument(outcome.document);
      return libraryEntryOf(outcome.document);
    },
  };
}
