import type { SeedFileInput } from './seed-file-input';
import { SeededRandom, seedFor, zipfWeights } from './seeded-random';
import { addDays, describeDate, monthOf } from './synthetic-dates';
import type { Hub, SyntheticHubs } from './synthetic-hubs';
import { organizationNameOf, personNameOf, placeNameOf } from './synthetic-names';
import * as words from './synthetic-vocabulary';

export interface SyntheticArticle {
  /** File name stem: `article-000042` for `article-000042.json` and `.txt`. */
  readonly stem: string;
  readonly json: SeedFileInput;
  readonly text: string;
}

/** Something a claim can be about, with the words the text uses for it. */
interface Subject {
  readonly id: string;
  readonly phrase: string;
}

type EventInput = NonNullable<SeedFileInput['events']>[number];
type ClaimInput = NonNullable<SeedFileInput['claims']>[number];

const FIRST_DAY = '2024-01-01';
const DAYS_COVERED = 730;
/** Articles before this many back are not disputed across articles (keeps references local). */
const DISPUTE_LOOKBACK = 200;
/** Every article has at least this many claims, so any article's claims 1..20 can be disputed. */
const MIN_CLAIMS = 20;
const MAX_CLAIMS = 50;

const PERSON_WEIGHTS = zipfWeights(20, 1.1);
const PLACE_WEIGHTS = zipfWeights(60, 1.1);
const ORGANIZATION_WEIGHTS = zipfWeights(10, 1);

/**
 * One synthetic news article, the same for the same (number, seed) whatever the size of the run:
 * a few hubs (Zipf-distributed, so the first heads of state and capitals appear in many articles),
 * a long tail of people, places and organizations defined here and nowhere else, 2-5 events and
 * 20-50 claims, mostly about hubs, a few disputing or supporting others (some in earlier
 * articles). The text holds every evidence passage exactly once.
 */
