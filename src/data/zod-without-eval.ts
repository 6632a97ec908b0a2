import { z } from 'zod';

// Zod compiles faster object parsers with `new Function` where a page allows it, and finds out by trying
// when a schema is defined. The app's Content-Security-Policy has no 'unsafe-eval', so that try is refused
// and reported as a violation on every load; told not to try, zod parses the catalog as fast in practice.
// Imported first by main.tsx, before any module defines a schema.
z.config({ jitless: true });
