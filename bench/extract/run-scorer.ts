import { execFileSync } from 'node:child_process';

/** The micro totals the development set's scorer prints (`node score.mjs gold/ predictions/`). */
export interface ScorerTotals {
  readonly quotes: {
    readonly gold: number;
    readonly found: number;
    readonly recall: number | null;
    readonly precision: number | null;
    readonly speakerAccuracy: number | null;
  };
  readonly entities: Record<
    'people' | 'organizations' | 'places',
    { readonly recall: number | null; readonly precision: number | null }
  >;
}

/** Runs the scorer as its own process (it is the set's, not ours) and returns its micro totals. */
export function runScorer(scorer: string, folders: { gold: string; predictions: string }): ScorerTotals {
  const output = execFileSync('node', [scorer, folders.gold, folders.predictions], { encoding: 'utf8' });
  return (JSON.parse(output) as { micro: ScorerTotals }).micro;
}
