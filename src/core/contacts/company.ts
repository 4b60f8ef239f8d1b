/**
 * Company names as people type them: "L'ORÉAL SA", "Loreal", "L'Oréal Groupe (siège)", "Decatlhon".
 * `companyKey` (text/company.ts) reduces a name to its distinctive words; `sameCompany` compares keys,
 * tolerating small typos (edit distance) and short forms ("BNPP" for "BNP Paribas", "SocGen" for "Société
 * Générale").
 */
import { typoBudget, withinEdits } from '../text/distance';
import { companyKey, legalAndGeneric } from '../text/company';

/** Initials of a key's words ("bnp paribas" → "bp"), used to accept acronyms people type. */
function initials(key: string): string {
  return key
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');
}

/**
 * Work counters, read by tests to check that the work grows linearly with the mailbox (time limits would be
 * flaky): look-ups in the indexes, candidates they returned, and comparisons of two names or of a name and
 * a text. Incrementing a number costs nothing next to the work it counts.
 */
export const workProbe = { lookups: 0, candidates: 0, comparisons: 0 };

// Contacts repeat the same few companies: the comparison is memoised (bounded).
const memo = new Map<string, boolean>();

/** Two company keys name the same company: equal, a typo apart, one the other's first word or acronym. */
export function sameCompanyKey(a: string, b: string): boolean {
  workProbe.comparisons++;
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // Compared in one order whatever the caller's, so the answer never depends on which pair came first.
  const [x, y] = a < b ? [a, b] : [b, a];
  const key = `${x}\u0000${y}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = compareKeys(x, y);
  if (memo.size > 100_000) memo.clear();
  memo.set(key, result);
  return result;
}

function compareKeys(a: string, b: string): boolean {
  const ca = a.replace(/ /g, '');
  const cb = b.replace(/ /g, '');
  if (ca === cb) return true;
  if (withinEdits(ca, cb, typoBudget(Math.min(ca.length, cb.length)))) return true;
  // "Renault Group" vs "Renault", "Mitsubishi Corporation Ltd" vs "Mitsubishi": first distinctive word.
  const fa = a.split(' ')[0] ?? '';
  const fb = b.split(' ')[0] ?? '';
  if (fa.length >= 4 && (fa === cb || fb === ca)) return true;
  // Short forms: "bnpp" for "bnp paribas", "socgen" for "societe generale".
  const short = ca.length < cb.length ? ca : cb;
  const long = ca.length < cb.length ? b : a;
  const longWords = long.split(' ');
  if (longWords.length >= 2 && short.length >= 2) {
    if (short === initials(long)) return true;
    const syllables = longWords.map((w) => w.slice(0, 3)).join('');
    if (short === syllables) return true;
    if (short.startsWith(longWords[0] ?? '') && short.length > (longWords[0]?.length ?? 0)) {
      const rest = short.slice(longWords[0]?.length ?? 0);
      if (rest === initials(longWords.slice(1).join(' '))) return true;
    }
  }
  return false;
}

/** Same company, from raw names as typed. */
export function sameCompany(a: string, b: string): boolean {
  return sameCompanyKey(companyKey(a), companyKey(b));
}

/**
 * Does folded free text mention the company? Whole-word match of its key, its squeezed form
 * ("saint gobain" ↔ "saintgobain"), or a single-word key within typo distance of a word of the text.
 */
export function textMentionsCompany(foldedText: string, key: string): boolean {
  workProbe.comparisons++;
  if (key.length < 2) return false;
  const textWords = foldedText.split(/[^a-z0-9]+/).filter((w) => w !== '');
  const keyWords = key.split(' ');
  if (keyWords.length === 1) {
    const k = keyWords[0] ?? '';
    const budget = typoBudget(k.length);
    return textWords.some((w) => w === k || (budget > 0 && withinEdits(w, k, budget)));
  }
  const squeezedKey = key.replace(/ /g, '');
  // The key has lost its small words ("London School of Economics" → "london school economics"): so does the text.
  const kept = textWords.filter((w) => !legalAndGeneric.has(w));
  for (const list of kept.length === textWords.length ? [textWords] : [textWords, kept]) {
    if (` ${list.join(' ')} `.includes(` ${key} `)) return true;
    // Allow the words to be glued or a letter off: compare windows of the same word count.
    for (let i = 0; i + keyWords.length <= list.length; i++) {
      const window = list.slice(i, i + keyWords.length).join('');
      if (window === squeezedKey || withinEdits(window, squeezedKey, typoBudget(squeezedKey.length))) return true;
    }
  }
  return textWords.includes(squeezedKey);
}
