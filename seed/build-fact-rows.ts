import { checkClaimLink } from '../src/domain/check-claim';
import type { LocatedSpan } from '../src/domain/fact-basis';
import type { FactsEntry } from '../src/domain/seed-file-schema';
import type { FileRows } from './build-file-rows';

// Property facts are part of the format, but their storage (one value, several sources) is not
// built yet: refused with this rather than dropped in silence.
const PROPERTY_FACTS_NOT_STORED =
  "a description or date stated by another source is not stored yet; put it in the node's defining file";

/**
 * Adds a file's `facts` section: what its source states about nodes defined in any file, each
 * fact this source's share of one relationship (see docs/sources.md). Every node given an entry
 * is mentioned by its `forms`; participants, event places and subjects are mentioned as in the
 * definitions. Paths in problems are `facts.<section>[i]...`.
 */
export function addFactsSection(file: FileRows, facts: FactsEntry, claimSpans: ReadonlyMap<string, LocatedSpan>): void {
  for (const [section, entries] of [
    ['people', facts.people],
    ['organizations', facts.organizations],
    ['places', facts.places],
    ['events', facts.events],
  ] as const)
    entries.forEach((entry, i) => {
      if (entry.description !== undefined) file.refuse(`facts.${section}[${i}].description`, PROPERTY_FACTS_NOT_STORED);
    });
  facts.people.forEach((person, i) => {
    const where = `facts.people[${i}]`;
    file.mentionBy(person.id, person.forms, `${where}.forms`);
    person.leads.forEach((lead, j) =>
      file.addFact({
        type: 'LEADS',
        from: person.id,
        to: lead.id,
        entry: lead,
        where: `${where}.leads[${j}]`,
        extra: { title: lead.title ?? null },
      }),
    );
  });
  facts.organizations.forEach((organization, i) => {
    const where = `facts.organizations[${i}]`;
    file.mentionBy(organization.id, organization.forms, `${where}.forms`);
    organization.basedIn.forEach((link, j) =>
      file.addFact({
        type: 'BASED_IN',
        from: organization.id,
        to: link.id,
        entry: link,
        where: `${where}.basedIn[${j}]`,
      }),
    );
  });
  facts.places.forEach((place, i) => {
    const where = `facts.places[${i}]`;
    file.mentionBy(place.id, place.forms, `${where}.forms`);
    place.partOf.forEach((link, j) =>
      file.addFact({ type: 'PART_OF', from: place.id, to: link.id, entry: link, where: `${where}.partOf[${j}]` }),
    );
  });
  facts.events.forEach((event, i) => addEventFacts(file, event, `facts.events[${i}]`));
  facts.claims.forEach((claim, i) => {
    const where = `facts.claims[${i}]`;
    claim.about.forEach((subject, j) => {
      file.addFact({ type: 'ABOUT', from: claim.id, to: subject.id, entry: subject, where: `${where}.about[${j}]` });
      file.mention(subject.id);
    });
    for (const kind of ['disputes', 'supports'] as const)
      claim[kind].forEach((link, j) => {
        const path = `${where}.${kind}[${j}]`;
        file.checkLink((name) =>
          checkClaimLink({ fromId: claim.id, link, kind, where: `${name}: ${path}`, spans: claimSpans }),
        );
        file.addFact({
          type: kind === 'disputes' ? 'DISPUTES' : 'SUPPORTS',
          from: claim.id,
          to: link.id,
          entry: link,
          where: path,
          extra: { reason: link.reason },
        });
      });
  });
}

function addEventFacts(file: FileRows, event: FactsEntry['events'][number], where: string): void {
  file.mentionBy(event.id, event.forms, `${where}.forms`);
  if (event.date !== undefined) file.refuse(`${where}.date`, PROPERTY_FACTS_NOT_STORED);
  event.participants.forEach((participant, j) => {
    file.addFact({
      type: 'PARTICIPATED_IN',
      from: participant.id,
      to: event.id,
      entry: participant,
      where: `${where}.participants[${j}]`,
      extra: { role: participant.role ?? null },
    });
    file.mention(participant.id);
  });
  event.places.forEach((link, j) => {
    file.addFact({ type: 'OCCURRED_AT', from: event.id, to: link.id, entry: link, where: `${where}.places[${j}]` });
    file.mention(link.id);
  });
  event.partOf.forEach((link, j) =>
    file.addFact({ type: 'PART_OF', from: event.id, to: link.id, entry: link, where: `${where}.partOf[${j}]` }),
  );
}
