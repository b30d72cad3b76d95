/** Sizes at which list pages switch from "everything on one page" to an index of smaller pages. */
export const AZ_INLINE_LIMIT = 600;
