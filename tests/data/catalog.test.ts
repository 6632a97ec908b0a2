import { readFileSync } from 'node:fs';
import { assembleCatalog } from '../../data/scripts/assemble-catalog';
import { findMisquotes, sourceReader } from '../../data/scripts/citations';
import { readAuthoredData } from '../../data/scripts/read-authored';
import { parseCatalog } from '../../src/data/load-catalog';

const committed = parseCatalog('public/data/catalog.json', JSON.parse(readFileSync('public/data/catalog.json', 'utf8')));

describe('the committed catalog', () => {
  it('is what the authored files build to (run `npm run data:build` after editing data/)', () => {
    expect(committed).toEqual(assembleCatalog(readAuthoredData()));
  });

  it('has the four plans of the documents', () => {
    expect(committed.plans.map((p) => p.id).sort()).toEqual(
      ['snd-2021', 'sz-industry-2016', 'sz-services-2021', 'wz-services-2021'],
    );
  });

  it('gives every plan zones, and every zone at least one industry and one ref', () => {
    for (const plan of committed.plans) {
      expect(committed.zones.filter((z) => z.planId === plan.id).length, plan.id).toBeGreaterThan(0);
    }
    for (const zone of committed.zones) {
      expect(zone.industryIds.length, `${zone.id} industries`).toBeGreaterThan(0);
      expect(zone.refs.length, `${zone.id} refs`).toBeGreaterThan(0);
    }
  });

  it('explains every inferred fact', () => {
    const refs = [...committed.zones, ...committed.carriers, ...committed.targets].flatMap((r) =>
      r.refs.map((ref) => ({ id: r.id, ref })),
    );
    for (const { id, ref } of refs.filter(({ ref }) => ref.basis === 'inferred')) {
      expect(ref.note, `${id}: inferred ref needs a note`).toBeTruthy();
    }
  });

  it('uses each industry somewhere and names no industry twice', () => {
    const used = new Set([...committed.zones, ...committed.carriers].flatMap((r) => r.industryIds));
    const unused = committed.industries.filter((i) => !used.has(i.id)).map((i) => i.id);
    expect(unused).toEqual([]);
    const spellings = new Map<string, string>();
    for (const industry of committed.industries) {
      for (const spelling of new Set([industry.name.zh, ...industry.aliases])) {
        expect(spellings.get(spelling), `"${spelling}" is both ${spellings.get(spelling)} and ${industry.id}`).toBe(
          undefined,
        );
        spellings.set(spelling, industry.id);
      }
    }
  });

  it.skipIf(!process.env.PLAN_SOURCES_DIR)('quotes every ref verbatim from its cited lines', () => {
    const misquotes = findMisquotes(committed, sourceReader(process.env.PLAN_SOURCES_DIR!));
    expect(misquotes.map((m) => `${m.at}: ${m.problem}`)).toEqual([]);
  });
});
