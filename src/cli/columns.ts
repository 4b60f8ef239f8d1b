/** Columns of the CLI's tables, counted in characters as the terminal shows them (not UTF-16 units). */

/** Text cut (with an ellipsis) or padded to a column's width. */
export function pad(text: string, width: number): string {
  const chars = [...text];
  const t = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
  return t + ' '.repeat(Math.max(0, width - Math.min(chars.length, width)));
}

/** Padded on the left, for figures. */
export const padStart = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - [...text].length)) + text;
