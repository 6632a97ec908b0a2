/** Where a plan's detail file is, below the site root (a module of its own: the loader's schema is not on the first view's path). */
export const planDetailFile = (planId: string): string => `data/plan-details/${planId}.json`;
