import type { OperationResult } from './bench-results';

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { top: 40, right: 230, bottom: 50, left: 70 };
/** Each side's line: ours solid, the peer dotted, the raw floor dashed. */
const SIDES = [
  ['ours', ''],
  ['peer', ' stroke-dasharray="2 3"'],
  ['raw', ' stroke-dasharray="6 4"'],
] as const;
const COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#7f7f7f',
  '#bcbd22',
];

/**
 * An SVG line chart of p99 latency against graph size, one colour per operation: ours solid, the
 * peer dotted, the raw-Cypher floor dashed. Both axes are logarithmic, since sizes grow tenfold and latencies
 * span orders of magnitude. Plain SVG: no chart library needed for a few lines.
 */
export function drawP99Chart(operations: readonly OperationResult[]): string {
  const sizes = [...new Set(operations.map((operation) => operation.graphNodes))].sort((a, b) => a - b);
  const latencies = operations.flatMap((operation) =>
    SIDES.flatMap(([side]) => (operation[side] === null ? [] : [operation[side].p99])),
  );
  const [xMin, xMax] = paddedLogRange(sizes[0] ?? 1, sizes.at(-1) ?? 10);
  const [yMin, yMax] = paddedLogRange(Math.min(...latencies), Math.max(...latencies));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (value: number) => MARGIN.left + ((Math.log10(value) - xMin) / (xMax - xMin)) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - ((Math.log10(value) - yMin) / (yMax - yMin)) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15" font-weight="bold">p99 by graph size (us solid, @neo4j/graphql dotted, raw Cypher dashed)</text>`,
  ];
  for (let exponent = Math.floor(yMin); exponent <= Math.floor(yMax); exponent += 1) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** exponent;
      if (Math.log10(value) < yMin || Math.log10(value) > yMax) continue;
      parts.push(
        `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#ddd"/>`,
      );
      parts.push(
        `<text x="${MARGIN.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${formatMs(value)}</text>`,
      );
    }
  }
  for (const size of sizes) {
    parts.push(
      `<line x1="${x(size).toFixed(1)}" x2="${x(size).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#ddd"/>`,
    );
    parts.push(
      `<text x="${x(size).toFixed(1)}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${formatNodes(size)}</text>`,
    );
  }
  parts.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#333"/>`,
  );
  parts.push(
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle">graph nodes (log scale)</text>`,
  );
  parts.push(
    `<text transform="translate(16 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">p99 latency, ms (log scale)</text>`,
  );

  const names = [...new Set(operations.map((operation) => operation.name))];
  names.forEach((name, index) => {
    const color = COLORS[index % COLORS.length] as string;
    const series = operations
      .filter((operation) => operation.name === name)
      .sort((a, b) => a.graphNodes - b.graphNodes);
    for (const [side, dash] of SIDES) {
      const points = series.flatMap((operation) => {
        const figures = operation[side];
        return figures === null ? [] : [`${x(operation.graphNodes).toFixed(1)},${y(figures.p99).toFixed(1)}`];
      });
      parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
      for (const point of points) {
        const [px, py] = point.split(',');
        parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${color}"/>`);
      }
    }
    const legendY = MARGIN.top + 10 + index * 20;
    const legendX = MARGIN.left + plotWidth + 16;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 24}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${legendX + 30}" y="${legendY + 4}">${escapeXml(name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** log10 bounds around [low, high], widened a little so points do not sit on the frame. */
function paddedLogRange(low: number, high: number): [number, number] {
  const from = Math.log10(Math.max(low, 1e-3));
  const to = Math.log10(Math.max(high, low * 1.01, 1e-3));
  const pad = Math.max((to - from) * 0.08, 0.1);
  return [from - pad, to + pad];
}

function formatMs(value: number): string {
  return value >= 1000 ? `${value / 1000} s` : `${Number(value.toPrecision(2))}`;
}

function formatNodes(value: number): string {
  // 999,704 reads "1.00M", not "1000k".
  if (value >= 995_000) return `${(value / 1e6).toPrecision(3)}M`;
  return value >= 1e3 ? `${Number((value / 1e3).toPrecision(3))}k` : String(value);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
