import { lazy, Suspense, type ComponentProps } from 'react';
import type { DraftNote as Note } from './draft-note';

// Fetched only when a draft zone's card shows: only draft mode (`?mode=draft`) has draft zones.
const DraftNoteCode = lazy(() => import('./draft-note').then((m) => ({ default: m.DraftNote })));

/** The note on a draft zone's card, its code and draft mode's strings in a chunk of their own. */
export function DraftNote(props: ComponentProps<typeof Note>) {
  return (
    <Suspense fallback={null}>
      <DraftNoteCode {...props} />
    </Suspense>
  );
}
