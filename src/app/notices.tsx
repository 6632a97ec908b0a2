import { useEffect } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';

/** How long a notice stays before it leaves by itself; long enough to read two lines. */
const noticeLifetimeMs = 10_000;

/** Non-blocking messages (e.g. a link parameter that was ignored); they never stop the app. */
export function Notices() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const noticeDismissed = useAppStore((s) => s.noticeDismissed);
  // A notice given while the page loads (a link's unknown parameter) would be gone before a slow phone has
  // drawn the map: its lifetime starts when the first view is on screen, or when it is clear it will not be.
  const pageSettled = useAppStore(
    (s) => s.firstViewDrawn || s.mapStatus === 'unsupported' || s.mapStatus === 'failed' || s.catalog.status === 'error',
  );

  useEffect(() => {
    if (notices.length === 0 || !pageSettled) return;
    const timer = window.setTimeout(() => noticeDismissed(notices[0]!.id), noticeLifetimeMs);
    return () => window.clearTimeout(timer);
  }, [notices, noticeDismissed, pageSettled]);

  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice-toast">
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={() => noticeDismissed(notice.id)}>
            {t('noticeDismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
