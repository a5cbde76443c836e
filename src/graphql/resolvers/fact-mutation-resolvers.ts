import type { ChangeRecord } from '../../graph/change-record';
import type { NodeRecord } from '../../graph/write/node-record';
import type {
  AddBasedInInput,
  AddClaimLinkInput,
  AddEventLocationInput,
  AddLeadershipInput,
  AddPartOfInput,
  AddParticipationInput,
  ClaimLinkKindInput,
} from '../../graph/write/curation-inputs';
import type { WriteResult } from '../../graph/write/curation-write';
import type { FactLinkNodes } from '../../graph/write/fact-link-writes';
import type { GraphQLContext } from '../context/context';

interface InputArguments<Input> {
  readonly input: Input;
}

/** How a payload names a fact link's start and end node, e.g. `participant` and `event`. */
interface PayloadFields {
  readonly from: string;
  readonly to: string;
}

const PARTICIPATION = { from: 'participant', to: 'event' } as const;
const EVENT_LOCATION = { from: 'event', to: 'place' } as const;
const PART_OF = { from: 'part', to: 'whole' } as const;
const BASED_IN = { from: 'organization', to: 'place' } as const;
const LEADERSHIP = { from: 'leader', to: 'led' } as const;
const CLAIM_LINK = { from: 'claim', to: 'target' } as const;

/**
 * Admits the viewer as an editor for `operation` (role and rate; removing a fact is a correction,
 * not a deletion, so it needs no admin), runs the write under their subject, and names both ends
 * as the payload type does.
 */
async function writeFactLink(
  context: GraphQLContext,
  { operation, fields }: { operation: string; fields: PayloadFields },
  run: (subject: string) => Promise<WriteResult<FactLinkNodes>>,
): Promise<Record<string, NodeRecord | ChangeRecord>> {
  const subject = await context.writeGuard.admit(context.viewer, 'editor', operation);
  const { result, change } = await run(subject);
  return { [fields.from]: result.from, [fields.to]: result.to, change };
}

/** Mutation fields that add and remove facts: the write guard, one graph-layer write, the payload. */
export const factMutationResolvers = {
  addParticipation: (_: unknown, { input }: InputArguments<AddParticipationInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addParticipation', fields: PARTICIPATION }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: 'PARTICIPATION',
        from: input.agentId,
        to: input.eventId,
        properties: { role: input.role },
        basis: input,
      }),
    ),

  removeParticipation: (_: unknown, args: { agentId: string; eventId: string }, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'removeParticipation', fields: PARTICIPATION }, (subject) =>
      context.curation.removeFactLink({ subject, kind: 'PARTICIPATION', from: args.agentId, to: args.eventId }),
    ),

  addEventLocation: (_: unknown, { input }: InputArguments<AddEventLocationInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addEventLocation', fields: EVENT_LOCATION }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: 'EVENT_LOCATION',
        from: input.eventId,
        to: input.placeId,
        properties: {},
        basis: input,
      }),
    ),

  removeEventLocation: (_: unknown, args: { eventId: string; placeId: string }, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'removeEventLocation', fields: EVENT_LOCATION }, (subject) =>
      context.curation.removeFactLink({ subject, kind: 'EVENT_LOCATION', from: args.eventId, to: args.placeId }),
    ),

  addPartOf: (_: unknown, { input }: InputArguments<AddPartOfInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addPartOf', fields: PART_OF }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: 'PART_OF',
        from: input.partId,
        to: input.wholeId,
        properties: {},
        basis: input,
      }),
    ),

  removePartOf: (_: unknown, args: { partId: string; wholeId: string }, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'removePartOf', fields: PART_OF }, (subject) =>
      context.curation.removeFactLink({ subject, kind: 'PART_OF', from: args.partId, to: args.wholeId }),
    ),

  addBasedIn: (_: unknown, { input }: InputArguments<AddBasedInInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addBasedIn', fields: BASED_IN }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: 'BASED_IN',
        from: input.organizationId,
        to: input.placeId,
        properties: {},
        basis: input,
      }),
    ),

  removeBasedIn: (_: unknown, args: { organizationId: string; placeId: string }, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'removeBasedIn', fields: BASED_IN }, (subject) =>
      context.curation.removeFactLink({ subject, kind: 'BASED_IN', from: args.organizationId, to: args.placeId }),
    ),

  addLeadership: (_: unknown, { input }: InputArguments<AddLeadershipInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addLeadership', fields: LEADERSHIP }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: 'LEADERSHIP',
        from: input.personId,
        to: input.ledId,
        properties: { title: input.title },
        basis: input,
      }),
    ),

  removeLeadership: (_: unknown, args: { personId: string; ledId: string }, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'removeLeadership', fields: LEADERSHIP }, (subject) =>
      context.curation.removeFactLink({ subject, kind: 'LEADERSHIP', from: args.personId, to: args.ledId }),
    ),

  addClaimLink: (_: unknown, { input }: InputArguments<AddClaimLinkInput>, context: GraphQLContext) =>
    writeFactLink(context, { operation: 'addClaimLink', fields: CLAIM_LINK }, (subject) =>
      context.curation.addFactLink({
        subject,
        kind: input.kind,
        from: input.claimId,
        to: input.targetId,
        properties: { reason: input.reason },
        basis: input,
      }),
    ),

  removeClaimLink: (
    _: unknown,
    args: { kind: ClaimLinkKindInput; claimId: string; targetId: string },
    context: GraphQLContext,
  ) =>
    writeFactLink(context, { operation: 'removeClaimLink', fields: CLAIM_LINK }, (subject) =>
      context.curation.removeFactLink({ subject, kind: args.kind, from: args.claimId, to: args.targetId }),
    ),
};
