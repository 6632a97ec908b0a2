import type { Section } from './catalog-schema';

/** The heading a line falls under: the last section that starts at or before it. */
export function sectionOf(sections: Section[] | undefined, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections ?? []) {
    if (section.line > line) break;
    found = section;
  }
  return found;
}
