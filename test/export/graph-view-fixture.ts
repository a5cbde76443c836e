import type { GraphView, GraphViewEdge } from '../../src/graph/graph-view';
import { edgeIdOf } from '../../src/graph/graph-view';
import type { RelationshipType } from '../../src/graph/graph-model';

/** Text with every character that trips XML and JSON writers: typographic quotes, markup, a line break. */
export const NASTY_QUOTE = '“We’ll see” — Smith & Sons said <never> "again"\nand the AT&amp;T &nbsp; line';
export const NASTY_TEXT = `Putin said: ${NASTY_QUOTE}\r\n\tthe end.`;
/** A description with characters XML 1.0 forbids (BEL, NUL); the XML formats drop them. */
export const DESCRIPTION_WITH_CONTROL_CHARACTERS = 'Bell\u0007 and nul\u0000 inside';

/** An edge with the id the graph layer would give it; no properties unless given. */
function edge({
  type,
  source,
  target,
  properties = {},
}: {
  type: RelationshipType;
  source: string;
  target: string;
  properties?: Record<string, unknown>;
}): GraphViewEdge {
  return { id: edgeIdOf(type, source, target), type, source, target, properties };
}

/**
 * A small view with a node of every type and most things that can go wrong when writing one:
 * an event with dates and one without, a claim whose text has quotes, markup and line breaks,
 * lists, nulls, a long integer, a boolean, properties named like the formats' reserved fields
 * (`id`, `source`, `type`, `x`), claims whose `id` property repeats their id as stored ones do,
 * every relationship type with its properties, and two edges of different types joining the
 * same ordered pair of nodes.
 */
export const NASTY_VIEW: GraphView = {
  truncated: true,
  nodes: [
    {
      id: 'person:vladimir-putin',
      type: 'PERSON',
      label: 'Vladimir Putin',
      degree: 7,
      properties: {
        name: 'Vladimir Putin',
        aliases: ['Putin', 'Владимир Путин', 'V. "VVP" Putin, Jr.'],
        description: DESCRIPTION_WITH_CONTROL_CHARACTERS,
      },
    },
    {
      id: 'person:sean-obrien',
      type: 'PERSON',
      label: 'Seán O’Brien',
      degree: 1,
      properties: {
        id: 'person:sean-o-brien-before-renaming',
        name: 'Seán O’Brien',
        aliases: [],
        description: null,
        source: 'a property named like an edge end',
      },
    },
    {
      id: 'organization:kremlin',
      type: 'ORGANIZATION',
      label: 'Kremlin',
      degree: 3,
      properties: { name: 'Kremlin', aliases: ['Moscow Kremlin'], type: 'a property named type' },
    },
    {
      id: 'place:moscow',
      type: 'PLACE',
      label: 'Moscow',
      degree: 4,
      properties: {
        name: 'Moscow',
        aliases: ['Москва'],
        kind: 'CITY',
        latitude: 55.7558,
        longitude: 37.6173,
        x: 'a property named x',
      },
    },
    {
      id: 'event:summit',
      type: 'EVENT',
      label: 'Summit',
      degree: 6,
      properties: {
        name: 'Summit',
        kind: 'MEETING',
        status: 'HAPPENED',
        date: '2024-03-01',
        endDate: '2024-03-03',
        datePrecision: 'DAY',
        startsOn: '2024-03-01',
        endsOn: '2024-03-03',
      },
    },
    {
      id: 'event:talks',
      type: 'EVENT',
      label: 'Talks',
      degree: 1,
      properties: {
        name: 'Talks',
        kind: 'NEGOTIATION',
        status: 'PLANNED',
        date: null,
        endDate: null,
        datePrecision: null,
        startsOn: null,
        endsOn: null,
      },
    },
    {
      id: 'claim:putin-we-will-see',
      type: 'CLAIM',
      label: 'Putin said: “We’ll see” — Smith & Sons said <never> "again"\nand…',
      degree: 4,
      properties: {
        id: 'claim:putin-we-will-see',
        text: NASTY_TEXT,
        quote: NASTY_QUOTE,
        kind: 'QUOTE',
        speakerId: 'person:vladimir-putin',
        speakerName: 'Vladimir Putin',
      },
    },
    {
      id: 'claim:narration',
      type: 'CLAIM',
      label: 'The summit ended without a statement.',
      degree: 2,
      properties: {
        id: 'claim:narration',
        text: 'The summit ended without a statement.',
        quote: null,
        kind: 'NARRATION',
        speakerId: null,
        speakerName: null,
      },
    },
    {
      id: 'source:wire-1',
      type: 'SOURCE',
      label: 'Reuters & AP: ‘Summit’ <live>',
      degree: 5,
      properties: {
        title: 'Reuters & AP: ‘Summit’ <live>',
        url: 'https://example.com/story?id=1&lang=en',
        published: '2024-03-02',
        characterCount: 5_000_000_000,
        paywalled: false,
      },
    },
  ],
  edges: [
    edge({
      type: 'PARTICIPATED_IN',
      source: 'person:vladimir-putin',
      target: 'event:summit',
      properties: { role: 'host' },
    }),
    edge({ type: 'PARTICIPATED_IN', source: 'person:sean-obrien', target: 'event:summit', properties: { role: null } }),
    edge({
      type: 'PARTICIPATED_IN',
      source: 'organization:kremlin',
      target: 'event:talks',
      properties: { role: 'organizer' },
    }),
    edge({ type: 'OCCURRED_AT', source: 'event:summit', target: 'place:moscow' }),
    edge({ type: 'PART_OF', source: 'event:summit', target: 'place:moscow' }),
    edge({ type: 'STATED', source: 'person:vladimir-putin', target: 'claim:putin-we-will-see' }),
    edge({ type: 'ABOUT', source: 'claim:putin-we-will-see', target: 'event:summit' }),
    edge({
      type: 'APPEARS_IN',
      source: 'claim:putin-we-will-see',
      target: 'source:wire-1',
      properties: {
        start: 120,
        end: 188,
        text: NASTY_QUOTE,
        source: 'a property named source',
      },
    }),
    edge({
      type: 'APPEARS_IN',
      source: 'claim:narration',
      target: 'source:wire-1',
      properties: {
        start: 0,
        end: 37,
        text: 'The summit ended without a statement.',
      },
    }),
    edge({ type: 'MENTIONED_IN', source: 'person:vladimir-putin', target: 'source:wire-1' }),
    edge({
      type: 'LEADS',
      source: 'person:vladimir-putin',
      target: 'organization:kremlin',
      properties: { title: 'President' },
    }),
    edge({ type: 'BASED_IN', source: 'organization:kremlin', target: 'place:moscow' }),
    edge({ type: 'DISPUTES', source: 'claim:narration', target: 'claim:putin-we-will-see' }),
    edge({ type: 'SUPPORTS', source: 'claim:putin-we-will-see', target: 'claim:narration' }),
  ],
};

export const EMPTY_VIEW: GraphView = { nodes: [], edges: [], truncated: false };

/** The fixture's claim with the nasty quote, and its dated and undated events, by id. */
export const CLAIM_ID = 'claim:putin-we-will-see';
export const DATED_EVENT_ID = 'event:summit';
export const UNDATED_EVENT_ID = 'event:talks';
