import type { Plan } from '../../data/catalog-schema';
import type { DraftZone } from '../../data/draft-model';

/**
 * The draft as files `npm run data` accepts, a patch a planner can send: the zones as a supplement to the plan
 * they are drafted for (data/plans/<planId>-draft.yaml), their shapes as GeoJSON, and a recipe supplement that
 * draws each zone from that file (both in data/plans/shapes/; each file has its own name, so that the three can
 * be downloaded side by side). The draft has no citation: each zone's one ref points at the plan's own
 * passage on its spatial structure as `inferred`, with a note saying the zone is a draft with no citation yet,
 * for whoever accepts the patch to replace.
 */
export interface DraftFile {
  /** Where the file goes in the project. */
  path: string;
  text: string;
}

/** A YAML scalar: quoted as JSON (valid YAML) whenever it is not a plain word. */
const scalar = (value: string) => (/^[\p{L}\p{N}][\p{L}\p{N} _().·—–-]*$/u.test(value) && !/^(true|false|null|yes|no)$/i.test(value) ? value : JSON.stringify(value));
const name = (value: { zh: string; en: string }) => `{ zh: ${scalar(value.zh)}, en: ${scalar(value.en)} }`;

export function exportDraft(zones: DraftZone[], plan: Plan): DraftFile[] {
  const base = `${plan.id}-draft`;
  const idOf = (zone: DraftZone) => `${base}-${zone.id.replace(/^draft-/, '')}`;
  const passage = plan.refs[0]!;
  const note = `{ zh: ${JSON.stringify('草稿：在草稿模式中绘制，尚无出处。')}, en: ${JSON.stringify('Draft: drawn in draft mode; it has no citation yet.')} }`;
  const ref = `{ source: ${JSON.stringify(passage.source)}, lines: [${passage.lines.join(', ')}], basis: inferred, note: ${note} }`;

  const plansFile = [
    `# A draft for ${plan.name.zh}, drawn in the app's draft mode. Nothing here is cited yet: replace each ref`,
    `# with the document's own words before the zones count as the plan's.`,
    `planId: ${plan.id}`,
    '',
    'zones:',
    ...zones.flatMap((zone) => [
      `  - id: ${idOf(zone)}`,
      `    kind: ${zone.kind}`,
      `    name: ${name(zone.name)}`,
      ...(zone.role.zh || zone.role.en ? [`    role: ${name({ zh: zone.role.zh || zone.role.en, en: zone.role.en || zone.role.zh })}`] : []),
      '    districts: []',
      `    industryIds: [${zone.industryIds.join(', ')}]`,
      '    refs:',
      `      - ${ref}`,
    ]),
    '',
  ].join('\n');

  const shapes = {
    type: 'FeatureCollection',
    features: zones.map((zone) => ({ type: 'Feature', properties: { id: idOf(zone) }, geometry: zone.geometry })),
  };
  const recipe = [
    `# Shapes of the draft for ${plan.id}, drawn in the app's draft mode (WGS 84), read from ${base}.geojson.`,
    `planId: ${plan.id}`,
    'steps:',
    ...zones.map((zone) => `  - { id: ${idOf(zone)}, op: geojson, params: { file: ${base}.geojson, id: ${idOf(zone)} } }`),
    '',
  ].join('\n');

  return [
    { path: `data/plans/${base}.yaml`, text: plansFile },
    { path: `data/plans/shapes/${base}-shapes.yaml`, text: recipe },
    { path: `data/plans/shapes/${base}.geojson`, text: `${JSON.stringify(shapes)}\n` },
  ];
}
