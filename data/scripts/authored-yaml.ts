import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Pair } from 'yaml';

/**
 * A comma that cut a value in two. Inside a flow mapping `{ zh: …, en: One ring, two axes }` a comma ends an
 * unquoted value, so `en` becomes "One ring" and "two axes" a key with no value. Such a key is never meant:
 * every field of the data is written `key: value`.
 */
export interface CommaTrap {
  /** 1-based line of the orphaned words. */
  line: number;
  /** Where the mapping sits in the parsed content, e.g. ['zones', 2, 'name']. */
  path: PropertyKey[];
  /** The words after the comma, which YAML took for a key. */
  words: string;
}

export interface ParsedYaml {
  content: unknown;
  traps: CommaTrap[];
}

/** The keys and indices from the document root down to `pair`'s mapping. */
function pathTo(ancestors: readonly unknown[]): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let i = 0; i + 1 < ancestors.length; i++) {
    const parent = ancestors[i];
    const child = ancestors[i + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isPair(parent) && parent.value === child && isScalar(parent.key)) path.push(String(parent.key.value));
  }
  return path;
}

/** Parses YAML text; throws with the parser's message if it is not YAML, and lists every comma trap. */
export function parseAuthoredYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length) throw new Error(document.errors[0]!.message);
  const traps: CommaTrap[] = [];
  visit(document, {
    Pair(_, pair: Pair, ancestors) {
      const map = ancestors.at(-1) as { flow?: boolean } | undefined;
      // A key with no `:` after it has no value node at all (an empty `key:` has a null scalar).
      if (!map?.flow || pair.value !== null || !isScalar(pair.key)) return;
      const [from, to] = pair.key.range ?? [0, 0];
      traps.push({ line: lines.linePos(from).line, path: pathTo(ancestors), words: text.slice(from, to) });
    },
  });
  return { content: document.toJS(), traps };
}
