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
import type { GraphQLContext } from '../context/context';

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
  { role, operation, field }: { readonly role: Role; readonly operation: string; readonly field: Field },
  run: (subject: string) => Promise<WriteResult<NodeRecord>>,
): Promise<Record<Field, NodeRecord> & { change: ChangeRecord }> {
  const subject = await context.writeGuard.admit(context.viewer, role, operation);
  const { result, change } = await run(subject);
  return { [field]: result, change } as Record<Field, NodeRecord> & { change: ChangeRecord };
}

/** Mutation fields: the write guard, one graph-layer write, the payload. */
export const mutationResolvers = {
  addSource: (_: unknown, args: InputArguments<AddSourceInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'addSource', field: 'source' }, (subject) =>
      context.curation.addSource(subject, args.input),
    ),

  createClaim: (_: unknown, args: InputArguments<CreateClaimInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'createClaim', field: 'claim' }, (subject) =>
      context.curation.createClaim(subject, args.input),
    ),

  updateClaim: (_: unknown, args: UpdateArguments<UpdateClaimInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'updateClaim', field: 'claim' }, (subject) =>
      context.curation.updateClaim({ subject, ...args }),
    ),

  retractClaim: (_: unknown, args: { id: string; reason: string; expectedVersion: number }, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'retractClaim', field: 'claim' }, (subject) =>
      context.curation.retractClaim({
        subject,
        id: args.id,
        expectedVersion: args.expectedVersion,
        input: args.reason,
      }),
    ),

  acceptClaim: (_: unknown, args: { id: string; expectedVersion: number }, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'acceptClaim', field: 'claim' }, (subject) =>
      context.curation.acceptClaim({ subject, id: args.id, expectedVersion: args.expectedVersion, input: null }),
    ),

  acceptEntity: (_: unknown, args: { id: string; expectedVersion: number }, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'acceptEntity', field: 'entity' }, (subject) =>
      context.curation.acceptEntity({ subject, id: args.id, expectedVersion: args.expectedVersion, input: null }),
    ),

  createEntity: (_: unknown, args: InputArguments<CreateEntityInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'createEntity', field: 'entity' }, (subject) =>
      context.curation.createEntity(subject, args.input),
    ),

  updateEntity: (_: unknown, args: UpdateArguments<EntityFieldsInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'updateEntity', field: 'entity' }, (subject) =>
      context.curation.updateEntity({ subject, ...args }),
    ),

  createEvent: (_: unknown, args: InputArguments<CreateEventInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'createEvent', field: 'event' }, (subject) =>
      context.curation.createEvent(subject, args.input),
    ),

  updateEvent: (_: unknown, args: UpdateArguments<EventFieldsInput>, context: GraphQLContext) =>
    write(context, { role: 'editor', operation: 'updateEvent', field: 'event' }, (subject) =>
      context.curation.updateEvent({ subject, ...args }),
    ),

  mergeEntities: (_: unknown, args: { keep: string; merge: string }, context: GraphQLContext) =>
    write(context, { role: 'admin', operation: 'mergeEntities', field: 'entity' }, (subject) =>
      context.curation.mergeEntities({ subject, ...args }),
    ),
};
