import type { Map as MapLibreMap } from 'maplibre-gl';
import { suzhouBounds } from '../config/view';
import type { Store } from '../state/store';
import { bindContextRecovery } from './bind-context-recovery';
import { bindFrameWatchdog } from './bind-frame-watchdog';
import { bindMapToStore } from './bind-map-to-store';
import { framePadding } from './camera';
import { createMap, type CreateMapOptions } from './create-map';
import './plan-map.css';

declare global {
  interface Window {
    /** The live map, for the browser tests and the benchmark only: the app reaches it through PlanMap. */
    __suzhouMap?: MapLibreMap;
  }
}

const nothing = () => undefined;

/**
 * The one owner of the map's life: it creates the MapLibre map, binds it to the store, replaces it after a lost
 * WebGL context, and tears it down. React holds the PlanMap (PlanMapContext), never the map; the map is never
 * kept in React state or the store. Modules that need the live map (take-aways) ask `planMap.map`.
 *
 * The map draws in an element of the PlanMap's own, so it can be created before React has drawn the page
 * around it (the entry starts it first): the map's style, data and worker start loading while React renders,
 * and the map view then moves the element into its place. A moved canvas keeps its WebGL context.
 */
export class PlanMap {
  #map: MapLibreMap | undefined;
  /** Ends the current map's store bindings: nothing while its context is lost. */
  #unbind: () => void = nothing;
  /** Ends the watch over the current map's context and frames. */
  #unwatch: () => void = nothing;
  /** Set when the map framed all of Suzhou while it waited for its place: it frames it again once placed. */
  #frameWhenPlaced = false;
  /** Where the map draws; waits out of sight, at the size of the window, until the map view places it. */
  readonly element: HTMLElement = document.createElement('div');

  constructor(private readonly store: Store) {
    this.element.className = 'plan-map';
  }

  /** The live map; undefined before `start`, after `destroy`, or when the map could not be made. */
  get map(): MapLibreMap | undefined {
    return this.#map;
  }

  /**
   * Creates the map where a link or the store puts the camera, in the PlanMap's element, waiting in the page
   * until it is placed; says so when there can be none.
   */
  start(): void {
    const { locale, camera, mapInsets } = this.store.getState();
    if (!this.element.isConnected) document.body.append(this.element);
    this.#frameWhenPlaced = !camera && this.element.parentElement === document.body;
    this.#create({ container: this.element, locale, camera, insets: mapInsets });
  }

  /**
   * Moves the map into `slot`, its place in the page. A map that framed all of Suzhou on the whole window
   * frames it again in its place, clear of what covers it (the layer panel, the phone's sheet): nobody can
   * have moved a map that was out of sight. What was asked to be framed while it waited (a kiosk's first
   * attract step) is asked again, to be framed in its place rather than on the whole window.
   */
  place(slot: HTMLElement): void {
    if (this.element.parentElement !== slot) slot.append(this.element);
    const map = this.#map;
    // Destroyed when its view was unmounted (React's StrictMode does that once in development): made again here.
    if (!map) {
      this.start();
      return;
    }
    map.resize();
    if (!this.#frameWhenPlaced) return;
    this.#frameWhenPlaced = false;
    const { framing, framingRequested, mapInsets } = this.store.getState();
    if (framing) {
      const { seq: _seq, ...target } = framing;
      framingRequested(target);
      return;
    }
    map.fitBounds(suzhouBounds, { padding: framePadding(this.element, mapInsets), duration: 0 });
  }

  destroy(): void {
    this.#unbind();
    this.#unwatch();
    this.#unbind = this.#unwatch = nothing;
    const map = this.#map;
    this.#map = undefined;
    if (!map) return;
    if (window.__suzhouMap === map) delete window.__suzhouMap;
    try {
      map.remove();
    } catch (error) {
      // A map whose context is lost can fail to clean up its GL resources; it is gone either way.
      console.warn('map: removing the map', error);
    }
  }

  #create(options: CreateMapOptions): void {
    let map: MapLibreMap;
    try {
      // Labels at the scale the store holds now (a kiosk's), also for a map that replaces a lost one.
      map = createMap({ ...options, labelScale: this.store.getState().mapLabelScale });
    } catch (error) {
      // MapLibre throws when the browser gives it no WebGL context: the app says so in the map's place.
      console.warn('map could not be created', error);
      this.element.replaceChildren();
      this.element.remove();
      this.store.getState().mapStatusChanged('unsupported');
      return;
    }
    this.#map = map;
    window.__suzhouMap = map;
    this.#unbind = bindMapToStore(map, this.store);
    this.#unwatch = this.#watch(map);
    map.once('load', () => this.store.getState().mapStatusChanged('ready'));
  }

  /**
   * Keeps the map alive on a screen that runs for days. While the WebGL context is lost the store bindings
   * are ended, since the map has no style to receive store changes; once the browser restores the context, or
   * after a few seconds if it does not, a new map takes the lost one's place in the same container. The view
   * comes back from the store, which kept every change made meanwhile.
   */
  #watch(map: MapLibreMap): () => void {
    const endWatchdog = bindFrameWatchdog(map, { mayReload: () => this.store.getState().mode === 'kiosk' });
    const endRecovery = bindContextRecovery(map, {
      onLost: () => {
        this.#unbind();
        this.#unbind = nothing;
      },
      // MapLibre rebuilds a restored map's style from a snapshot that has no feature state (selection, lens),
      // and the bindings only bind plan layers on the map's one 'load'. A fresh map, bound from the store, is
      // the one path that is complete; the restored context tells us the GPU can give us one now.
      onRestored: () => window.setTimeout(() => this.#replace(map), 0),
      onGaveUp: () => this.#replace(map),
    });
    return () => {
      endWatchdog();
      endRecovery();
    };
  }

  /** A new map in the lost one's element, where the store says the camera is. */
  #replace(lost: MapLibreMap): void {
    if (this.#map !== lost) return;
    this.destroy();
    const { locale, camera, mapInsets } = this.store.getState();
    this.#create({ container: this.element, locale, camera, insets: mapInsets });
  }
}
