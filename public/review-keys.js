/**
 * One key per verdict in the review queue: `a` accepts the draft shown, `r` rejects it. A key
 * typed into a field (correcting a speaker named "Ray", say) is text, never a verdict, and a key
 * held down fires once, not once per repeat.
 */

/** The keys and what each does, so the panel's hints and the handler cannot disagree. */
export const REVIEW_KEYS = Object.freeze({ a: 'accept', r: 'reject' });

/**
 * Whether a key pressed in `target` is being typed into something.
 * @param {EventTarget | null} target
 */
export function isTypingTarget(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  // Buttons and checkboxes take no text, so the keys stay live on them.
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
}

/**
 * Listens on `root` (the document) while `isActive()` holds.
 * @param {Document | HTMLElement} root
 * @param {{ isActive: () => boolean, onAccept: () => void, onReject: () => void }} handlers
 * @returns {() => void} stops listening
 */
export function wireReviewKeys(root, { isActive, onAccept, onReject }) {
  /** @param {Event} event */
  const onKeyDown = (event) => {
    if (!(event instanceof KeyboardEvent)) return;
    if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (!isActive() || isTypingTarget(event.target)) return;
    const action = REVIEW_KEYS[/** @type {keyof typeof REVIEW_KEYS} */ (event.key.toLowerCase())];
    if (action === undefined) return;
    event.preventDefault();
    if (action === 'accept') onAccept();
    else onReject();
  };
  root.addEventListener('keydown', onKeyDown);
  return () => root.removeEventListener('keydown', onKeyDown);
}
