/**
 * The knowledge files of the ambition shortlist (data/*.json) checked as a schema would: the fields each
 * entry may have, their form, ids that point somewhere, terms in the one notation (core/text/terms.ts). A
 * broken edit fails here with the entry named, before it can reach the engine. And proof that an entry added
 * to a file is used by the engine.
 */
import { ambitionTermProblem } from '../text/terms';
import companiesData from './data/companies.json';
import countriesData from './data/countries.json';
import rolesData from './data/roles.json';
import sectorsData from './data/sectors.json';
import type * as CompaniesModuleNs from './companies';
import type * as InterpretModuleNs from './interpret';

type CompaniesModule = typeof CompaniesModuleNs;
type InterpretModule = typeof InterpretModuleNs;

/** A field's check: what is wrong with its value, nothing when it is well formed. */
type Check = (value: unknown) => string[];
type Shape = { readonly required: Record<string, Check>; readonly optional?: Record<string, Check> };

/** What is wrong with one entry against a shape, each problem prefixed with the field. */
function problems(entry: unknown, shape: Shape): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['not an object'];
  const e = entry as Record<string, unknown>;
  const out: string[] = [];
  const known = { ...shape.required, ...shape.optional };
  for (const k of Object.keys(e)) if (!(k in known)) out.push(`unknown field "${k}"`);
  for (const [k, check] of Object.entries(known)) {
    if (e[k] === undefined) {
      if (k in shape.required) out.push(`${k}: missing`);
    } else out.push(...check(e[k]).map((p) => `${k}: ${p}`));
  }
  return out;
}

const text: Check = (v) => (typeof v === 'string' && v.trim() === v && v !== '' ? [] : ['a text, not empty']);
const matching =
  (re: RegExp, what: string): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? [] : [`${JSON.stringify(v)} is not ${what}`];
const listOf =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length === 0) return ['a list, not empty'];
    const repeated = v.filter((x, i) => v.indexOf(x) !== i).map((x) => `${JSON.stringify(x)} twice`);
    return [...v.flatMap(item), ...repeated];
  };
const maybeEmpty =
  (list: Check): Check =>
  (v) =>
    Array.isArray(v) && v.length === 0 ? [] : list(v);
const oneOf =
  (ids: ReadonlySet<string>, what: string): Check =>
  (v) =>
    typeof v === 'string' && ids.has(v) ? [] : [`unknown ${what} ${JSON.stringify(v)}`];
const term: Check = (v) => {
  const p = typeof v === 'string' ? ambitionTermProblem(v) : 'a term is a text';
  return p ? [p] : [];
};
const labels: Check = (v) => problems(v, { required: { fr: text, en: text } });
const idShape = matching(/^[a-z]+(-[a-z]+)*$/, 'an id (lower-case words joined by -)');
const countryCode = matching(/^[A-Z]{2}$/, 'a country code (two capital letters)');

const sectorIds = new Set(sectorsData.map((s) => s.id));
const regionIds = new Set(countriesData.regions.map((r) => r.id));
const countryCodes = new Set(countriesData.countries.map((c) => c.code));

const shapes = {
  company: {
    required: { name: text, sectors: maybeEmpty(listOf(oneOf(sectorIds, 'sector'))), country: countryCode },
    optional: {
      domains: listOf(matching(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'a web domain')),
      aliases: listOf(text),
    },
  },
  sector: {
    required: {
      id: idShape,
      labels,
      terms: listOf(term),
      nameTerms: maybeEmpty(listOf(term)),
      broader: maybeEmpty(listOf(oneOf(sectorIds, 'sector'))),
      related: (v: unknown) =>
        typeof v === 'object' && v !== null && !Array.isArray(v)
          ? Object.entries(v).flatMap(([id, w]) => [
              ...oneOf(sectorIds, 'sector')(id),
              ...(typeof w === 'number' && w > 0 && w <= 1 ? [] : [`${id}: a weight above 0, at most 1`]),
            ])
          : ['sector ids with a weight'],
    },
  },
  role: { required: { id: idShape, labels, terms: listOf(term), not: maybeEmpty(listOf(term)) } },
  country: {
    required: {
      code: countryCode,
      labels,
      names: listOf(term),
      dial: matching(/^[1-9]\d{0,3}$/, 'a dialling prefix (digits, no +)'),
      region: oneOf(regionIds, 'region'),
      tlds: listOf(matching(/^[a-z]{2}$/, 'a country top-level domain')),
    },
  },
  group: { required: { names: listOf(term), codes: listOf(oneOf(countryCodes, 'country')) } },
  region: { required: { id: idShape, labels, names: listOf(term) } },
} satisfies Record<string, Shape>;

/** Every problem of a list of entries, each named by its `name`, `id` or `code`. */
function listProblems(where: string, list: readonly unknown[], shape: Shape): string[] {
  return list.flatMap((entry) => {
    const e = entry as { name?: string; id?: string; code?: string };
    return problems(entry, shape).map((p) => `${where} › ${e.name ?? e.id ?? e.code ?? '?'}: ${p}`);
  });
}

