import countries from 'i18n-iso-countries';

/**
 * Codes accepted beside ISO 3166-1 alpha-2: user-assigned codes in common use for places
 * that have an entry but no official code. XK = Kosovo (used by the EU and the IMF).
 */
export const ISO_EXTRA_CODES: readonly string[] = ['XK'];

export function isIsoCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && (ISO_EXTRA_CODES.includes(value) || countries.isValid(value));
}

/** ISO 3166-1 numeric (as world-atlas uses, e.g. "036") for an alpha-2 code, if it has one. */
export function isoNumeric(alpha2: string): string | undefined {
  return countries.alpha2ToNumeric(alpha2);
}
