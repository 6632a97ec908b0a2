import type { Target, Task } from '../../src/data/catalog-schema.ts';
import { targetIndustriesFileSchema, tasksFileSchema } from './authored-schema.ts';
import { parse, type AuthoredFile } from './parse-authored.ts';

/** Reads data/tasks-2022.yaml: a task's programme and lead units, written there by key, become names. */
export function readTasks(file: AuthoredFile, problems: string[]): Task[] {
  const parsed = parse(tasksFileSchema, file, problems);
  if (!parsed) return [];
  return parsed.tasks.map((task) => {
    const at = `${file.path}: tasks[${task.id}]`;
    const programme = parsed.programmes[task.programme];
    if (!programme) problems.push(`${at}.programme: unknown programme "${task.programme}"`);
    const leads = task.leads.flatMap((key) => {
      const unit = parsed.units[key];
      if (!unit) problems.push(`${at}.leads: unknown unit "${key}"`);
      return unit ? [unit] : [];
    });
    return { ...task, programme: programme ?? { zh: task.programme }, leads };
  });
}

/** Reads data/target-industries.yaml onto the targets it names. */
export function attachTargetIndustries(file: AuthoredFile, targets: Target[], problems: string[]): void {
  const byId = new Map(targets.map((target) => [target.id, target]));
  for (const [targetId, industryIds] of Object.entries(parse(targetIndustriesFileSchema, file, problems) ?? {})) {
    const target = byId.get(targetId);
    if (target) target.industryIds = industryIds;
    else problems.push(`${file.path}: ${targetId}: unknown target`);
  }
}
