import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_SCHEMA_VERSION, type DuizhaoDocument } from '../../../shared/model/document';
import { libraryEntryOf, type LibraryEntry } from '../../../shared/model/library';
import { PROGRAMME_SAMPLE_FILE, programmeSample } from '../../../shared/samples/programmeSample';
import { RELEASE_SAMPLE_FILE, releaseSample } from '../../../shared/samples/releaseSample';
import type { SampleConverter, SampleDocument } from '../../../shared/samples/sampleDocument';
import type { ServiceContext } from '../serviceContext';

/** The built-in samples: each source file as received, and how it becomes a document. */
export const SAMPLES: ReadonlyArray<{ file: string; convert: SampleConverter }> = [
  { file: PROGRAMME_SAMPLE_FILE, convert: programmeSample },
  { file: RELEASE_SAMPLE_FILE, convert: releaseSample },
];

export function samplesDir(resourcesDir: string): string {
  return join(resourcesDir, 'samples');
}

/** Adds a fresh copy of each built-in sample to the library. */
export async function addSamples(context: ServiceContext): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  for (const sample of SAMPLES) {
    const source = await readFile(join(samplesDir(context.resourcesDir), sample.file), 'utf8');
    const converted = sample.convert(source, () => context.newId());
    const document = sampleToDocument(converted, context);
    await context.store.createDocument(document);
    entries.push(libraryEntryOf(document));
  }
  return entries;
}

/** The sample's units and programme as they are (their ids already given), in a new document. */
function sampleToDocument(sample: SampleDocument, context: ServiceContext): DuizhaoDocument {
  const time = context.now().toISOString();
  const document: DuizhaoDocument = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: context.newId(),
    kind: sample.kind,
    title: sample.title,
    sourceLanguage: sample.sourceLanguage,
    createdAt: time,
    updatedAt: time,
    revision: 0,
    units: sample.units,
  };
  if (sample.programme) document.programme = sample.programme;
  return document;
}
