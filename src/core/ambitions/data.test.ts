/**
 * The knowledge files of the ambition shortlist (data/*.json) checked as a schema would: the fields each
 * entry may have, their form, ids that point somewhere. A broken edit fails here with the entry named,
 * before it can reach the engine. And proof that an entry added to a file is used by the engine.
 */
import companiesData from './data/companies.json';
import { sectors } from './sectors';
import type * as CompaniesModuleNs from './companies';
import type * as InterpretModuleNs from './interpret';

type CompaniesModule = typeof CompaniesModuleNs;
type InterpretModule = typeof InterpretModuleNs;

type Problem = string;

const companyFields = new Set(['name', 'sectors', 'country', 'domains', 'aliases']);
const sectorIds = new Set(sectors.map((s) => s.id));

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() === x && x !== '');

/** What is wrong with one organisation of data/companies.json (nothing when it is well formed). */
function companyProblems(entry: unknown): Problem[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['not an object'];
  const e = entry as Record<string, unknown>;
  const out: Problem[] = [];
  for (const k of Object.keys(e)) if (!companyFields.has(k)) out.push(`unknown field "${k}"`);
  if (typeof e.name !== 'string' || e.name.trim() === '' || e.name.trim() !== e.name) out.push('a name is needed');
  if (!isStringList(e.sectors)) out.push('sectors: a list of sector ids');
  else for (const s of e.sectors) if (!sectorIds.has(s)) out.push(`unknown sector "${s}"`);
  if (typeof e.country !== 'string' || !/^[A-Z]{2}$/.test(e.country)) out.push('country: two capital letters');
  if (e.domains !== undefined) {
    if (!isStringList(e.domains) || e.domains.length === 0) out.push('domains: a non-empty list, or left out');
    else for (const d of e.domains) if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(d)) out.push(`domain "${d}"`);
  }
  if (e.aliases !== undefined && (!isStringList(e.aliases) || e.aliases.length === 0))
    out.push('aliases: a non-empty list, or left out');
  return out;
}

describe('data/companies.json', () => {
  const sections = Object.entries(companiesData as Record<string, unknown>);

  it('groups organisations under section titles, none empty', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const [title, list] of sections) {
      expect(title.trim()).not.toBe('');
      expect(Array.isArray(list) && list.length > 0).toBe(true);
    }
  });

  it('holds only well-formed organisations', () => {
    const problems = sections.flatMap(([title, list]) =>
      (list as unknown[]).flatMap((entry) =>
        companyProblems(entry).map((p) => `${title} › ${(entry as { name?: string }).name ?? '?'}: ${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('names each organisation once', () => {
    const names = sections.flatMap(([, list]) => (list as { name: string }[]).map((c) => c.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('is told apart from a broken entry by the same checks', () => {
    expect(companyProblems({ name: 'X', sectors: ['banks'], country: 'France', colour: 'red' })).toEqual([
      'unknown field "colour"',
      'unknown sector "banks"',
      'country: two capital letters',
    ]);
  });
});

describe('an organisation added to data/companies.json', () => {
  const added = {
    name: 'Zorblax Éolien',
    sectors: ['renewables'],
    country: 'FR',
    domains: ['zorblax-eolien.example'],
    aliases: ['Zorblax'],
  };

  // The engine modules load again over a data file with one more entry, as after an edit and a build.
  async function engineWith(extra: Record<string, unknown[]>) {
    let engine: { companies: CompaniesModule; interpret: InterpretModule } | undefined;
    jest.doMock('./data/companies.json', () => ({ ...companiesData, ...extra }));
    try {
      await jest.isolateModulesAsync(async () => {
        engine = { companies: await import('./companies'), interpret: await import('./interpret') };
      });
    } finally {
      jest.dontMock('./data/companies.json');
    }
    return engine!;
  }

  it('is unknown before the edit', async () => {
    const { companies, interpret } = await engineWith({});
    expect(companies.findCompany('Zorblax Éolien')).toBeUndefined();
    expect(interpret.interpretAmbition('Je veux travailler chez Zorblax').companies).toEqual([]);
  });

  it('is found by name, alias, typo and domain, and read in an ambition', async () => {
    const { companies, interpret } = await engineWith({ 'Added by hand': [added] });
    expect(companies.findCompany('ZORBLAX EOLIEN SAS')?.company).toMatchObject({
      id: 'zorblax-eolien',
      sectors: ['renewables'],
    });
    expect(companies.findCompany('Zorblaks Eolien')?.how).toBe('typo');
    expect(companies.companyOfDomain('mail.zorblax-eolien.example')?.id).toBe('zorblax-eolien');
    expect(interpret.interpretAmbition('Je veux travailler chez Zorblax').companies).toEqual(['zorblax-eolien']);
  });

  it('with a sector the taxonomy does not know stops the engine with the name in the error', async () => {
    await expect(engineWith({ Broken: [{ ...added, sectors: ['wind'] }] })).rejects.toThrow(
      'Unknown sector "wind" for Zorblax Éolien',
    );
  });
});
