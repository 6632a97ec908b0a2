import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { uiColors } from '../../config/design-tokens';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { downloadFile } from '../shared/download-file';
import { takeAwayDone, takeAwayHandedOver, useTakeAway } from './take-away-job';

/**
 * Draws a sheet into a PNG at twice the CSS pixel size (about 150 dpi). The library is loaded only now, so it
 * costs nothing at start-up.
 */
async function sheetImage(sheet: HTMLElement): Promise<Blob | null> {
  const { toBlob } = await import('html-to-image');
  return toBlob(sheet, { pixelRatio: 2, backgroundColor: uiColors.white, style: { position: 'static', left: '0', top: '0' } });
}

/**
 * Lays out the take-away in hand at the end of the page, above the switch between the phone's and the wide
 * layout, and prints it or saves it as a PNG once its images are decoded and its fonts are in.
 */
export function TakeAwayHost() {
  const job = useTakeAway((state) => state.job);
  const t = useT();
  // Read when a save fails: a language changed meanwhile must not start the job again.
  const exportFailed = useRef('');
  exportFailed.current = t('exportFailed');
  const sheet = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!job) return;
    let live = true;
    const images = [...(sheet.current?.querySelectorAll('img') ?? [])].map((image) => image.decode().catch(() => undefined));
    Promise.all([...images, document.fonts?.ready]).then(async () => {
      if (!live) return;
      if (job.kind === 'print') {
        takeAwayHandedOver();
        window.print();
        return;
      }
      try {
        const blob = sheet.current ? await sheetImage(sheet.current) : null;
        if (blob && job.fileName) downloadFile(blob, job.fileName);
        else useAppStore.getState().noticeShown(exportFailed.current);
      } catch (error) {
        console.warn('the take-away image failed', error);
        useAppStore.getState().noticeShown(exportFailed.current);
      }
      if (live) takeAwayDone();
    });
    return () => {
      live = false;
    };
  }, [job]);

  // The snapshot is a large image; a kiosk that runs for days must not keep it after printing.
  useEffect(() => {
    window.addEventListener('afterprint', takeAwayDone);
    return () => window.removeEventListener('afterprint', takeAwayDone);
  }, []);

  if (!job) return null;
  return createPortal(
    <div className={job.className} ref={sheet} aria-hidden={job.kind === 'image' ? true : undefined}>
      {job.content}
    </div>,
    document.body,
  );
}
