import { foldForm } from '../src/domain/fold-form';
import type { SeedFile } from '../src/domain/seed-file-schema';

/**
 * Walks over what a seed file defines and refers to, for the validator's cross-file checks: the
 * sections that define ids, every reference with its JSON path, every name and alias.
 */

/** The sections that define ids, with their entries. */
export function sections(data: SeedFile) {
  return [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
    ['events', data.events],
    ['claims', data.claims],
  ] as const;
}

/** Calls `visit` with every id the file refers to, and a function that says where (built only when asked). */
export function forEachReference(data: SeedFile, visit: (id: string, where: () => string) => void): void {
  data.people.forEach((person, i) =>
    person.leads.forEach((lead, j) => visit(lead.id, () => `people[${i}].leads[${j}].id`)),
  );
  data.organizations.forEach((organization, i) =>
    organization.basedIn.forEach((link, j) => visit(link.id, () => `organizations[${i}].basedIn[${j}].id`)),
  );
  data.places.forEach((place, i) =>
    place.partOf.forEach((link, j) => visit(link.id, () => `places[${i}].partOf[${j}].id`)),
  );
  data.events.forEach((event, i) => {
    event.participants.forEach((participant, j) => visit(participant.id, () => `events[${i}].participants[${j}].id`));
    event.places.forEach((link, j) => visit(link.id, () => `events[${i}].places[${j}].id`));
    event.partOf.forEach((link, j) => visit(link.id, () => `events[${i}].partOf[${j}].id`));
  });
  data.claims.forEach((claim, i) => {
    if (claim.speaker !== undefined) visit(claim.speaker, () => `claims[${i}].speaker`);
    if (claim.sameAs !== undefined) visit(claim.sameAs, () => `claims[${i}].sameAs`);
    claim.about.forEach((subject, j) =>
      typeof subject === 'string'
        ? visit(subject, () => `claims[${i}].about[${j}]`)
        : visit(subject.id, () => `claims[${i}].about[${j}].id`),
    );
    claim.disputes.forEach((link, j) => visit(link.id, () => `claims[${i}].disputes[${j}].id`));
    claim.supports.forEach((link, j) => visit(link.id, () => `claims[${i}].supports[${j}].id`));
  });
  forEachFactsReference(data.facts, visit);
  data.mentions.forEach((entry, j) =>
    typeof entry === 'string' ? visit(entry, () => `mentions[${j}]`) : visit(entry.id, () => `mentions[${j}].id`),
  );
}

/** `forEachReference` for the `facts` section: its nodes and their facts' other ends. */
function forEachFactsReference(facts: SeedFile['facts'], visit: (id: string, where: () => string) => void): void {
  const links = (path: string, field: string, list: readonly { id: string }[]) =>
    list.forEach((link, j) => visit(link.id, () => `${path}.${field}[${j}].id`));
  facts.people.forEach((person, i) => {
    visit(person.id, () => `facts.people[${i}].id`);
    links(`facts.people[${i}]`, 'leads', person.leads);
  });
  facts.organizations.forEach((organization, i) => {
    visit(organization.id, () => `facts.organizations[${i}].id`);
    links(`facts.organizations[${i}]`, 'basedIn', organization.basedIn);
  });
  facts.places.forEach((place, i) => {
    visit(place.id, () => `facts.places[${i}].id`);
    links(`facts.places[${i}]`, 'partOf', place.partOf);
  });
  facts.events.forEach((event, i) => {
    visit(event.id, () => `facts.events[${i}].id`);
    links(`facts.events[${i}]`, 'participants', event.participants);
    links(`facts.events[${i}]`, 'places', event.places);
    links(`facts.events[${i}]`, 'partOf', event.partOf);
  });
  facts.claims.forEach((claim, i) => {
    visit(claim.id, () => `facts.claims[${i}].id`);
    links(`facts.claims[${i}]`, 'about', claim.about);
    links(`facts.claims[${i}]`, 'disputes', claim.disputes);
    links(`facts.claims[${i}]`, 'supports', claim.supports);
  });
}

/** A name or alias as forEachForm finds it: the form, its clash key, its entity and where it is. */
export interface FoundForm {
  readonly form: string;
  readonly key: string;
  readonly id: string;
  readonly where: string;
}

/**
 * Calls `visit` with every name and alias of the file's people, organizations and places, with
 * the key two forms clash on: two entities of one type may not share a name or alias (compared
 * without case or accents).
 */
export function forEachForm(data: SeedFile, visit: (found: FoundForm) => void): void {
  for (const [section, entries] of [
    ['people', data.people],
    ['organizations', data.organizations],
    ['places', data.places],
  ] as const) {
    entries.forEach((entry, i) => {
      [entry.name, ...entry.aliases].forEach((form, j) => {
        visit({
          form,
          key: `${section}\u0000${foldForm(form)}`,
          id: entry.id,
          where: `${section}[${i}].${j === 0 ? 'name' : `aliases[${j - 1}]`}`,
        });
      });
    });
  }
}
