import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';

export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/** The SDL of every `schema/*.graphql` file, parsed (and so checked) with graphql-tag. */
export function loadTypeDefs(directory = SCHEMA_DIR): DocumentNode {
  const sdl = readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(directory, name), 'utf8'))
    .join('\n');
  return gql(sdl);
}
