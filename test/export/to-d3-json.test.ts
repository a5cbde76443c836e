import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { serializeGraphView } from '../../src/export/export-formats';
import { BACKGROUND_NOTE, CLAIM_ID, NASTY_QUOTE, NASTY_VIEW } from './graph-view-fixture';

interface LinkEnd {
  id: string | null;
  isNode: boolean;
}
interface D3ForceResult {
  links: { id: string; source: LinkEnd; target: LinkEnd }[];
  positionsAreFinite: boolean;
}

/** d3-force 3 is ES modules only; it runs in a child Node process fed the JSON on stdin. */
function runD3Force(json: string): { status: number | null; result?: D3ForceResult; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'run-d3-force.mjs')], {
    input: json,
    encoding: 'utf8',
  });
  if (run.error !== undefined) throw run.error;
  return run.status === 0
    ? { status: run.status, result: JSON.parse(run.stdout) as D3ForceResult, stderr: run.stderr }
    : { status: run.status, stderr: run.stderr };
}

describe('toD3Json read back by d3-force', () => {
  it('lets forceLink resolve every link’s ends to the node objects with the named ids', () => {
    const { status, result, stderr } = runD3Force(serializeGraphView(NASTY_VIEW, 'd3'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(result?.links).toEqual(
      NASTY_VIEW.edges.map((edge) => ({
        id: edge.id,
        source: { id: edge.source, isNode: true },
        target: { id: edge.target, isNode: true },
      })),
    );
    expect(result?.positionsAreFinite).toBe(true);
  });

  it('is refused by forceLink when a link names a node that is not there, so the check above can fail', () => {
    const dangling = JSON.stringify({
      nodes: [{ id: 'person:a' }],
      links: [{ id: 'LEADS:person:a->person:b', source: 'person:a', target: 'person:b' }],
    });
    const { status, stderr } = runD3Force(dangling);
    expect(status).not.toBe(0);
    expect(stderr).toContain('node not found: person:b');
  });

  it('names nodes and link ends by string ids and keeps fields, properties and truncation', () => {
    const json = JSON.parse(serializeGraphView(NASTY_VIEW, 'd3')) as {
      nodes: Record<string, unknown>[];
      links: Record<string, unknown>[];
      truncated: boolean;
    };
    expect(json.truncated).toBe(true);
    for (const node of json.nodes) expect(typeof node.id).toBe('string');
    for (const link of json.links) expect([typeof link.source, typeof link.target]).toEqual(['string', 'string']);
    expect(json.nodes.find((node) => node.id === CLAIM_ID)).toMatchObject({
      type: 'CLAIM',
      degree: 4,
      quote: NASTY_QUOTE,
    });
    expect(json.nodes.find((node) => node.id === 'person:sean-obrien')).toMatchObject({
      property_id: 'person:sean-o-brien-before-renaming',
    });
    // d3-force reads `x` as a position; the property keeps its value under another name.
    expect(json.nodes.find((node) => node.id === 'place:moscow')).toMatchObject({ property_x: 'a property named x' });
    expect(json.nodes.find((node) => node.id === 'place:moscow')).not.toHaveProperty('x');
    expect(json.links.find((link) => link.type === 'LEADS')).toEqual({
      id: 'LEADS:person:vladimir-putin->organization:kremlin',
      source: 'person:vladimir-putin',
      target: 'organization:kremlin',
      type: 'LEADS',
      title: 'President',
      basis: 'BACKGROUND',
      evidenceSources: [],
      evidenceStarts: [],
      evidenceEnds: [],
      evidenceTexts: [],
      note: BACKGROUND_NOTE,
    });
  });
});
