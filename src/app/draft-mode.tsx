import { lazy, Suspense } from 'react';
import { readDraftLink } from '../state/url';

// Fetched only with `?mode=draft`: no other visitor downloads the draft tools or terra-draw.
const Draft = lazy(() => import('../features/draft/draft').then((module) => ({ default: module.Draft })));

export const draftLaunch = typeof window !== 'undefined' && readDraftLink(window.location.search);

/** Mounted once by the app, over the map: with `?mode=draft` it runs draft mode. */
export function DraftMode({ launch = draftLaunch }: { launch?: boolean }) {
  return launch ? (
    <Suspense fallback={null}>
      <Draft />
    </Suspense>
  ) : null;
}
