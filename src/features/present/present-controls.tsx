import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import type { ResolvedStep } from '../shared/tour/tour-step';
import { fill } from '../../i18n/fill';
import { panelMessages } from '../../i18n/messages-panels';

/** Previous / "3 / 7" / next, big enough to hit on a touch screen or with a mouse from a lectern. */
export function PresentControls({ current }: { current: ResolvedStep }) {
  const t = useT(panelMessages);
  const tourStepped = useAppStore((s) => s.tourStepped);
  const tourStepSet = useAppStore((s) => s.tourStepSet);
  const label = fill(t('presentStepOf'), { n: current.index + 1, total: current.total });
  return (
    <nav className="present-controls" aria-label={t('presentTour')}>
      <button type="button" className="present-controls__button" aria-label={t('presentPrev')} disabled={current.isFirst} onClick={() => tourStepped(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <p className="present-controls__indicator" aria-live="polite" aria-label={label} data-testid="present-step">
        <strong>{current.index + 1}</strong> / {current.total}
      </p>
      <button type="button" className="present-controls__button" aria-label={t('presentNext')} disabled={current.isLast} onClick={() => tourStepped(1)}>
        <span aria-hidden="true">›</span>
      </button>
      <ol className="present-controls__dots" aria-hidden="true">
        {current.tour.steps.map((step, i) => (
          <li key={`${step.zoneId}-${i}`} className={i === current.index ? 'is-current' : i < current.index ? 'is-done' : undefined}>
            <button type="button" tabIndex={-1} onClick={() => tourStepSet(i)} />
          </li>
        ))}
      </ol>
    </nav>
  );
}
