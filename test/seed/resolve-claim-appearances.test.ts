import { emptyGraphRows, type GraphRows } from '../../seed/graph-rows';
import { resolveClaimAppearances, SAME_AS_KEY } from '../../seed/resolve-claim-appearances';

/** Rows of claims by one speaker: each `[id, quoteKey, sameAs?]`, with its STATED and APPEARS_IN. */
function claimRows(source: string, claims: readonly (readonly [string, string | null, string?])[]): GraphRows {
  const rows = emptyGraphRows();
  rows.nodes.Source.push({
    id: source,
    properties: { factTypes: ['ABOUT'], factFroms: [claims[0]?.[0]], factTos: ['place:x'] },
  });
  for (const [id, quoteKey, sameAs] of claims) {
    rows.nodes.Claim.push({
      id,
      properties: { id, quoteKey, ...(sameAs === undefined ? {} : { [SAME_AS_KEY]: sameAs }) },
    });
    rows.relationships.STATED.push({ from: 'person:a', to: id, properties: {} });
    rows.relationships.APPEARS_IN.push({ from: id, to: source, properties: { claimText: id } });
  }
  return rows;
}

function join(...parts: GraphRows[]): GraphRows {
  const rows = emptyGraphRows();
  for (const part of parts) {
    for (const [label, list] of Object.entries(part.nodes)) rows.nodes[label as keyof GraphRows['nodes']].push(...list);
    for (const [type, list] of Object.entries(part.relationships))
      rows.relationships[type as keyof GraphRows['relationships']].push(...list);
  }
  return rows;
}

describe('resolveClaimAppearances', () => {
  it('makes the first entry of a speaker’s quote the claim and the later one its appearance', async () => {
    const { rows, problems } = await resolveClaimAppearances(
      join(
        claimRows('source:one', [['claim:one', 'we are ready']]),
        claimRows('source:two', [['claim:two', 'we are ready']]),
      ),
      null,
    );
    expect(problems).toEqual([]);
    expect(rows.nodes.Claim.map(({ id }) => id)).toEqual(['claim:one']);
    expect(rows.claimRedirects).toEqual([{ id: 'claim:two', into: 'claim:one' }]);
    expect(rows.relationships.APPEARS_IN.map(({ from, to, properties }) => [from, to, properties.claimText])).toEqual([
      ['claim:one', 'source:one', 'claim:one'],
      ['claim:one', 'source:two', 'claim:two'],
    ]);
    expect(rows.relationships.STATED).toHaveLength(1);
    expect(rows.nodes.Source[1]?.properties.factFroms).toEqual(['claim:one']);
  });

  it('follows sameAs, and never stores it', async () => {
    const { rows } = await resolveClaimAppearances(
      join(claimRows('source:one', [['claim:one', null]]), claimRows('source:two', [['claim:two', null, 'claim:one']])),
      null,
    );
    expect(rows.claimRedirects).toEqual([{ id: 'claim:two', into: 'claim:one' }]);
    expect(rows.nodes.Claim.map(({ properties }) => Object.keys(properties))).toEqual([['id', 'quoteKey']]);
  });

  it('leaves claims of different quotes apart', async () => {
    const { rows } = await resolveClaimAppearances(
      claimRows('source:one', [
        ['claim:one', 'we are ready'],
        ['claim:two', 'we are not ready'],
      ]),
      null,
    );
    expect(rows.nodes.Claim.map(({ id }) => id)).toEqual(['claim:one', 'claim:two']);
    expect(rows.claimRedirects).toEqual([]);
  });

  it('reports entries whose sameAs lead back to themselves', async () => {
    const { problems } = await resolveClaimAppearances(
      claimRows('source:one', [
        ['claim:one', null, 'claim:two'],
        ['claim:two', null, 'claim:one'],
      ]),
      null,
    );
    expect(problems).toEqual([
      'claim "claim:one": its sameAs leads back to itself (through "claim:two")',
      'claim "claim:two": its sameAs leads back to itself (through "claim:one")',
    ]);
  });

  it('takes a stored claim of the same quote as the claim, unless it is a former id of the load', async () => {
    const stored = async () => ({
      claimOf: new Map(),
      byQuote: new Map([['person:a\u0000we are ready', 'claim:old']]),
    });
    const found = await resolveClaimAppearances(claimRows('source:two', [['claim:two', 'we are ready']]), stored);
    expect(found.rows.claimRedirects).toEqual([{ id: 'claim:two', into: 'claim:old' }]);
    const renamed = claimRows('source:two', [['claim:two', 'we are ready']]);
    renamed.nodes.Claim[0] = {
      id: 'claim:two',
      properties: { id: 'claim:two', quoteKey: 'we are ready', formerIds: ['claim:old'] },
    };
    expect((await resolveClaimAppearances(renamed, stored)).rows.claimRedirects).toEqual([]);
  });
});
