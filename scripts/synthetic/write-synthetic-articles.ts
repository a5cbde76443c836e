import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSyntheticArticle, type SyntheticArticle } from './generate-synthetic-article';
import type { SeedFileInput } from './seed-file-input';
import { buildHubsFile, listSyntheticHubs } from './synthetic-hubs';

/** What a generated folder holds; also written to its `manifest.txt` (not `.json`: the loader reads every `.json`). */
export interface SyntheticRunSummary {
  /** GENERATOR_VERSION of the run: a cached folder of another version is stale. */
  readonly version: number;
  readonly articles: number;
  readonly seed: number;
  readonly files: number;
  /** Nodes the folder loads into (sources, people, organizations, places, events, claims). */
  readonly nodes: number;
  /** Of `nodes`, those of hubs.json (its source and the hubs). */
  readonly hubNodes: number;
  /** Relationships it loads into, counted as the loader derives them. */
  readonly relationships: number;
  readonly bytes: number;
}

export const MANIFEST_FILE = 'manifest.txt';
/** Bump whenever a change to the generator changes its output, so cached folders are remade. */
export const GENERATOR_VERSION = 1;
const GENERATED_FILE = /^(article-\d+\.(json|txt)|hubs\.(json|txt)|manifest\.txt)$/;

/** What to generate, and where. */
export interface SyntheticRunRequest {
  /** Folder to write into; created if missing. */
  readonly folder: string;
  /** How many articles, a whole number of at least 1. */
  readonly articles: number;
  /** Run seed: the same (articles, seed) always writes the same files. */
  readonly seed: number;
  /** Called after every thousandth article; nothing by default. */
  readonly progress?: (done: number) => void;
}

/**
 * Writes `hubs.json` and `articles` synthetic articles (`article-000001.json` + `.txt`, ...)
 * into `folder`, one article at a time so memory stays flat, replacing files of an earlier
 * run there. The manifest is written last: a folder without one is an interrupted run.
 */
export function writeSyntheticArticles({
  folder,
  articles,
  seed,
  progress = () => undefined,
}: SyntheticRunRequest): SyntheticRunSummary {
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`articles must be a whole number of at least 1, but got ${articles}`);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (GENERATED_FILE.test(name)) rmSync(path.join(folder, name));

  const hubs = listSyntheticHubs();
  const hubsFile = buildHubsFile(hubs);
  let bytes = write(folder, { stem: 'hubs', json: hubsFile.json, text: hubsFile.text });
  const hubNodes = countNodes(hubsFile.json);
  let nodes = hubNodes;
  let relationships = countRelationships(hubsFile.json);
  for (let number = 1; number <= articles; number += 1) {
    const article = generateSyntheticArticle(number, seed, hubs);
    bytes += write(folder, article);
    nodes += countNodes(article.json);
    relationships += countRelationships(article.json);
    if (number % 1000 === 0) progress(number);
  }
  const summary: SyntheticRunSummary = {
    version: GENERATOR_VERSION,
    articles,
    seed,
    files: articles + 1,
    nodes,
    hubNodes,
    relationships,
    bytes,
  };
  writeFileSync(path.join(folder, MANIFEST_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** The summary of a complete earlier run in `folder`, or null when there is none. */
export function readSyntheticRunSummary(folder: string): SyntheticRunSummary | null {
  const file = path.join(folder, MANIFEST_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SyntheticRunSummary) : null;
}

function write(folder: string, { stem, json, text }: SyntheticArticle): number {
  const body = JSON.stringify(json);
  writeFileSync(path.join(folder, `${stem}.json`), body);
  writeFileSync(path.join(folder, `${stem}.txt`), text);
  return Buffer.byteLength(body) + Buffer.byteLength(text);
}

function countNodes(file: SeedFileInput): number {
  return (
    1 +
    (file.people?.length ?? 0) +
    (file.organizations?.length ?? 0) +
    (file.places?.length ?? 0) +
    (file.events?.length ?? 0) +
    (file.claims?.length ?? 0)
  );
}

const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The relationships the loader derives from one file (see seed/validate-seed-files.ts). */
function countRelationships(file: SeedFileInput): number {
  const mentioned = new Set<string>(file.mentions ?? []);
  let count = 0;
  for (const person of file.people ?? []) {
    mentioned.add(person.id);
    count += person.leads?.length ?? 0;
  }
  for (const organization of file.organizations ?? []) {
    mentioned.add(organization.id);
    count += listOf(organization.basedIn).length;
  }
  for (const place of file.places ?? []) {
    mentioned.add(place.id);
    count += listOf(place.partOf).length;
  }
  for (const event of file.events ?? []) {
    mentioned.add(event.id);
    for (const participant of event.participants ?? []) mentioned.add(participant.id);
    for (const place of event.places ?? []) mentioned.add(place);
    count += (event.participants?.length ?? 0) + (event.places?.length ?? 0) + listOf(event.partOf).length;
  }
  for (const claim of file.claims ?? []) {
    if (claim.speaker !== undefined) mentioned.add(claim.speaker);
    for (const subject of claim.about) mentioned.add(subject);
    count +=
      (claim.speaker === undefined ? 0 : 1) +
      claim.about.length +
      1 +
      (claim.disputes?.length ?? 0) +
      (claim.supports?.length ?? 0);
  }
  return count + mentioned.size;
}
