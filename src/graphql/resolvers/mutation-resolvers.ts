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

/** Mutation fields: the write guard, one graph-layer write, the payload. */
export const mutationResolvers = {
  addSource: (_: unknown, args: InputArguments<AddSourceInput>, context: GraphQLContext, info: GraphQLResolveInfo) =>
    write(context, { role: 'editor', operation: 'addSource', field: 'source', info }, (subject, curation) =>
      curation.addSource(subject, args.input),
    ),

  createClaim: (
    _: unknown,
    args: InputArguments<CreateClaimInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'createClaim', field: 'claim', info }, (subject, curation) =>
      curation.createClaim(subject, args.input),
    ),

  updateClaim: (
    _: unknown,
    args: UpdateArguments<UpdateClaimInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'updateClaim', field: 'claim', info }, (subject, curation) =>
      curation.updateClaim({ subject, ...args }),
    ),

  retractClaim: (
    _: unknown,
    args: { id: string; reason: string; expectedVersion: number },
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'retractClaim', field: 'claim', info }, (subject, curation) =>
      curation.retractClaim({
        subject,
        id: args.id,
        expectedVersion: args.expectedVersion,
        input: args.reason,
      }),
    ),

  acceptClaim: (
    _: unknown,
    args: { id: string; expectedVersion: number },
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'acceptClaim', field: 'claim', info }, (subject, curation) =>
      curation.acceptClaim({ subject, id: args.id, expectedVersion: args.expectedVersion, input: null }),
    ),

  acceptEntity: (
    _: unknown,
    args: { id: string; expectedVersion: number },
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'acceptEntity', field: 'entity', info }, (subject, curation) =>
      curation.acceptEntity({ subject, id: args.id, expectedVersion: args.expectedVersion, input: null }),
    ),

  createEntity: (
    _: unknown,
    args: InputArguments<CreateEntityInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'createEntity', field: 'entity', info }, (subject, curation) =>
      curation.createEntity(subject, args.input),
    ),

  updateEntity: (
    _: unknown,
    args: UpdateArguments<EntityFieldsInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'updateEntity', field: 'entity', info }, (subject, curation) =>
      curation.updateEntity({ subject, ...args }),
    ),

  createEvent: (
    _: unknown,
    args: InputArguments<CreateEventInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'createEvent', field: 'event', info }, (subject, curation) =>
      curation.createEvent(subject, args.input),
    ),

  updateEvent: (
    _: unknown,
    args: UpdateArguments<EventFieldsInput>,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'editor', operation: 'updateEvent', field: 'event', info }, (subject, curation) =>
      curation.updateEvent({ subject, ...args }),
    ),

  mergeEntities: (
    _: unknown,
    args: { keep: string; merge: string },
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) =>
    write(context, { role: 'admin', operation: 'mergeEntities', field: 'entity', info }, (subject, curation) =>
      curation.mergeEntities({ subject, ...args }),
    ),
};
