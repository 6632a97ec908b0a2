import type { Plan } from '../../data/catalog-schema';

/** The last year a plan's period names: "“十四五” 2021–2025" → 2025. Undefined when it names no year. */
export function periodEndYear(plan: Plan): number | undefined {
  const years = `${plan.period.zh} ${plan.period.en ?? ''}`.match(/\b(19|20)\d{2}\b/g)?.map(Number) ?? [];
  return years.length ? Math.max(...years) : undefined;
}

/** Whether the plan's period is over on `today` (a plan running to 2025 has ended once 2026 begins). */
export function planEnded(plan: Plan, today: Date = new Date()): boolean {
  const end = periodEndYear(plan);
  return end !== undefined && today.getFullYear() > end;
}
