import type { Role } from '../../auth/roles';
import type { ChangeRecord } from '../../graph/change-record';
import type { NodeRecord } from '../../graph/write/node-record';
import type {
  AddSourceInput,
  CreateClaimInput,
  CreateEntityInput,
  CreateEventInput,
  EntityFieldsInput,
  EventFieldsInput,
  UpdateClaimInput,
} from '../../graph/write/curation-inputs';
import type { WriteResult } from '../../graph/write/curation-write';
import type { GraphQLResolveInfo } from 'graphql';
import type { CurationGraph } from '../../graph/api/curation-graph';
import type { GraphQLContext } from '../context/context';
import { curationForField } from './curation-for-field';

interface InputArguments<Input> {
  readonly input: Input;
}

interface UpdateArguments<Input> extends InputArguments<Input> {
  readonly id: string;
  readonly expectedVersion: number;
}

/** Admits the viewer for `operation` (role and rate), then runs the write under their subject. */
async function write<Field extends string>(
  context: GraphQLContext,
  target: { readonly role: Role; readonly operation: string; readonly field: Field; readonly info: GraphQLResolveInfo },
  run: (subject: string, curation: CurationGraph) => Promise<WriteResult<NodeRecord>>,
): Promise<Record<Field, NodeRecord> & { change: ChangeRecord }> {
  const { role, operation, field, info } = target;
  const subject = await context.writeGuard.admit(context.viewer, role, operation);
  const { result, change } = await run(subject, curationForField(context, info));
  return { [field]: result, change } as Record<Field, NodeRecord> & { change: ChangeRecord };
}

/** One mutation field: who may call it, the payload field its node goes in, and its graph-layer write. */
interface MutationRow<Args, Field extends string> {
  readonly role: Role;
  readonly field: Field;
  readonly run: (args: Args, subject: string, curation: CurationGraph) => Promise<WriteResult<NodeRecord>>;
}

/** The resolver of mutation `operation`: the write guard, its row's write, the payload. */
function resolverOf<Args, Field extends string>(operation: string, row: MutationRow<Args, Field>) {
  return (_: unknown, args: Args, context: GraphQLContext, info: GraphQLResolveInfo) =>
    write(context, { role: row.role, operation, field: row.field, info }, (subject, curation) =>
      row.run(args, subject, curation),
    );
}

/** An update's request as the graph layer takes it, from the field's arguments. */
const update = <Input>(subject: string, args: UpdateArguments<Input>) => ({ subject, ...args });
/** Accepting a draft names only the node and the version read. */
const acceptance = (subject: string, args: { id: string; expectedVersion: number }) => ({
  subject,
  id: args.id,
  expectedVersion: args.expectedVersion,
  input: null,
});

/** Mutation fields: one row each (see MutationRow). */
export const mutationResolvers = {
  addSource: resolverOf('addSource', {
    role: 'editor',
    field: 'source',
    run: (args: InputArguments<AddSourceInput>, subject, curation) => curation.addSource(subject, args.input),
  }),
  createClaim: resolverOf('createClaim', {
    role: 'editor',
    field: 'claim',
    run: (args: InputArguments<CreateClaimInput>, subject, curation) => curation.createClaim(subject, args.input),
  }),
  updateClaim: resolverOf('updateClaim', {
    role: 'editor',
    field: 'claim',
    run: (args: UpdateArguments<UpdateClaimInput>, subject, curation) => curation.updateClaim(update(subject, args)),
  }),
  retractClaim: resolverOf('retractClaim', {
    role: 'editor',
    field: 'claim',
    run: (args: { id: string; reason: string; expectedVersion: number }, subject, curation) =>
      curation.retractClaim({ subject, id: args.id, expectedVersion: args.expectedVersion, input: args.reason }),
  }),
  acceptClaim: resolverOf('acceptClaim', {
    role: 'editor',
    field: 'claim',
    run: (args: { id: string; expectedVersion: number }, subject, curation) =>
      curation.acceptClaim(acceptance(subject, args)),
  }),
  acceptEntity: resolverOf('acceptEntity', {
    role: 'editor',
    field: 'entity',
    run: (args: { id: string; expectedVersion: number }, subject, curation) =>
      curation.acceptEntity(acceptance(subject, args)),
  }),
  createEntity: resolverOf('createEntity', {
    role: 'editor',
    field: 'entity',
    run: (args: InputArguments<CreateEntityInput>, subject, curation) => curation.createEntity(subject, args.input),
  }),
  updateEntity: resolverOf('updateEntity', {
    role: 'editor',
    field: 'entity',
    run: (args: UpdateArguments<EntityFieldsInput>, subject, curation) => curation.updateEntity(update(subject, args)),
  }),
  createEvent: resolverOf('createEvent', {
    role: 'editor',
    field: 'event',
    run: (args: InputArguments<CreateEventInput>, subject, curation) => curation.createEvent(subject, args.input),
  }),
  updateEvent: resolverOf('updateEvent', {
    role: 'editor',
    field: 'event',
    run: (args: UpdateArguments<EventFieldsInput>, subject, curation) => curation.updateEvent(update(subject, args)),
  }),
  mergeEntities: resolverOf('mergeEntities', {
    role: 'admin',
    field: 'entity',
    run: (args: { keep: string; merge: string }, subject, curation) => curation.mergeEntities({ subject, ...args }),
  }),
};
