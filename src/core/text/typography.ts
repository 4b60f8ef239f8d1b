/**
 * French typography for the sentences we write: a no-break space before « : », and a narrow one before « ; »,
 * « ! », « ? », inside « guillemets » — so that at 350 px a line never starts with the sign or ends on an
 * opening guillemet. Applied to our own sentence templates only, never to a name or any text we insert.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A French template with its spaces around : ; ! ? « » made unbreakable (idempotent). */
export function frenchSpacing(template: string): string {
  return template
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+(:)(?=\s|$)/g, `${NBSP}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]+»/g, `${NBSP}»`);
}