export function generateSyntheticArticle(
  articleNumber: number,
  runSeed: number,
  hubs: SyntheticHubs,
): SyntheticArticle {
  if (!Number.isInteger(articleNumber) || articleNumber < 1)
    throw new Error(`articleNumber must be a whole number from 1, but got ${articleNumber}`);
  const random = new SeededRandom(seedFor(runSeed, articleNumber));
  const key = `a${articleNumber}`;
  const stem = `article-${String(articleNumber).padStart(6, '0')}`;
  const published = addDays(FIRST_DAY, random.integer(0, DAYS_COVERED - 1));
  const hubPlaces = hubs.countries.flatMap((country, index) => [country, hubs.capitals[index] as Hub]);

  const hubPeople = drawDistinct(random, {
    items: hubs.headsOfState,
    weights: PERSON_WEIGHTS,
    count: random.integer(1, 3),
  });
  const places = drawDistinct(random, { items: hubPlaces, weights: PLACE_WEIGHTS, count: random.integer(1, 3) });
  const hubOrganizations = random.chance(0.5)
    ? drawDistinct(random, { items: hubs.organizations, weights: ORGANIZATION_WEIGHTS, count: 1 })
    : [];

  const localPlaces = Array.from({ length: random.integer(1, 3) }, (_, index) => {
    const { name, kind } = placeNameOf(articleNumber * 4 + index);
    const country = random.pick(hubs.countries);
    return { id: `place:synthetic-${key}-l${index + 1}`, name, kind, country };
  });
  const localOrganizations = Array.from({ length: random.integer(1, 2) }, (_, index) => ({
    id: `organization:synthetic-${key}-o${index + 1}`,
    name: organizationNameOf(articleNumber * 4 + index),
    basedIn: random.chance(0.5) ? random.pick(localPlaces).id : random.pick(hubs.capitals).id,
  }));
  const localPeople = Array.from({ length: random.integer(2, 6) }, (_, index) => {
    const { name, title } = personNameOf(articleNumber * 8 + index);
    const leads = random.chance(0.3) ? random.pick(localOrganizations).id : null;
    return { id: `person:synthetic-${key}-p${index + 1}`, name, title, leads };
  });

  const agents: (Subject & { weight: number })[] = [
    ...hubPeople.map((person) => ({
      id: person.id,
      phrase: random.chance(0.5) ? person.name : person.shortName,
      weight: 4,
    })),
    ...localPeople.map((person) => ({ id: person.id, phrase: `${person.title} ${person.name}`, weight: 1 })),
    ...[...hubOrganizations, ...localOrganizations].map((organization) => ({
      id: organization.id,
      phrase: `the ${organization.name}`,
      weight: 1,
    })),
  ];
  const hubSubjects: Subject[] = [...hubPeople, ...places, ...hubOrganizations].map((hub) => ({
    id: hub.id,
    phrase: hub.shortName,
  }));
  const localSubjects: Subject[] = [
    ...localPeople.map((person) => ({ id: person.id, phrase: person.name })),
    ...localPlaces.map((place) => ({ id: place.id, phrase: place.name })),
    ...localOrganizations.map((organization) => ({ id: organization.id, phrase: `the ${organization.name}` })),
  ];

  const eventSentences: string[] = [];
  const events: EventInput[] = Array.from({ length: random.integer(2, 5) }, (_, index) => {
    const { kind, title } = random.pick(words.EVENT_KINDS);
    const placeIds = random.chance(0.6) ? [random.pick(places)] : [random.pick(localPlaces)];
    const where = placeIds[0] as { id: string; name: string };
    const roll = random.next();
    const status = roll < 0.7 ? 'past' : roll < 0.9 ? 'planned' : 'ongoing';
    const start =
      status === 'planned' ? addDays(published, random.integer(5, 90)) : addDays(published, -random.integer(0, 30));
    const precisionRoll = random.next();
    const date = precisionRoll < 0.75 ? start : precisionRoll < 0.95 ? start.slice(0, 7) : start.slice(0, 4);
    const endDate = status === 'ongoing' && date.length === 10 ? addDays(published, random.integer(1, 30)) : undefined;
    const participants = drawDistinct(random, {
      items: agents,
      weights: agents.map((agent) => agent.weight),
      count: random.integer(1, 3),
    }).map((agent, order) => ({
      id: agent.id,
      role: order === 0 ? 'host' : random.pick(words.PARTICIPANT_ROLES),
    }));
    const name = `${title} in ${where.name} (${monthOf(start)})`;
    eventSentences.push(`The ${name} ${status === 'planned' ? 'is planned' : 'took place'} ${describeDate(date)}.`);
    return {
      id: `event:synthetic-${key}-e${index + 1}`,
      name,
      kind,
      description: `Synthetic ${kind} of synthetic article ${articleNumber}.`,
      status,
      date,
      ...(endDate === undefined ? {} : { endDate }),
      dateText: describeDate(date).replace(/^(on|in) /, ''),
      participants,
      places: placeIds.map((place) => place.id),
      ...(index > 0 && random.chance(0.2) ? { partOf: `event:synthetic-${key}-e1` } : {}),
    };
  });
  const eventSubjects: Subject[] = events.map((event) => ({ id: event.id, phrase: `the ${event.name}` }));
  const placeSentences = localPlaces.map((place) => `${place.name} lies in ${place.country.name}.`);

  const fixedLines = [
    `Synthetic article ${articleNumber}`,
    `Published ${describeDate(published).slice(3)} by the Synthetic News Service.`,
  ];
  const writer = new EvidenceWriter([...fixedLines, ...eventSentences, ...placeSentences]);
  // The first claims are about every hub, long-tail entity and event once, so each is referenced.
  const mustCover = [...hubSubjects, ...localSubjects, ...eventSubjects];
  const claimCount = Math.max(random.integer(MIN_CLAIMS, MAX_CLAIMS), mustCover.length);
  const claims: ClaimInput[] = [];
  for (let number = 1; number <= claimCount; number += 1) {
    const primary = mustCover[number - 1] ?? pickSubject(random, { hubSubjects, localSubjects, eventSubjects });
    const others = [...hubSubjects, ...localSubjects, ...eventSubjects].filter((subject) => subject.id !== primary.id);
    const secondary = random.chance(0.5) && others.length > 0 ? random.pick(others) : null;
    const disputes: string[] = [];
    if (number >= 3 && random.chance(0.08)) disputes.push(`claim:synthetic-${key}-c${random.integer(1, number - 1)}`);
    if (articleNumber > 1 && random.chance(0.02)) {
      const earlier = articleNumber - random.integer(1, Math.min(articleNumber - 1, DISPUTE_LOOKBACK));
      disputes.push(`claim:synthetic-a${earlier}-c${random.integer(1, MIN_CLAIMS)}`);
    }
    const supports =
      number >= 2 && random.chance(0.05) ? [`claim:synthetic-${key}-c${random.integer(1, number - 1)}`] : [];
    const roll = random.next();
    const kind = roll < 0.35 ? 'quote' : roll < 0.7 ? 'paraphrase' : 'narration';
    const speaker =
      kind === 'narration' ? null : (agents[random.weightedIndex(agents.map((agent) => agent.weight))] ?? null);
    const sentence = writer.write(() =>
      composeClaim(random, { kind, speaker, primary, secondary, disputing: disputes.length > 0 }),
    );
    claims.push({
      id: `claim:synthetic-${key}-c${number}`,
      kind,
      ...(speaker === null ? {} : { speaker: speaker.id }),
      text: sentence.text,
      evidence: sentence.evidence,
      ...(sentence.quote === null ? {} : { quote: sentence.quote }),
      about: secondary === null ? [primary.id] : [primary.id, secondary.id],
      ...(disputes.length > 0 ? { disputes } : {}),
      ...(supports.length > 0 ? { supports } : {}),
    });
  }

  const text = layoutText({ fixedLines, eventSentences, placeSentences, evidences: writer.evidences });
  writer.assertEachOnceIn(text, stem);
  const json: SeedFileInput = {
    source: {
      id: `source:synthetic-article-${articleNumber}`,
      title: `Synthetic article ${articleNumber}`,
      publisher: 'Synthetic News Service',
      published,
      language: 'en',
      textFile: `${stem}.txt`,
      note: 'Synthetic data generated by scripts/generate-articles.ts for benchmarks; not a real article.',
    },
    people: localPeople.map((person) => ({
      id: person.id,
      name: person.name,
      aliases: [],
      description: `Synthetic ${person.title.toLowerCase()} named in synthetic article ${articleNumber}.`,
      ...(person.leads === null ? {} : { leads: [{ id: person.leads, title: 'Director' }] }),
    })),
    organizations: localOrganizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      aliases: [],
      basedIn: organization.basedIn,
    })),
    places: localPlaces.map((place) => ({
      id: place.id,
      name: place.name,
      aliases: [],
      kind: place.kind,
      partOf: place.country.id,
    })),
    events,
    claims,
    // Countries the long-tail places lie in are named in the text though no claim is about them.
    mentions: [...new Set(localPlaces.map((place) => place.country.id))],
  };
  return { stem, json, text };
}

