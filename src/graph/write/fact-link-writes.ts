import { conflict, relationshipNotFound } from '../../errors/error-codes';
import type { ChangeRecord } from '../change-record';
import type { TransactionRunner } from '../graph-database';
import { edgeIdOf } from '../graph-view';
import type { NodeRecord } from './node-record';
import { toPlainValue } from '../to-plain-value';
import {
  checkClaimLinkInGraph,
  locateFactBasis,
  parseListedFact,
  refuseSourceMismatch,
  refuseWrongEnds,
  type FactLinkEnds,
} from './check-fact-link';
import type { FactBasisInput } from './curation-inputs';
import { runCurationWrite, type WriteScope, snapshotOf, type WriteEffect, type WriteResult } from './curation-write';
import type { FactType } from '../graph-model';
import { FACT_LINK_KINDS, type FactLinkKind, type OwnFactField } from './fact-link-kinds';
import { deleteFactLinkStatement, readFactLinkStatement } from './fact-link-statements';
import { checkReferences, mergeRelationships, readNode, updateNode } from './node-access';
import { refuseIfAny } from './parse-entry';
import { replayNode } from './replay-node';

/** Both ends of a fact link after a write, each at its new version. */
export interface FactLinkNodes {
  readonly from: NodeRecord;
  readonly to: NodeRecord;
}

/** Who removes which fact: its kind and the ids of the relationship's start and end. */
export interface RemoveFactLinkRequest {
  readonly subject: string;
  readonly kind: FactLinkKind;
  readonly from: string;
  readonly to: string;
}

/** Who adds which fact, with the relationship's own properties and what it rests on. */
export interface AddFactLinkRequest extends RemoveFactLinkRequest {
  /** `role`, `title` or `reason`, as the kind has them (see `FactLinkSpec.ownFields`). */
  readonly properties: Readonly<Partial<Record<OwnFactField, string | null>>>;
  readonly basis: FactBasisInput;
}

/**
 * Adds one fact relationship (a participation, an event's place, part-of, based-in, leadership,
 * or a claim disputing or supporting another), checked as the seed loader checks the same entry
 * of a seed file: the seed schema of the owner's list, ends that exist with the right types, and
 * a basis, its evidence passages located in the text of `basis.sourceId` by the loader's own
 * code. Stores exactly the properties the loader stores (`basis`, `evidence*`, `note`, and
 * role, title or reason). BAD_USER_INPUT lists every problem; CONFLICT when the two ends are
 * already so linked (remove the link first to state it anew). Both ends count one more version.
 */
export async function addFactLink(scope: WriteScope, request: AddFactLinkRequest): Promise<WriteResult<FactLinkNodes>> {
  const spec = FACT_LINK_KINDS[request.kind];
  const ends: FactLinkEnds = { from: request.from, to: request.to, prefix: 'input.' };
  refuseWrongEnds(spec, ends);
  if (spec.type === 'PART_OF' && ends.from === ends.to)
    refuseIfAny([`input.${spec.toField}: nothing is part of itself, but both ids are "${ends.from}"`]);
  const fact = parseListedFact(spec, { ends, properties: request.properties, basis: request.basis });
  refuseSourceMismatch(request.basis);
  return runCurationWrite(
    scope,
    { subject: request.subject, kind: `add${spec.name}`, replay: replayFactLinkEnds },
    async (run) => {
      const sourceId = request.basis.sourceId ?? null;
      refuseIfAny(
        await checkReferences(run, [
          { id: ends.from, where: `input.${spec.fromField}` },
          { id: ends.to, where: `input.${spec.toField}` },
          ...(sourceId === null ? [] : [{ id: sourceId, where: 'input.sourceId' }]),
        ]),
      );
      const provenance = await locateFactBasis(run, { fact, sourceId });
      if (spec.type === 'DISPUTES' || spec.type === 'SUPPORTS')
        refuseIfAny(await checkClaimLinkInGraph(run, { spec, ends }));
      if ((await readFactLink(run, { type: spec.type, ends })) !== null)
        throw conflict(
          `"${ends.from}" already has a ${spec.type} relationship to "${ends.to}"; to state it anew, remove it first (remove${spec.name})`,
        );
      // As the seed loader writes a fact: its own fields (null ones left out), then its provenance.
      const own = Object.fromEntries(spec.ownFields.map((field) => [field, fact[field] ?? null]));
      const properties = { ...own, ...provenance };
      await mergeRelationships(run, spec.type, [{ from: ends.from, to: ends.to, properties }]);
      return touchEnds(run, { type: spec.type, ends, before: null, after: withoutNulls(properties) });
    },
  );
}

