// Calendar dates in words for the browser's scripts: the long form of dates.ts ("16 May 2019",
// "May 2019", "2019", "c. " when approximate) without date-fns, which would be most of a page
// script's 3 KB budget. A calendar string is only split and spelt out, so no time zone can move a
// day. tests/unit/calendar-text.test.ts holds it to dates.ts's formatDate for every day of a leap year.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2019-05-16" → "16 May 2019", "2019-05" → "May 2019", "2019" → "2019"; anything else as given. */
export function calendarText(date: string, approximate = false): string {
  const [, year, mm, dd] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) ?? [];
  const month = mm ? MONTHS[Number(mm) - 1] : '';
  if (!year || month === undefined) return date;
  return `${approximate ? 'c. ' : ''}${dd ? `${Number(dd)} ` : ''}${month ? `${month} ` : ''}${year}`;
}
