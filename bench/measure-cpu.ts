import { existsSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds per request spent by each process during a measurement. */
export interface CpuPerRequest {
  /** The GraphQL server (null on the raw side, where it is idle). */
  readonly server: number | null;
  readonly neo4j: number | null;
  /** The benchmark process itself: autocannon, or the driver loops on the raw side. */
  readonly client: number;
}

/** CPU seconds (user + system) a process has used so far; null where /proc is missing. */
function cpuSecondsOf(pid: number | null): number | null {
  if (pid === null || !existsSync(`/proc/${pid}/stat`)) return null;
  // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * Runs `work` and reports the CPU each process used per completed request: where the time of a
 * request goes on a machine whose cores the server, Neo4j and the load generator share.
 */
export async function measureCpu<T extends { requests: number }>(
  pids: { readonly server: number | null; readonly neo4j: number | null },
  work: () => Promise<T>,
): Promise<{ result: T; cpu: CpuPerRequest }> {
  const before = { server: cpuSecondsOf(pids.server), neo4j: cpuSecondsOf(pids.neo4j), client: process.cpuUsage() };
  const result = await work();
  const perRequest = (start: number | null, end: number | null) =>
    start === null || end === null ? null : Number((((end - start) * 1000) / result.requests).toFixed(2));
  const client = process.cpuUsage(before.client);
  return {
    result,
    cpu: {
      server: perRequest(before.server, cpuSecondsOf(pids.server)),
      neo4j: perRequest(before.neo4j, cpuSecondsOf(pids.neo4j)),
      client: Number(((client.user + client.system) / 1000 / result.requests).toFixed(2)),
    },
  };
}
