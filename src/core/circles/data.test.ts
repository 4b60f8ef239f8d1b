/**
 * The circles' vocabulary file (data/vocabulary.json) checked as a schema would, and proof that a word added
 * to it is used by the classifier.
 */
import { contact, mailbox } from '../testing/builders';
import vocabularyData from './data/vocabulary.json';
import { defaultTaxonomy } from './taxonomy';
import { fold } from '../text/fold';
import type * as CirclesModuleNs from './index';

type CirclesModule = typeof CirclesModuleNs;

const circleIds: ReadonlySet<string> = new Set(defaultTaxonomy.map((c) => c.id));
const ruleFields = new Set(['id', 'circle', 'lang', 'weight', 'scopes', 'about', 'terms']);

/**
 * Why a term could never match a folded text, or undefined: the matcher reads it word by word, a `*` at a
 * word's end for any ending, a hyphen or an apostrophe for a space or nothing.
 */
function termProblem(term: string): string | undefined {
  if (term !== fold(term)) return `"${term}" is not folded (lower case, no accents): "${fold(term)}"`;
  if (term.trim() !== term || term.includes('  ') || term === '') return `"${term}": words separated by one space`;
  if (/\*[^ ]/.test(term)) return `"${term}": a * only at the end of a word`;
  return undefined;
}

/** What is wrong with one rule (nothing when it is well formed). */
function ruleProblems(rule: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(rule)) if (!ruleFields.has(k)) out.push(`unknown field "${k}"`);
  if (typeof rule.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) out.push('id: lower-case words and -');
  if (typeof rule.circle !== 'string' || !circleIds.has(rule.circle)) out.push(`unknown circle "${rule.circle}"`);
  if (!['fr', 'en', 'any'].includes(rule.lang as string)) out.push('lang: fr, en or any');
  if (typeof rule.weight !== 'number' || rule.weight <= 0 || rule.weight > 1) out.push('weight: above 0, at most 1');
  const scopes = rule.scopes as unknown[];
  if (!Array.isArray(scopes) || scopes.length === 0) out.push('scopes: a list, not empty');
  else
    for (const s of scopes)
      if (!['text', 'company', 'title', 'location'].includes(s as string)) out.push(`unknown scope "${s}"`);
  if (rule.about !== undefined && typeof rule.about !== 'string') out.push('about: a text');
  out.push(...termListProblems(rule.terms));
  return out;
}

function termListProblems(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return ['terms: a list, not empty'];
  return list.flatMap((t) => {
    const p = typeof t === 'string' ? termProblem(t) : 'a term is a text';
    return p ? [p] : [];
  });
}

describe('data/vocabulary.json', () => {
  it('holds well-formed rules, each id once', () => {
    const rules = vocabularyData.rules as unknown as Record<string, unknown>[];
    expect(rules.flatMap((r) => ruleProblems(r).map((p) => `${String(r.id)}: ${p}`))).toEqual([]);
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('holds well-formed phrase lists', () => {
    expect(Object.keys(vocabularyData).sort()).toEqual(['formerColleaguePhrases', 'neutralPhrases', 'rules']);
    expect(termListProblems(vocabularyData.formerColleaguePhrases)).toEqual([]);
    expect(termListProblems(vocabularyData.neutralPhrases)).toEqual([]);
  });

  it('the checks name what is wrong in a broken rule', () => {
    expect(
      ruleProblems({ id: 'x', circle: 'friends', lang: 'de', weight: 2, scopes: ['body'], terms: ['Fête', 'sal*on'] }),
    ).toEqual([
      'unknown circle "friends"',
      'lang: fr, en or any',
      'weight: above 0, at most 1',
      'unknown scope "body"',
      '"Fête" is not folded (lower case, no accents): "fete"',
      '"sal*on": a * only at the end of a word',
    ]);
  });
});

describe('a word added to data/vocabulary.json', () => {
  const notes = 'Rencontrée à la zorblaxiade de Lyon';

  // The classifier loads again over a vocabulary with one more word, as after an edit and a build.
  async function classifierWith(data: object): Promise<CirclesModule> {
    let circles: CirclesModule | undefined;
    jest.doMock('./data/vocabulary.json', () => data);
    try {
      await jest.isolateModulesAsync(async () => {
        circles = await import('./index');
      });
    } finally {
      jest.dontMock('./data/vocabulary.json');
    }
    return circles!;
  }
  const suggestion = (circles: CirclesModule) =>
    circles.classify({ mailbox: mailbox({ contacts: [contact({ email: 'jo@x.com', personalNotes: notes })] }) })
      .suggestions[0]?.circle;
  const withTerm = (id: string, term: string) => ({
    ...vocabularyData,
    rules: vocabularyData.rules.map((r) => (r.id === id ? { ...r, terms: [...r.terms, term] } : r)),
  });

  it('classifies a contact whose notes hold it, after the edit only', async () => {
    expect(suggestion(await classifierWith(vocabularyData))).not.toBe('conferences');
    expect(suggestion(await classifierWith(withTerm('conference-strong-fr', 'zorblaxiade*')))).toBe('conferences');
  });

  it('with a circle the engine does not know stops it with the rule named', async () => {
    const broken = {
      ...vocabularyData,
      rules: [...vocabularyData.rules, { ...vocabularyData.rules[0]!, id: 'added', circle: 'friends' }],
    };
    await expect(classifierWith(broken)).rejects.toThrow('Vocabulary rule added: unknown circle "friends"');
  });
});
