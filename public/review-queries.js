/**
 * The GraphQL operations of the review queue, each wrapped in a function that returns plain data.
 * Every read names the DRAFT status, which is what lets the server show drafts (to an editor's
 * token only: FORBIDDEN otherwise), throughout that root field: the draft's speaker, its subjects
 * and its source are drafts too, usually.
 */
import { requestGraphQL } from './graphql-client.js';

/**
 * @typedef {{ id: string, name: string, type: string }} NamedNode
 * @typedef {{ id: string, title: string, publisher: string | null, published: string | null }} DraftSource
 * @typedef {{ start: number, end: number, text: string, source: DraftSource }} DraftEvidence
 * @typedef {{ status: string, extractor: string, confidence: number, note: string | null }} DraftReview
 * @typedef {{ id: string, version: number, text: string, quote: string | null, kind: string,
 *   speaker: NamedNode | null, about: NamedNode[], review: DraftReview, evidence: DraftEvidence[] }} Draft
 * @typedef {{ id: string, title: string, text: string }} SourceText
 * @typedef {{ source: { id: string, title: string }, claims: number, entities: number,
 *   quotesWithoutSpeaker: number }} ExtractedArticle
 */

const DRAFTS = '{ status: { in: [DRAFT] } }';
const PAGE_SIZE = 100;

const NAMED =
  '__typename ... on Person { id name } ... on Organization { id name } ... on Place { id name } ... on Event { id name }';

const AGENT = '__typename ... on Person { id name } ... on Organization { id name }';

const DRAFT_FIELDS = `id version text quote kind
  speaker { ${AGENT} }
  about { ${NAMED} }
  review { status extractor confidence note }
  evidence { start end text source { id title publisher published } }`;

const QUEUE = `query ReviewQueue($first: Int, $after: String) {
  claims(where: { review: ${DRAFTS} }, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${DRAFT_FIELDS} } }
  }
}`;

const ONE_DRAFT = `query ReviewDraft($id: ID!) {
  claims(where: { id: { eq: $id }, review: ${DRAFTS} }, first: 1) { edges { node { ${DRAFT_FIELDS} } } }
}`;

const DRAFT_SOURCE_TEXT = `query DraftSourceText($id: ID!) {
  claims(where: { id: { eq: $id }, review: ${DRAFTS} }, first: 1) {
    edges { node { evidence { source { id title text } } } }
  }
}`;

// Readers' nodes and drafts are two searches: a review filter keeps only items with that mark.
const SUGGESTIONS = `query ReviewSuggestions($text: String!, $types: [NodeType!], $first: Int) {
  published: search(text: $text, types: $types, first: $first) { node { ${NAMED} } }
  drafts: search(text: $text, types: $types, review: ${DRAFTS}, first: $first) { node { ${NAMED} } }
}`;

const ACCEPT = `mutation AcceptDraft($id: ID!, $expectedVersion: Int!) {
  acceptClaim(id: $id, expectedVersion: $expectedVersion) { claim { id } }
}`;

const REJECT = `mutation RejectDraft($id: ID!, $reason: String!, $expectedVersion: Int!) {
  retractClaim(id: $id, reason: $reason, expectedVersion: $expectedVersion) { claim { id } }
}`;

const CORRECT = `mutation CorrectDraft($id: ID!, $expectedVersion: Int!, $input: UpdateClaimInput!) {
  updateClaim(id: $id, expectedVersion: $expectedVersion, input: $input) { claim { id } }
}`;

const EXTRACT = `mutation ExtractArticle($input: AddSourceInput!) {
  extractArticle(input: $input) { source { id title } claims entities quotesWithoutSpeaker }
}`;

/**
 * A node as the search and the draft fields give it, with its type as the graph names it.
 * @param {Record<string, any>} node
 * @returns {NamedNode}
 */
function toNamedNode(node) {
  return { id: node.id, name: node.name ?? node.id, type: String(node.__typename).toUpperCase() };
}

/**
 * @param {Record<string, any>} claim
 * @returns {Draft}
 */
function toDraft(claim) {
  return /** @type {Draft} */ ({
    ...claim,
    speaker: claim.speaker === null ? null : toNamedNode(claim.speaker),
    about: claim.about.map(toNamedNode),
  });
}

