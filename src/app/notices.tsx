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

  useEffect(() => {
    if (notices.length === 0) return;
    const timer = window.setTimeout(() => noticeDismissed(notices[0]!.id), noticeLifetimeMs);
    return () => window.clearTimeout(timer);
  }, [notices, noticeDismissed]);

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
