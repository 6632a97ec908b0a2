/**
 * The catalog's files the app reads under public/: the first view's index (plans and zone names), which it
 * reads first and index.html preloads, and the links across plans, read once the first view is drawn or asked
 * for (each plan's detail file is `src/data/plan-detail-file.ts`).
 */
export const firstViewFile = 'data/catalog-index.json';
export const linksFile = 'data/catalog-links.json';
