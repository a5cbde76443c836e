/** The roles a token can carry, each granting everything the ones before it do. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making a request: nobody (no token), or the subject of a verified token. */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'authenticated'; readonly subject: string; readonly roles: readonly Role[] };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/** True when one of `granted` is `needed` or above it (an admin may do what an editor may). */
export function grantsRole(granted: readonly Role[], needed: Role): boolean {
  const rank = ROLES.indexOf(needed);
  return granted.some((role) => ROLES.indexOf(role) >= rank);
}

/** The known roles in a token's roles claim: a list, or one space-separated string (OAuth `scope` style). */
export function rolesFromClaim(claim: unknown): Role[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/\s+/) : [];
  return ROLES.filter((role) => values.includes(role));
}
