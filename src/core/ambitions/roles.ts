/**
 * Role vocabularies (French and English): what a job title says about a person's function and
 * seniority. The ranking uses them to find the people who can act on an ambition — buyers for a first
 * client, investors for a round, recruiters for a job — and the people already in the role the user wants.
 */
import type { Language } from '../model';
import { fold, hasTerm, pad } from './text';

/** A function a person can hold. `executive` is general management (CEO, DG, managing partner). */
export type RoleId =
  | 'executive'
  | 'founder'
  | 'investor'
  | 'buyer'
  | 'recruiter'
  | 'hr'
  | 'finance'
  | 'sales'
  | 'marketing'
  | 'partnerships'
  | 'strategy'
  | 'operations'
  | 'engineering'
  | 'product'
  | 'design'
  | 'data'
  | 'project'
  | 'legal'
  | 'consulting';

/** How senior a title reads: executives decide, directors run a function, managers lead a team. */
export type Seniority = 'executive' | 'director' | 'manager' | 'staff';

export type Role = {
  readonly id: RoleId;
  readonly labels: Readonly<Record<Language, string>>;
  /** Folded stems matched at a word start in a title; a trailing space demands a whole word. */
  readonly terms: readonly string[];
  /** Folded phrases that look like the role but are not ("ingenieur d affaires" is sales, not engineering). */
  readonly not: readonly string[];
};

const r = (id: RoleId, fr: string, en: string, terms: string[], not: string[] = []): Role => ({
  id,
  labels: { fr, en },
  terms,
  not,
});

