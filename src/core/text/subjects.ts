/**
 * Reply and forward prefixes, read one way by the circles engine (which thread a subject continues, which
 * subjects the owner wrote first) and by the ties (which conversation a message belongs to).
 */

// As Outlook and other clients write them: English (RE, FW, FWD), French (TR, RÉF), German (AW, WG),
// Spanish/Portuguese (RV, ENC), Nordic (SV, VS), Dutch (ANTW, DOORST), Italian (RIF, I), with optional
// counters ("RE[2]:", "Re(3):"), the French space before the colon ("RE :") and a leading tag ("[EXT] RE:").
const PREFIX =
  /^\s*(?:\[[^\]]*\]\s*)?(?:re|fwd?|tr|r[ée]f|aw|wg|rv|enc|sv|vs|antw|doorst|rif|i)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*/iu;

/** The subject without its reply and forward prefixes, however many; the rest as written. */
export function stripReplyPrefixes(subject: string): string {
  let s = subject;
  for (;;) {
    const m = PREFIX.exec(s);
    if (!m || m[0].length === 0) return s;
    s = s.slice(m[0].length);
  }
}

/** Whether a subject answers or forwards another message. */
export function isReplyOrForward(subject: string): boolean {
  return PREFIX.test(subject);
}
