import { toEventProperties } from '../../domain/entry-properties';
import { eventSchema } from '../../domain/seed-file-schema';
import type { NodeRecord } from './node-record';
import type { CreateEventInput, EventFieldsInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import { definedFields } from './entity-writes';
import { changedProperties } from './changed-properties';
import { createNode, readNodeForUpdate, updateNode } from './node-access';
import { newNodeId, parseEntry, refuseIfAny } from './parse-entry';

/** Creates an event, checked as a seed file's event is: the schema, and dates that make sense. */
export async function createEvent(
  scope: WriteScope,
  subject: string,
  input: CreateEventInput,
): Promise<WriteResult<NodeRecord>> {
  const id = input.id ?? newNodeId('Event', input.name);
  const properties = eventPropertiesOf({ ...input, id });
  return runCurationWrite(scope, { subject, kind: 'createEvent', replay: replayMainNode }, async (run) => {
    const event = await createNode(run, { label: 'Event', id, properties });
    return { result: event, nodeIds: [id], before: { [id]: null }, after: { [id]: snapshotOf(event) } };
  });
}

/** Changes an event's name, kind, description, status or dates; null removes an optional field. */
export async function updateEvent(
  scope: WriteScope,
  { subject, id, expectedVersion, input }: UpdateRequest<EventFieldsInput>,
): Promise<WriteResult<NodeRecord>> {
  return runCurationWrite(scope, { subject, kind: 'updateEvent', replay: replayMainNode }, async (run) => {
    const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Event'] });
    const { name, kind, description, status, date, endDate, dateText } = before.properties;
    const current = { name, kind, description, status, date, endDate, dateText };
    const wanted = eventPropertiesOf({ ...current, ...definedFields(input), id });
    const after = await updateNode(run, id, changedProperties(before.properties, wanted));
    return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
  });
}

function eventPropertiesOf(fields: Record<string, unknown>): Record<string, unknown> {
  const status = typeof fields.status === 'string' ? fields.status.toLowerCase() : fields.status;
  const entry = parseEntry(eventSchema, { ...fields, status });
  const problems: string[] = [];
  const properties = toEventProperties(entry, 'input', problems);
  refuseIfAny(problems);
  return properties;
}
