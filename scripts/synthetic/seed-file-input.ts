import type { z } from 'zod';
import type { seedFileSchema } from '../../src/domain/seed-file-schema';

/** A seed file as written to disk (optional fields may be left out), checked against the real schema. */
export type SeedFileInput = z.input<typeof seedFileSchema>;
