import { createContext, useContext } from 'react';
import type { PlanMap } from './plan-map';

/** The app's PlanMap, for the map view that mounts it and the take-aways that read the live map. */
export const PlanMapContext = createContext<PlanMap | undefined>(undefined);

/** The app's PlanMap; undefined outside the app's provider (a panel rendered alone in a test has no map). */
export const usePlanMap = (): PlanMap | undefined => useContext(PlanMapContext);
