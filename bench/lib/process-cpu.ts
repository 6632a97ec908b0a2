import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/** What the DevTools protocol's `SystemInfo.getProcessInfo` reports of a process. */
export interface ProcessInfo {
  type: string;
  id: number;
  /** Seconds, in the operating system's clock ticks (10 ms on Linux). */
  cpuTime: number;
}

/**
 * A process's CPU time in ms by thread name: on Linux its threads' run time in nanoseconds
 * (`/proc/<pid>/task/<tid>/schedstat`), as the DevTools protocol's ticks of 10 ms blur a press's few milliseconds;
 * elsewhere the protocol's, as one thread.
 */
export function threadCpuMsOf(process: ProcessInfo): Map<string, number> {
  const byThread = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${process.id}/task`)) {
      const name = readFileSync(`/proc/${process.id}/task/${tid}/comm`, 'utf8').trim().replace(/\d+$/, '');
      const ms = Number(readFileSync(`/proc/${process.id}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      byThread.set(name, (byThread.get(name) ?? 0) + ms);
    }
  } catch {
    byThread.set('(all)', process.cpuTime * 1000);
  }
  return byThread;
}

export const sum = (byThread: Map<string, number>) => [...byThread.values()].reduce((a, b) => a + b, 0);

/** The GPU process's CPU time by thread and the renderers' in all, in ms, from a browser-wide DevTools session. */
export async function processCpu(browserSession: CDPSession): Promise<{ gpu: Map<string, number>; renderer: number }> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as unknown as { processInfo: ProcessInfo[] };
  const gpu = processInfo.find((p) => p.type === 'GPU');
  const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => sum(threadCpuMsOf(p)));
  return { gpu: gpu ? threadCpuMsOf(gpu) : new Map<string, number>(), renderer: renderers.reduce((a, b) => a + b, 0) };
}
