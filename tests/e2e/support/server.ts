import { preview, type PreviewServer } from 'vite';

/** Serves the production build (dist/) on a free loopback port, as `vite preview` would. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { url, close: () => server.close() };
}
