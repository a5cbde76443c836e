import type { FactType } from '../src/graph/graph-model';
import { precisionOf } from '../src/domain/partial-dates';
import { checkClaimLink, checkClaimShape } from '../src/domain/check-claim';
import { toEntityProperties, toEventProperties } from '../src/domain/entry-properties';
import { toDraftSourceProperties, toReviewProperties } from '../src/domain/review-properties';
import { checkFactBasis, locateEvidence, type FactSource, type LocatedSpan } from '../src/domain/fact-basis';
import { findMentions, occursAsWord } from '../src/domain/find-mentions';
import type { GraphRows } from './graph-rows';
import type { RelationshipRowParameter } from '../src/graph/write/merge-statements';
import { addFactsSection } from './build-fact-rows';
import { SAME_AS_KEY } from './resolve-claim-appearances';
import { joinQuote, locateQuotePieces, normaliseQuote, quotePieceProperties } from '../src/domain/quote-pieces';
import type { FactBasisEntry, SeedFile } from '../src/domain/seed-file-schema';

/** One parsed seed file and its source text (null when the text file is missing). */
export interface ParsedFile {
  readonly name: string;
  readonly data: SeedFile;
  readonly text: string | null;
}

/**
 * Adds one file's rows to `rows`, pushing every problem found in the file itself (content checks
 * that need no other file): the basis of every fact, evidence passages, aliases the text does
 * not use, quotes, speakers and dates. Facts are written with their provenance
 * (see `FactProvenance`); every entity the file mentions gets a MENTIONED_IN with the spans of
 * its name and aliases in the text.
 */
export function buildFileRows({ name, data, text }: ParsedFile, rows: GraphRows, problems: string[]): void {
  const { textFile, ...sourceFields } = data.source;
  if (data.source.published !== undefined && precisionOf(data.source.published) === null)
    problems.push(`${name}: source.published: "${data.source.published}" is not a calendar date`);
  const file = new FileRows({ name, source: { id: data.source.id, textName: textFile, text }, rows, problems });
  file.addMentionedForms(data);
  file.addEntities(data);
  file.addEvents(data);
  const claimSpans = file.addClaims(data);
  file.addClaimLinks(data, claimSpans);
  addFactsSection(file, data.facts, claimSpans);
  file.addMentionSpans();
  rows.nodes.Source.push({
    id: data.source.id,
    properties: { ...sourceFields, text: text ?? '', ...file.writeFacts(), ...toDraftSourceProperties(data) },
  });
}

/** A fact to check and write: its relationship, its seed entry and the entry's path. */
export interface FactRow {
  readonly type: FactType;
  readonly from: string;
  readonly to: string;
  readonly entry: FactBasisEntry;
  readonly where: string;
  readonly extra?: Record<string, unknown>;
  readonly fallback?: LocatedSpan | undefined;
}

/** The rows of one file as they are built, with the ids it mentions and the forms naming them. */
export class FileRows {
  // Each mentioned id with the surface forms its mentions are found by.
  private readonly mentioned = new Map<string, string[]>();
  // This source's share of each fact, by type, from and to: a fact given twice in one file is one share.
  private readonly facts = new Map<string, RelationshipRowParameter & { type: FactType }>();

  private readonly name: string;
  private readonly source: FactSource;
  private readonly rows: GraphRows;
  private readonly problems: string[];

  constructor(target: { name: string; source: FactSource; rows: GraphRows; problems: string[] }) {
    this.name = target.name;
    this.source = target.source;
    this.rows = target.rows;
    this.problems = target.problems;
  }

  /** Checks a fact's basis and, when sound, writes it with its provenance. */
  addFact(fact: FactRow): void {
    const checked = checkFactBasis(fact.entry, {
      source: this.source,
      where: `${this.name}: ${fact.where}`,
      fallback: fact.fallback,
    });
    this.problems.push(...checked.problems);
    if (checked.provenance === null) return;
    const key = `${fact.type}\u0000${fact.from}\u0000${fact.to}`;
    const earlier = this.facts.get(key)?.contributions?.[0];
    const { evidenceStarts, evidenceEnds, evidenceTexts, note } = checked.provenance;
    this.facts.set(key, {
      type: fact.type,
      from: fact.from,
      to: fact.to,
      // Only the values given: a source that names no title leaves another source's title alone.
      properties: Object.fromEntries(Object.entries(fact.extra ?? {}).filter(([, value]) => value !== null)),
      contributions: [
        {
          source: this.source.id,
          evidenceStarts: [...(earlier?.evidenceStarts ?? []), ...evidenceStarts],
          evidenceEnds: [...(earlier?.evidenceEnds ?? []), ...evidenceEnds],
          evidenceTexts: [...(earlier?.evidenceTexts ?? []), ...evidenceTexts],
          backgroundNote: note ?? earlier?.backgroundNote ?? null,
        },
      ],
    });
  }

