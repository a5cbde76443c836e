import { toEntityProperties } from '../../domain/entry-properties';
import { organizationSchema, personSchema, placeSchema } from '../../domain/seed-file-schema';
import type { TransactionRunner } from '../graph-database';
import type { NodeRecord } from './node-record';
import type { CreateEntityInput, EntityFieldsInput, EntityTypeInput } from './curation-inputs';
import { replayMainNode } from './replay-node';
import { runCurationWrite, type WriteScope, snapshotOf, type UpdateRequest, type WriteResult } from './curation-write';
import { findAliasClashes, type EntityLabel } from './find-alias-clashes';
import { changedProperties } from './changed-properties';
import { createNode, readNodeForUpdate, updateNode } from './node-access';
import { newNodeId, parseEntry, refuseIfAny } from './parse-entry';

const LABEL_OF_TYPE: Readonly<Record<EntityTypeInput, EntityLabel>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
};

/**
 * Creates a person, organization or place, checked as a seed file's entry is (the format's
 * schema), and refused when its name or an alias is already another entity's of the same type.
 */
export async function createEntity(
  scope: WriteScope,
  subject: string,
  input: CreateEntityInput,
): Promise<WriteResult<NodeRecord>> {
  const { type, ...fields } = input;
  const label = LABEL_OF_TYPE[type];
  const id = input.id ?? newNodeId(label, input.name);
  const properties = entityPropertiesOf(label, { ...fields, id });
  return runCurationWrite(
    scope,
    { subject, kind: 'createEntity', replay: replayMainNode, lockFirst: true },
    async (run) => {
      await refuseAliasClashes(run, { label, id, properties });
      const entity = await createNode(run, { label, id, properties });
      return { result: entity, nodeIds: [id], before: { [id]: null }, after: { [id]: snapshotOf(entity) } };
    },
  );
}

/**
 * Changes an entity's name, aliases, otherNames, description (and a place's kind and position);
 * null removes. Only the properties whose value changes are written: every other one stays as
 * stored, whatever the node holds.
 */
export async function updateEntity(
  scope: WriteScope,
  { subject, id, expectedVersion, input }: UpdateRequest<EntityFieldsInput>,
): Promise<WriteResult<NodeRecord>> {
  // A new name or alias is checked against every entity of the type (see WriteActor.lockFirst).
  const renames = input.name !== undefined || input.aliases !== undefined;
  return runCurationWrite(
    scope,
    { subject, kind: 'updateEntity', replay: replayMainNode, lockFirst: renames },
    async (run) => {
      const before = await readNodeForUpdate(run, { id, expectedVersion, labels: ['Person', 'Organization', 'Place'] });
      const label = before.label as EntityLabel;
      const merged = { ...pickEntityFields(before.properties), ...definedFields(input), id };
      const properties = entityPropertiesOf(label, merged);
      // The names an entity goes by only change when the input names them; other entities'
      // writes checked their own names against these when they wrote them.
      if (renames) await refuseAliasClashes(run, { label, id, properties });
      const after = await updateNode(run, id, changedProperties(before.properties, properties));
      return { result: after, nodeIds: [id], before: { [id]: snapshotOf(before) }, after: { [id]: snapshotOf(after) } };
    },
  );
}

/** The stored properties of an entity, through the seed format's schema of its type. */
export function entityPropertiesOf(label: EntityLabel, fields: Record<string, unknown>): Record<string, unknown> {
  const { kind, latitude, longitude, ...common } = fields;
  if (label === 'Place') {
    const place = parseEntry(placeSchema, { ...common, kind, latitude, longitude });
    return {
      ...toEntityProperties(place),
      kind: place.kind,
      latitude: withoutNegativeZero(place.latitude ?? null),
      longitude: withoutNegativeZero(place.longitude ?? null),
    };
  }
  const extra = Object.entries({ kind, latitude, longitude }).filter(
    ([, value]) => value !== null && value !== undefined,
  );
  refuseIfAny(extra.map(([field]) => `input.${field}: only places have a ${field}, but this is a ${label}`));
  return toEntityProperties(
    label === 'Person' ? parseEntry(personSchema, common) : parseEntry(organizationSchema, common),
  );
}

/**
 * -0 as 0: the same position, and the change log's JSON (which writes -0 as 0) must record the
 * value the node holds (found by the property test: a longitude of -0).
 */
function withoutNegativeZero(value: number | null): number | null {
  return value === 0 ? 0 : value;
}

async function refuseAliasClashes(
  run: TransactionRunner,
  { label, id, properties }: { label: EntityLabel; id: string; properties: Record<string, unknown> },
): Promise<void> {
  const forms = [properties.name as string, ...(properties.aliases as string[])];
  const clashes = await findAliasClashes(run, { label, id, forms });
  refuseIfAny(clashes.map((clash) => `input.aliases: ${clash}`));
}

function pickEntityFields(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { name, aliases, otherNames, description, kind, latitude, longitude } = properties;
  return { name, aliases, otherNames, description, kind, latitude, longitude };
}

/** The fields an update sets: absent ones are kept, null ones removed. */
export function definedFields(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
