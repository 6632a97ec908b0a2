import { useAppStore } from '../state/store';
import { messages, type MessageKey, type MessageTable } from './messages';

/**
 * The UI string for a key in the current language. With a deferred feature's table (`useT(draftMessages)`) it
 * reads that table's keys too: a module can only name a key whose table it imports, so a feature's strings are
 * always in the chunk that shows them.
 */
export function useT(): (key: MessageKey) => string;
export function useT<K extends string>(more: MessageTable<K>): (key: MessageKey | K) => string;
export function useT<K extends string>(more?: MessageTable<K>): (key: MessageKey | K) => string {
  const locale = useAppStore((s) => s.locale);
  return (key) => (more?.[locale] as Partial<Record<string, string>> | undefined)?.[key] ?? messages[locale][key as MessageKey];
}
