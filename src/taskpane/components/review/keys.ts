/** The id of the list's keyboard hint, which every row and group button is described by. */
export const KEYS_HINT_ID = 'review-keys';
