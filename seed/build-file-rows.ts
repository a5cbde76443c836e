import type { FactType } from '../src/graph/graph-model';
import { firstDayOf, lastDayOf, precisionOf } from '../src/graph/partial-dates';
import { checkClaimLink, checkClaimShape } from './check-claim';
import { checkFactBasis, locateEvidence, type FactSource, type LocatedSpan } from './fact-basis';
import { findMentions, occursAsWord } from './find-mentions';
import type { GraphRows } from './graph-rows';
import type { FactBasisEntry, SeedFile } from './seed-file-schema';

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
  const sourceId = data.source.id;
  const { textFile, ...sourceFields } = data.source;
  const source: FactSource = { id: sourceId, textName: textFile, text };
  if (data.source.published !== undefined && precisionOf(data.source.published) === null)
    problems.push(`${name}: source.published: "${data.source.published}" is not a calendar date`);
  rows.nodes.Source.push({ id: sourceId, properties: { ...sourceFields, text: text ?? '' } });

  const addFact = (
    type: FactType,
    from: string,
    to: string,
    fact: FactBasisEntry,
    where: string,
    extra: Record<string, unknown> = {},
    fallback?: LocatedSpan,
  ) => {
    const checked = checkFactBasis(fact, source, `${name}: ${where}`, fallback);
    problems.push(...checked.problems);
    if (checked.provenance !== null)
      rows.relationships[type].push({ from, to, properties: { ...extra, ...checked.provenance } });
  };

  // Each mentioned id with the surface forms its mentions are found by.
  const mentioned = new Map<string, string[]>();
  const mention = (id: string, forms: readonly string[] = []) =>
    mentioned.set(id, [...(mentioned.get(id) ?? []), ...forms]);
  data.mentions.forEach((entry, i) => {
    if (typeof entry === 'string') {
      mention(entry);
      return;
    }
    entry.forms.forEach((form, j) => {
      if (text !== null && !occursAsWord(text, form))
        problems.push(`${name}: mentions[${i}].forms[${j}]: "${form}" does not occur in ${textFile}`);
    });
    mention(entry.id, entry.forms);
  });

  for (const [section, entries] of [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
  ] as const) {
    entries.forEach((entry, i) => {
      mention(entry.id, [entry.name, ...entry.aliases]);
      entry.aliases.forEach((alias, j) => {
        if (text !== null && !occursAsWord(text, alias))
          problems.push(
            `${name}: ${section}[${i}].aliases[${j}]: "${alias}" does not occur in ${textFile}; aliases are the forms the text uses, put other names in "otherNames"`,
          );
      });
    });
  }

  data.people.forEach((person, i) => {
    rows.nodes.Person.push({ id: person.id, properties: entityProperties(person) });
    person.leads.forEach((lead, j) =>
      addFact('LEADS', person.id, lead.id, lead, `people[${i}].leads[${j}]`, { title: lead.title ?? null }),
    );
  });
  data.organizations.forEach((organization, i) => {
    rows.nodes.Organization.push({ id: organization.id, properties: entityProperties(organization) });
    organization.basedIn.forEach((link, j) =>
      addFact('BASED_IN', organization.id, link.id, link, `organizations[${i}].basedIn[${j}]`),
    );
  });
  data.places.forEach((place, i) => {
    rows.nodes.Place.push({
      id: place.id,
      properties: {
        ...entityProperties(place),
        kind: place.kind ?? null,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
      },
    });
    place.partOf.forEach((link, j) => addFact('PART_OF', place.id, link.id, link, `places[${i}].partOf[${j}]`));
  });
  data.events.forEach((event, i) => {
    rows.nodes.Event.push({ id: event.id, properties: eventProperties(event, `${name}: events[${i}]`, problems) });
    mention(event.id, [event.name]);
    event.participants.forEach((participant, j) => {
      addFact('PARTICIPATED_IN', participant.id, event.id, participant, `events[${i}].participants[${j}]`, {
        role: participant.role ?? null,
      });
      mention(participant.id);
    });
    event.places.forEach((link, j) => {
      addFact('OCCURRED_AT', event.id, link.id, link, `events[${i}].places[${j}]`);
      mention(link.id);
    });
    event.partOf.forEach((link, j) => addFact('PART_OF', event.id, link.id, link, `events[${i}].partOf[${j}]`));
  });

  const claimSpans = new Map<string, LocatedSpan>();
  data.claims.forEach((claim, i) => {
    const where = `${name}: claims[${i}]`;
    rows.nodes.Claim.push({
      id: claim.id,
      properties: { id: claim.id, text: claim.text, quote: claim.quote ?? null, kind: claim.kind.toUpperCase() },
    });
    problems.push(...checkClaimShape(claim, where));
    const passage =
      claim.evidenceOccurrence === undefined
        ? claim.evidence
        : { passage: claim.evidence, occurrence: claim.evidenceOccurrence };
    const span = locateEvidence(passage, source, `${where}.evidence`, problems, {
      fix: 'add "evidenceOccurrence" to say which',
      occurrencePath: `${where}.evidenceOccurrence`,
    });
    if (span !== null) {
      claimSpans.set(claim.id, span);
      rows.relationships.APPEARS_IN.push({
        from: claim.id,
        to: sourceId,
        properties: { start: span.start, end: span.end, text: span.text },
      });
    }
    if (claim.speaker !== undefined) {
      rows.relationships.STATED.push({ from: claim.speaker, to: claim.id, properties: {} });
      mention(claim.speaker);
    }
    claim.about.forEach((subject, j) => {
      const link = typeof subject === 'string' ? { id: subject } : subject;
      // A bare subject rests on the claim's passage; without a span the passage problem is reported.
      if (typeof subject === 'string' && span === null) return;
      const fallback = typeof subject === 'string' ? (span ?? undefined) : undefined;
      addFact('ABOUT', claim.id, link.id, link, `claims[${i}].about[${j}]`, {}, fallback);
      mention(link.id);
    });
  });
  data.claims.forEach((claim, i) => {
    for (const kind of ['disputes', 'supports'] as const) {
      claim[kind].forEach((link, j) => {
        const where = `claims[${i}].${kind}[${j}]`;
        problems.push(...checkClaimLink(claim.id, link, kind, `${name}: ${where}`, claimSpans));
        addFact(kind === 'disputes' ? 'DISPUTES' : 'SUPPORTS', claim.id, link.id, link, where, {
          reason: link.reason,
        });
      });
    }
  });

  for (const [id, forms] of mentioned) {
    const spans = text === null ? [] : findMentions(text, forms);
    rows.relationships.MENTIONED_IN.push({
      from: id,
      to: sourceId,
      properties: {
        starts: spans.map((span) => span.start),
        ends: spans.map((span) => span.end),
        // The form found at each span, so a reader needs no source text to say what was said.
        texts: spans.map((span) => span.text),
      },
    });
  }
}

