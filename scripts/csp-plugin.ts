import type { Plugin } from 'vite';
import { headerPolicy, metaPolicy, type PolicyOptions } from '../src/config/content-security-policy.ts';

/**
 * Puts the app's Content-Security-Policy (src/config/content-security-policy.ts) into the built index.html
 * right after <meta charset>, before any script or stylesheet, which it then governs, and sends it as a
 * header from `vite preview` (`npm start`, the browser tests), where it also governs the map's worker and
 * the service worker, which a <meta> policy does not reach. Not in `vite dev`: the dev server injects inline
 * scripts and talks to the page over a WebSocket.
 */
export function contentSecurityPolicy(): Plugin {
  let options: PolicyOptions = {};
  return {
    name: 'suzhou:content-security-policy',
    configResolved(config) {
      // The deployment setting the app reads through src/config/env.ts, as Vite loaded it for this build.
      const baseMap = config.env.VITE_ONLINE_BASEMAP_URL as string | undefined;
      options = { onlineBaseMapUrl: baseMap?.trim() || undefined };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>, after which the policy goes');
        // The policy's sources are quoted with ' only, so a "-quoted attribute needs no escaping.
        return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy(options)}" />`);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', headerPolicy(options));
        next();
      });
    },
  };
}