const unique = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('the knowledge files', () => {
  it('companies.json: well-formed organisations under section titles, each named once', () => {
    const sections = Object.entries(companiesData as Record<string, unknown[]>);
    expect(sections.filter(([title, list]) => title.trim() === '' || list.length === 0)).toEqual([]);
    expect(sections.flatMap(([title, list]) => listProblems(title, list, shapes.company))).toEqual([]);
    expect(unique(sections.flatMap(([, list]) => list.map((c) => (c as { name: string }).name)))).toEqual([]);
  });

  it('sectors.json: well-formed sectors, each id once', () => {
    expect(listProblems('sectors', sectorsData, shapes.sector)).toEqual([]);
    expect(unique(sectorsData.map((s) => s.id))).toEqual([]);
  });

  it('roles.json: well-formed roles, each id once', () => {
    expect(listProblems('roles', rolesData, shapes.role)).toEqual([]);
    expect(unique(rolesData.map((s) => s.id))).toEqual([]);
  });

  it('countries.json: well-formed countries, groups and regions, each code once', () => {
    expect(problems(countriesData, { required: { countries: () => [], groups: () => [], regions: () => [] } })).toEqual(
      [],
    );
    expect([
      ...listProblems('countries', countriesData.countries, shapes.country),
      ...listProblems('groups', countriesData.groups, shapes.group),
      ...listProblems('regions', countriesData.regions, shapes.region),
    ]).toEqual([]);
    expect(unique(countriesData.countries.map((c) => c.code))).toEqual([]);
  });

  it('the checks name what is wrong in a broken entry', () => {
    expect(problems({ name: 'X', sectors: ['banks'], country: 'France', colour: 'red' }, shapes.company)).toEqual([
      'unknown field "colour"',
      'sectors: unknown sector "banks"',
      'country: "France" is not a country code (two capital letters)',
    ]);
    expect(
      problems(
        { id: 'x', labels: { fr: 'X' }, terms: ['Énergie', 'wind* farm', 'solar', 'solar'], not: [] },
        shapes.role,
      ),
    ).toEqual([
      'labels: en: missing',
      'terms: "Énergie": lower-case letters without accents, digits, & or +, words separated by one space',
      'terms: "wind* farm": a * only at the end of the term',
      'terms: "solar" twice',
    ]);
  });
});

// The engine modules load again over data files with one more entry, as after an edit and a build.
async function engineWith(mocks: { companies?: object; sectors?: object }) {
  let engine: { companies: CompaniesModule; interpret: InterpretModule } | undefined;
  jest.doMock('./data/companies.json', () => mocks.companies ?? companiesData);
  jest.doMock('./data/sectors.json', () => mocks.sectors ?? sectorsData);
  try {
    await jest.isolateModulesAsync(async () => {
      engine = { companies: await import('./companies'), interpret: await import('./interpret') };
    });
  } finally {
    jest.dontMock('./data/companies.json');
    jest.dontMock('./data/sectors.json');
  }
  return engine!;
}

describe('an organisation added to data/companies.json', () => {
  const added = {
    name: 'Zorblax Éolien',
    sectors: ['renewables'],
    country: 'FR',
    domains: ['zorblax-eolien.example'],
    aliases: ['Zorblax'],
  };
  const withAdded = (entry: object) => ({ ...companiesData, 'Added by hand': [entry] });

  it('is unknown before the edit', async () => {
    const { companies, interpret } = await engineWith({});
    expect(companies.findCompany('Zorblax Éolien')).toBeUndefined();
    expect(interpret.interpretAmbition('Je veux travailler chez Zorblax').companies).toEqual([]);
  });

  it('is found by name, alias, typo and domain, and read in an ambition', async () => {
    const { companies, interpret } = await engineWith({ companies: withAdded(added) });
    expect(companies.findCompany('ZORBLAX EOLIEN SAS')?.company).toMatchObject({
      id: 'zorblax-eolien',
      sectors: ['renewables'],
    });
    expect(companies.findCompany('Zorblaks Eolien')?.how).toBe('typo');
    expect(companies.companyOfDomain('mail.zorblax-eolien.example')?.id).toBe('zorblax-eolien');
    expect(interpret.interpretAmbition('Je veux travailler chez Zorblax').companies).toEqual(['zorblax-eolien']);
  });

  it('with a sector the taxonomy does not know stops the engine with the name in the error', async () => {
    await expect(engineWith({ companies: withAdded({ ...added, sectors: ['wind'] }) })).rejects.toThrow(
      'Unknown sector "wind" for Zorblax Éolien',
    );
  });
});

describe('a word added to a sector of data/sectors.json', () => {
  const ambition = 'Je veux travailler dans l’ostréiculture en Bretagne';
  const withTerm = (id: string, t: string) =>
    sectorsData.map((s) => (s.id === id ? { ...s, terms: [...s.terms, t] } : s));

  it('places an ambition in the sector: a stem with its endings, after the edit only', async () => {
    expect((await engineWith({})).interpret.interpretAmbition(ambition).sectors).not.toContain('food-agri');
    const { interpret } = await engineWith({ sectors: withTerm('food-agri', 'ostreicult*') });
    expect(interpret.interpretAmbition(ambition).sectors).toContain('food-agri');
  });

  it('without a star is a whole word: the stem alone does not match a longer word', async () => {
    const { interpret } = await engineWith({ sectors: withTerm('food-agri', 'ostreicult') });
    expect(interpret.interpretAmbition(ambition).sectors).not.toContain('food-agri');
  });

  it('in a form the notation does not have stops the engine, naming the term', async () => {
    await expect(engineWith({ sectors: withTerm('food-agri', 'Ostréiculture') })).rejects.toThrow('"Ostréiculture"');
  });
});
