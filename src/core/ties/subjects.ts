/**
 * Reading subjects without bodies: which conversation a message belongs to when Graph gives no
 * conversationId, and whether a subject reads as an introduction.
 */
import { stripReplyPrefixes } from '../text/subjects';

/** The subject with reply/forward prefixes removed (repeatedly), spaces collapsed and case folded. */
export function baseSubject(subject: string): string {
  return stripReplyPrefixes(subject).replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The conversation a message belongs to: Graph's conversationId when given, else its base subject. */
export function threadKey(m: { readonly subject: string; readonly conversationId?: string }): string {
  return m.conversationId ? `c:${m.conversationId}` : `s:${baseSubject(m.subject)}`;
}

// "Mise en relation", "introduction", "intro:", "je vous présente", "let me introduce you", "introducing …",
// "Vorstellung", "presentación". A LinkedIn "demande de mise en relation" is a connection request, not an
// introduction between two people, hence the exclusion.
const INTRO =
  /\b(?:mise en relation|mises en relation|introduc(?:tion|ing|e)s?|intro\s*:|je vous présente|présentation mutuelle|vorstellung|presentaci[oó]n)/iu;
const NOT_INTRO = /linkedin|demande de mise en relation|connection request|invitation à se connecter/iu;

/** Whether a subject (prefixes removed) reads as an introduction of two people. */
export function isIntroduction(subject: string): boolean {
  const s = baseSubject(subject);
  return INTRO.test(s) && !NOT_INTRO.test(s);
}
