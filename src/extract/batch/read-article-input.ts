import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeIssue, formatPath } from '../../domain/describe-issue';
import { ArticleInputError } from './article-input-error';
import { articleMetaSchema, type ArticleMeta } from '../draft/article-meta-schema';
import { firstInvalidUtf8Byte } from './first-invalid-utf8-byte';

/** One article, read and checked, ready for the engine. */
export interface ArticleInput {
  /** The text file as given on the command line (or found in a folder). */
  readonly file: string;
  /** The file name without `.txt`: the draft is `<name>.json`, its text copy `<name>.txt`. */
  readonly name: string;
  readonly text: string;
  /** The sidecar's fields, overridden by those given on the command line. */
  readonly meta: ArticleMeta;
  /** SHA-256 of the text and the source fields: a draft made from the same hash is up to date. */
  readonly contentHash: string;
}

export interface ReadArticleOptions {
  readonly maxBytes: number;
  /** Source fields from the command line; they win over the sidecar's. */
  readonly overrides: ArticleMeta;
}

/**
 * Reads one article and its sidecar `<name>.meta.json`, refusing (with an `ArticleInputError`
 * naming the file) what the engine should never see: a text over `maxBytes`, an empty or blank
 * one, a binary file (a NUL byte), bytes that are not UTF-8, and a sidecar that is not valid
 * JSON or fails the schema. A leading byte-order mark is dropped; nothing else is changed.
 */
export function readArticleInput(file: string, options: ReadArticleOptions): ArticleInput {
  const size = statSync(file).size;
  if (size > options.maxBytes)
    throw new ArticleInputError(
      file,
      `is ${size} bytes, over the limit of ${options.maxBytes} bytes (EXTRACT_MAX_ARTICLE_BYTES)`,
    );
  const bytes = readFileSync(file);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ArticleInputError(file, `is binary, not a text (a NUL byte at byte ${nul})`);
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== null)
    throw new ArticleInputError(
      file,
      `is not UTF-8 text (byte ${invalid} is 0x${(bytes[invalid] as number).toString(16)}); convert it, e.g. with iconv -f latin1 -t utf-8`,
    );
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim().length === 0) throw new ArticleInputError(file, 'is empty');
  const meta = { ...readSidecar(file), ...options.overrides };
  const contentHash = createHash('sha256').update(text).update('\u0000').update(JSON.stringify(meta)).digest('hex');
  return { file, name: path.basename(file).replace(/\.txt$/i, ''), text, meta, contentHash };
}

/** The path of the sidecar of `file`: `story.txt` → `story.meta.json`. */
export function sidecarOf(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file).replace(/\.txt$/i, '')}.meta.json`);
}

function readSidecar(file: string): ArticleMeta {
  const sidecar = sidecarOf(file);
  if (!existsSync(sidecar)) return {};
  const where = path.basename(sidecar);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (error: unknown) {
    throw new ArticleInputError(
      file,
      `${where} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = articleMetaSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
  throw new ArticleInputError(file, `${where}: ${problems.join('; ')}`);
}