function entityProperties(entry: {
  id: string;
  name: string;
  aliases: string[];
  otherNames: string[];
  description?: string | undefined;
}) {
  return {
    id: entry.id,
    name: entry.name,
    aliases: entry.aliases,
    otherNames: entry.otherNames,
    description: entry.description ?? null,
  };
}

function eventProperties(event: SeedFile['events'][number], where: string, problems: string[]) {
  const precision = event.date === undefined ? null : precisionOf(event.date);
  if (event.date !== undefined && precision === null)
    problems.push(`${where}.date: "${event.date}" is not a calendar date`);
  if (event.endDate !== undefined) {
    if (event.date === undefined) problems.push(`${where}.endDate: an end date needs a "date" to start from`);
    else if (precisionOf(event.endDate) === null)
      problems.push(`${where}.endDate: "${event.endDate}" is not a calendar date`);
    else if (precision !== null && lastDayOf(event.endDate) < firstDayOf(event.date))
      problems.push(`${where}.endDate: "${event.endDate}" is before date "${event.date}"`);
  }
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    description: event.description ?? null,
    status: event.status.toUpperCase(),
    date: event.date ?? null,
    endDate: event.endDate ?? null,
    datePrecision: precision,
    dateText: event.dateText ?? null,
    // Whole days covered, for timeline filters and ordering and for Gephi's time intervals.
    startsOn: event.date === undefined ? null : firstDayOf(event.date),
    endsOn: event.date === undefined ? null : lastDayOf(event.endDate ?? event.date),
  };
}
