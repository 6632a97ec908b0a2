import './data/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { startUrlSync } from './app/url-sync';
import { useAppStore } from './state/store';
import './app/app.css';

// Before the first render, so a link's language and camera are there when the map is created.
startUrlSync(useAppStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