/**
 * Removes one fact relationship. BAD_USER_INPUT for an id of the wrong type or of no node;
 * NOT_FOUND when the two ends are not so linked. Both ends count one more version.
 */
export async function removeFactLink(
  scope: WriteScope,
  request: RemoveFactLinkRequest,
): Promise<WriteResult<FactLinkNodes>> {
  const spec = FACT_LINK_KINDS[request.kind];
  const ends: FactLinkEnds = { from: request.from, to: request.to, prefix: '' };
  refuseWrongEnds(spec, ends);
  return runCurationWrite(
    scope,
    { subject: request.subject, kind: `remove${spec.name}`, replay: replayFactLinkEnds },
    async (run) => {
      refuseIfAny(
        await checkReferences(run, [
          { id: ends.from, where: spec.fromField },
          { id: ends.to, where: spec.toField },
        ]),
      );
      const before = await readFactLink(run, { type: spec.type, ends });
      if (before === null)
        throw relationshipNotFound(`"${ends.from}" has no ${spec.type} relationship to "${ends.to}" to remove`);
      await run(deleteFactLinkStatement(spec.type), { from: ends.from, to: ends.to });
      return touchEnds(run, { type: spec.type, ends, before, after: null });
    },
  );
}

/** The properties of the fact relationship between the ends, or null when there is none. */
export async function readFactLink(
  run: TransactionRunner,
  { type, ends }: { type: FactType; ends: Pick<FactLinkEnds, 'from' | 'to'> },
): Promise<Record<string, unknown> | null> {
  const result = await run(readFactLinkStatement(type), { from: ends.from, to: ends.to });
  const row = result.records[0];
  return row === undefined ? null : (toPlainValue(row.get('properties')) as Record<string, unknown>);
}

/**
 * Counts one more version on both ends (a fact about a node changes what the node says) and
 * describes the write for its change record: both ends' properties before and after, and the
 * relationship's under its edge id (`TYPE:from->to`, as `GraphEdge.id`), null where it is absent.
 */
export async function touchEnds(
  run: TransactionRunner,
  link: {
    type: FactType;
    ends: Pick<FactLinkEnds, 'from' | 'to'>;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
): Promise<WriteEffect<FactLinkNodes>> {
  const { from, to } = link.ends;
  const [fromBefore, toBefore] = [await readNode(run, from), await readNode(run, to)];
  const [fromAfter, toAfter] = [await updateNode(run, from, {}), await updateNode(run, to, {})];
  const edgeId = edgeIdOf(link.type, from, to);
  return {
    result: { from: fromAfter, to: toAfter },
    nodeIds: [from, to],
    before: { [from]: snapshotOf(fromBefore), [to]: snapshotOf(toBefore), [edgeId]: link.before },
    after: { [from]: snapshotOf(fromAfter), [to]: snapshotOf(toAfter), [edgeId]: link.after },
  };
}

/** Both ends of a recorded fact-link write as they are now (see replayNode). */
export async function replayFactLinkEnds(run: TransactionRunner, change: ChangeRecord): Promise<FactLinkNodes> {
  const [from = '', to = from] = change.nodeIds;
  return { from: await replayNode(run, change, from), to: await replayNode(run, change, to) };
}

/** Properties as Neo4j keeps them: a null one is not stored. */
export function withoutNulls(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null));
}
