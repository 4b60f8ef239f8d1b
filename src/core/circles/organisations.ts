/**
 * Finds organisation names in folded text after phrases such as "ex-", "anciens de", "promo 2010",
 * "adhérent du", "nouvelles de l'équipe", "formerly at" — used to resolve a mention against the profile and to
 * infer the profile when the user gave none.
 */
import { organisationCaptures } from './vocabulary';
import { companyKey } from '../text/company';

export type CaptureHint = 'employer' | 'school' | 'club' | 'training' | 'any';

export type Capture = {
  readonly id: string;
  readonly hint: CaptureHint;
  /** The organisation's name as found (folded). */
  readonly entity: string;
  /** companyKey of the entity. */
  readonly key: string;
};

const compiled = organisationCaptures.map((c) => ({ ...c, re: new RegExp(c.pattern, 'g') }));

// Where a captured name stops: punctuation, a year, or a word that starts a new clause.
// Occasion words end a name too: "Ex-Rolls-Royce reunion drinks" names Rolls-Royce, not its drinks.
const stop =
  /\s*(?:\s-\s|[()?!,;:]|\s(?:en|in|a|au|aux|pour|for|since|depuis|et|and|sur|on|le|lors|during|avec|with|quand|when|puis|then|je|i|we|nous|il|elle|qui|who|meeting|lunch|dejeuner|diner|dinner|team|equipe|reunion|drinks|apero|afterwork|catch-up|catch|crew|gang|alumni|network|reseau|newsletter|magazine|gala|party|soiree|event|evenement|meetup|get-together|day|days|weekend|week-end|forum|members?|membres?|renewal|renouvellement|cotisation|photos?|update|news|nouvelles|group|groupe|chapter|mate|mates|buddy|friends?)(?=\s)|\s?\b(?:19|20)\d{2}\b).*$/;
// Possessives and leading words that are not part of the name ("your", "the old", "anciens", "association des
// diplômés de").
const leadingArticle =
  /^(?:l'|la |le |les |the |d'|du |de |des |your |my |our |his |her |their |votre |vos |mon |ma |mes |notre |nos |old |former |ancien |anciens |ancienne |anciennes |association des (?:diplomes|anciens) (?:de |d'|du )?|amicale des anciens (?:de |d'|du )?)+/;

const trailingFiller = new Set(['du', 'de', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'and', 'et', 'a', 'au']);
// Words that follow "class of 2009", "promo", "ex-" without naming an organisation.
const notAnOrganisation = new Set(
  'reunion dinner diner lunch dejeuner meeting party soiree update news nouvelles photos drinks apero gala weekend week-end collegue colleague collegues colleagues your my our mon ma notre votre a an the this that one some aequo ante post nihilo officio situ vivo works promo promotion'.split(
    ' ',
  ),
);

/** Cleans a raw capture into an organisation name, or "" when nothing usable remains. */
export function cleanEntity(raw: string): string {
  let e = ` ${raw} `.replace(stop, '').trim();
  e = e
    .replace(leadingArticle, '')
    .replace(/[.'\s-]+$/, '')
    .trim();
  const parts = e.split(' ').slice(0, 5);
  while (parts.length > 1 && trailingFiller.has(parts[parts.length - 1] ?? '')) parts.pop();
  e = parts.join(' ');
  return e.length >= 2 && !notAnOrganisation.has(parts[0] ?? '') ? e : '';
}

const familyWords =
  /^(?:mari|femme|epoux|epouse|wife|husband|boyfriend|girlfriend|copain|copine|compagne|compagnon|partner|beau|belle)\b/;

const memo = new Map<string, readonly Capture[]>();

/** Every organisation capture in a folded text (memoised: subjects repeat across threads). */
export function captureOrganisations(folded: string): readonly Capture[] {
  const known = memo.get(folded);
  if (known) return known;
  const out = captureUncached(folded);
  if (memo.size > 50_000) memo.clear();
  memo.set(folded, out);
  return out;
}

function captureUncached(folded: string): Capture[] {
  const out: Capture[] = [];
  for (const c of compiled) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(folded); m; m = c.re.exec(folded)) {
      const entity = cleanEntity(m[1] ?? m[2] ?? '');
      if (entity === '' || familyWords.test(entity)) continue;
      const key = companyKey(entity);
      if (key.length >= 2) out.push({ id: c.id, hint: c.hint, entity, key });
    }
  }
  return out;
}
