import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/**
 * A small plan that goes the whole way a planner's would: scaffolded by `plan:new`, filled in here as a planner
 * fills the TODOs (docs/adding-a-plan.md walks through the same example), built, drawn and clicked. Its facts
 * are cited to the city services plan (document 000, l.856–858: 深入推进虹桥—相城沪苏合作商务会展区建设).
 */
export const examplePlan = {
  id: 'example-xc-2026',
  name: '示例：相城区会展规划',
  pattern: '一区一园',
  county: { id: 'example-xc-2026-xiangcheng', name: '相城区' },
  park: { id: 'example-xc-2026-mice-zone', name: '虹桥—相城沪苏合作商务会展区', at: [120.643, 31.418] },
} as const;

const source = '000_f24a6e52fbfcceac';
const stated = { source, lines: [856, 858], quote: '深入推进虹桥—相城沪苏合作商务会展区建设', basis: 'stated' };

/** Fills the TODOs of the scaffolded files in `dataDir`, keeping their comments. */
export function fillExamplePlan(dataDir: string): void {
  const { id, county, park } = examplePlan;
  const planPath = join(dataDir, 'plans', `${id}.yaml`);
  const plan = parseDocument(readFileSync(planPath, 'utf8'));
  plan.setIn(['plan', 'name'], { zh: examplePlan.name, en: 'Example: a Xiangcheng exhibitions plan' });
  plan.setIn(['plan', 'pattern'], { zh: examplePlan.pattern, en: 'One district, one zone' });
  plan.setIn(['plan', 'area'], { zh: '相城区', en: 'Xiangcheng District' });
  plan.setIn(['plan', 'source'], source);
  plan.setIn(['plan', 'refs'], [stated]);
  const zone = (fields: Record<string, unknown>) => ({
    districts: ['相城区'],
    industryIds: ['convention-and-exhibition'],
    refs: [stated],
    ...fields,
  });
  plan.setIn(['zones'], [
    zone({ id: county.id, kind: 'county', name: { zh: county.name, en: 'Xiangcheng District' } }),
    zone({
      id: park.id,
      kind: 'park',
      name: { zh: park.name, en: 'Hongqiao–Xiangcheng business and exhibition cooperation zone' },
      parentId: county.id,
      refs: [
        stated,
        {
          ...stated,
          basis: 'inferred',
          note: { zh: '规划未给出位置；本例将其置于苏州北站（高铁新城）。', en: 'The plan gives no site; the example places it at Suzhou North Station.' },
        },
      ],
    }),
  ]);
  writeFileSync(planPath, plan.toString());

  const shapesPath = join(dataDir, 'plans/shapes', `${id}.yaml`);
  const shapes = parseDocument(readFileSync(shapesPath, 'utf8'));
  shapes.setIn(['steps'], [
    { id: 'water', op: 'layer', params: { layer: 'water' } },
    { id: 'xiangcheng-land', op: 'difference', inputs: ['相城区', 'water'] },
    { id: county.id, op: 'tidy', inputs: ['xiangcheng-land'] },
    { id: park.id, op: 'point', params: { at: park.at } },
  ]);
  writeFileSync(shapesPath, shapes.toString());
}
