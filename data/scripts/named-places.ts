import { z } from 'zod';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { findNames, flatten, normalise, type FoundName } from './find-names.ts';

/**
 * The named-places scan of `npm run data:report`: finds the names of places in the sections of the documents
 * that assign them (…园 / …区 / …城 / …镇 / …中心 / …基地 / …平台 / …港 …) and checks each against the catalog.
 * A name is recorded when a zone or carrier cited to the same document bears it; otherwise data/named-places.yaml
 * must say why it is not (a place outside Suzhou, a generic term, another spelling of a recorded name …).
 * How names are found: find-names.ts.
 */

const sectionSchema = z.object({
  source: z.string().min(1),
  title: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Each line is a paragraph or a table cell (001, 002, 004), not a wrapped piece of one (000, 003). */
  paragraphs: z.boolean().optional(),
});

const recordedAsSchema = z.object({ name: z.string().min(1), ids: z.array(z.string().min(1)).min(1) }).strict();
const reasonSchema = z.object({ reason: z.string().min(1), names: z.array(z.string().min(1)).min(1) }).strict();

export const namedPlacesFileSchema = z
  .object({
    sections: z.array(sectionSchema.strict()).min(1),
    /** Words that end a place name; longer ones are tried first. */
    placeWords: z.array(z.string().min(1)).min(1),
    /** Words that begin with a place word's characters but end no name (城市, 区域, 港口 …). */
    notPlaceWords: z.array(z.string().min(1)),
    /** Words after which a name may begin (verbs, prepositions). */
    leadWords: z.array(z.string().min(1)),
    /** Names found by the scan that records of another name hold: another spelling, a status recorded as a target … */
    recordedAs: z.array(recordedAsSchema),
    /** Names found by the scan and deliberately not recorded, grouped by why. */
    notRecorded: z.array(reasonSchema),
  })
  .strict();

export type NamedPlacesFile = z.infer<typeof namedPlacesFileSchema>;
export type ScanSection = NamedPlacesFile['sections'][number];

export type Status =
  | { kind: 'recorded'; ids: string[] }
  | { kind: 'recordedAs'; ids: string[] }
  | { kind: 'explained'; reason: string }
  | { kind: 'unrecorded' };

export interface SectionResult {
  section: ScanSection;
  names: (FoundName & { status: Status })[];
}

/** The zones and carriers that cite a document, by normalised name. */
export function recordsCiting(catalog: Catalog, source: string): { id: string; name: string }[] {
  return [...catalog.zones, ...catalog.carriers]
    .filter((record) => record.refs.some((ref) => ref.source === source))
    .map((record) => ({ id: record.id, name: normalise(record.name.zh) }));
}

/** The ids of every zone, carrier and target that cites a document. */
const idsCiting = (catalog: Catalog, source: string) =>
  new Set(
    [...catalog.zones, ...catalog.carriers, ...catalog.targets]
      .filter((record) => record.refs.some((ref) => ref.source === source))
      .map((record) => record.id),
  );

/** A name shorter than this must match a record's name exactly; a longer one may be part of it (太湖新城 in 太湖新城（吴中片区）). */
const minPartialLength = 4;

/**
 * A record of the document bearing exactly the name comes first, then what data/named-places.yaml says of it,
 * then a record whose name holds it. So 苏州工业园区 is the zone of that name in the 2016 plan, an administrative
 * unit in the others. A `recordedAs` entry speaks for a document only when one of its records cites that document:
 * 苏州高新区 is the 2016 plan's development zone there and an administrative unit in the 2021 plans.
 */
export function classify(
  name: string,
  records: { id: string; name: string }[],
  rules: Pick<NamedPlacesFile, 'recordedAs' | 'notRecorded'>,
  citing: Set<string> = new Set(records.map((record) => record.id)),
): Status {
  const wanted = normalise(name);
  const exact = records.filter((record) => record.name === wanted).map((record) => record.id);
  if (exact.length) return { kind: 'recorded', ids: exact };
  const listed = rules.recordedAs.find(
    (entry) => normalise(entry.name) === wanted && entry.ids.some((id) => citing.has(id)),
  );
  if (listed) return { kind: 'recordedAs', ids: listed.ids };
  const explained = rules.notRecorded.find((entry) => entry.names.some((n) => normalise(n) === wanted));
  if (explained) return { kind: 'explained', reason: explained.reason };
  const holding =
    [...wanted].length >= minPartialLength
      ? records.filter((record) => record.name.includes(wanted)).map((record) => record.id)
      : [];
  return holding.length ? { kind: 'recorded', ids: holding } : { kind: 'unrecorded' };
}

