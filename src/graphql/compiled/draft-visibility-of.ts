import { forbidden } from '../../auth/auth-errors';
import { grantsRole, type Viewer } from '../../auth/roles';
import type { DraftVisibility } from '../../graph/draft-visibility';
import type { FieldSelection } from '../../graph/compile/selection';

/**
 * Whether the answer to `selection` may show drafts: only when some `where` (or `search(review:)`)
 * in it asks for the `DRAFT` status, and only to an editor. Asking without a token with the editor
 * role is FORBIDDEN, so a reader can never learn what the drafts hold, not even that a filter
 * matched none.
 */
export function draftVisibilityOf(selection: FieldSelection, viewer: Viewer): DraftVisibility {
  if (!asksForDrafts(selection)) return { drafts: false };
  if (viewer.kind === 'anonymous' || !grantsRole(viewer.roles, 'editor')) {
    const who = viewer.kind === 'anonymous' ? 'the request has no token' : `the token of "${viewer.subject}" has not`;
    throw forbidden(`Drafts (review status DRAFT) are shown only with the editor role, but ${who}`);
  }
  return { drafts: true };
}

function asksForDrafts(field: FieldSelection): boolean {
  if (namesDraftStatus(field.args)) return true;
  if (field.children === null) return false;
  for (const fields of field.children.values()) if (fields.some(asksForDrafts)) return true;
  return false;
}

/** Whether a checked argument value holds `review: {status: {eq: DRAFT}}` or `{in: [.., DRAFT]}` anywhere. */
function namesDraftStatus(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(namesDraftStatus);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Readonly<Record<string, unknown>>;
  const review = record.review as { readonly status?: { readonly eq?: unknown; readonly in?: unknown } } | undefined;
  const status = typeof review === 'object' ? review.status : undefined;
  if (status !== undefined && (status.eq === 'DRAFT' || (Array.isArray(status.in) && status.in.includes('DRAFT'))))
    return true;
  return Object.values(record).some(namesDraftStatus);
}
