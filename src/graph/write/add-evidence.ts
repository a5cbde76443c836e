import { conflict, invalidInput, relationshipNotFound } from '../../errors/error-codes';
import { FACT_TYPES, isFactType, labelOfId, type RelationshipType } from '../graph-model';
import { locateFactBasis } from './check-fact-link';
import { runCurationWrite, type WriteResult, type WriteScope } from './curation-write';
import { readFactLink, replayFactLinkEnds, touchEnds, withoutNulls, type FactLinkNodes } from './fact-link-writes';
import { setFactEvidenceStatement } from './fact-link-statements';
import { checkReferences } from './node-access';
import { refuseIfAny } from './parse-entry';
import { toPlainValue } from '../to-plain-value';

/** Who adds which passages of which source to which fact (its type and both ends). */
export interface AddEvidenceRequest {
  readonly subject: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly sourceId: string;
  readonly evidence: readonly string[];
}

/**
 * Adds a source's evidence to a fact that is stated already: the passages are located in the
 * text of `sourceId` by the seed loader's own code (each found there exactly once) and appended
 * to the relationship's evidence lists, so a fact several sources state stays one relationship
 * with the evidence of each, and a fact resting on background knowledge now rests on a source
 * too (its note is kept). BAD_USER_INPUT for a type that is no fact, ids of no node or of the
 * wrong type, or passages not found; NOT_FOUND when the two ends have no such fact (add it with
 * its own mutation first); CONFLICT when the fact already has one of these spans of this source.
 * The fact becomes a curator's (a reload of a seed file leaves it alone), both ends count one
 * more version, and one change is recorded, as for every fact write.
 */
export async function addEvidence(scope: WriteScope, request: AddEvidenceRequest): Promise<WriteResult<FactLinkNodes>> {
  const { type, from, to, sourceId } = request;
  const factType = isFactType(type) ? type : null;
  if (factType === null)
    throw invalidInput([`input.type: evidence is added to a fact (${FACT_TYPES.join(', ')}), but got ${type}`]);
  const problems: string[] = [];
  if (labelOfId(sourceId) !== 'Source')
    problems.push(`input.sourceId: must be the id of a source, but got ${JSON.stringify(sourceId)}`);
  if (request.evidence.length === 0) problems.push('input.evidence: must list at least one passage');
  refuseIfAny(problems);
  return runCurationWrite(
    scope,
    { subject: request.subject, kind: 'addEvidence', replay: replayFactLinkEnds },
    async (run) => {
      refuseIfAny(
        await checkReferences(run, [
          { id: from, where: 'input.fromId' },
          { id: to, where: 'input.toId' },
          { id: sourceId, where: 'input.sourceId' },
        ]),
      );
      const before = await readFactLink(run, { type: factType, ends: { from, to } });
      if (before === null)
        throw relationshipNotFound(
          `"${from}" has no ${type} relationship to "${to}" to add evidence to; state the fact first`,
        );
      const added = await locateFactBasis(run, { fact: { id: to, evidence: request.evidence }, sourceId });
      const lists = evidenceListsOf(before);
      added.evidenceStarts.forEach((start, i) => {
        const end = added.evidenceEnds[i];
        const already = lists.evidenceSources.some(
          (source, j) => source === sourceId && lists.evidenceStarts[j] === start && lists.evidenceEnds[j] === end,
        );
        if (already)
          throw conflict(
            `input.evidence[${i}]: the ${type} fact from "${from}" to "${to}" already rests on this passage of "${sourceId}"`,
          );
      });
      const result = await run(setFactEvidenceStatement(factType), {
        from,
        to,
        evidenceSources: [...lists.evidenceSources, ...added.evidenceSources],
        evidenceStarts: [...lists.evidenceStarts, ...added.evidenceStarts],
        evidenceEnds: [...lists.evidenceEnds, ...added.evidenceEnds],
        evidenceTexts: [...lists.evidenceTexts, ...added.evidenceTexts],
      });
      const after = toPlainValue(result.records[0]?.get('properties')) as Record<string, unknown>;
      return touchEnds(run, { type: factType, ends: { from, to }, before, after: withoutNulls(after) });
    },
  );
}

/** A fact's evidence lists as stored (absent on a background fact the loader wrote before sources were kept). */
function evidenceListsOf(properties: Readonly<Record<string, unknown>>) {
  const list = <T>(key: string): T[] => (Array.isArray(properties[key]) ? (properties[key] as T[]) : []);
  return {
    evidenceSources: list<string>('evidenceSources'),
    evidenceStarts: list<number>('evidenceStarts'),
    evidenceEnds: list<number>('evidenceEnds'),
    evidenceTexts: list<string>('evidenceTexts'),
  };
}
