import type { Plugin } from 'vite';
import { cssCustomProperties } from '../src/config/design-tokens.ts';

const publicId = 'virtual:design-tokens.css';
const resolvedId = `\0${publicId}`;

/**
 * Serves the design tokens (src/config/design-tokens.ts) as the stylesheet `virtual:design-tokens.css`, so CSS
 * reads the same colours as the map and the export drawing. Built into the CSS bundle: no script at start-up
 * and no inline style, which the Content-Security-Policy refuses.
 */
export function designTokens(): Plugin {
  return {
    name: 'design-tokens',
    resolveId: (source) => (source === publicId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? cssCustomProperties() : undefined),
    // The tokens are read when the config loads: a change to them restarts the dev server to be read again.
    handleHotUpdate({ file, server }) {
      if (file.endsWith('src/config/design-tokens.ts')) void server.restart();
    },
  };
}
