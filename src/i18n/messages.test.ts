import { locales, messages, type MessageTable } from './messages';
import { draftMessages } from './messages-draft';
import { kioskMessages } from './messages-kiosk';
import { lensMessages } from './messages-lens';
import { panelMessages } from './messages-panels';

/** The first view's table and each deferred feature's, as `useT` reads them. */
const tables: [string, MessageTable<string>][] = [
  ['messages', messages],
  ['messages-draft', draftMessages],
  ['messages-lens', lensMessages],
  ['messages-kiosk', kioskMessages],
  ['messages-panels', panelMessages],
];

describe('the UI strings', () => {
  it.each(tables)('%s has every key in every language, none empty', (_, table) => {
    const [first, ...others] = locales.map((locale) => table[locale]);
    for (const other of others) expect(Object.keys(other).sort()).toEqual(Object.keys(first!).sort());
    for (const locale of locales) for (const [key, text] of Object.entries(table[locale])) expect(text.trim(), `${locale}.${key}`).not.toBe('');
  });

  it('has each key in one table only, so a feature’s table never hides a string of another', () => {
    const seen = new Map<string, string>();
    for (const [name, table] of tables)
      for (const key of Object.keys(table.zh)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });
});
