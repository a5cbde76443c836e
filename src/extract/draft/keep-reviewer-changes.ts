import { createHash } from 'node:crypto';
import type { SeedDraft } from './build-seed-draft';

/** What re-extraction must not undo: the draft as a reviewer left it, and what the graph says. */
export interface ReviewerGuard {
  /** The draft file as it is on disk now, or null when there is none. */
  readonly previous: SeedDraft | null;
  /** Fingerprints of the items the extractor wrote last time (`fingerprintItems`). */
  readonly generated: Readonly<Record<string, string>>;
  /** Ids the graph holds as accepted or edited (curated) by a reviewer. */
  readonly reviewedInGraph: ReadonlySet<string>;
}

const SECTIONS = ['people', 'organizations', 'places', 'claims', 'mentions'] as const;
type Section = (typeof SECTIONS)[number];
type Item = { readonly id: string } & Record<string, unknown>;

/** SHA-256 of each item of a draft, by `section:id` (and `source`): what the extractor wrote. */
export function fingerprintItems(draft: SeedDraft): Record<string, string> {
  const prints: Record<string, string> = { source: fingerprint(draft.source) };
  for (const section of SECTIONS)
    for (const item of itemsOf(draft, section)) prints[`${section}:${item.id}`] = fingerprint(item);
  return prints;
}

/**
 * The new draft with every reviewer's decision of the previous one kept. An item of the previous
 * draft is the reviewer's when its mark is no longer `DRAFT` (accepted, or the mark removed), when
 * it differs from what the extractor wrote (edited), when the extractor never wrote it (added by
 * hand), or when the graph says it was accepted or edited: such an item is kept exactly as it is,
 * in place of what extraction now gives, even when extraction no longer finds it. An item the
 * reviewer deleted stays deleted. Items the kept ones refer to (a speaker, a subject) are kept
 * with them, so the draft stays whole. Everything else is the new extraction.
 */
export function keepReviewerChanges(next: SeedDraft, guard: ReviewerGuard): { draft: SeedDraft; kept: number } {
  const previous = guard.previous;
  if (previous === null) return { draft: next, kept: 0 };
  const isReviewers = (key: string, item: unknown, id: string | null): boolean => {
    const mark =
      typeof item === 'object' && item !== null ? (item as { review?: { status?: unknown } }).review : undefined;
    const written = guard.generated[key];
    return (
      mark?.status !== 'DRAFT' ||
      written === undefined ||
      written !== fingerprint(item) ||
      (id !== null && guard.reviewedInGraph.has(id))
    );
  };
  let kept = 0;
  const merged: Record<string, unknown> = { ...next };
  const sourcePrint = guard.generated.source;
  if (sourcePrint !== undefined && fingerprint(previous.source) !== sourcePrint) {
    merged.source = { ...previous.source, textFile: next.source.textFile };
    kept += 1;
  }
  for (const section of SECTIONS) {
    const before = new Map(itemsOf(previous, section).map((item) => [item.id, item]));
    const items: unknown[] = [];
    for (const item of itemsOf(next, section)) {
      const key = `${section}:${item.id}`;
      const old = before.get(item.id);
      before.delete(item.id);
      if (old === undefined && guard.generated[key] !== undefined) continue; // deleted by the reviewer
      if (old !== undefined && isReviewers(key, old, item.id)) {
        items.push(old);
        kept += 1;
      } else items.push(item);
    }
    for (const [id, old] of before) {
      if (!isReviewers(`${section}:${id}`, old, id)) continue;
      items.push(old);
      kept += 1;
    }
    merged[section] = [...items, ...rawStringsOf(previous, section)];
  }
  return { draft: keepReferenced(merged as SeedDraft, previous), kept };
}

/** Adds back the previous draft's definitions of ids that kept items still refer to. */
function keepReferenced(draft: SeedDraft, previous: SeedDraft): SeedDraft {
  const result: Record<string, unknown> = { ...draft };
  for (let changed = true; changed;) {
    changed = false;
    const current = result as SeedDraft;
    const defined = new Set(SECTIONS.flatMap((section) => itemsOf(current, section).map((item) => item.id)));
    for (const id of referencedIds(current)) {
      const section = SECTIONS.find((s) => itemsOf(previous, s).some((item) => item.id === id));
      if (defined.has(id) || section === undefined) continue;
      const old = itemsOf(previous, section).find((item) => item.id === id);
      result[section] = [...((result[section] as unknown[] | undefined) ?? []), old];
      defined.add(id);
      changed = true;
    }
  }
  return result as SeedDraft;
}

function referencedIds(draft: SeedDraft): string[] {
  const ids: string[] = [];
  for (const claim of draft.claims ?? []) {
    if (claim.speaker !== undefined) ids.push(claim.speaker);
    for (const subject of claim.about) ids.push(typeof subject === 'string' ? subject : subject.id);
  }
  for (const person of draft.people ?? []) for (const lead of person.leads ?? []) ids.push(lead.id);
  return ids;
}

function itemsOf(draft: SeedDraft, section: Section): Item[] {
  const list = (draft[section] ?? []) as unknown[];
  return list.filter((item): item is Item => typeof item === 'object' && item !== null && 'id' in item);
}

/** Bare-id mentions of the previous draft: only a person writes those, so they are always kept. */
function rawStringsOf(previous: SeedDraft, section: Section): string[] {
  return ((previous[section] ?? []) as unknown[]).filter((item): item is string => typeof item === 'string');
}

function fingerprint(item: unknown): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('hex');
}
