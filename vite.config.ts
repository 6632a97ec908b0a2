import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'tests/data/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
