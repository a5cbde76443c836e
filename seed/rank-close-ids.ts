import { distance } from 'fastest-levenshtein';
import { foldForm } from '../src/domain/fold-form';
import { labelOfId } from '../src/graph/graph-model';

/** An id an author could have meant: the id, its node's name and the other forms it goes by. */
export interface KnownId {
  readonly id: string;
  readonly name: string;
  readonly forms?: readonly string[];
}

/** How many ids a did-you-mean offers. */
const SUGGESTIONS = 3;

interface Scored {
  readonly candidate: KnownId;
  readonly score: number;
  readonly whole: number;
}

/**
 * The known ids closest to an unknown one, gathered one candidate at a time (so candidates can
 * stream past, and only the best three are kept). Only ids of the type `wanted`'s prefix names
 * count. Each is scored by the fewest character edits (Levenshtein) from the slug of `wanted`
 * (`putn` of `person:putn`) to its own slug, its name, any of its forms, or one word of those
 * (so `putn` is one edit from "Putin" of "Vladimir Putin"), compared without case or accents.
 * One further than a third of the slug's length (at least two edits) is no suggestion: a new id
 * that is simply not defined yet gets none. Ties go to the id closer as a whole, then to the id
 * first in alphabetical order.
 */
export class CloseIds {
  private readonly slug: string;
  private readonly limit: number;
  private readonly kept: Scored[] = [];

  constructor(private readonly wanted: string) {
    this.slug = slugOf(idSlug(wanted));
    this.limit = Math.max(2, Math.floor(this.slug.length / 3));
  }

  offer(candidate: KnownId): void {
    if (candidate.id === this.wanted || labelOfId(candidate.id) !== labelOfId(this.wanted)) return;
    if (this.kept.some((kept) => kept.candidate.id === candidate.id)) return;
    const score = scoreOf(this.slug, candidate);
    if (score > this.limit) return;
    this.kept.push({ candidate, score, whole: distance(this.wanted, candidate.id) });
    this.kept.sort((a, b) => a.score - b.score || a.whole - b.whole || a.candidate.id.localeCompare(b.candidate.id));
    this.kept.splice(SUGGESTIONS);
  }

  /** The closest ids offered, closest first; at most three. */
  best(): KnownId[] {
    return this.kept.map(({ candidate }) => candidate);
  }

  /** `; did you mean person:vladimir-putin (Vladimir Putin)?`, or nothing when none is close. */
  didYouMean(): string {
    const close = this.best().map(({ id, name }) => `${id} (${name.length > 60 ? `${name.slice(0, 57)}...` : name})`);
    if (close.length === 0) return '';
    const listed = close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close.at(-1)}`;
    return `; did you mean ${listed}?`;
  }
}

function scoreOf(slug: string, candidate: KnownId): number {
  const keys = [idSlug(candidate.id), candidate.name, ...(candidate.forms ?? [])].map(slugOf);
  const words = keys.flatMap((key) => key.split('-').filter((word) => word.length >= 3));
  return Math.min(...[...keys, ...words].map((key) => distance(slug, key)));
}

/** An id's part after its type: `putn` of `person:putn`. */
function idSlug(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** A slug or a name as a slug: folded, every run of other characters one hyphen. */
function slugOf(value: string): string {
  return foldForm(value)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
