/**
 * The catalog's two files under public/: the first view's index (plans and zone names), which the app reads
 * first and index.html preloads, and the whole catalog, read once the first view is drawn or asked for.
 */
export const firstViewFile = 'data/catalog-index.json';
export const catalogFile = 'data/catalog.json';
