import type { Page } from 'playwright-core';

/**
 * Measures the CPU time a page's main thread spends on `work`, in milliseconds, from Chromium's own
 * `ThreadTime` metric. Wall time on this shared two-core machine swings with other processes'
 * load (17.2 s wall for 2.0 s of main-thread time at load 16 to 19), so a budget for the page's own work is checked against
 * the time the page itself used; the wall time is returned too, for the log.
 */
export async function measureMainThread<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number; wallMs: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const threadTime = async (): Promise<number> => {
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = metrics.find((candidate) => candidate.name === 'ThreadTime');
    if (metric === undefined) throw new Error('Chromium reported no ThreadTime metric');
    return metric.value * 1_000;
  };
  const cpuBefore = await threadTime();
  const started = performance.now();
  const result = await work();
  const wallMs = performance.now() - started;
  const cpuMs = (await threadTime()) - cpuBefore;
  await session.detach();
  return { result, cpuMs, wallMs };
}
