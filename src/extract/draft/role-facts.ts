import type { EvidencePassage } from '../../domain/seed-file-schema';
import type { EntityRole, ExtractedEntity } from '../extracted-article';
import { evidenceAt } from './evidence-at';
import type { ResolvedEntity } from './resolve-entities';

/**
 * Titles that make their holder the head of what the title names: "Belarusian President
 * Alexander Lukashenko" leads Belarus, "BT chief executive Ben Verwaayen" leads BT. Other
 * titles ("Labour MP", "Foreign Secretary") say what someone is, not what they lead.
 */
export const LEADER_TITLE =
  /\b(?:president|prime minister|premier|leader|chairman|chairwoman|chair|chief executive|chief|head|director|secretary[- ]general|general secretary|king|queen|governor|mayor|founder)\b/i;

/** A leadership fact an appositive title states, with the passage showing title and person. */
export interface LeadershipFact {
  readonly targetId: string;
  readonly title: string;
  readonly evidence: EvidencePassage;
}

/** How far (in characters) a title's words may stand from the name or place they join. */
const ADJACENT = 4;

/**
 * The leadership facts of a person's appositive titles: a leader title (`LEADER_TITLE`) with a
 * place or organisation of the article named in or right before it, and the person named right
 * after it ("Belarusian President Alexander Lukashenko"). The evidence runs from the first of
 * those words to the end of the name. Titles without both are left to the person's description.
 */
export function leadershipFacts(
  person: ExtractedEntity,
  { text, entities }: { text: string; entities: readonly ResolvedEntity[] },
): LeadershipFact[] {
  const facts: LeadershipFact[] = [];
  for (const role of person.roles) {
    if (!LEADER_TITLE.test(role.title)) continue;
    const target = targetOf(role, entities);
    const name = person.mentions.find((m) => m.start >= role.end && m.start - role.end <= ADJACENT);
    if (target === null || name === undefined) continue;
    if (facts.some((fact) => fact.targetId === target.id)) continue;
    facts.push({
      targetId: target.id,
      title: role.title,
      evidence: evidenceAt(text, { start: Math.min(role.start, target.start), end: name.end }),
    });
  }
  return facts;
}

function targetOf(role: EntityRole, entities: readonly ResolvedEntity[]): { id: string; start: number } | null {
  for (const { entity, id } of entities) {
    if (entity.type === 'PERSON') continue;
    const mention = entity.mentions.find((m) => m.end > role.start - ADJACENT && m.start < role.end);
    if (mention !== undefined) return { id, start: mention.start };
  }
  return null;
}

/** The first title of a person that is not a leadership, as the draft's description of them. */
export function describingTitle(person: ExtractedEntity, facts: readonly LeadershipFact[]): string | undefined {
  const used = new Set(facts.map((fact) => fact.title));
  return person.roles.find((role) => !used.has(role.title))?.title;
}
