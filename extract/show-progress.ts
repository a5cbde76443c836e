import { SingleBar } from 'cli-progress';
import type { BatchEvent } from '../src/extract/batch/batch-types';

/**
 * A batch's progress: on a terminal, one bar with articles done, quotes found and the time left
 * (cli-progress estimates it from the pace so far); otherwise (a pipe, a log, CI) one plain line
 * per article, which a log keeps readable. Returns the event handler and a `stop` for the end.
 */
export function showProgress(stream: NodeJS.WriteStream = process.stdout): {
  onEvent: (event: BatchEvent) => void;
  stop: () => void;
} {
  let done = 0;
  let quotes = 0;
  let total = 0;
  if (!stream.isTTY) {
    return {
      onEvent: (event) => {
        if (event.kind === 'planned') {
          total = event.toExtract;
          stream.write(`${event.total} text(s): ${event.toExtract} to extract, ${event.upToDate} up to date\n`);
        } else if (event.kind === 'written') {
          done += 1;
          stream.write(`[${done}/${total}] ${event.draft} (${event.quotes} quotes)\n`);
        } else {
          if (event.stage === 'extraction') done += 1;
          stream.write(`failed: ${event.file}: ${event.reason}\n`);
        }
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream,
    format: 'articles {bar} {value}/{total} | quotes {quotes} | failed {failed} | time left {eta_formatted}',
    etaBuffer: 20,
  });
  let failed = 0;
  return {
    onEvent: (event) => {
      if (event.kind === 'planned') bar.start(event.toExtract, 0, { quotes: 0, failed: 0 });
      else if (event.kind === 'written') bar.update(++done, { quotes: (quotes += event.quotes), failed });
      // Texts refused on input were never counted in the bar's total; those failing later were.
      else if (event.kind === 'failed') {
        if (event.stage === 'extraction') done += 1;
        bar.update(done, { quotes, failed: ++failed });
      }
    },
    stop: () => bar.stop(),
  };
}
