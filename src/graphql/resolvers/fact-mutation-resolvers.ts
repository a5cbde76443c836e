import type { ChangeRecord } from '../../graph/change-record';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../graph/graph-model';
import type { FactBasisInput } from '../../graph/write/curation-inputs';
import type { WriteResult } from '../../graph/write/curation-write';
import { FACT_LINK_KINDS, type FactLinkKind, type OwnFactField } from '../../graph/write/fact-link-kinds';
import type { FactLinkNodes } from '../../graph/write/fact-link-writes';
import type { NodeRecord } from '../../graph/write/node-record';
import type { GraphQLResolveInfo } from 'graphql';
import type { CurationGraph } from '../../graph/api/curation-graph';
import type { GraphQLContext } from '../context/context';
import { curationForField } from './curation-for-field';

/**
 * One pair of mutations, `add<name>` and `remove<name>`: the fact kinds it writes (a `kind`
 * argument picks one when there are several) and how its payload names the two ends.
 */
interface FactMutation {
  readonly name: string;
  readonly kinds: readonly [FactLinkKind, ...FactLinkKind[]];
  readonly payload: { readonly from: string; readonly to: string };
}

/** Adding a kind of fact to the API is one row here (the ends and checks come from FACT_LINK_KINDS). */
const FACT_MUTATIONS: readonly FactMutation[] = [
  { name: 'Participation', kinds: ['PARTICIPATION'], payload: { from: 'participant', to: 'event' } },
  { name: 'EventLocation', kinds: ['EVENT_LOCATION'], payload: { from: 'event', to: 'place' } },
  { name: 'PartOf', kinds: ['PART_OF'], payload: { from: 'part', to: 'whole' } },
  { name: 'BasedIn', kinds: ['BASED_IN'], payload: { from: 'organization', to: 'place' } },
  { name: 'Leadership', kinds: ['LEADERSHIP'], payload: { from: 'leader', to: 'led' } },
  { name: 'ClaimLink', kinds: ['DISPUTES', 'SUPPORTS'], payload: { from: 'claim', to: 'target' } },
];

/** A mutation's input or arguments, as GraphQL validated them against the schema. */
type FactArguments = Readonly<Record<string, unknown>>;

/** A field the schema declares `ID!` or an enum, so validation has made it a string. */
function stringField(values: FactArguments, field: string): string {
  const value = values[field];
  if (typeof value !== 'string')
    throw new TypeError(`${field} must be a string (the schema says so), but got: ${String(value)}`);
  return value;
}

function kindOf(mutation: FactMutation, values: FactArguments): FactLinkKind {
  if (mutation.kinds.length === 1) return mutation.kinds[0];
  const kind = stringField(values, 'kind');
  const chosen = mutation.kinds.find((candidate) => candidate === kind);
  if (chosen === undefined) throw new TypeError(`kind must be one of ${mutation.kinds.join(', ')}, but got: ${kind}`);
  return chosen;
}

function ownProperties(
  fields: readonly OwnFactField[],
  input: FactArguments,
): Partial<Record<OwnFactField, string | null>> {
  const properties: Partial<Record<OwnFactField, string | null>> = {};
  for (const field of fields) {
    const value = input[field];
    properties[field] = typeof value === 'string' ? value : null;
  }
  return properties;
}

/**
 * Admits the viewer as an editor for `operation` (role and rate; removing a fact is a correction,
 * not a deletion, so it needs no admin), runs the write under their subject, and names both ends
 * as the payload type does.
 */
async function writeFactLink(
  context: GraphQLContext,
  { operation, mutation, info }: { operation: string; mutation: FactMutation; info: GraphQLResolveInfo },
  run: (subject: string, curation: CurationGraph) => Promise<WriteResult<FactLinkNodes>>,
): Promise<Record<string, NodeRecord | ChangeRecord>> {
  const subject = await context.writeGuard.admit(context.viewer, 'editor', operation);
  const { result, change } = await run(subject, curationForField(context, info));
  return { [mutation.payload.from]: result.from, [mutation.payload.to]: result.to, change };
}

type FactResolver = (
  parent: unknown,
  args: FactArguments,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<Record<string, NodeRecord | ChangeRecord>>;

function resolversOf(mutation: FactMutation): Record<string, FactResolver> {
  const add = `add${mutation.name}`;
  const remove = `remove${mutation.name}`;
  return {
    [add]: (_, args, context, info) => {
      // The schema types `input` as the mutation's input object, which carries the basis fields.
      const input = (args.input ?? {}) as FactArguments & FactBasisInput;
      const kind = kindOf(mutation, input);
      const spec = FACT_LINK_KINDS[kind];
      return writeFactLink(context, { operation: add, mutation, info }, (subject, curation) =>
        curation.addFactLink({
          subject,
          kind,
          from: stringField(input, spec.fromField),
          to: stringField(input, spec.toField),
          properties: ownProperties(spec.ownFields, input),
          basis: input,
        }),
      );
    },
    [remove]: (_, args, context, info) => {
      const kind = kindOf(mutation, args);
      const spec = FACT_LINK_KINDS[kind];
      return writeFactLink(context, { operation: remove, mutation, info }, (subject, curation) =>
        curation.removeFactLink({
          subject,
          kind,
          from: stringField(args, spec.fromField),
          to: stringField(args, spec.toField),
        }),
      );
    },
  };
}

function relationshipTypeOf(value: string): RelationshipType {
  const type = RELATIONSHIP_TYPES.find((candidate) => candidate === value);
  if (type === undefined)
    throw new TypeError(`type must be a RelationshipType (the schema says so), but got: ${value}`);
  return type;
}

/**
 * `addEvidence`: one more source's passages for a fact of any kind, so it is not a row of
 * FACT_MUTATIONS (which pairs an add with a remove of one kind); admitted as those are.
 */
const addEvidenceResolver: FactResolver = async (_, args, context, info) => {
  // The schema types `input` as AddEvidenceInput: every field required, the enum a RelationshipType.
  const input = (args.input ?? {}) as FactArguments & { readonly evidence: readonly string[] };
  const subject = await context.writeGuard.admit(context.viewer, 'editor', 'addEvidence');
  const { result, change } = await curationForField(context, info).addEvidence({
    subject,
    type: relationshipTypeOf(stringField(input, 'type')),
    from: stringField(input, 'fromId'),
    to: stringField(input, 'toId'),
    sourceId: stringField(input, 'sourceId'),
    evidence: input.evidence,
  });
  return { from: result.from, to: result.to, change };
};

/** Mutation fields that add and remove facts: the write guard, one graph-layer write, the payload. */
export const factMutationResolvers: Record<string, FactResolver> = {
  ...Object.fromEntries(FACT_MUTATIONS.flatMap((mutation) => Object.entries(resolversOf(mutation)))),
  addEvidence: addEvidenceResolver,
};
