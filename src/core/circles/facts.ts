/** What an address's domain and a company name say, computed once per host and per name in a run. */
import {
  academicKind,
  domainLabel,
  hostOf,
  isPublicProvider,
  registrableDomain,
  sameCompanyKey,
  sharesSurname,
  type AcademicKind,
} from '../contacts';
import { weights, type EngineContext } from './context';
import type { KnownOrg } from './knowledge';
import { orgIndexOf } from './org-index';
import { looksLikeClub } from './owner-profile';
import { companyKey } from '../text/company';
import type { CircleId } from './types';
import { keepLayout } from '../layouts';

/** What an address's domain says, computed once per host. */
export type DomainFacts = {
  readonly domain: string;
  readonly label: string;
  readonly owner: boolean;
  readonly custom?: CircleId;
  readonly org?: KnownOrg;
  readonly academic: AcademicKind;
  readonly clubWord: boolean;
};

/** What a company name says, computed once per name. */
export type CompanyFacts = { readonly current: boolean; readonly org?: KnownOrg };

/** Per-run memo of domain and company facts: the same few hundred hosts and companies recur. */
export class FieldMemo {
  private readonly domains = new Map<string, DomainFacts | null>();
  private readonly companies = new Map<string, CompanyFacts>();
  private readonly surnames = new Map<string, boolean>();

  constructor(private readonly ctx: Pick<EngineContext, 'current' | 'orgs' | 'ownerName' | 'domainCircles'>) {}

  /** null for public mailbox providers: they say nothing. */
  domain(address: string): DomainFacts | null {
    const host = hostOf(address);
    const known = this.domains.get(host);
    if (known !== undefined) return known;
    let facts: DomainFacts | null = null;
    if (host !== '' && !isPublicProvider(host)) {
      const domain = registrableDomain(host);
      const label = domainLabel(domain);
      const sameOrg = (d: string | undefined): boolean =>
        !!d &&
        (d === domain ||
          d === host ||
          host.endsWith(`.${d}`) ||
          (d.split('.').length === 2 && domainLabel(d) === label));
      const custom = this.ctx.domainCircles.get(domain);
      const org = orgIndexOf(this.ctx.orgs).byHost(host, domain, label, sameOrg);
      // Fixed fields (undefined when absent): one shape for every run's facts, which the evidence reads.
      facts = {
        domain,
        label,
        owner: sameOrg(this.ctx.current?.domain),
        custom,
        org,
        academic: academicKind(host),
        clubWord: looksLikeClub(label.replace(/-/g, ' ')),
      };
    }
    this.domains.set(host, facts);
    return facts;
  }

  company(name: string): CompanyFacts {
    const known = this.companies.get(name);
    if (known) return known;
    const key = companyKey(name);
    const current = !!this.ctx.current && this.ctx.current.key !== '' && sameCompanyKey(this.ctx.current.key, key);
    const org = current ? undefined : orgIndexOf(this.ctx.orgs).sameKey(key);
    const facts = { current, org };
    this.companies.set(name, facts);
    return facts;
  }

  /** Whether a surname ends the owner's name (sharesSurname): a book holds the same surnames many times. */
  sharesOwnerSurname(surname: string): boolean {
    let shares = this.surnames.get(surname);
    if (shares === undefined) {
      shares = sharesSurname(this.ctx.ownerName, surname);
      this.surnames.set(surname, shares);
    }
    return shares;
  }
}

export const orgDomainWeight = (o: KnownOrg): number =>
  o.kind === 'employer' ? weights.employerDomain : o.kind === 'school' ? weights.schoolDomain : weights.clubDomain;

// One idle memo: its layout outlives a run (layouts.ts).
keepLayout(new FieldMemo({ orgs: [], ownerName: '', domainCircles: new Map() }));
