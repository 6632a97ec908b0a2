/** One term of the brief's key facts (plan, role, theme, districts). */
export function BriefFact({ term, value, strong = false }: { term: string; value: string; strong?: boolean }) {
  return (
    <div className="brief__fact">
      <dt>{term}</dt>
      <dd className={strong ? 'brief__fact--strong' : undefined}>{value}</dd>
    </div>
  );
}
