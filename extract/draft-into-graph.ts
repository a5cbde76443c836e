import type { Config } from '../src/config/load-config';
import { articleMetaSchema } from '../src/extract/draft/article-meta-schema';
import { buildSeedDraft } from '../src/extract/draft/build-seed-draft';
import { slugOf } from '../src/extract/draft/slug-of';
import { createArticleExtractor } from '../src/extract/batch/create-article-extractor';
import { EngineError, type EngineFailure } from '../src/extract/engine/engine-error';
import { EntityIndex } from '../src/extract/link/entity-index';
import type { GraphDatabase } from '../src/graph/graph-database';
import type { AddSourceInput } from '../src/graph/write/curation-inputs';
import type { ArticleDrafter, DraftOutcome } from '../src/graphql/context/article-drafter';
import { loadSeed } from '../seed/load-seed';
import { existingIdLookup } from '../seed/prepare-load';
import { knownEntitiesIn } from './read-graph-knowledge';

const SOURCE_ID = /^source:[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ENGINE_FAILURE: Readonly<Record<EngineFailure, string>> = {
  unreachable: 'could not be reached',
  'timed-out': 'did not finish the article in time',
  'bad-answer': 'gave an answer the extractor could not read',
};

/**
 * The drafter behind `extractArticle`: the same steps as `npm run extract` followed by
 * `npm run seed`, for one pasted article and without files. The input is checked first (text,
 * size, source fields, a free source id); then the engine reads the text, the draft is linked to
 * the entities the graph holds now, and the seed loader validates and writes it in one
 * transaction under the editor's subject. Any refusal writes nothing.
 */
export function createGraphDrafter(config: Config, database: GraphDatabase): ArticleDrafter {
  const extract = createArticleExtractor(config.coreNlp);
  return async (subject, input) => {
    const checked = await checkInput(input, config.extract.maxArticleBytes, database);
    if (checked.kind === 'refused') return checked;
    let article;
    try {
      article = await extract(input.text);
    } catch (error: unknown) {
      if (!(error instanceof EngineError)) throw error;
      return {
        kind: 'engine-failed',
        message: `The NLP engine ${ENGINE_FAILURE[error.failure]}; nothing was written. Try again, or have an operator check it (npm run nlp:status).`,
      };
    }
    const index = new EntityIndex(await knownEntitiesIn(database));
    const built = buildSeedDraft(article, { name: checked.name, meta: checked.meta, index });
    const textFile = `${checked.name}.txt`;
    const loaded = await loadSeed(
      database,
      [
        {
          name: `${checked.name}.json`,
          json: JSON.stringify(built.draft),
          readRelative: (file) => (file === textFile ? input.text : null),
        },
      ],
      { subject },
    );
    if (loaded.kind === 'invalid') return { kind: 'refused', message: loaded.problems.join('; ') };
    const { people = [], organizations = [], places = [], claims = [] } = built.draft;
    return {
      kind: 'drafted',
      sourceId: checked.sourceId,
      claims: claims.length,
      entities: people.length + organizations.length + places.length,
      quotesWithoutSpeaker: built.quotesWithoutSpeaker,
    };
  };
}

type CheckedInput =
  | { kind: 'ok'; sourceId: string; name: string; meta: ReturnType<typeof articleMetaSchema.parse> }
  | Extract<DraftOutcome, { kind: 'refused' }>;

/** What `npm run extract` refuses in a file, refused here by field name, and a source id already taken. */
async function checkInput(input: AddSourceInput, maxBytes: number, database: GraphDatabase): Promise<CheckedInput> {
  const refuse = (message: string): CheckedInput => ({ kind: 'refused', message });
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (input.text.trim().length === 0) return refuse('input.text: the article text is empty');
  if (bytes > maxBytes) return refuse(`input.text: ${bytes} bytes, over the limit of ${maxBytes} bytes`);
  const nul = input.text.indexOf('\u0000');
  if (nul !== -1) return refuse(`input.text: binary, not a text (a NUL character at ${nul})`);
  const fields = Object.fromEntries(
    (['title', 'publisher', 'published', 'url', 'language', 'note'] as const)
      .filter((key) => input[key] !== null && input[key] !== undefined)
      .map((key) => [key, input[key]]),
  );
  const meta = articleMetaSchema.safeParse(fields);
  if (!meta.success)
    return refuse(meta.error.issues.map((issue) => `input.${issue.path.join('.')}: ${issue.message}`).join('; '));
  const sourceId = input.id ?? `source:${slugOf(input.title)}`;
  if (!SOURCE_ID.test(sourceId))
    return refuse(`input.id: ${JSON.stringify(sourceId)} is not a source id such as "source:harbour-talks"`);
  const taken = await existingIdLookup(database, false)([sourceId]);
  if (!(taken instanceof Map))
    return refuse('the database did not answer, so the source id could not be checked; nothing was written');
  if (taken.has(sourceId))
    return refuse(
      `input.id: ${sourceId} already exists; its drafts are in the review queue. Give the new article another id or title.`,
    );
  return { kind: 'ok', sourceId, name: sourceId.slice('source:'.length), meta: meta.data };
}
