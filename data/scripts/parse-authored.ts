import type { z } from 'zod';
import type { CommaTrap } from './authored-yaml.ts';

/** One parsed authored file: its path (for messages), its YAML content and any comma traps in its text. */
export interface AuthoredFile {
  path: string;
  content: unknown;
  traps?: CommaTrap[];
}

/** Turns a zod issue path into "zones[3] (id wz-east).industryIds[0]" so a planner finds the record. */
export function describePath(content: unknown, path: PropertyKey[]): string {
  let node: unknown = content;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    if (typeof key === 'number' && typeof id === 'string') out += ` (id ${id})`;
  }
  return out || '(file)';
}

/** The comma traps of a file, each said so that a planner sees the cause and the cure at once. */
export const describeTraps = (file: AuthoredFile): string[] =>
  (file.traps ?? []).map(
    (trap) =>
      `${file.path}:${trap.line}: ${describePath(file.content, trap.path)}: "${trap.words}" is not a field: ` +
      'a comma inside an unquoted value of a { … } mapping ends the value; put the whole value in quotes',
  );

/** Parses a file with a schema; on failure records one problem per issue, naming the file and the field. */
export function parse<T>(schema: z.ZodType<T>, file: AuthoredFile, problems: string[]): T | undefined {
  // The text's own problem is the clearer message, and the schema's unknown-key complaint would repeat it.
  if (file.traps?.length) {
    problems.push(...describeTraps(file));
    return undefined;
  }
  const result = schema.safeParse(file.content);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file.path}: ${describePath(file.content, issue.path)}: ${issue.message}`);
  }
  return undefined;
}
