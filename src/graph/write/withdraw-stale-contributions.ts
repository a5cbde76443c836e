import type { TransactionRunner } from '../graph-database';
import { FACT_TYPES, type FactType } from '../graph-model';
import { READ_SOURCE_LEDGERS, withdrawContributionsStatement } from './fact-contribution-statements';
import { runInBatches, type NodeRowParameter, type WriteCounts } from './merge-statements';

/** The facts one source contributed to, as parallel lists on its node (docs/sources.md). */
export interface SourceLedger {
  readonly factTypes: readonly string[];
  readonly factFroms: readonly string[];
  readonly factTos: readonly string[];
}

/** The ledger a source row carries: the facts its file contributes to now. */
export function ledgerOf(row: NodeRowParameter): SourceLedger {
  const list = (key: keyof SourceLedger) => {
    const value = row.properties[key];
    return Array.isArray(value) ? (value as string[]) : [];
  };
  return { factTypes: list('factTypes'), factFroms: list('factFroms'), factTos: list('factTos') };
}

const keyOf = (type: string, from: string, to: string) => `${type}\u0000${from}\u0000${to}`;

/**
 * Before the sources of `sourceRows` are written (which replaces their ledgers), takes each
 * source's share out of the facts its last load contributed to and this load no longer does,
 * deleting a fact left with nothing (see withdrawContributionsStatement). The facts it still
 * contributes to get their share replaced when they are written. A source loaded for the first
 * time, or loaded before sources kept ledgers, has nothing to withdraw.
 */
export async function withdrawStaleContributions(
  run: TransactionRunner,
  sourceRows: readonly NodeRowParameter[],
  counts: WriteCounts,
): Promise<void> {
  if (sourceRows.length === 0) return;
  const current = new Map(sourceRows.map((row) => [row.id, ledgerOf(row)]));
  const result = await run(READ_SOURCE_LEDGERS, { ids: [...current.keys()] });
  counts.queries += 1;
  const stale = new Map<FactType, { source: string; from: string; to: string }[]>();
  for (const record of result.records) {
    const id = record.get('id') as string;
    const now = current.get(id);
    const keep = new Set(
      now === undefined
        ? []
        : now.factTypes.map((type, i) => keyOf(type, now.factFroms[i] ?? '', now.factTos[i] ?? '')),
    );
    const [types, froms, tos] = ['types', 'froms', 'tos'].map((key) => record.get(key) as string[]) as [
      string[],
      string[],
      string[],
    ];
    types.forEach((type, i) => {
      const from = froms[i] ?? '';
      const to = tos[i] ?? '';
      const factType = FACT_TYPES.find((known) => known === type);
      if (factType === undefined || keep.has(keyOf(type, from, to))) return;
      stale.set(factType, [...(stale.get(factType) ?? []), { source: id, from, to }]);
    });
  }
  for (const [type, rows] of stale)
    await runInBatches(
      run,
      { statement: withdrawContributionsStatement(type), key: 'rows', rows, batchSize: 2_000 },
      counts,
    );
}
