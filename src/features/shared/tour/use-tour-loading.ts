import { useEffect } from 'react';
import { assetUrl } from '../../../config/env';
import { useCatalogIndex } from '../../../state/use-catalog';
import { messages } from '../../../i18n/messages';
import { useAppStore } from '../../../state/store';
import { fallbackTours, toursForCatalog } from './catalog-tours';
import { DataFileError } from '../../../data/fetch-data-file';

/**
 * Loads public/data/tours.json once the catalog is ready and puts the tours the catalog can show in the
 * store. A broken file leaves a notice and the per-plan fallback tours, so a presentation still opens.
 */
export function useTourLoading(): void {
  const index = useCatalogIndex();
  const ready = useAppStore((s) => s.tours.status === 'ready');

  useEffect(() => {
    if (!index || ready) return;
    let alive = true;
    const fallBack = (problems: string[]) => {
      const { toursLoaded, noticeShown, locale } = useAppStore.getState();
      toursLoaded(fallbackTours(index), problems);
      noticeShown(messages[locale].presentToursBroken + problems.join('; '));
    };
    // The tours' check (zod) is fetched with them, not with the first view.
    import('../../../data/load-tours')
      .then(({ loadTours }) => loadTours(assetUrl('data/tours.json')))
      .then(
        (tours) => {
          if (!alive) return;
          const usable = toursForCatalog(tours, index);
          if (usable.length) useAppStore.getState().toursLoaded(usable);
          else fallBack(['data/tours.json: no tour has a zone of the catalog']);
        },
        (error: unknown) => {
          if (!alive) return;
          fallBack(error instanceof DataFileError ? [`${error.file}: ${error.problems.join('; ')}`] : [String(error)]);
        },
      );
    return () => {
      alive = false;
    };
  }, [index, ready]);
}
