import { describe, expect, it } from 'vitest';
import { sum, threadCpuMsOf } from '../../bench/lib/process-cpu';

describe('bench process CPU', () => {
  it.runIf(process.platform === 'linux')("reads a process's threads' run time in ms, as the kernel's own count", () => {
    const self = { type: 'test', id: process.pid, cpuTime: 0 };
    const before = threadCpuMsOf(self);
    const usage = process.cpuUsage();
    // Spin for 30 ms of CPU (not of the clock, which a busy machine stretches).
    while (process.cpuUsage(usage).user < 30_000);
    const kernelMs = (process.cpuUsage(usage).user + process.cpuUsage(usage).system) / 1000;
    const spent = sum(threadCpuMsOf(self)) - sum(before);
    expect(spent).toBeGreaterThan(kernelMs - 5);
    expect(spent).toBeLessThan(kernelMs + 15);
  });

  it('falls back to the DevTools protocol\'s seconds for a process it cannot read', () => {
    expect(threadCpuMsOf({ type: 'GPU', id: -1, cpuTime: 1.5 })).toEqual(new Map([['(all)', 1500]]));
  });
});
