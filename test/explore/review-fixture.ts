import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HARBOUR_ARTICLE } from '../extract/harbour-article';

/**
 * Drafts as the extractor writes them (a seed file whose items carry `review: DRAFT`), written
 * by hand so the browser test knows each one: the first gives Councillor Lopez's words to Peter
 * Grant, the mistake an editor must fix.
 */
export const REVIEW_SOURCE = 'source:northport-harbour-review';
export const MISATTRIBUTED = 'claim:harbour-scheme-will-cost-more';
export const CHAMBER_QUOTE = 'claim:chamber-members-depend-on-harbour';
export const GRANT_QUOTE = 'claim:grant-harbour-neglected';
export const LOPEZ = 'person:maria-lopez';
export const GRANT = 'person:peter-grant';
export const FIRST_EVIDENCE = '"This scheme will cost far more than anyone admits," said Councillor Maria Lopez';

const review = (confidence: number, note?: string) => ({
  status: 'DRAFT',
  extractor: 'corenlp-4.5.10+rules-test',
  confidence,
  ...(note === undefined ? {} : { note }),
});

const DRAFT_FILE = {
  source: {
    id: REVIEW_SOURCE,
    title: "Harbour plan 'too costly'",
    publisher: 'Northport Gazette',
    published: '2025-05-02',
    textFile: 'northport-harbour-review.txt',
  },
  people: [
    { id: LOPEZ, name: 'Maria Lopez', aliases: ['Maria Lopez', 'Ms Lopez'], review: review(0.9) },
    { id: GRANT, name: 'Peter Grant', aliases: ['Peter Grant'], review: review(0.9) },
  ],
  organizations: [
    {
      id: 'organization:northport-chamber-of-commerce',
      name: 'Northport Chamber of Commerce',
      aliases: ['Northport Chamber of Commerce'],
      review: review(0.8),
    },
  ],
  claims: [
    {
      id: MISATTRIBUTED,
      kind: 'quote',
      speaker: GRANT,
      text: 'The harbour scheme will cost far more than anyone admits.',
      evidence: FIRST_EVIDENCE,
      quote: 'This scheme will cost far more than anyone admits,',
      about: ['organization:northport-chamber-of-commerce'],
      review: review(0.41, 'Speaker chosen by the nearest-name fallback.'),
    },
    {
      id: CHAMBER_QUOTE,
      kind: 'quote',
      speaker: 'organization:northport-chamber-of-commerce',
      text: 'Chamber members depend on the harbour for their living.',
      evidence: '"Our members depend on the harbour for their living," she said.',
      quote: 'Our members depend on the harbour for their living,',
      about: ['organization:northport-chamber-of-commerce'],
      review: review(0.7),
    },
    {
      id: GRANT_QUOTE,
      kind: 'quote',
      speaker: GRANT,
      text: 'The harbour has been neglected for twenty years.',
      evidence: '"The harbour has been neglected for twenty years," he said',
      quote: 'The harbour has been neglected for twenty years,',
      about: [GRANT],
      review: review(0.86),
    },
  ],
};

/** A folder holding the draft file and its text, for `loadSeedPaths` beside the real seed. */
export function writeReviewDrafts(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'review-ui-drafts-'));
  writeFileSync(path.join(folder, 'northport-harbour-review.txt'), HARBOUR_ARTICLE);
  writeFileSync(path.join(folder, 'northport-harbour-review.json'), JSON.stringify(DRAFT_FILE, null, 2));
  return folder;
}
