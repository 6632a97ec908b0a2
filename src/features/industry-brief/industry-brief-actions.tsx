import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CatalogIndex } from '../../data/catalog-index';
import { lensScope, type LensScope } from '../../data/lens-scope';
import { loadedCatalogIndex, planDetailsSettled } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { isoDate } from '../../i18n/format';
import { usePlanMap } from '../../map/plan-map-context';
import { takeBriefSnapshot, type BriefSnapshot } from './brief-snapshot';
import { IndustryBrief } from './industry-brief';
import { downloadFile } from '../shared/download-file';
import '../shared/export-buttons.css';
import './industry-brief.css';
import { uiColors } from '../../config/design-tokens';

type Kind = 'print' | 'image';

/**
 * Draws the brief laid out on its A4 sheet into a PNG at twice the CSS pixel size (about 150 dpi). The library
 * is loaded only now, so it costs nothing at start-up.
 */
async function briefImage(sheet: HTMLElement): Promise<Blob | null> {
  const { toBlob } = await import('html-to-image');
  return toBlob(sheet, { pixelRatio: 2, backgroundColor: uiColors.white, style: { position: 'static', left: '0', top: '0' } });
}

/** The lens's take-aways: the industry brief on one A4 page, printed or saved as a PNG, in the chosen language. */
export function IndustryBriefActions({ scope }: { scope: LensScope }) {
  const t = useT(lensMessages);
  const planMap = usePlanMap();
  // The brief cites every plan of the lens: their details are fetched when it is asked for, not before.
  const [job, setJob] = useState<{ kind: Kind; snapshot: BriefSnapshot; index: CatalogIndex; scope: LensScope }>();
  const [busy, setBusy] = useState<Kind>();
  const image = useRef<HTMLImageElement | null>(null);
  const sheet = useRef<HTMLDivElement>(null);

  const prepare = async (kind: Kind) => {
    if (busy) return;
    setBusy(kind);
    try {
      await planDetailsSettled(scope.planIds);
      const index = loadedCatalogIndex();
      const whole = index && lensScope(index, scope.subject);
      if (!index || !whole) throw new Error('the catalog is not in');
      setJob({ kind, snapshot: await takeBriefSnapshot(planMap, whole), index, scope: whole });
    } catch (error) {
      console.warn('brief could not be prepared', error);
      setBusy(undefined);
    }
  };

  const done = useCallback(() => {
    setJob(undefined);
    setBusy(undefined);
  }, []);

  useEffect(() => {
    if (!job) return;
    let live = true;
    const decoded = job.snapshot.mapImage && image.current ? image.current.decode().catch(() => undefined) : undefined;
    Promise.all([decoded, document.fonts?.ready]).then(async () => {
      if (!live) return;
      if (job.kind === 'print') {
        setBusy(undefined);
        window.print();
        return;
      }
      try {
        const blob = sheet.current ? await briefImage(sheet.current) : null;
        if (blob) downloadFile(blob, `suzhou-industry-${scope.subject.id}-${isoDate(job.snapshot.now)}.png`);
        else useAppStore.getState().noticeShown(t('exportFailed'));
      } catch (error) {
        console.warn('brief image failed', error);
        useAppStore.getState().noticeShown(t('exportFailed'));
      }
      if (live) done();
    });
    return () => {
      live = false;
    };
  }, [job, scope.subject.id, t, done]);

  // The snapshot is a large image; a kiosk that runs for days must not keep it after printing.
  useEffect(() => {
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [done]);

  const brief = job && (
    <IndustryBrief
      scope={job.scope}
      index={job.index}
      {...job.snapshot}
      onImageReady={(el) => {
        image.current = el;
      }}
    />
  );

  return (
    <>
      <button type="button" className="button print-brief-button" onClick={() => prepare('print')} aria-busy={busy === 'print'} data-testid="print-industry-brief">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M5.5 7V3h9v4M5.5 14H3.5V8h13v6h-2M6 11.5h8V17H6z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        <span>{busy === 'print' ? t('briefIndustryBusy') : t('briefIndustry')}</span>
      </button>
      <button type="button" className="button print-brief-button" onClick={() => prepare('image')} aria-busy={busy === 'image'} data-testid="export-industry-brief">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{busy === 'image' ? t('briefIndustryBusy') : t('briefExportPng')}</span>
      </button>
      {brief &&
        createPortal(
          // Laid out off screen, so it is measured and fitted before it is printed or drawn (industry-brief.css).
          <div className="ibrief-sheet" ref={sheet} aria-hidden={job.kind === 'image' ? true : undefined}>
            {brief}
          </div>,
          document.body,
        )}
    </>
  );
}
