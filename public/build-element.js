/**
 * Builds DOM from data without ever parsing it as HTML: every string goes in as textContent or
 * an attribute value, so text from the graph cannot inject markup (no innerHTML anywhere).
 */

/**
 * @param {string} tag
 * @param {{ className?: string, text?: string | number, attributes?: Record<string, string | number | boolean | null | undefined>,
 *   onClick?: (event: MouseEvent) => void }} [options]
 * @param {Array<Node | string | null | undefined | false>} [children] falsy children are skipped, so callers can write `condition && child`
 * @returns {HTMLElement}
 */
export function buildElement(tag, options = {}, children = []) {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (options.onClick) element.addEventListener('click', options.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}