/** The subjects an article's claims can be about, by where they come from. */
interface SubjectPools {
  readonly hubSubjects: readonly Subject[];
  readonly localSubjects: readonly Subject[];
  readonly eventSubjects: readonly Subject[];
}

function pickSubject(random: SeededRandom, { hubSubjects, localSubjects, eventSubjects }: SubjectPools): Subject {
  const roll = random.next();
  if (roll < 0.6) return random.pick(hubSubjects);
  if (roll < 0.85) return random.pick(localSubjects);
  return random.pick(eventSubjects);
}

/** `count` distinct items, each drawn with probability proportional to its weight. */
function drawDistinct<T>(
  random: SeededRandom,
  { items, weights, count }: { items: readonly T[]; weights: readonly number[]; count: number },
): T[] {
  const remaining = [...weights];
  const drawn: T[] = [];
  while (drawn.length < Math.min(count, items.length)) {
    const index = random.weightedIndex(remaining);
    drawn.push(items[index] as T);
    remaining[index] = 0;
  }
  return drawn;
}

interface ComposedClaim {
  readonly evidence: string;
  readonly text: string;
  readonly quote: string | null;
}

/** What a claim sentence is to say; the wording is drawn at random. */
interface ClaimPlan {
  readonly kind: 'quote' | 'paraphrase' | 'narration';
  /** Who makes the claim; null only for narration. */
  readonly speaker: Subject | null;
  readonly primary: Subject;
  readonly secondary: Subject | null;
  /** Whether the claim disputes another, which changes the verb and the frame. */
  readonly disputing: boolean;
}

