import type { Catalog, Plan } from '../../data/catalog-schema';
import { changesAnything, draftChanges } from '../../data/draft-changes';
import type { DraftZone } from '../../data/draft-model';

/**
 * The draft as files `npm run data` accepts, a patch a planner can send. Per plan the draft touches:
 * - data/plans/<planId>-draft.yaml, a supplement with the zones drawn for it (`zones`) and the draft's edits of
 *   its own zones (`zoneEdits`: only what the edit changes, and the carriers of a drawn zone);
 * - data/plans/shapes/<planId>-draft.geojson with the drawn and reshaped shapes, and <planId>-draft-shapes.yaml,
 *   a recipe supplement that draws each from that file (a reshaped zone under `redraws`).
 * Each file has its own name, so that all of them can be downloaded side by side. The draft has no citation:
 * each zone and edit gets one ref to the plan's own passage on its spatial structure, `inferred`, with a note
 * saying it is a draft with no citation yet, for whoever accepts the patch to replace.
 */
export interface DraftFile {
  /** Where the file goes in the project. */
  path: string;
  text: string;
}

/** A YAML scalar: quoted as JSON (valid YAML) whenever it is not a plain word. */
const scalar = (value: string) => (/^[\p{L}\p{N}][\p{L}\p{N} _().·—–-]*$/u.test(value) && !/^(true|false|null|yes|no)$/i.test(value) ? value : JSON.stringify(value));
/** A name both of whose languages are written (the one left empty takes the other's). */
const name = (value: { zh: string; en: string }) => `{ zh: ${scalar(value.zh || value.en)}, en: ${scalar(value.en || value.zh)} }`;
const filled = (value: { zh: string; en: string }) => Boolean(value.zh || value.en);
const list = (ids: string[]) => `[${ids.join(', ')}]`;

function draftRef(plan: Plan, note: { zh: string; en: string }): string {
  const passage = plan.refs[0]!;
  const text = `{ zh: ${JSON.stringify(note.zh)}, en: ${JSON.stringify(note.en)} }`;
  return `{ source: ${JSON.stringify(passage.source)}, lines: [${passage.lines.join(', ')}], basis: inferred, note: ${text} }`;
}
const drawnNote = { zh: '草稿：在草稿模式中绘制，尚无出处。', en: 'Draft: drawn in draft mode; it has no citation yet.' };
const editNote = { zh: '草稿：在草稿模式中修改，尚无出处。', en: 'Draft: changed in draft mode; it has no citation yet.' };

/** The files of one plan's part of the draft: its drawn zones and its edited ones. */
function planFiles(plan: Plan, drawn: DraftZone[], edits: { zone: DraftZone; planZone: Catalog['zones'][number] }[]): DraftFile[] {
  const base = `${plan.id}-draft`;
  const idOf = (zone: DraftZone) => zone.editOf ?? `${base}-${zone.id.replace(/^draft-/, '')}`;
  const zoneRecords = drawn.flatMap((zone) => [
    `  - id: ${idOf(zone)}`,
    `    kind: ${zone.kind}`,
    `    name: ${name(zone.name)}`,
    ...(filled(zone.role) ? [`    role: ${name(zone.role)}`] : []),
    '    districts: []',
    `    industryIds: ${list(zone.industryIds)}`,
    '    refs:',
    `      - ${draftRef(plan, drawnNote)}`,
  ]);
  const editRecords = [
    ...drawn.filter((zone) => zone.carrierIds.length).flatMap((zone) => [`  - id: ${idOf(zone)}`, `    carrierIds: ${list(zone.carrierIds)}`]),
    ...edits.flatMap(({ zone, planZone }) => {
      const changes = draftChanges(zone, planZone);
      if (!changesAnything(changes)) return [];
      const industries = changes.industriesAdded.length + changes.industriesRemoved.length > 0;
      const carriers = changes.carriersAdded.length + changes.carriersRemoved.length > 0;
      return [
        `  - id: ${planZone.id}`,
        ...(changes.name && filled(changes.name) ? [`    name: ${name(changes.name)}`] : []),
        ...(changes.role && filled(changes.role) ? [`    role: ${name(changes.role)}`] : []),
        ...(industries ? [`    industryIds: ${list(zone.industryIds)}`] : []),
        ...(carriers ? [`    carrierIds: ${list(zone.carrierIds)}`] : []),
        '    refs:',
        `      - ${draftRef(plan, editNote)}`,
      ];
    }),
  ];
  const shaped = [...drawn.filter((zone) => zone.geometry), ...edits.map(({ zone }) => zone).filter((zone) => zone.reshaped && zone.geometry)];
  const redrawn = shaped.filter((zone) => zone.editOf).map(idOf);
  if (zoneRecords.length + editRecords.length + shaped.length === 0) return [];

  const files: DraftFile[] = [
    {
      path: `data/plans/${base}.yaml`,
      text: [
        `# A draft for ${plan.name.zh}, made in the app's draft mode. Nothing here is cited yet: replace each ref`,
        `# with the document's own words before the zones count as the plan's.`,
        `planId: ${plan.id}`,
        ...(zoneRecords.length ? ['', 'zones:', ...zoneRecords] : []),
        ...(editRecords.length ? ['', 'zoneEdits:', ...editRecords] : []),
        '',
      ].join('\n'),
    },
  ];
  if (shaped.length === 0) return files;
  const shapes = {
    type: 'FeatureCollection',
    features: shaped.map((zone) => ({ type: 'Feature', properties: { id: idOf(zone) }, geometry: zone.geometry })),
  };
  const recipe = [
    `# Shapes of the draft for ${plan.id}, drawn in the app's draft mode (WGS 84), read from ${base}.geojson.`,
    `planId: ${plan.id}`,
    ...(redrawn.length ? [`redraws: ${list(redrawn)}`] : []),
    'steps:',
    ...shaped.map((zone) => `  - { id: ${idOf(zone)}, op: geojson, params: { file: ${base}.geojson, id: ${idOf(zone)} } }`),
    '',
  ].join('\n');
  return [
    ...files,
    { path: `data/plans/shapes/${base}-shapes.yaml`, text: recipe },
    { path: `data/plans/shapes/${base}.geojson`, text: `${JSON.stringify(shapes)}\n` },
  ];
}

/** The draft's files: its drawn zones for `plan`, each edit for the plan of the zone it edits. */
export function exportDraft(zones: DraftZone[], plan: Plan, catalog: Catalog): DraftFile[] {
  const edits = zones.flatMap((zone) => {
    const planZone = catalog.zones.find((z) => z.id === zone.editOf);
    return planZone ? [{ zone, planZone }] : [];
  });
  const drawn = zones.filter((zone) => !zone.editOf);
  const plans = catalog.plans.filter((p) => p.id === plan.id || edits.some(({ planZone }) => planZone.planId === p.id));
  return plans.flatMap((p) =>
    planFiles(
      p,
      p.id === plan.id ? drawn : [],
      edits.filter(({ planZone }) => planZone.planId === p.id),
    ),
  );
}
