/**
 * The company and investor dataset, compiled once at load from data/companies.json, and the look-ups the
 * ranking needs: by name (tolerant to case, accents, legal suffixes, spacing and small typos), by web
 * domain, and inside free text.
 */
import data from './data/companies.json';
import { sectorById } from './sectors';
import { editDistance, typoBudget } from '../text/distance';
import { compactCompanyKey, isTrailingDecoration } from '../text/company';
import { compactKey, foldTerms, words } from '../text/fold';

/** A notable organisation: where it sits (sectors) and where it is headquartered. */
export type Company = {
  /** Stable slug of the name, e.g. "saint-gobain". */
  readonly id: string;
  readonly name: string;
  /** Sector ids, main sector first. May be empty (trading houses, conglomerates). */
  readonly sectors: readonly string[];
  /** ISO 3166-1 alpha-2 of the headquarters. */
  readonly country: string;
  readonly domains: readonly string[];
  readonly aliases: readonly string[];
};

/**
 * One organisation as written in data/companies.json (see docs/KNOWLEDGE.md): the file groups them under
 * section titles, one per line; `domains` and `aliases` may be left out.
 */
export type CompanyRecord = {
  readonly name: string;
  readonly sectors: readonly string[];
  readonly country: string;
  readonly domains?: readonly string[];
  readonly aliases?: readonly string[];
};

const slug = (name: string): string => foldTerms(name).replace(/ /g, '-');

/** The organisations of a data file, in file order; a sector id the taxonomy does not know is an error. */
export function compileCompanies(sections: Readonly<Record<string, readonly CompanyRecord[]>>): Company[] {
  return Object.values(sections)
    .flat()
    .map((r) => {
      for (const s of r.sectors) if (!sectorById(s)) throw new Error(`Unknown sector "${s}" for ${r.name}`);
      return {
        id: slug(r.name),
        name: r.name,
        sectors: [...r.sectors],
        country: r.country,
        domains: (r.domains ?? []).map((d) => d.toLowerCase()),
        aliases: [...(r.aliases ?? [])],
      };
    });
}

/** Every organisation of the dataset. */
export const companies: readonly Company[] = compileCompanies(data);

/**
 * Keys to try for a typed name, most specific first: as typed, then without trailing legal or subsidiary
 * words ("Business France (siège)" → "businessfrance"), then without any of them.
 */
function candidateKeys(name: string): string[] {
  const nameWords = words(name);
  const out = [nameWords.join('')];
  let end = nameWords.length;
  while (end > 1 && isTrailingDecoration(nameWords[end - 1]!)) {
    end--;
    out.push(nameWords.slice(0, end).join(''));
  }
  out.push(compactCompanyKey(name));
  return [...new Set(out)];
}

const byKey = new Map<string, Company>();
const byDomain = new Map<string, Company>();
// Exact names first, then names without legal or subsidiary words, so "Iberdrola" is the group and not
// "Iberdrola France" just because the French subsidiary comes earlier in the data.
for (const c of companies) {
  for (const n of [c.name, ...c.aliases]) {
    const k = compactKey(n);
    if (k.length >= 2 && !byKey.has(k)) byKey.set(k, c);
  }
  for (const d of c.domains) if (!byDomain.has(d)) byDomain.set(d, c);
}
for (const c of companies) {
  for (const n of [c.name, ...c.aliases]) {
    const k = compactCompanyKey(n);
    if (k.length >= 2 && !byKey.has(k)) byKey.set(k, c);
  }
}
const keys = [...byKey.keys()];
const fuzzyCache = new Map<string, Company | null>();

/** How a name was recognised: exactly (after folding) or despite a typo. */
export type CompanyMatch = { readonly company: Company; readonly how: 'exact' | 'typo' };

/** The dataset organisation a free-typed company name refers to, if any. */
export function findCompany(name: string): CompanyMatch | undefined {
  const candidates = candidateKeys(name);
  for (const k of candidates) {
    const exact = byKey.get(k);
    if (exact) return { company: exact, how: 'exact' };
  }
  const key = candidates[candidates.length - 1] ?? '';
  if (key.length < 5) return undefined;
  let hit = fuzzyCache.get(key);
  if (hit === undefined) {
    hit = null;
    const budget = typoBudget(key.length);
    let best = budget + 1;
    for (const k of keys) {
      if (Math.abs(k.length - key.length) > budget || k.length < 5) continue;
      const d = editDistance(key, k, budget);
      // Ties go to the alphabetically first key so the answer never depends on the data's order.
      if (d < best || (d === best && hit && k < compactCompanyKey(hit.name))) {
        best = d;
        hit = byKey.get(k) ?? null;
      }
    }
    fuzzyCache.set(key, hit);
  }
  return hit ? { company: hit, how: 'typo' } : undefined;
}

/** The organisation behind a host name ("bk.mufg.jp", "mail.neoen.com"), trying each parent domain. */
export function companyOfDomain(host: string): Company | undefined {
  const parts = host.toLowerCase().split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = byDomain.get(parts.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** The company with this id. */
export function companyById(id: string): Company | undefined {
  return companies.find((c) => c.id === id);
}

/** A company id's display name, or the text itself for a raw (unknown) name. */
export function companyLabel(idOrName: string): string {
  return companyById(idOrName)?.name ?? idOrName;
}
