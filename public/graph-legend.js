/**
 * The legend: one button per node type with its colour, shape and how many are drawn. Pressing
 * one hides that type, which is the quickest way to thin out a claim-heavy neighbourhood.
 */
import { buildElement } from './build-element.js';
import { NODE_TYPES } from './node-types.js';

/**
 * @param {HTMLElement} container
 * @param {{ countsByType: Map<string, number>, hiddenTypes: Set<string>,
 *   onToggle: (type: string) => void }} legend countsByType: drawn nodes per type
 */
export function renderLegend(container, { countsByType, hiddenTypes, onToggle }) {
  container.replaceChildren(
    ...NODE_TYPES.map(({ type, name, colour, clipPath }) => {
      const swatch = buildElement('span', { className: 'swatch', attributes: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = colour;
      swatch.style.clipPath = clipPath;
      const hidden = hiddenTypes.has(type);
      return buildElement('li', {}, [
        buildElement(
          'button',
          {
            className: 'legend-item',
            attributes: {
              type: 'button',
              'aria-pressed': String(!hidden),
              'data-type': type,
              title: hidden ? `Show ${name.toLowerCase()} nodes` : `Hide ${name.toLowerCase()} nodes`,
            },
            onClick: () => onToggle(type),
          },
          [
            swatch,
            buildElement('span', { className: 'legend-name', text: name }),
            buildElement('span', { className: 'legend-count', text: countsByType.get(type) ?? 0 }),
          ],
        ),
      ]);
    }),
  );
}
