/**
 * General French and English knowledge of where people meet. The rules are data (data/vocabulary.json) so they
 * can be shown, diffed and extended; terms are in the knowledge notation (core/text/terms.ts): folded (lower
 * case, no accents), whole words, a trailing `*` on a word accepts any ending ("conferen*" → conférence,
 * conference, conferences); here a hyphen or an apostrophe also matches a space or nothing ("meet-up").
 *
 * Weights are the strength of one match on its own (0..1): 0.8 names the origin outright ("colloque",
 * "devis", "frère"), 0.6 usually does ("forum", "réception"), 0.35 only supports other evidence.
 */
import data from './data/vocabulary.json';
import { defaultTaxonomy } from './taxonomy';
import type { BuiltInCircleId } from './types';

/** Where a rule looks. `text` = notes, message subjects and event subjects/locations. */
export type RuleScope = 'text' | 'company' | 'title' | 'location';

/** One vocabulary rule: terms that point to a circle with a weight. */
export type VocabularyRule = {
  readonly id: string;
  readonly circle: BuiltInCircleId;
  readonly lang: 'fr' | 'en' | 'any';
  readonly weight: number;
  readonly scopes: readonly RuleScope[];
  readonly terms: readonly string[];
};

/** A rule as written in data/vocabulary.json: its ids strings until checked; `about` says what it is for. */
type RuleRecord = Omit<VocabularyRule, 'circle' | 'lang' | 'scopes'> & {
  readonly circle: string;
  readonly lang: string;
  readonly scopes: readonly string[];
  readonly about?: string;
};

type VocabularyRecord = {
  readonly rules: readonly RuleRecord[];
  readonly formerColleaguePhrases: readonly string[];
  readonly neutralPhrases: readonly string[];
};

const builtInCircleIds: ReadonlySet<string> = new Set(defaultTaxonomy.map((c) => c.id));
const scopes: ReadonlySet<string> = new Set<RuleScope>(['text', 'company', 'title', 'location']);
const langs: ReadonlySet<string> = new Set<VocabularyRule['lang']>(['fr', 'en', 'any']);

/**
 * The rules and phrase lists of a data file, checked: a circle, language or scope the engine does not know
 * stops it with the rule named. The terms stay as written (the matcher compiles the notation itself).
 */
export function compileVocabulary(data: VocabularyRecord): {
  rules: VocabularyRule[];
  formerColleaguePhrases: string[];
  neutralPhrases: string[];
} {
  const rules = data.rules.map((r): VocabularyRule => {
    const bad = (what: string): never => {
      throw new Error(`Vocabulary rule ${r.id}: unknown ${what}`);
    };
    if (!builtInCircleIds.has(r.circle)) bad(`circle "${r.circle}"`);
    if (!langs.has(r.lang)) bad(`language "${r.lang}"`);
    for (const s of r.scopes) if (!scopes.has(s)) bad(`scope "${s}"`);
    return {
      id: r.id,
      circle: r.circle as BuiltInCircleId,
      lang: r.lang as VocabularyRule['lang'],
      weight: r.weight,
      scopes: r.scopes as RuleScope[],
      terms: [...r.terms],
    };
  });
  return {
    rules,
    formerColleaguePhrases: [...data.formerColleaguePhrases],
    neutralPhrases: [...data.neutralPhrases],
  };
}

const compiled = compileVocabulary(data);

/** The built-in rules, in file order. */
export const vocabulary: readonly VocabularyRule[] = compiled.rules;

/** Phrases that say the contact and the owner worked together before ("ex-", "formerly at", "ancien collègue"). */
export const formerColleaguePhrases: readonly string[] = compiled.formerColleaguePhrases;

/** Phrases that mean nothing about origin but contain words that would otherwise match ("en cours", "stand-up"). */
export const neutralPhrases: readonly string[] = compiled.neutralPhrases;

/**
 * Patterns whose capture names an organisation the contact and the owner share(d): resolved against the
 * profile (past employer → former colleagues, school → classmates, club → clubs) and used to infer the profile.
 * Written on folded text.
 */