export interface NamedPlacesReport {
  sections: SectionResult[];
  /** ids of recordedAs entries that are not in the catalog */
  unknownIds: string[];
  /** listed names the scan no longer finds in any section */
  unusedEntries: string[];
}

export function scanNamedPlaces(
  catalog: Catalog,
  rules: NamedPlacesFile,
  sourceLines: (sourceId: string) => string[],
): NamedPlacesReport {
  const used = new Set<string>();
  const knownNames = [
    ...[...catalog.zones, ...catalog.carriers].map((record) => normalise(record.name.zh)),
    ...rules.recordedAs.map((entry) => normalise(entry.name)),
  ].filter((name) => [...name].length >= 3);
  const sections = rules.sections.map((section) => {
    const records = recordsCiting(catalog, section.source);
    const citing = idsCiting(catalog, section.source);
    const flat = flatten(sourceLines(section.source), section.lines, section.paragraphs);
    const names = findNames(flat, rules, knownNames).map((found) => {
      const status = classify(found.name, records, rules, citing);
      if (status.kind === 'recordedAs' || status.kind === 'explained') used.add(normalise(found.name));
      return { ...found, status };
    });
    return { section, names };
  });
  const known = new Set([...catalog.zones, ...catalog.carriers, ...catalog.targets].map((record) => record.id));
  const listed = [...rules.recordedAs.map((entry) => entry.name), ...rules.notRecorded.flatMap((entry) => entry.names)];
  return {
    sections,
    unknownIds: rules.recordedAs.flatMap((entry) => entry.ids).filter((id) => !known.has(id)),
    unusedEntries: listed.filter((name) => !used.has(normalise(name))),
  };
}

export const unrecordedCount = (report: NamedPlacesReport) =>
  report.sections.flatMap((section) => section.names).filter((name) => name.status.kind === 'unrecorded').length;

function describe(status: Status): string {
  switch (status.kind) {
    case 'recorded':
      return status.ids.join(', ');
    case 'recordedAs':
      return `recorded as ${status.ids.join(', ')}`;
    case 'explained':
      return `not recorded: ${status.reason}`;
    case 'unrecorded':
      return 'UNRECORDED';
  }
}

/** The report: per section, the unrecorded names first, then every name with where it is recorded or why not. */
export function formatNamedPlaces(report: NamedPlacesReport): string {
  const blocks = report.sections.map(({ section, names }) => {
    const unrecorded = names.filter((name) => name.status.kind === 'unrecorded');
    const count = (kind: Status['kind']) => names.filter((name) => name.status.kind === kind).length;
    const row = (name: FoundName & { status: Status }) =>
      `  l.${String(name.line).padEnd(5)} ${name.name}${name.count > 1 ? ` (×${name.count})` : ''} — ${describe(name.status)}`;
    return [
      `${section.source} ${section.title} (l.${section.lines[0]}–${section.lines[1]}): ${names.length} names, ` +
        `${count('recorded') + count('recordedAs')} recorded, ${count('explained')} explained, ${unrecorded.length} unrecorded`,
      ...(unrecorded.length ? ['  unrecorded:', ...unrecorded.map(row), '  all:'] : []),
      ...names.filter((name) => name.status.kind !== 'unrecorded').map(row),
    ].join('\n');
  });
  const problems = [
    ...report.unknownIds.map((id) => `recordedAs names an unknown id: ${id}`),
    ...report.unusedEntries.map((name) => `listed name no longer found by the scan: ${name}`),
  ];
  return [
    `Named places (data/named-places.yaml): ${unrecordedCount(report)} unrecorded`,
    ...blocks,
    ...(problems.length ? ['Problems in data/named-places.yaml:', ...problems.map((p) => `  ${p}`)] : []),
  ].join('\n\n');
}
