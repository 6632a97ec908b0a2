import type { Locale } from './messages';

/*
 * Numbers and dates as each language writes them, made in one place so every view groups digits and names
 * months alike (lint refuses `new Intl.NumberFormat` and `new Intl.DateTimeFormat` anywhere else).
 * British English gives "25 November 2026"; its numbers read as every English locale's do (1,234.5).
 */
const intlLocales: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * Made on first use: building an Intl formatter loads the locale's data, which would otherwise hold up the
 * start of the page (the map is created right after the modules are evaluated) for a number no one shows yet.
 */
const lazily = <T>(make: (locale: Locale) => T): ((locale: Locale) => T) => {
  const made: Partial<Record<Locale, T>> = {};
  return (locale) => (made[locale] ??= make(locale));
};

const numberFormat = lazily((locale) => new Intl.NumberFormat(intlLocales[locale]));
const dateFormat = lazily((locale) => new Intl.DateTimeFormat(intlLocales[locale], { year: 'numeric', month: 'long', day: 'numeric' }));

/** The language's tag for the Intl services this module does not wrap (e.g. sorting with Intl.Collator). */
export const intlLocale = (locale: Locale): string => intlLocales[locale];

/** 1,234.5 / 1,234.5 — grouped digits in the language's style. */
export const formatNumber = (value: number, locale: Locale): string => numberFormat(locale).format(value);

/** "25 November 2026" / "2026年11月25日": a date as a reader sees it. */
export const formatDate = (date: Date, locale: Locale): string => dateFormat(locale).format(date);

/** yyyy-mm-dd in local time: what a file name carries. */
export const isoDate = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