  /**
   * Writes this source's share of every fact the file states, and returns the source's ledger
   * of them (the Source node's `factTypes`, `factFroms`, `factTos`; see docs/sources.md).
   */
  writeFacts(): { factTypes: string[]; factFroms: string[]; factTos: string[] } {
    const facts = [...this.facts.values()];
    for (const { type, ...row } of facts) this.rows.relationships[type].push(row);
    return {
      factTypes: facts.map((fact) => fact.type),
      factFroms: facts.map((fact) => fact.from),
      factTos: facts.map((fact) => fact.to),
    };
  }

  mention(id: string, forms: readonly string[] = []): void {
    this.mentioned.set(id, [...(this.mentioned.get(id) ?? []), ...forms]);
  }

  /** The forms of entities of other files (`mentions`) and the aliases of this file's, each checked against the text. */
  addMentionedForms(data: SeedFile): void {
    data.mentions.forEach((entry, i) => {
      if (typeof entry === 'string') {
        this.mention(entry);
        return;
      }
      entry.forms.forEach((form, j) => {
        if (!this.occurs(form))
          this.problems.push(
            `${this.name}: mentions[${i}].forms[${j}]: "${form}" does not occur in ${this.source.textName}`,
          );
      });
      this.mention(entry.id, entry.forms);
    });
    for (const [section, entries] of [
      ['people', data.people],
      ['organizations', data.organizations],
      ['places', data.places],
      ['events', data.events],
    ] as const) {
      entries.forEach((entry, i) => {
        this.mention(entry.id, [entry.name, ...entry.aliases]);
        entry.aliases.forEach((alias, j) => {
          if (!this.occurs(alias))
            this.problems.push(
              `${this.name}: ${section}[${i}].aliases[${j}]: "${alias}" does not occur in ${this.source.textName}; aliases are the forms the text uses, put other names in "otherNames"`,
            );
        });
      });
    }
  }

  /** Mentions `id` by `forms`, each of which must occur in the text (`where` is the forms' path). */
  mentionBy(id: string, forms: readonly string[], where: string): void {
    forms.forEach((form, j) => {
      if (!this.occurs(form))
        this.problems.push(`${this.name}: ${where}[${j}]: "${form}" does not occur in ${this.source.textName}`);
    });
    this.mention(id, forms);
  }

  /** Reports a problem at `where` in this file. */
  refuse(where: string, problem: string): void {
    this.problems.push(`${this.name}: ${where}: ${problem}`);
  }

  /** Checks and reports a claim link's own rules (see checkClaimLink). */
  checkLink(check: (file: string) => string[]): void {
    this.problems.push(...check(this.name));
  }

  /** Whether the text uses `form` as a whole word; true without a text (reported elsewhere). */
  private occurs(form: string): boolean {
    return this.source.text === null || occursAsWord(this.source.text, form);
  }

  addEntities(data: SeedFile): void {
    data.people.forEach((person, i) => {
      this.rows.nodes.Person.push({
        id: person.id,
        properties: { ...toEntityProperties(person), ...toReviewProperties(person.review) },
      });
      person.leads.forEach((lead, j) =>
        this.addFact({
          type: 'LEADS',
          from: person.id,
          to: lead.id,
          entry: lead,
          where: `people[${i}].leads[${j}]`,
          extra: { title: lead.title ?? null, ...toReviewProperties(lead.review) },
        }),
      );
    });
    data.organizations.forEach((organization, i) => {
      this.rows.nodes.Organization.push({
        id: organization.id,
        properties: { ...toEntityProperties(organization), ...toReviewProperties(organization.review) },
      });
      organization.basedIn.forEach((link, j) =>
        this.addFact({
          type: 'BASED_IN',
          from: organization.id,
          to: link.id,
          entry: link,
          where: `organizations[${i}].basedIn[${j}]`,
        }),
      );
    });
    data.places.forEach((place, i) => {
      this.rows.nodes.Place.push({
        id: place.id,
        properties: {
          ...toEntityProperties(place),
          ...toReviewProperties(place.review),
          kind: place.kind ?? null,
          latitude: place.latitude ?? null,
          longitude: place.longitude ?? null,
        },
      });
      place.partOf.forEach((link, j) =>
        this.addFact({ type: 'PART_OF', from: place.id, to: link.id, entry: link, where: `places[${i}].partOf[${j}]` }),
      );
    });
  }

  addEvents(data: SeedFile): void {
    data.events.forEach((event, i) => {
      this.rows.nodes.Event.push({
        id: event.id,
        properties: toEventProperties(event, `${this.name}: events[${i}]`, this.problems),
      });
      event.participants.forEach((participant, j) => {
        this.addFact({
          type: 'PARTICIPATED_IN',
          from: participant.id,
          to: event.id,
          entry: participant,
          where: `events[${i}].participants[${j}]`,
          extra: { role: participant.role ?? null },
        });
        this.mention(participant.id);
      });
      event.places.forEach((link, j) => {
        this.addFact({
          type: 'OCCURRED_AT',
          from: event.id,
          to: link.id,
          entry: link,
          where: `events[${i}].places[${j}]`,
        });
        this.mention(link.id);
      });
      event.partOf.forEach((link, j) =>
        this.addFact({ type: 'PART_OF', from: event.id, to: link.id, entry: link, where: `events[${i}].partOf[${j}]` }),
      );
    });
  }

