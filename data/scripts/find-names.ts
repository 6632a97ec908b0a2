/**
 * Finding place names in Chinese text, which has no spaces between words: the text is cut into clauses at
 * punctuation, and inside a clause a name runs from the last lead word (推动, 依托, 建设 …) to the run of place
 * words (…园区, …中心, …港 …) that ends it.
 */

/** A section's text with line breaks, spaces and page numbers removed, and the source line of every character. */
export interface FlatText {
  text: string;
  lineAt: number[];
}

const pageNumber = /^\s*—\s*\d+\s*—\s*$/u;
const markdownBlock = /^\s*[#|]/u;

export function flatten(lines: string[], [from, to]: [number, number], paragraphs = false): FlatText {
  let text = '';
  const lineAt: number[] = [];
  for (let number = from; number <= Math.min(to, lines.length); number++) {
    const line = lines[number - 1]!;
    if (pageNumber.test(line)) continue;
    // A tab separates the cells of a table row.
    let squashed = line.replace(/\t/gu, '|').replace(/[\s#*]/gu, '');
    // A heading or table row is a sentence of its own: it would otherwise run into the next line's words.
    if (paragraphs || markdownBlock.test(line)) squashed = `。${squashed}。`;
    for (const char of squashed) {
      text += char;
      lineAt.push(number);
    }
  }
  return { text, lineAt };
}

const clauseBreak = /[，。；：、！？,;:!?|—…]/u;
const brackets: Record<string, string> = { '（': '）', '(': ')', '“': '”', '《': '》' };
/** A bracket holding at most this many characters and no clause break stays inside the name: 苏州（太仓）港… */
const innerBracketMax = 16;

interface Clause {
  start: number;
  text: string;
  /** offsets within the clause of the brackets kept in it: their words do not split a name */
  kept: [number, number][];
}

/** Splits text into clauses; short brackets stay inside their clause, book titles 《…》 are dropped. */
function clauses({ text }: FlatText): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let kept: [number, number][] = [];
  let i = 0;
  const cut = (at: number, next: number) => {
    if (at > start) out.push({ start, text: text.slice(start, at), kept: kept.map(([a, b]) => [a - start, b - start]) });
    start = next;
    kept = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    const close = brackets[char];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (char === '《' && end > 0) {
        // A book title names a document, not a place.
        cut(i, end + 1);
        i = end + 1;
      } else if (end > 0 && end - i - 1 <= innerBracketMax && !clauseBreak.test(text.slice(i + 1, end))) {
        kept.push([i, end + 1]);
        i = end + 1;
      } else {
        cut(i, ++i);
      }
      continue;
    }
    if (clauseBreak.test(char) || /[）)”》]/u.test(char)) cut(i, i + 1);
    i++;
  }
  cut(text.length, text.length);
  return out;
}

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

export interface FoundName {
  name: string;
  line: number;
  count: number;
}

/** Heading numbers (1．, （一）, 一、, 专栏4, 表2-1) are not part of a name. */
const headingNumber = /^(?:[0-9]+[．.]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|专栏[0-9]+|表[0-9-]+)/u;

/**
 * Every distinct place name in the text, with the line of its first occurrence and how often it occurs.
 * Lead words inside a known name (自贸片区联动创新区, 和枫科创园) do not split it.
 */
/** The words that end a name, that only look like such words (城市, 区域), and after which a name may begin. */
export interface NameWords {
  placeWords: string[];
  notPlaceWords: string[];
  leadWords: string[];
}

export function findNames(
  flat: FlatText,
  rules: NameWords,
  knownNames: string[] = [],
): FoundName[] {
  const placeWords = longestFirst(rules.placeWords);
  const leadWords = longestFirst(rules.leadWords);
  const found = new Map<string, FoundName>();
  const placeWordAt = (clause: string, at: number) =>
    rules.notPlaceWords.some((word) => clause.startsWith(word, at))
      ? undefined
      : placeWords.find((word) => clause.startsWith(word, at));

  for (const clause of clauses(flat)) {
    const text = clause.text;
    const insideKnown = new Set<number>();
    for (const [from, to] of clause.kept) for (let i = from + 1; i < to; i++) insideKnown.add(i);
    for (const known of knownNames) {
      for (let at = text.indexOf(known); at >= 0; at = text.indexOf(known, at + 1)) {
        for (let i = at; i < at + known.length; i++) insideKnown.add(i);
      }
    }
    const starts = [0];
    for (let at = 0; at < text.length; at++) {
      const lead = insideKnown.has(at) ? undefined : leadWords.find((word) => text.startsWith(word, at));
      if (lead) {
        starts.push(at + lead.length);
        at += lead.length - 1;
      }
    }
    // Each start keeps its longest name: 苏州工业园区现代服务业产业园, not also 苏州工业园区.
    const endOf = new Map<number, number>();
    let at = 0;
    while (at < text.length) {
      const word = placeWordAt(text, at);
      if (!word) {
        at++;
        continue;
      }
      // A run of place words ends one name: 中心城区, 城镇.
      let end = at + word.length;
      for (let next = placeWordAt(text, end); next; next = placeWordAt(text, end)) end += next.length;
      at = end;
      // Inside a kept bracket only its closing ends a name: “一带一路” holds no place, “昆山+工业园区” is one.
      const bracket = clause.kept.find(([from, to]) => end > from && end < to);
      if (bracket && end < bracket[1] - 1) continue;
      if (bracket) end = bracket[1];
      endOf.set(Math.max(...starts.filter((s) => s < end - 1)), end);
    }
    for (const [start, end] of endOf) {
      const name = text.slice(start, end).replace(headingNumber, '');
      if ([...name].length < 3) continue;
      const known = found.get(name);
      if (known) known.count++;
      else found.set(name, { name, line: flat.lineAt[clause.start + start]!, count: 1 });
    }
  }
  return [...found.values()];
}

/** Names are compared without spaces, quotation marks or the width of brackets. */
export const normalise = (name: string) =>
  name.replace(/[\s“”"‘’]/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');
