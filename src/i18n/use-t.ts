import { useAppStore } from '../state/store';
import { messages, type MessageKey, type MessageTable } from './messages';

/**
 * The UI string for a key in the current language. With deferred features' tables (`useT(draftMessages)`) it
 * reads their keys too: a module can only name a key whose table it imports, so a feature's strings are always
 * in the chunk that shows them.
 */
export function useT<Tables extends MessageTable<string>[]>(...more: Tables): (key: MessageKey | KeyOf<Tables[number]>) => string {
  const locale = useAppStore((s) => s.locale);
  return (key) => {
    for (const table of more) if (key in table[locale]) return table[locale][key]!;
    return messages[locale][key as MessageKey];
  };
}

type KeyOf<Table> = Table extends MessageTable<infer K> ? K : never;
