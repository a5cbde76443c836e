import { badUserInput } from '../../errors/error-codes';
import {
  labelOfNodeType,
  PROVENANCE_TYPES,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../graph/graph-model';

/**
 * Argument checks shared by resolvers. Out-of-range values are errors with code BAD_USER_INPUT
 * naming the argument, the allowed range and the value received; nothing is silently clamped.
 */

/** An integer argument's default and inclusive bounds. */
export interface IntegerRange {
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
}

export function requireIntegerIn(
  name: string,
  value: number | null | undefined,
  { fallback, min, max }: IntegerRange,
): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max)
    throw badUserInput(name, `an integer from ${min} to ${max}`, actual);
  return actual;
}

/** Labels for a `types: [NodeType!]` argument; null (all types) when absent. */
export function toLabels(types: readonly string[] | null | undefined): NodeLabel[] | null {
  if (types === undefined || types === null) return null;
  // GraphQL has already checked each value against the NodeType enum.
  return types.map((type) => labelOfNodeType(type) as NodeLabel);
}

/** Relationship types a path may follow: the listed ones, or all but provenance by default. */
export function toPathTypes(via: readonly string[] | null | undefined): RelationshipType[] {
  if (via === undefined || via === null) return RELATIONSHIP_TYPES.filter((type) => !PROVENANCE_TYPES.includes(type));
  return RELATIONSHIP_TYPES.filter((type) => via.includes(type));
}

/** Free text arguments are bounded so a 100 kB string is refused, not searched. */
export function requireTextUpTo(name: string, value: string, maxLength: number): string {
  if (value.length > maxLength)
    throw badUserInput(name, `at most ${maxLength} characters`, `${value.slice(0, 40)}… (${value.length} characters)`);
  return value;
}
