import type { z } from 'zod';

/** One parsed authored file: its path (for messages) and its YAML content. */
export interface AuthoredFile {
  path: string;
  content: unknown;
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

/** Parses a file with a schema; on failure records one problem per issue, naming the file and the field. */
export function parse<T>(schema: z.ZodType<T>, file: AuthoredFile, problems: string[]): T | undefined {
  const result = schema.safeParse(file.content);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file.path}: ${describePath(file.content, issue.path)}: ${issue.message}`);
  }
  return undefined;
}
