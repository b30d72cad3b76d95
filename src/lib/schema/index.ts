/** The entry format: the one definition, imported by Astro's content config and by the validator. */
export * from './calendar-date.ts';
export * from './source.ts';
export * from './event.ts';
export * from './entry.ts';
export * from './iso.ts';
export * from './faq.ts';
export * from './text.ts';
