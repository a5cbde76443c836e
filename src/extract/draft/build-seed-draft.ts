import type { z } from 'zod';
import { foldForm } from '../../domain/fold-form';
import { occursAsWord } from '../../domain/find-mentions';
import type { ReviewEntry, seedFileSchema } from '../../domain/seed-file-schema';
import type { ArticleMeta } from './article-meta-schema';
import type { ExtractedArticle } from '../extracted-article';
import type { EntityLookup } from '../link/entity-index';
import { buildClaimEntries } from './build-claim-entries';
import { describingTitle, leadershipFacts } from './role-facts';
import { resolveEntities, type ResolvedEntity } from './resolve-entities';
import { slugOf } from './slug-of';

/** A draft as written to disk: a seed file in the shape `npm run seed` reads. */
export type SeedDraft = z.input<typeof seedFileSchema>;
type EntityEntry = NonNullable<SeedDraft['people']>[number];
type MentionEntry = Extract<NonNullable<SeedDraft['mentions']>[number], { id: string }>;

export interface DraftOptions {
  /** The article's name (its file name without `.txt`): the source id and the text file come from it. */
  readonly name: string;
  readonly meta: ArticleMeta;
  /** What the graph already knows; linked entities become `mentions`, not new definitions. */
  readonly index: EntityLookup;
}

export interface BuiltDraft {
  readonly draft: SeedDraft;
  readonly quotes: number;
  /** Quotes with no speaker at all: a seed file's quote needs one, so they wait for the rules. */
  readonly quotesWithoutSpeaker: number;
}

/**
 * The seed-file draft of one extracted article, every item marked `review: DRAFT` with the
 * extractor and its confidence. This is the one module that knows the seed-file format: entities
 * the graph has are `mentions` with the forms this text uses; new ones are defined with every
 * form as an alias (forms another entity already owns are left out, so the draft never clashes);
 * a person's appositive titles give `leads` facts or a description; quotes become claims.
 */
export function buildSeedDraft(article: ExtractedArticle, options: DraftOptions): BuiltDraft {
  const sourceSlug = slugOf(options.name);
  const resolved = resolveEntities(article, { index: options.index, sourceSlug });
  const review = (confidence: number, note?: string): ReviewEntry => ({
    status: 'DRAFT',
    extractor: article.engine,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    ...(note === undefined ? {} : { note }),
  });
  const claims = buildClaimEntries(article, { resolved, sourceSlug, review });
  const entries = (type: ResolvedEntity['entity']['type']) =>
    resolved.entities
      .filter((r) => r.link.kind === 'new' && r.entity.type === type)
      .map((r) => newEntityEntry(r, { article, options, resolved: resolved.entities, review }));
  const draft: SeedDraft = {
    source: {
      id: `source:${sourceSlug}`,
      title: options.meta.title ?? headlineOf(article),
      ...sourceFields(options.meta),
      textFile: `${options.name}.txt`,
    },
    people: entries('PERSON'),
    organizations: entries('ORGANIZATION'),
    places: entries('PLACE'),
    claims: claims.entries,
    mentions: linkedMentions(resolved.entities, { text: article.text, review }),
  };
  return { draft, quotes: claims.entries.length, quotesWithoutSpeaker: claims.withoutSpeaker };
}

function sourceFields({ publisher, published, language, url, note }: ArticleMeta) {
  return {
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
    language: language ?? 'en',
    ...(url === undefined ? {} : { url }),
    ...(note === undefined ? {} : { note }),
  };
}

/** The first line is the headline when nothing else gives a title. */
function headlineOf(article: ExtractedArticle): string {
  const line = article.headline?.text ?? article.text.split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.trim().slice(0, 300);
}

type Review = (confidence: number, note?: string) => ReviewEntry;

function newEntityEntry(
  { entity, id, link }: ResolvedEntity,
  context: { article: ExtractedArticle; options: DraftOptions; resolved: readonly ResolvedEntity[]; review: Review },
): EntityEntry {
  const { article, options, review } = context;
  const ownedElsewhere = (form: string) => options.index.idsByForm(entity.type, form).some((other) => other !== id);
  const nameKey = foldForm(entity.name);
  const aliases = uniqueForms(entity.mentions.map((mention) => mention.text)).filter(
    (form) => foldForm(form) !== nameKey && occursAsWord(article.text, form) && !ownedElsewhere(form),
  );
  const candidates = link.kind === 'new' ? link.candidates : [];
  const note =
    candidates.length > 0
      ? `ambiguous name: could be ${candidates.join(', ')}; kept apart until a reviewer decides`
      : undefined;
  const name = ownedElsewhere(entity.name) ? `${entity.name} (${slugOf(options.name)})` : entity.name;
  const base = { id, name, aliases, review: review(entity.confidence, note) };
  if (entity.type !== 'PERSON') return base;
  const facts = leadershipFacts(entity, { text: article.text, entities: context.resolved });
  const description = describingTitle(entity, facts);
  return {
    ...base,
    ...(description === undefined ? {} : { description }),
    leads: facts.map((fact) => ({
      id: fact.targetId,
      title: fact.title,
      evidence: [fact.evidence],
      review: review(entity.confidence, 'leadership from an appositive title'),
    })),
  };
}

/** Entities the graph already has, with the forms this text uses for them (merged per id). */
function linkedMentions(
  resolved: readonly ResolvedEntity[],
  { text, review }: { text: string; review: Review },
): MentionEntry[] {
  const byId = new Map<string, { forms: string[]; confidence: number; notes: string[] }>();
  for (const { entity, id, link } of resolved) {
    if (link.kind !== 'linked') continue;
    const entry = byId.get(id) ?? { forms: [], confidence: 1, notes: [] };
    entry.forms.push(...entity.mentions.map((mention) => mention.text).filter((form) => occursAsWord(text, form)));
    entry.confidence = Math.min(entry.confidence, link.confidence * entity.confidence);
    entry.notes.push(`"${entity.name}" linked by rule ${link.rule}`);
    byId.set(id, entry);
  }
  return [...byId].map(([id, { forms, confidence, notes }]) => ({
    id,
    forms: uniqueForms(forms),
    review: review(confidence, notes.join('; ')),
  }));
}

/** Forms once each, in order of first use (exact spelling kept; only identical strings merge). */
function uniqueForms(forms: readonly string[]): string[] {
  return [...new Set(forms.map((form) => form.trim()).filter((form) => form.length > 0))];
}
