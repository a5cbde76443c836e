import { checkClaimLink } from '../../domain/check-claim';
import { checkFactBasis, type FactProvenance, type LocatedSpan } from '../../domain/fact-basis';
import type { TransactionRunner } from '../graph-database';
import { labelOfId } from '../graph-model';
import { toPlainValue } from '../to-plain-value';
import type { FactBasisInput } from './curation-inputs';
import type { FactLinkSpec, ListedFact, OwnFactField } from './fact-link-kinds';
import { READ_CLAIM_PASSAGES } from './fact-link-statements';
import { readNode } from './node-access';
import { parseEntry, refuseIfAny } from './parse-entry';

/** The two ends of a fact link by id, and the prefix its fields are named with in problems. */
export interface FactLinkEnds {
  readonly from: string;
  readonly to: string;
  /** `input.` for an add-mutation's input object, empty for a removal's arguments. */
  readonly prefix: string;
}

/**
 * Refuses ends of the wrong type for the kind of fact, as their id prefixes name it (a person
 * cannot be the place an event occurred at); whether the ids exist is checked in the graph.
 * BAD_USER_INPUT names each field; a part and its whole must be of one type.
 */
export function refuseWrongEnds(spec: FactLinkSpec, { from, to, prefix }: FactLinkEnds): void {
  const problems = [
    ...wrongEnd({ id: from, field: `${prefix}${spec.fromField}`, labels: spec.fromLabels }),
    ...wrongEnd({ id: to, field: `${prefix}${spec.toField}`, labels: spec.toLabels }),
  ];
  if (problems.length === 0 && spec.type === 'PART_OF' && labelOfId(from) !== labelOfId(to))
    problems.push(
      `${prefix}${spec.toField}: a ${describe(labelOfId(from))} can only be part of a ${describe(labelOfId(from))}, but got "${to}"`,
    );
  refuseIfAny(problems);
}

function wrongEnd({ id, field, labels }: { id: string; field: string; labels: readonly string[] }): string[] {
  const label = labelOfId(id);
  if (label !== undefined && labels.includes(label)) return [];
  return [`${field}: must be the id of a ${labels.map(describe).join(' or ')}, but got ${JSON.stringify(id)}`];
}

function describe(label: string | undefined): string {
  return (label ?? 'node').toLowerCase();
}

/**
 * The fact as its owner's seed entry would list it, checked with the seed format's own schema:
 * the other end's id, the relationship's own fields (role, title, reason) and its basis.
 * Problems name the input's fields; BAD_USER_INPUT lists them all.
 */
export function parseListedFact(
  spec: FactLinkSpec,
  request: {
    readonly ends: FactLinkEnds;
    readonly properties: Readonly<Partial<Record<OwnFactField, string | null>>>;
    readonly basis: FactBasisInput;
  },
): ListedFact {
  const { from, to } = request.ends;
  const [ownerId, otherId, otherField] = spec.owner === 'from' ? [from, to, spec.toField] : [to, from, spec.fromField];
  const label = labelOfId(ownerId);
  const schema = label === undefined ? undefined : spec.entrySchemas[label];
  if (schema === undefined) throw new Error(`No seed schema for a ${spec.type} listed by "${ownerId}"`);
  const { evidence, background } = request.basis;
  return parseEntry(schema, { id: otherId, ...request.properties, evidence, background }, { id: otherField });
}

/**
 * Refuses a `sourceId` that does not go with the basis: evidence is looked up in a source's text,
 * so it needs one; background knowledge rests on no source, so the API takes none rather than
 * accept an id it would not store (the seed loader stores no source for a background fact).
 */
export function refuseSourceMismatch(basis: FactBasisInput): void {
  const { sourceId } = basis;
  const [hasEvidence, hasBackground] = [basis.evidence, basis.background].map(isGiven);
  if (isGiven(sourceId) && labelOfId(sourceId as string) !== 'Source')
    refuseIfAny([`input.sourceId: must be the id of a source, but got ${JSON.stringify(sourceId)}`]);
  // Both evidence and background: checkFactBasis says so, in the seed validator's words.
  if (hasEvidence && hasBackground) return;
  if (hasEvidence && !isGiven(sourceId))
    refuseIfAny(["input.sourceId: evidence passages are found in a source's text; give the id of that source"]);
  if (hasBackground && isGiven(sourceId))
    refuseIfAny([
      `input.sourceId: a background fact rests on no passage of a source, so it takes no sourceId, but got ${JSON.stringify(sourceId)}; give evidence instead, or leave sourceId out`,
    ]);
}

/** Whether an optional input field was given (GraphQL sends null for one left out). */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Locates the fact's evidence in the text of `sourceId` with the seed loader's own code
 * (`checkFactBasis`): exactly one of evidence and background, every passage found once. Returns
 * the provenance to store; BAD_USER_INPUT lists the problems.
 */
export async function locateFactBasis(
  run: TransactionRunner,
  { fact, sourceId }: { fact: ListedFact; sourceId: string | null },
): Promise<FactProvenance> {
  const source = sourceId === null ? null : await readNode(run, sourceId);
  const text = typeof source?.properties.text === 'string' ? source.properties.text : null;
  const checked = checkFactBasis(fact, {
    source: { id: sourceId ?? '', textName: sourceId === null ? 'a source' : `the text of ${sourceId}`, text },
    where: 'input',
    occurrenceFix: 'quote a longer passage that occurs only once',
  });
  refuseIfAny(checked.problems);
  // Evidence comes with a source that exists (checked before), so its passages were looked up.
  if (checked.provenance === null) throw new Error(`The evidence of a fact was not looked up in "${sourceId}"`);
  return checked.provenance;
}

/**
 * The seed validator's checks of a DISPUTES or SUPPORTS link (`checkClaimLink`), with the claims'
 * passages read from the graph: no claim disputes or supports itself, nor a claim drawn from the
 * very same passage of the same source.
 */
export async function checkClaimLinkInGraph(
  run: TransactionRunner,
  { spec, ends }: { spec: FactLinkSpec; ends: FactLinkEnds },
): Promise<string[]> {
  const result = await run(READ_CLAIM_PASSAGES, { ids: [ends.from, ends.to] });
  const passages = new Map<string, LocatedSpan>(
    result.records.map((record) => {
      const span = toPlainValue(record.toObject()) as LocatedSpan & { claimId: string };
      return [span.claimId, span];
    }),
  );
  const own = passages.get(ends.from);
  const other = passages.get(ends.to);
  // The seed compares passages within one file, so one source; spans of two sources never match.
  const spans = new Map<string, LocatedSpan>();
  if (own !== undefined) spans.set(ends.from, own);
  if (own !== undefined && other !== undefined && other.sourceId === own.sourceId) spans.set(ends.to, other);
  return checkClaimLink({
    fromId: ends.from,
    link: { id: ends.to },
    kind: spec.type === 'DISPUTES' ? 'disputes' : 'supports',
    where: `${ends.prefix}${spec.toField}`,
    spans,
  });
}
