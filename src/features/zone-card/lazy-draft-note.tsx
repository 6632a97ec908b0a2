import { Suspense, type ComponentProps } from 'react';
import { deferred } from '../shared/deferred';
import type { DraftNote as Note } from './draft-note';

const DraftNoteCode = deferred(() => import('./draft-note').then((m) => m.DraftNote));

/**
 * The note on a draft zone's card, its code and draft mode's strings in a chunk of their own: only draft mode
 * (`?mode=draft`) has draft zones, and by the time one is drawn the idle prefetch has long brought it.
 */
export function DraftNote(props: ComponentProps<typeof Note>) {
  return (
    <Suspense fallback={null}>
      <DraftNoteCode {...props} />
    </Suspense>
  );
}