// Still expressions, not data/*.json patterns (docs/KNOWLEDGE.md, "Still in code"): they read folded text that
// keeps punctuation and hinge on characters — "ex-" with or without a space, "retraite - X", "class of 2009,",
// "d'", a name as a run of allowed characters of bounded length — which the word notation of core/text/patterns.ts
// cannot say without becoming a regular expression itself. The same holds for the expressions below.
// Kept compact on purpose (one rule per line would run to hundreds of lines).
// prettier-ignore
export const organisationCaptures: readonly { readonly id: string; readonly pattern: string; readonly hint: 'employer' | 'school' | 'club' | 'training' | 'any' }[] = [
  { id: 'ex-prefix', pattern: "(?:^|[\\s(])ex(?:-\\s?|\\s)([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'anciens-de', pattern: "anciens? (?:de|du|des) (?:chez )?([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'any' },
  { id: 'chez', pattern: "(?:travaill[a-z]*|bosse[a-z]*|collegue|equipe|ensemble) (?:ensemble |avec moi |avec nous )?chez ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'equipe', pattern: "(?:ancienne equipe|nouvelles de l'equipe|l'equipe) ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'retraite', pattern: "(?:retraite|retirement drinks|retirement party|leaving drinks)\\s*-\\s*([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'formerly', pattern: "(?:formerly at|formerly with|worked together at|used to work at|left) ([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'employer' },
  { id: 'old-team', pattern: "(?:the old|former|old) ([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30})?) (?:team|crew|gang|colleagues|folks)", hint: 'employer' },
  { id: 'alumni-of', pattern: "(?:^|- |the )([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30})?) (?:alumni|graduates)", hint: 'any' },
  { id: 'promo', pattern: "(?:promo(?:tion)? (?:\\d{4} )?|class of \\d{4},? |camarade (?:de|d') ?|annuaire |diplomes (?:de |d')?)([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'school' },
  { id: 'training', pattern: "(?:^|[\\s(-])((?:formation|certification|bootcamp|cours du soir|evening course|module|cycle|mooc|masterclass) [a-z0-9][a-z0-9&'. -]{1,40})", hint: 'training' },
  { id: 'fellow-member', pattern: "(?:fellow|other|another) ([a-z0-9][a-z0-9&'.-]{1,30}(?: [a-z0-9][a-z0-9&'.-]{1,30}){0,3}) members?(?![a-z])", hint: 'club' },
  { id: 'met-through', pattern: "(?:met|meet|introduced|connected) (?:through|via|thanks to) (?:the )?([a-z0-9][a-z0-9&'. -]{1,40})|(?:rencontre|rencontree|connu|connue) (?:via|grace a|par) (?:le |la |l'|les )([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'club' },
  { id: 'member', pattern: "(?:adherent(?:e)? (?:du |de la |de l'|des |au )?|membre (?:du |de la |de l'|des )|cotisation |compte rendu reunion |(?:a |an )?(?:active |proud )?members? (?:of|at) (?:the )?|parrain (?:au|du|de la) |marraine (?:au|du|de la) )([a-z0-9][a-z0-9&'. -]{1,40})", hint: 'club' },
];

/**
 * Personal plans: a leisure activity with an evening, a weekend day or a holiday ("dîner samedi ?", "ciné ce
 * soir", "drinks Saturday", "Christmas plans") is family and friends — unless a stronger word of another
 * circle sits in the same text ("dîner de gala samedi"). Written on folded text.
 */
export const personalActivityPattern =
  '(?<![a-z0-9-])(?:diner|dinner|dej|dejeuner|lunch|brunch|apero|aperitif|un verre|verre|drinks?|pints?|a pint|match|cine|cinema|movies?|film|resto|restaurant|pizza|bbq|barbecue|foot|footie|football|tennis|squash|golf|footing|jogging|running|rando|hike|balade|picnic|pique-nique|plans|game night|soiree jeux|karaoke|concert|bowling)(?![a-z0-9])';
export const personalTimePattern =
  '(?<![a-z0-9])(?:ce soir|demain soir|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) soir|samedi|dimanche|ce week-?end|le week-?end|week-?end|tonight|tomorrow night|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|evening)|saturday|sunday|this weekend|the weekend|weekend)(?![a-z0-9])';
/** Plans for the holidays ("Christmas plans", "projets pour Noël"): family and friends, not a party. */
export const holidayPlansPattern =
  "(?<![a-z0-9])(?:(?:christmas|xmas|noel|new year|easter|paques|summer|holiday|half-term) plans|plans (?:for|over) (?:christmas|xmas|new year|easter|the holidays|the summer)|projets (?:pour|de) (?:noel|paques|l'ete|les vacances))(?![a-z0-9])";
/** A birthday party with an age ("soirée des 40 ans", "ses 30 ans", "Emma’s 40th birthday"): a social event. */
export const ageBirthdayPattern =
  '(?<![a-z0-9])(?:(?:soiree|fete|diner|party) (?:des|de ses|pour ses|pour les) [1-9][0-9] ans|ses [1-9][0-9] ans|[1-9][0-9](?:st|nd|rd|th) birthday(?: party| drinks| bash)?)(?![a-z0-9])';

/**
 * Words of legal boilerplate — a software licence, a disclaimer, an e-mail's confidentiality footer — pasted
 * into a field. A long text with two different ones is boilerplate and says nothing about the person: its
 * "contract", "services" or "partner" are not a client. Written on folded text.
 */
export const boilerplateMarker =
  '(?<![a-z0-9])(?:warrant(?:y|ies)|merchantability|fitness for a particular purpose|liab(?:le|ility)|disclaim(?:s|ed|er)?|copyright|all rights reserved|tous droits reserves|permission is hereby granted|redistributions?|licensed under|license|licence|without limitation|intended recipient|destinataire(?:s)? (?:designe|vise)s?|strictement confidentiel|garantie (?:expresse|implicite)|responsabilite (?:ne saurait|civile)|haftung|gewahrleistung)(?![a-z0-9])';
/** Shorter than this, a text is not boilerplate: a note that mentions a licence or a warranty is read. */
export const boilerplateMinLength = 200;

/** Words saying the owner met the contact somewhere ("rencontré à", "met at"): they turn a weak hint strong. */
export const metAtMarker =
  '(?<![a-z0-9])(?:rencontre|rencontree|rencontres|croise|croisee|vu|vue|sympathise|sympathisee|connu|connue|met|meet|seen|bumped into|meeting you|chatted|chatting|spoke|talked)(?![a-z0-9])';

/** "Rencontré au <Name> 2019", "met at <Name> 2021": a named, dated gathering is most often a conference or fair. */
export const datedEventPattern =
  "(?:rencontree?s?|croisee?|vue?|connue?|met|seen)\\s+(?:au|aux|a la|a l'|a|lors du|lors de la|lors des|pendant|at the|at|during)\\s+([a-z0-9][^,;()]{1,60}?)\\s+(?:19|20)\\d{2}(?![0-9])";
