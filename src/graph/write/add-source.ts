import { sourceSchema } from '../../domain/seed-file-schema';
import type { NodeRecord } from './node-record';
import { precisionOf } from '../../domain/partial-dates';
import type { AddSourceInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type WriteResult } from './curation-write';
import { createNode } from './node-access';
import { newNodeId, parseEntry, refuseIfAny } from './parse-entry';

// The API sends the text itself rather than naming a file next to a seed file.
const apiSourceSchema = sourceSchema.omit({ textFile: true });

/**
 * Adds a source document with its full text, which later claims' evidence is found in. Checked
 * with the seed format's source schema; the text must not be empty.
 */
export async function addSource(
  scope: WriteScope,
  subject: string,
  input: AddSourceInput,
): Promise<WriteResult<NodeRecord>> {
  const { text, ...fields } = input;
  const id = input.id ?? newNodeId('Source', input.title);
  const entry = parseEntry(apiSourceSchema, { ...fields, id });
  refuseIfAny([
    ...(text.trim() === '' ? ['input.text: the full text of the source must not be empty'] : []),
    ...(entry.published !== undefined && precisionOf(entry.published) === null
      ? [`input.published: "${entry.published}" is not a calendar date`]
      : []),
  ]);
  return runCurationWrite(scope, { subject, kind: 'addSource', replay: replayMainNode }, async (run) => {
    const source = await createNode(run, { label: 'Source', id, properties: { ...entry, text } });
    return { result: source, nodeIds: [id], before: { [id]: null }, after: { [id]: snapshotOf(source) } };
  });
}
