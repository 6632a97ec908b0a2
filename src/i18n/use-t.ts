import { useAppStore } from '../state/store';
import type { Locale } from '../config/locale';
import { messages, type MessageKey, type MessageTable } from './messages';

type Translate = (key: string) => string;

const tableIds = new WeakMap<object, number>();
let lastTableId = 0;
const translators = new Map<string, Translate>();

/**
 * One function per language and set of tables, so that `t` stays the same from render to render and an effect
 * that uses it runs only when the language changes. Tables are module constants, so the map stays small.
 */
function translator(locale: Locale, tables: MessageTable<string>[]): Translate {
  const key = `${locale} ${tables.map(idOf).join(' ')}`;
  let translate = translators.get(key);
  if (!translate) {
    translate = (text) => {
      for (const table of tables) if (text in table[locale]) return table[locale][text]!;
      return messages[locale][text as MessageKey];
    };
    translators.set(key, translate);
  }
  return translate;
}

/** A table's number in the translators' keys, given the first time it is seen. */
function idOf(table: object): number {
  let id = tableIds.get(table);
  if (id === undefined) tableIds.set(table, (id = ++lastTableId));
  return id;
}

/**
 * The UI string for a key in the current language. With deferred features' tables (`useT(draftMessages)`) it
 * reads their keys too: a module can only name a key whose table it imports, so a feature's strings are always
 * in the chunk that shows them.
 */
export function useT<Tables extends MessageTable<string>[]>(...more: Tables): (key: MessageKey | KeyOf<Tables[number]>) => string {
  const locale = useAppStore((s) => s.locale);
  return translator(locale, more);
}

type KeyOf<Table> = Table extends MessageTable<infer K> ? K : never;
