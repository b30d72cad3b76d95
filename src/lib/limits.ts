/** Sizes at which list pages switch from "everything on one page" to an index of smaller pages. */
export const AZ_INLINE_LIMIT = 600;

/** Up to this many events, /timeline/ lists them all; beyond it, the latest page and the year pages. */
export const TIMELINE_INLINE_LIMIT = 1000;
