import { cpus, platform, release, totalmem, arch } from 'node:os';

export interface MachineInfo {
  os: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  chromium?: string;
}

export function machineInfo(chromium?: string): MachineInfo {
  const list = cpus();
  return {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
  };
}
