import type { GraphQLResolveInfo } from 'graphql';
import type { ChangeRecord } from '../../graph/change-record';
import type { DraftVisibility } from '../../graph/draft-visibility';
import { idOf, type NodeRecord } from '../../graph/write/node-record';
import { selectFieldAs } from '../compiled/select-root-field';
import type { GraphQLContext } from '../context/context';
import { readChange } from './change-resolvers';

/** Only editors write, and a write to a draft (a corrected speaker) must read the draft back. */
const EDITOR: DraftVisibility = { drafts: true };

type Payload = Readonly<Record<string, NodeRecord | ChangeRecord>>;

/**
 * A mutation payload's fields: each written node read back through the compiler as `node(id)`,
 * in the shape the mutation's selection asks for, and the change record (see readChange). The
 * write's own records only carry ids across.
 */
function payloadResolvers(...nodeFields: readonly string[]) {
  const resolvers: Record<string, unknown> = {
    change: (payload: Payload, _: unknown, context: GraphQLContext, info: GraphQLResolveInfo) =>
      readChange(payload.change as ChangeRecord, context, { info, visibility: EDITOR }),
  };
  for (const field of nodeFields) resolvers[field] = writtenNode(field);
  return resolvers;
}

/** The resolver of payload field `field`: its node read back as `node(id)`, drafts included. */
function writtenNode(field: string) {
  return (payload: Payload, _: unknown, context: GraphQLContext, info: GraphQLResolveInfo) =>
    context.engine.read(
      selectFieldAs(info, context.limits, { field: 'node', args: { id: idOf(payload[field] as NodeRecord) } }),
      EDITOR,
    );
}

export const payloadTypeResolvers = {
  ClaimPayload: payloadResolvers('claim'),
  EntityPayload: payloadResolvers('entity'),
  EventPayload: payloadResolvers('event'),
  SourcePayload: payloadResolvers('source'),
  // Extraction loads a whole draft; its counts are plain fields, its source is read back.
  ExtractArticlePayload: { source: writtenNode('source') },
  ParticipationPayload: payloadResolvers('participant', 'event'),
  EventLocationPayload: payloadResolvers('event', 'place'),
  PartOfPayload: payloadResolvers('part', 'whole'),
  BasedInPayload: payloadResolvers('organization', 'place'),
  LeadershipPayload: payloadResolvers('leader', 'led'),
  ClaimLinkPayload: payloadResolvers('claim', 'target'),
  EvidencePayload: payloadResolvers('from', 'to'),
};
