import { z } from 'zod';
import { precisionOf } from '../../domain/partial-dates';
import { partialDate } from '../../domain/seed-file-schema';

const field = z.string().trim().min(1, { message: 'must not be empty' });

/**
 * The source fields of one article, as a sidecar `X.meta.json` beside `X.txt` gives them (the
 * shape of `../shared/articles/*.meta.json`) or the command line does. Every field is optional:
 * without a title, the text's first line is the headline.
 */
export const articleMetaSchema = z
  .object({
    title: field.regex(/^[^\n]*$/, { message: 'must be one line' }).optional(),
    publisher: field.optional(),
    // Checked here, not only by the loader: a 13th month must fail before the engine's work, not after.
    published: partialDate
      .refine((date) => precisionOf(date) !== null, { message: 'is not a calendar date' })
      .optional(),
    url: z.string().url({ message: 'must be an absolute URL such as https://example.org/story' }).optional(),
    language: field.optional(),
    note: field.optional(),
  })
  .strict();

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
