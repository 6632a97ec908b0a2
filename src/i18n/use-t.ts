import { useAppStore } from '../state/store';
import { messages, type MessageKey } from './messages';

/** The UI string for a key in the current language. */
export function useT(): (key: MessageKey) => string {
  const locale = useAppStore((s) => s.locale);
  return (key) => messages[locale][key];
}