// A table: one entry per line reads better than one word per line.
// prettier-ignore
export const roles: readonly Role[] = [
  r('executive', 'Dirigeants', 'Executives', ['board member', 'membre du conseil', 'administrateur independant', 'administratrice independante', 'non executive director', 'conseil d administration', 'ceo ', 'pdg ', 'p dg ', 'president ', 'presidente ', 'directeur general', 'directrice generale', 'dg ', 'managing director', 'general manager', 'gerant', 'gerante', 'chief executive', 'chairman', 'chairwoman', 'chair ', 'owner ', 'proprietaire', 'associe ', 'associee ', 'associe gerant', 'managing partner', 'partner ', 'senior partner', 'country manager', 'geschaftsfuhrer', 'geschaftsfuhrerin', 'vorstand', 'director general', 'directora general', 'consejero delegado', 'amministratore delegato', 'direttore generale', 'algemeen directeur', 'directeur de filiale', 'head of business unit', 'dirigeant', 'executive director', 'executive', 'c level', 'mandataire social'], ['vice president', 'vice presidente', 'business partner', 'account executive', 'executive assistant', 'assistant', 'partner manager', 'executive search', 'product owner', 'process owner', 'people partner', 'talent partner', 'hr partner']),
  r('founder', 'Fondateurs', 'Founders', ['grunder', 'grunderin', 'mitgrunder', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'fondatore', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co fondateur', 'co fondatrice', 'founder', 'cofounder', 'co founder', 'createur d entreprise', 'creatrice d entreprise', 'entrepreneur', 'serial entrepreneur']),
  r('investor', 'Investisseurs', 'Investors', ['investisseur', 'investisseuse', 'investor', 'investment manager', 'investment director', 'investment associate', 'investment analyst', 'investment partner', 'investment principal', 'charge d investissement', 'chargee d investissement', 'directeur d investissement', 'directrice d investissement', 'directeur de participations', 'directrice de participations', 'analyste investissement', 'business angel', 'angel ', 'general partner', 'venture partner', 'limited partner', 'capital risqueur', 'vc ', 'gestionnaire de fonds', 'fund manager', 'portfolio manager', 'principal ', 'private equity', 'venture capital']),
  r('buyer', 'Acheteurs', 'Buyers', ['einkauf', 'einkaufer', 'compras', 'acquisti', 'achat', 'acheteu', 'buyer', 'procurement', 'purchas', 'sourcing', 'approvisionn', 'category manager', 'supply manager', 'directeur des achats', 'head of procurement']),
  r('recruiter', 'Recruteurs', 'Recruiters', ['reclutamiento', 'selezione del personale', 'personalreferent', 'recruteu', 'recruiter', 'recruitment', 'recruiting', 'recrutement', 'talent acquisition', 'acquisition de talents', 'talent partner', 'talent manager', 'talent', 'chasseur de tetes', 'chasseuse de tetes', 'headhunter', 'head hunter', 'executive search', 'gestion des talents', 'charge de recrutement', 'chargee de recrutement', 'sourcer ', 'cabinet de recrutement', 'staffing']),
  r('hr', 'Ressources humaines', 'Human resources', ['recursos humanos', 'risorse umane', 'personalleit', 'personalwesen', 'personalabteilung', 'rh ', 'drh ', 'rrh ', 'ressources humaines', 'human resources', 'hr ', 'hrbp', 'people partner', 'people manager', 'people ops', 'people operations', 'head of people', 'vp people', 'chief people', 'chro', 'chief human', 'head of hr', 'hr director', 'hr manager', 'people and culture', 'people & culture', 'directeur du personnel', 'directrice du personnel', 'paie ', 'payroll', 'relations sociales', 'gestionnaire rh']),
  r('finance', 'Finance', 'Finance', ['cfo ', 'daf ', 'raf ', 'directeur financier', 'directrice financiere', 'directeur administratif et financier', 'directrice administrative et financiere', 'finance', 'financier', 'financiere', 'financial', 'controleur de gestion', 'controleuse de gestion', 'controle de gestion', 'controller', 'controlling', 'comptab', 'accountant', 'accounting', 'accounts ', 'tresor', 'treasur', 'fp&a', 'fp a ', 'auditeur financier', 'credit analyst', 'analyste credit', 'expert comptable'], ['account executive', 'account manager', 'key account']),
  r('sales', 'Commerciaux', 'Sales', ['vertrieb', 'ventas', 'vendite', 'commercial', 'commerciale', 'sales', 'vente', 'ventes', 'business develop', 'bizdev', 'biz dev', 'ingenieur d affaires', 'ingenieure d affaires', 'charge d affaires', 'chargee d affaires', 'account executive', 'account manager', 'key account', 'grands comptes', 'kam ', 'vendeu', 'avant vente', 'pre sales', 'presales', 'revenue', 'developpement commercial', 'export manager', 'responsable export', 'directeur export']),
  r('marketing', 'Marketing & communication', 'Marketing & communications', ['marketing', 'brand', 'marque', 'growth', 'cmo ', 'communication', 'relations presse', 'public relations', 'pr manager', 'community manager', 'content', 'contenu']),
  r('partnerships', 'Partenariats', 'Partnerships', ['partenariat', 'partnership', 'alliances', 'partner manager', 'channel manager', 'ecosystem', 'ecosysteme']),
  r('strategy', 'Stratégie', 'Strategy', ['strat ', 'strateg', 'corporate development', 'developpement strategique', 'm&a', 'm a ', 'fusions acquisitions', 'mergers', 'chief of staff', 'transformation']),
  r('operations', 'Opérations', 'Operations', ['directeur des operations', 'directrice des operations', 'head of operations', 'operations director', 'operations manager', 'operation', 'coo ', 'supply chain', 'logisti', 'production', 'usine', 'plant manager', 'directeur industriel', 'directrice industrielle', 'exploitation', 'site manager', 'directeur de site']),
  r('engineering', 'Ingénierie & tech', 'Engineering & tech', ['dsi ', 'cio ', 'directeur des systemes d information', 'directrice des systemes d information', 'it director', 'head of it', 'directeur informatique', 'directrice informatique', 'ingenieu', 'engineer', 'developpeu', 'developer', 'software', 'cto ', 'r&d', 'r d ', 'technicien', 'technicienne', 'technical', 'technique', 'devops', 'dev ', 'devs ', 'fullstack', 'full stack', 'backend', 'back end', 'frontend', 'front end', 'ingenierie', 'engineering', 'inge ', 'architecte', 'architect', 'tech lead', 'programmeu', 'scientist', 'chercheu', 'researcher'], ['ingenieur d affaires', 'ingenieure d affaires', 'ingenieur commercial', 'ingenieure commerciale', 'sales engineer', 'engineering manager sales', 'data scien']),
  r('product', 'Produit', 'Product', ['product manager', 'product owner', 'product lead', 'chef de produit', 'cheffe de produit', 'head of product', 'chief product', 'cpo ', 'product director', 'directeur produit', 'directrice produit', 'product management', 'product ops', 'product marketing manager']),
  r('design', 'Design & UX', 'Design & UX', ['designer', 'design ', 'ux ', 'ui ', 'ui ux', 'ux ui', 'user experience', 'experience utilisateur', 'graphiste', 'directeur artistique', 'directrice artistique', 'direction artistique', 'art director', 'creative director', 'directeur de creation', 'directrice de creation', 'motion designer', 'webdesign', 'ergonome'], ['design thinking']),
  r('data', 'Data & analyse', 'Data & analytics', ['data scien', 'data analy', 'data engineer', 'data manager', 'data officer', 'chief data', 'head of data', 'data lead', 'data ', 'la data ', 'analyste de donnees', 'analyste donnees', 'donnees ', 'machine learning', 'ml engineer', 'business intelligence', 'bi analyst', 'bi developer', 'analytics', 'statistici', 'datascien', 'dataviz']),
  r('project', 'Gestion de projet', 'Project management', ['chef de projet', 'cheffe de projet', 'project manager', 'program manager', 'programme manager', 'pmo ', 'charge de projet', 'chargee de projet', 'project lead', 'directeur de projet', 'directrice de projet']),
  r('legal', 'Juridique & conformité', 'Legal & compliance', ['juriste', 'juridique', 'avocat', 'avocate', 'lawyer', 'counsel', 'legal', 'conformite', 'compliance', 'notaire', 'paralegal', 'general counsel', 'solicitor', 'attorney']),
  r('consulting', 'Conseil', 'Consulting', ['consulting', 'consultant', 'consultante', 'conseiller', 'conseillere', 'advisor', 'adviser', 'conseil ']),
];

const roleById = new Map(roles.map((x) => [x.id, x]));

// Neighbouring functions: a talent acquisition lead is nearly a head of people (one department), a data engineer to an
// engineer, a product designer to a product manager. Symmetric; anything not listed is 0.
const neighbours: readonly [RoleId, RoleId, number][] = [
  ['hr', 'recruiter', 0.85],
  ['data', 'engineering', 0.5],
  ['product', 'design', 0.4],
  ['product', 'project', 0.4],
  ['executive', 'founder', 0.8],
  ['marketing', 'sales', 0.3],
  ['strategy', 'consulting', 0.4],
];

/** How much holding `held` counts for someone who wants `wanted` (1 for the same role). */
export function roleAffinity(wanted: RoleId, held: RoleId): number {
  if (wanted === held) return 1;
  for (const [a, b, v] of neighbours) if ((a === wanted && b === held) || (b === wanted && a === held)) return v;
  return 0;
}

/** A role's label in the language; the id when unknown. */
export function roleLabel(id: string, lang: Language): string {
  return roleById.get(id as RoleId)?.labels[lang] ?? id;
}

export function isRoleId(id: string): id is RoleId {
  return roleById.has(id as RoleId);
}

const cLevel = /(^| )c[a-z]o( |$)/;

/** What a title says about seniority. */
export function seniorityOf(foldedTitle: string): Seniority {
  const t = pad(foldedTitle);
  const isExecutive =
    cLevel.test(foldedTitle) ||
    /( chief | pdg | ceo | dg | daf | drh | dsi | president | presidente | directeur general| directrice generale| managing director | general manager | gerant| fondat| cofondat| co fondat| founder| cofounder| co founder| chairman | chairwoman | owner | associe | associee | partner | managing partner | senior partner | general partner | venture partner | country manager | geschaftsfuhrer| vorstand| grunder| mitgrunder| fundador| cofundador| fondatore| director general | directora general | consejero delegado | amministratore delegato | direttore generale )/.test(
      t,
    );
  if (
    isExecutive &&
    !/( vice president| business partner | people partner | talent partner | hr partner | executive assistant | product owner | process owner | partner manager )/.test(
      t,
    )
  )
    return 'executive';
  // "leiter" anywhere in a word (Abteilungsleiter, Personalleiterin): no "[a-z]*" before it, which matched
  // nothing more and backtracked over every run of letters (a 100k-letter title took tens of seconds).
  if (
    /( directeur| directrice| director | directora | direttore | direttrice | head | vp | vice president| svp | evp | general counsel |leiter |leiterin )/.test(
      t,
    )
  )
    return 'director';
  if (
    /( responsable | manager | lead | chef | cheffe | team leader | superviseur | supervisor | principal | jefe | jefa | responsabile )/.test(
      t,
    )
  )
    return 'manager';
  return 'staff';
}

/** The functions a title names, in the order of the role list. */
export function rolesOf(foldedTitle: string): RoleId[] {
  const t = pad(foldedTitle);
  const out: RoleId[] = [];
  for (const role of roles) {
    let text = t;
    for (const n of role.not) text = text.split(` ${n}`).join(' ');
    if (role.terms.some((term) => hasTerm(text, term))) out.push(role.id);
  }
  // "Partner" alone is a firm's partner; "HR Business Partner" is HR, handled by `not` above.
  return out;
}

const titleCache = new Map<string, { roles: RoleId[]; seniority: Seniority }>();

/** Functions and seniority of a title, folded once; titles repeat, so each distinct one is read once. */
export function readTitle(title: string): { roles: RoleId[]; seniority: Seniority } {
  const hit = titleCache.get(title);
  if (hit) return { roles: [...hit.roles], seniority: hit.seniority };
  if (titleCache.size > 20_000) titleCache.clear();
  const f = fold(title);
  const read = { roles: rolesOf(f), seniority: seniorityOf(f) };
  titleCache.set(title, read);
  return { roles: [...read.roles], seniority: read.seniority };
}