  /** Claims and their evidence, speakers and subjects; returns each claim's passage, for the links. */
  addClaims(data: SeedFile): Map<string, LocatedSpan> {
    const claimSpans = new Map<string, LocatedSpan>();
    data.claims.forEach((claim, i) => {
      const where = `${this.name}: claims[${i}]`;
      this.rows.nodes.Claim.push({
        id: claim.id,
        properties: {
          id: claim.id,
          text: claim.text,
          quote: claim.quote === undefined ? null : joinQuote(claim.quote),
          kind: claim.kind.toUpperCase(),
          // What another source's entry with the same speaker is matched by (see resolveClaimAppearances).
          quoteKey: claim.quote === undefined ? null : normaliseQuote(claim.quote),
          // The source whose entry defines the claim: Claim.quoteParts are the spans in its text.
          definedIn: this.source.id,
          // Written only where there are some, so every other claim's properties stay as they were.
          ...(claim.formerIds.length > 0 ? { formerIds: claim.formerIds } : {}),
          // Read and removed before the load writes (an entry with sameAs is an appearance, not a node).
          ...(claim.sameAs === undefined ? {} : { [SAME_AS_KEY]: claim.sameAs }),
          ...toReviewProperties(claim.review),
        },
      });
      this.problems.push(...checkClaimShape(claim, where));
      if (claim.sameAs === claim.id)
        this.problems.push(
          `${where}.sameAs: names the claim itself; give the id of the claim this entry is another appearance of`,
        );
      const passage =
        claim.evidenceOccurrence === undefined
          ? claim.evidence
          : { passage: claim.evidence, occurrence: claim.evidenceOccurrence };
      const located = locateEvidence(passage, {
        source: this.source,
        where: `${where}.evidence`,
        hint: { fix: 'add "evidenceOccurrence" to say which', occurrencePath: `${where}.evidenceOccurrence` },
      });
      this.problems.push(...located.problems);
      const span = located.span;
      if (span !== null) {
        claimSpans.set(claim.id, span);
        this.rows.relationships.APPEARS_IN.push({
          from: claim.id,
          to: this.source.id,
          properties: {
            start: span.start,
            end: span.end,
            text: span.text,
            // This source's own statement of the claim, kept when the claim is another entry's.
            claimText: claim.text,
            ...quotePieceProperties(claim.quote === undefined ? [] : locateQuotePieces(claim.quote, span)),
          },
        });
      }
      if (claim.speaker !== undefined) {
        this.rows.relationships.STATED.push({ from: claim.speaker, to: claim.id, properties: {} });
        this.mention(claim.speaker);
      }
      claim.about.forEach((subject, j) => {
        const link = typeof subject === 'string' ? { id: subject } : subject;
        // A bare subject rests on the claim's passage; without a span the passage problem is reported.
        if (typeof subject === 'string' && span === null) return;
        const fallback = typeof subject === 'string' ? (span ?? undefined) : undefined;
        this.addFact({
          type: 'ABOUT',
          from: claim.id,
          to: link.id,
          entry: link,
          where: `claims[${i}].about[${j}]`,
          fallback,
        });
        this.mention(link.id);
      });
    });
    return claimSpans;
  }

  addClaimLinks(data: SeedFile, claimSpans: ReadonlyMap<string, LocatedSpan>): void {
    data.claims.forEach((claim, i) => {
      for (const kind of ['disputes', 'supports'] as const) {
        claim[kind].forEach((link, j) => {
          const where = `claims[${i}].${kind}[${j}]`;
          this.problems.push(
            ...checkClaimLink({ fromId: claim.id, link, kind, where: `${this.name}: ${where}`, spans: claimSpans }),
          );
          this.addFact({
            type: kind === 'disputes' ? 'DISPUTES' : 'SUPPORTS',
            from: claim.id,
            to: link.id,
            entry: link,
            where,
            extra: { reason: link.reason },
          });
        });
      }
    });
  }

  /** One MENTIONED_IN per mentioned id, with every span of its forms in the text. */
  addMentionSpans(): void {
    for (const [id, forms] of this.mentioned) {
      const spans = this.source.text === null ? [] : findMentions(this.source.text, forms);
      this.rows.relationships.MENTIONED_IN.push({
        from: id,
        to: this.source.id,
        properties: {
          starts: spans.map((span) => span.start),
          ends: spans.map((span) => span.end),
          // The form found at each span, so a reader needs no source text to say what was said.
          texts: spans.map((span) => span.text),
        },
      });
    }
  }
}
