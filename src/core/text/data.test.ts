/**
 * The company word lists (data/company-words.json) checked as a schema would, and proof that a word added to
 * them changes the company key of circles and ambitions alike.
 */
import data from './data/company-words.json';
import { compileCompanyWords } from './company';
import type * as CompanyModuleNs from './company';
import type * as CompaniesModuleNs from '../ambitions/companies';

const lists = ['legalForms', 'decorations', 'trailingPlaces'] as const;

describe('data/company-words.json', () => {
  it('has the three lists and nothing else', () => {
    expect(Object.keys(data).sort()).toEqual([...lists].sort());
  });

  it.each(lists)('%s: folded words, each once, in no other list', (key) => {
    const words: readonly string[] = data[key];
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !/^[a-z0-9]+$/.test(w))).toEqual([]);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    const others = new Set(lists.filter((k) => k !== key).flatMap((k) => data[k]));
    expect(words.filter((w) => others.has(w))).toEqual([]);
  });

  it('names a malformed word', () => {
    expect(() => compileCompanyWords({ ...data, legalForms: [...data.legalForms, 'S.A.'] })).toThrow(
      'Company word "S.A." (legalForms): one word, lower case, no accents',
    );
  });
});

// The modules load again over a file with one more legal form, as after an edit and a build.
async function loadWith(lists: object) {
  let loaded: { company: typeof CompanyModuleNs; companies: typeof CompaniesModuleNs } | undefined;
  jest.doMock('./data/company-words.json', () => lists);
  try {
    await jest.isolateModulesAsync(async () => {
      loaded = { company: await import('./company'), companies: await import('../ambitions/companies') };
    });
  } finally {
    jest.dontMock('./data/company-words.json');
  }
  return loaded!;
}

describe('adding a legal form', () => {
  it('drops it from the circles key and the ambitions look-up', async () => {
    const before = await loadWith(data);
    const after = await loadWith({ ...data, legalForms: [...data.legalForms, 'bhd'] });
    expect(before.company.companyKey('Petronas Bhd')).toBe('petronas bhd');
    expect(after.company.companyKey('Petronas Bhd')).toBe('petronas');
    expect(before.companies.findCompany('Airbus Bhd')).toBeUndefined();
    expect(after.companies.findCompany('Airbus Bhd')?.company.id).toBe('airbus');
  });
});
