import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { startUrlSync } from './app/url-sync';
import { PlanMap } from './map/plan-map';
import { PlanMapContext } from './map/plan-map-context';
import { useAppStore } from './state/store';
import 'virtual:design-tokens.css';
import './app/app.css';

// Before the first render, so a link's language and camera are there when the map is created.
startUrlSync(useAppStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <PlanMapContext value={new PlanMap(useAppStore)}>
        <App />
      </PlanMapContext>
    </ErrorBoundary>
  </StrictMode>,
);