/**
 * Every draft claim not yet rejected, a page at a time (the server bounds the page size).
 * @returns {Promise<Draft[]>}
 */
export async function fetchDraftQueue() {
  /** @type {Draft[]} */
  const drafts = [];
  let after = null;
  for (;;) {
    /** @type {{ claims: { edges: { node: Record<string, any> }[], pageInfo: { hasNextPage: boolean, endCursor: string | null } } }} */
    const data = await requestGraphQL(QUEUE, { first: PAGE_SIZE, after });
    drafts.push(...data.claims.edges.map((edge) => toDraft(edge.node)));
    if (!data.claims.pageInfo.hasNextPage) return drafts;
    after = data.claims.pageInfo.endCursor;
  }
}

/**
 * One draft as it is now, or null when it is no draft any more (accepted or rejected meanwhile).
 * @param {string} id
 * @returns {Promise<Draft | null>}
 */
export async function fetchDraft(id) {
  /** @type {{ claims: { edges: { node: Record<string, any> }[] } }} */
  const data = await requestGraphQL(ONE_DRAFT, { id });
  const node = data.claims.edges[0]?.node;
  return node === undefined ? null : toDraft(node);
}

/** Source texts are large and never change: each is read once. */
const sourceTextCache = new Map();

/**
 * The text of the source a draft's evidence lies in (itself a draft source, which only a query
 * for drafts can read); null when the draft has no evidence.
 * @param {Draft} draft
 * @returns {Promise<SourceText | null>}
 */
export async function fetchDraftSourceText(draft) {
  const sourceId = draft.evidence[0]?.source.id;
  if (sourceId === undefined) return null;
  if (!sourceTextCache.has(sourceId)) {
    /** @type {{ claims: { edges: { node: { evidence: { source: SourceText }[] } }[] } }} */
    const data = await requestGraphQL(DRAFT_SOURCE_TEXT, { id: draft.id });
    for (const evidence of data.claims.edges[0]?.node.evidence ?? [])
      sourceTextCache.set(evidence.source.id, evidence.source);
  }
  return sourceTextCache.get(sourceId) ?? null;
}

/**
 * People and organizations (or any `types`) matching `text`, readers' first, then drafts, each
 * once: a draft's speaker is often a draft person the same article introduced.
 * @param {string} text
 * @param {string[]} types
 * @param {number} first
 * @returns {Promise<NamedNode[]>}
 */
export async function suggestNodes(text, types, first) {
  /** @type {{ published: { node: Record<string, any> }[], drafts: { node: Record<string, any> }[] }} */
  const data = await requestGraphQL(SUGGESTIONS, { text, types, first });
  const seen = new Set();
  return [...data.published, ...data.drafts]
    .map((hit) => toNamedNode(hit.node))
    .filter((node) => !seen.has(node.id) && seen.add(node.id));
}

/**
 * Publishes a draft with what it needs (its speaker, subjects and source).
 * @param {Draft} draft
 */
export async function acceptDraft(draft) {
  await requestGraphQL(ACCEPT, { id: draft.id, expectedVersion: draft.version });
}

/**
 * Rejects a draft: it is retracted, so it stays in the graph, marked, and leaves the queue.
 * @param {Draft} draft
 * @param {string} reason
 */
export async function rejectDraft(draft, reason) {
  await requestGraphQL(REJECT, { id: draft.id, reason, expectedVersion: draft.version });
}

/**
 * Corrects a draft's speaker, subjects or statement; it stays a draft.
 * @param {Draft} draft
 * @param {{ speakerId?: string | null, aboutIds?: string[], text?: string }} input
 */
export async function correctDraft(draft, input) {
  await requestGraphQL(CORRECT, { id: draft.id, expectedVersion: draft.version, input });
}

/**
 * Adds an article and extracts its drafts on the server (editor role).
 * @param {{ title: string, publisher?: string, published?: string, text: string }} input
 * @returns {Promise<ExtractedArticle>}
 */
export async function extractArticle(input) {
  /** @type {{ extractArticle: ExtractedArticle }} */
  const data = await requestGraphQL(EXTRACT, { input });
  return data.extractArticle;
}
