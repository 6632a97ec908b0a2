import { localize } from '../../i18n/localize';
import { messages, type Locale } from '../../i18n/messages';
import type { Matrix, MatrixRow } from './matrix-data';
import { panelMessages } from '../../i18n/messages-panels';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The table as CSV, as the user sees it (rows and columns in their current order, names in the current
 * language): a header row, then one row per zone with the industries of each cell. Lines end in CRLF and the
 * file starts with a byte-order mark, so spreadsheet programs read the Chinese correctly.
 */
export function matrixCsv(matrix: Matrix, rows: MatrixRow[], columns: number[], locale: Locale): string {
  const t = { ...messages[locale], ...panelMessages[locale] };
  const separator = locale === 'zh' ? '、' : '; ';
  const header = [t.briefPlan, t.kindZone, ...columns.map((i) => localize(matrix.columns[i]!.name, locale))];
  const lines = rows.map((row) => [
    localize(row.plan.pattern, locale),
    localize(row.zone.name, locale),
    ...columns.map((i) => row.cells[i]!.map((industry) => localize(industry.name, locale)).join(separator)),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
