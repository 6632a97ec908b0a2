import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { startApp } from './app/start';
import { PlanMapContext } from './map/plan-map-context';
import { useAppStore } from './state/store';
import 'virtual:design-tokens.css';
import './app/app.css';

// The map starts before the first render: its style, data and worker load while React draws the panels, and
// the map view then moves it into its place.
const planMap = startApp(useAppStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <PlanMapContext value={planMap}>
        <App />
      </PlanMapContext>
    </ErrorBoundary>
  </StrictMode>,
);
