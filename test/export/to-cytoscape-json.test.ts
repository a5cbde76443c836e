import cytoscape from 'cytoscape';
import { serializeGraphView } from '../../src/export/export-formats';
import { CLAIM_ID, EMPTY_VIEW, NASTY_QUOTE, NASTY_TEXT, NASTY_VIEW } from './graph-view-fixture';

/** The export as Cytoscape.js itself loads it, headless, from the serialized text. */
function loadIntoCytoscape(text: string): cytoscape.Core {
  const json = JSON.parse(text) as { elements: cytoscape.ElementsDefinition; data: Record<string, unknown> };
  const cy = cytoscape({ headless: true, elements: json.elements });
  cy.data(json.data);
  return cy;
}

describe('toCytoscapeJson read back by Cytoscape.js', () => {
  it('keeps every node and edge, which proves their ids are unique since Cytoscape drops repeats', () => {
    const cy = loadIntoCytoscape(serializeGraphView(NASTY_VIEW, 'cytoscape'));
    expect(cy.nodes()).toHaveLength(NASTY_VIEW.nodes.length);
    expect(cy.edges()).toHaveLength(NASTY_VIEW.edges.length);
    expect(cy.nodes().map((node) => node.id())).toEqual(NASTY_VIEW.nodes.map((node) => node.id));
    expect(cy.edges().map((edge) => edge.id())).toEqual(NASTY_VIEW.edges.map((edge) => edge.id));
  });

  it('connects every edge to the nodes the view names as its source and target', () => {
    const cy = loadIntoCytoscape(serializeGraphView(NASTY_VIEW, 'cytoscape'));
    for (const edge of NASTY_VIEW.edges) {
      const loaded = cy.getElementById(edge.id);
      expect([loaded.source().id(), loaded.target().id(), loaded.data('type')]).toEqual([
        edge.source,
        edge.target,
        edge.type,
      ]);
    }
  });

  it('puts a node’s fields and properties in its data, with the quote exactly as stored', () => {
    const claim = loadIntoCytoscape(serializeGraphView(NASTY_VIEW, 'cytoscape')).getElementById(CLAIM_ID);
    expect(claim.data()).toEqual({
      id: CLAIM_ID,
      type: 'CLAIM',
      label: NASTY_VIEW.nodes.find((node) => node.id === CLAIM_ID)?.label,
      degree: 4,
      text: NASTY_TEXT,
      quote: NASTY_QUOTE,
      kind: 'QUOTE',
      speakerId: 'person:vladimir-putin',
      speakerName: 'Vladimir Putin',
    });
  });

  it('renames a property named id, source or type instead of letting it replace the element’s own', () => {
    const cy = loadIntoCytoscape(serializeGraphView(NASTY_VIEW, 'cytoscape'));
    const person = cy.getElementById('person:sean-obrien');
    expect(person.isNode()).toBe(true);
    expect(person.data('source')).toBeUndefined();
    expect(person.data()).toMatchObject({
      id: 'person:sean-obrien',
      property_id: 'person:sean-o-brien-before-renaming',
      property_source: 'a property named like an edge end',
    });
    expect(cy.getElementById('organization:kremlin').data()).toMatchObject({
      type: 'ORGANIZATION',
      property_type: 'a property named type',
    });
    const appearance = cy.getElementById('APPEARS_IN:claim:putin-we-will-see->source:wire-1');
    expect(appearance.source().id()).toBe(CLAIM_ID);
    expect(appearance.data()).toMatchObject({ start: 120, end: 188, property_source: 'a property named source' });
  });

  it('states at the top level whether the view was truncated', () => {
    expect(loadIntoCytoscape(serializeGraphView(NASTY_VIEW, 'cytoscape')).data('truncated')).toBe(true);
    expect(loadIntoCytoscape(serializeGraphView(EMPTY_VIEW, 'cytoscape')).data('truncated')).toBe(false);
  });
});