function composeClaim(
  random: SeededRandom,
  { kind, speaker, primary, secondary, disputing }: ClaimPlan,
): ComposedClaim {
  const topic = random.pick(words.TOPICS);
  const time = random.pick(words.TIMES);
  const company = secondary === null ? '' : ` with ${secondary.phrase}`;
  const subject = primary.phrase;
  if (kind === 'narration') {
    const evidence = capitalize(`${subject} ${random.pick(words.PAST_PREDICATES)} ${topic}${company} ${time}.`);
    return { evidence, text: evidence, quote: null };
  }
  const who = (speaker as Subject).phrase;
  const claimed = `${subject} ${random.pick(words.PREDICATES)} ${topic}${company} ${time}`;
  const neutral = capitalize(`${who} ${disputing ? 'denied' : 'said'} that ${claimed}.`);
  if (kind === 'paraphrase') {
    const frame = random
      .pick(disputing ? words.DISPUTING_PARAPHRASE_FRAMES : words.PARAPHRASE_FRAMES)
      .replace('{speaker}', who);
    return { evidence: capitalize(`${frame} ${claimed}.`), text: neutral, quote: null };
  }
  const quote = `${random.pick(disputing ? words.DISPUTING_OPENERS : words.QUOTE_OPENERS)} ${claimed}.`;
  const evidence = random.chance(0.5) ? capitalize(`${who} said: “${quote}”`) : `“${quote}” ${who} told reporters.`;
  return { evidence, text: neutral, quote };
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Title, dateline, then paragraphs of about five sentences with the event sentences among them. */
function layoutText({
  fixedLines,
  eventSentences,
  placeSentences,
  evidences,
}: {
  fixedLines: readonly string[];
  eventSentences: readonly string[];
  placeSentences: readonly string[];
  evidences: readonly string[];
}): string {
  const paragraphs: string[][] = [[...eventSentences.slice(0, 1), ...placeSentences]];
  const laterEvents = eventSentences.slice(1);
  for (let at = 0; at < evidences.length; at += 5) {
    const event = laterEvents.shift();
    paragraphs.push([...(event === undefined ? [] : [event]), ...evidences.slice(at, at + 5)]);
  }
  if (laterEvents.length > 0) paragraphs.push(laterEvents);
  return `${fixedLines.join('\n')}\n\n${paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')}\n`;
}

/**
 * Collects evidence passages, redrawing any that would occur twice in the text (equal to, or
 * contained in, another sentence), since the loader needs each passage to be found exactly once.
 */
class EvidenceWriter {
  readonly evidences: string[] = [];

  constructor(private readonly otherSentences: readonly string[]) {}

  write(compose: () => ComposedClaim): ComposedClaim {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const claim = compose();
      const clashes = [...this.otherSentences, ...this.evidences].some(
        (sentence) => sentence.includes(claim.evidence) || claim.evidence.includes(sentence),
      );
      if (!clashes) {
        this.evidences.push(claim.evidence);
        return claim;
      }
    }
    throw new Error(
      'Could not compose an evidence passage distinct from the others in 50 attempts; widen the vocabulary',
    );
  }

  /** Each passage must occur exactly once in the assembled text (sentences joined by spaces). */
  assertEachOnceIn(text: string, stem: string): void {
    for (const evidence of this.evidences) {
      const first = text.indexOf(evidence);
      if (first === -1 || text.indexOf(evidence, first + 1) !== -1) {
        throw new Error(
          `${stem}: evidence must occur exactly once in the text, but ${JSON.stringify(evidence)} does not`,
        );
      }
    }
  }
}
