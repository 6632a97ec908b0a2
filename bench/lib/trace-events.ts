/** One event of a Chromium trace (the JSON the DevTools protocol's Tracing domain reports). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface ThreadTime {
  /** Process and thread, as Chromium names them ("Renderer / CrRendererMain", "GPU Process / CrGpuMain" …). */
  name: string;
  /** Time some event was running on the thread, per window. */
  busyMs: number;
  /** Self time (an event's own, its children's taken out) by event name per window, largest first. */
  byEvent: [string, number][];
}

interface Span {
  name: string;
  start: number;
  end: number;
  children: number;
}

/** Complete events and begin/end pairs of one thread as spans, in the order they start. */
function spansOf(events: TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, children: 0 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts, children: 0 });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The part of [start, end] inside the windows, in µs. */
function inWindows(start: number, end: number, windows: [number, number][]): number {
  let sum = 0;
  for (const [from, to] of windows) sum += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return sum;
}

/**
 * Each thread's time inside the windows that start at the renderer's mousedowns and last as long as each
 * press took to paint (`paintedMs`, in press order), averaged per window. Self time is clipped to the windows
 * as a whole span's share, which is close enough for events much shorter than a window.
 */
export function threadTimes(events: TraceEvent[], paintedMs: number[]): ThreadTime[] {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [key(e), e.args?.name ?? '']));
  const processNames = new Map(events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args?.name ?? '']));
  const presses = events
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown' && threadNames.get(key(e)) === 'CrRendererMain')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const windows = presses.slice(0, paintedMs.length).map((ts, i): [number, number] => [ts, ts + paintedMs[i]! * 1000]);
  const perWindow = (us: number) => us / 1000 / Math.max(1, windows.length);

  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' && e.ph !== 'B' && e.ph !== 'E') continue;
    const list = byThread.get(key(e));
    if (list) list.push(e);
    else byThread.set(key(e), [e]);
  }
  const threads: ThreadTime[] = [];
  for (const [thread, threadEvents] of byThread) {
    const spans = spansOf(threadEvents);
    const stack: Span[] = [];
    let busy = 0;
    for (const span of spans) {
      while (stack.length && stack[stack.length - 1]!.end <= span.start) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children += Math.min(span.end, parent.end) - span.start;
      else busy += inWindows(span.start, span.end, windows);
      stack.push(span);
    }
    const self = new Map<string, number>();
    for (const span of spans) {
      const length = span.end - span.start;
      const share = length > 0 ? inWindows(span.start, span.end, windows) / length : 0;
      if (share > 0) self.set(span.name, (self.get(span.name) ?? 0) + (length - span.children) * share);
    }
    const pid = Number(thread.split(':')[0]);
    threads.push({
      name: `${processNames.get(pid) ?? pid} / ${threadNames.get(thread) ?? thread}`,
      busyMs: perWindow(busy),
      byEvent: [...self].map(([name, us]): [string, number] => [name, perWindow(us)]).sort((a, b) => b[1] - a[1]),
    });
  }
  return threads.sort((a, b) => b.busyMs - a.busyMs);
}

export interface DisplayFrame {
  /** The GPU process's SwapBuffers of the frame: where SwiftShader draws the composited frame. */
  swapMs: number;
  /** The quads viz drew, by material (needs the `disabled-by-default-viz.quads` category). */
  quads: Record<string, number>;
}

/** Every frame viz drew in the trace (`Display::DrawAndSwap`), with the GPU's swap that followed it. */
export function displayFrames(events: TraceEvent[]): DisplayFrame[] {
  const byTs = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts;
  const draws = events.filter((e) => e.name === 'Display::DrawAndSwap' && e.dur !== undefined).sort(byTs);
  const swaps = events.filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers' && e.dur !== undefined).sort(byTs);
  const quads = events.filter((e) => e.name === 'SkiaRenderer::DoDrawQuad');
  return draws.map((draw, i) => {
    const next = draws[i + 1]?.ts ?? Infinity;
    const swap = swaps.find((s) => s.ts >= draw.ts && s.ts < next);
    const materials: Record<string, number> = {};
    for (const q of quads) {
      if (q.ts < draw.ts || q.ts > draw.ts + draw.dur!) continue;
      const material = (q.args as { material?: string } | undefined)?.material ?? '?';
      materials[material] = (materials[material] ?? 0) + 1;
    }
    return { swapMs: (swap?.dur ?? 0) / 1000, quads: materials };
  });
}
