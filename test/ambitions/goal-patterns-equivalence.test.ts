/**
 * The goal patterns moved from regular expressions in interpret.ts to data/goals.json, and the seniority of a title
 * from roles.ts to data/seniority.json (issue 12). This pins the
 * conversion: each compiled pattern answers exactly as the expression it replaced — on every ambition the tests,
 * the blind set and the sample mailboxes hold, and on generated sentences made of the patterns' own words — except
 * the two differences listed at the end, which are deliberate. The old expressions are kept here, verbatim, as the
 * reference; they read the padded folded text (" trouver un poste ").
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import goalData from '../../src/core/ambitions/data/goals.json';
import { compileGoalKnowledge } from '../../src/core/ambitions/goal-patterns';
import { goals } from '../../src/core/ambitions/interpret';
import { roles, seniorityOf } from '../../src/core/ambitions/roles';
import { foldTerms as fold } from '../../src/core/text/fold';
import { pad } from '../../src/core/text/terms';
import { hasSharedData, sampleNames, sharedDir } from '../engine/shared-data';

const oldGoals: Record<string, RegExp> = {
  fundraising:
    /( lever (des |de |du )?(fonds|capital|argent)| levee de fonds| lever \d| lever un | lever une | financer (ma|mon|notre|nos)| financement| tour de table| amorcage| serie [abc] | raise | raising | fundrais| funding| seed | series [abc] | pre seed )/,
  'first-client':
    /( premiers? clients?| nouveaux clients| des clients| un client| clients? pour | decrocher (un |une |mon |ma |des |nos |notre |le |la |les )?(premier |premiere |1er )?(client|contrat|marche|deal|commande|appel|chantier|rdv|rendez vous)| signer (un |une |mon |ma |des |nos |notre |le |la |les )?(premier |premiere |1er )?(client|contrat|deal|commande)| premiers? contrats?| premiere commande| prospect| demarch| vendre| conquerir| (closer|close|signer|sign) (mes |nos |my |our |des |some )?(premiers? |first )?(deals?|contrats?|contracts?)| deals? b2b| appels? d offres| tenders?| acheteurs| achats de | procurement (manager|team|department|lead|director)s?| purchasing (manager|department|director)s?| buyers | developper (mon|ma|notre|nos) (activite|entreprise|business|societe|startup|start up|marque|ventes)| first (client|customer)| (client|customer)s? in | new (client|customer)s?| (paying )?customers| win (a |an |new |our |my )?| land (a |an |our |my )?(first )?(client|customer|deal|contract)| sell | selling| sign (a |an |our |my )?(first )?(client|customer|deal|contract)| first (deal|contract|order|sale)| find (new )?(client|customer)s?| grow (my|our) (business|company|sales)| freelance| free lance| (consultante?|travailleu(r|se)|format(eur|rice)|developpeu(r|se)|designer|traduct(eur|rice)|graphiste|coach|architecte) independante?| a mon compte| a son compte| self employed| independent (consultant|contractor))/,
  job: /( rejoindre| integrer| travailler (chez|dans|pour|a|en|au)| bosser| taf | boulot| rentrer chez| entrer chez| trouver (un|une|mon|ma) (emploi|poste|job|travail|stage|cdi|alternance)| decrocher (un|une|mon|ma) (emploi|poste|job|stage|cdi|alternance)| (cherche|chercher|recherche) (un |une )?(poste|emploi|job|stage|cdi|alternance)| etre embauche| me faire embaucher| devenir| postuler| candidater| job | jobs | emploi| poste de| poste d | poste en | join | joining| become | becoming| work (at|for|in) | working (at|for|in) | get (a|my|an) ([a-z]+ )?(job|position|role)| land (a|my|an) ([a-z]+ )?(job|role|position)| (looking for|find|seeking) (a|an|my next) ([a-z]+ )?(role|position|job)| career| hired| back (into|to) work| retour a l emploi| retrouver (un |du )?(travail|emploi)| headhunters?| head hunters?| chasseurs? de tetes| changer de (metier|job|poste)| change (careers|jobs|job))/,
  'enter-sector':
    /( me lancer| se lancer| nous lancer| lancer dans| entrer dans| percer dans| me reconvertir| reconversion| changer de (carriere|secteur|voie)| change (sector|industry)| m orienter| decouvrir le secteur| move into| moving into| break into| breaking into| get into| getting into| transition (to|into)| transitioning (to|into)| pivot| switch to| enter (the )?[a-z]+ (sector|industry)| start (a career )?in | launch into)/,
  expand:
    /( ouvrir (un |une |notre |nos |mon |ma |des |nouveau |nouvelle )?(bureau|bureaux|filiale|agence|antenne|succursale|usine|site|representation|magasin|boutique|showroom|point de vente)| open (an |a |our |my |new )?(office|branch|subsidiary|factory|site|store|shop|showroom)| expand (our |my )?[a-z ]*(to|into) | expansion| implantation| implanter| export| exporter| a l international| developper (l |mon |ma |notre |nos )?(activite|business|entreprise|societe|marque)s? (en|au|aux|a l|dans) | set up (an |a |our |my )?(office|subsidiary|entity|branch))/,
  partners:
    /( partenaires?| partenariats?| partners?| partnerships?| alliances?| distributeurs?| distributors?| (un |une |mon |ma )associee? | co ?fondat| co ?founder| sponsors?| sponsoring| mecenes?| mecenat)/,
  hire: /( recruter| recrute (un|une|des|notre|nos)| recrutons| recrutement (d un|d une|de)| embaucher| embauche (un|une|des)| staffer| hire | hiring| recruit | recruiting (a|an|our|my|some|senior|junior)| recruting| to recruit| agrandir (l|mon|notre) equipe| grow (my|our|the) team| build (my|our|a) team| renforcer (l|mon|notre) equipe)/,
  mentor:
    /( mentor| mentorat| mentoring| mentee| parrain| marraine| (un|une|a|mon|my) coach | coaching| advice from| conseils? d (un|une|des)| guidance| sparring partner| role model)/,
};
const oldCues: Record<string, RegExp> = {
  'market-entry':
    /( launch (our|my|the)| lancer (notre|nos|ma|mon|la|le)| lancement| market | marche (francais|allemand|americain|japonais|europeen|espagnol|italien|britannique|chinois|indien)| marches )/,
  'role-change':
    / (move|moving|pivot|pivoting|transition|transitioning|switch|switching|break|breaking|get|getting) (into|to) | me reconvertir| reconversion| changer de (metier|carriere|voie)| change careers?/,
  'work-in': / (travailler|bosser|work|working|career|carriere) (dans|in|en|au|chez) /,
  'recruiter-nouns': / (recruteu|recruiters?|headhunt|head hunt|chasseu|cabinets? de recrutement|talent acquisition)/,
  'senior-words':
    / (head|heads) of | directeur| directrice| director | directors | chief | c[a-z]o | vp | svp | vice president| daf | drh | dsi | dg | pdg | president | presidente | managing director| general manager| country manager/,
  'career-change': / changer de metier| change careers?/,
  become: / devenir | become /,
  'investor-words': /( investisseurs?| investors?| business angels?| venture capital| capital risque| vc )/,
};
const oldRoles: Record<string, RegExp> = {
  product: / pms? | (in|en|dans le|into) product | product (job|role|position|poste|team)s? | produit /,
  buyer: / (les |aux |the )achats | acheteurs | procurement /,
  marketing: / marketers? /,
  operations: / ops /,
};

const knowledge = compileGoalKnowledge(
  goalData,
  goals.map((g) => g.id),
  roles.map((r) => r.id),
);
const pairs: readonly { readonly name: string; readonly old: RegExp; readonly now: RegExp }[] = [
  ...knowledge.goals.map(([g, now]) => ({ name: `goal ${g}`, old: oldGoals[g]!, now })),
  ...Object.entries(knowledge.cues).map(([c, now]) => ({ name: `cue ${c}`, old: oldCues[c]!, now })),
  ...knowledge.roles.map(([r, now]) => ({ name: `role ${r}`, old: oldRoles[r]!, now })),
];

/** Every pattern whose answer differs on a text, named. */
function differences(padded: string): string[] {
  return pairs.filter((p) => p.old.test(padded) !== p.now.test(padded)).map((p) => p.name);
}

/** Ambitions to read: the blind set, every string of the ambition tests, the samples' answer keys. */
function corpus(): string[] {
  const texts = new Set<string>();
  const blind = JSON.parse(readFileSync(join(__dirname, 'blind', 'ambitions-blind.json'), 'utf8')) as {
    ambitions: { text: string }[];
  };
  for (const a of blind.ambitions) texts.add(a.text);
  const dirs = [__dirname, join(__dirname, '..', '..', 'src', 'core', 'ambitions')];
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.test.ts') && !n.startsWith('goal-patterns')))
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.){3,300})'/g)) texts.add(m[1]!);
  if (hasSharedData)
    for (const s of sampleNames) {
      const answers = readFileSync(join(sharedDir, 'data', 'mailboxes', `${s}.answers.json`), 'utf8');
      for (const a of (JSON.parse(answers) as { ambitions: { text: string }[] }).ambitions) texts.add(a.text);
    }
  return [...texts];
}

test('every pattern of data/goals.json reads each ambition of the corpus as the expression it replaced', () => {
  const texts = corpus();
  expect(texts.length).toBeGreaterThan(400);
  const differ = texts.map((t) => ({ t, d: differences(pad(fold(t))) })).filter((x) => x.d.length > 0);
  expect(differ).toEqual([]);
  // Not vacuous: the corpus reaches every goal, cue and role pattern.
  for (const p of pairs) expect([p.name, texts.some((t) => p.now.test(pad(fold(t))))]).toEqual([p.name, true]);
});

// The words of the old expressions, so generated sentences hit their branches, and a few others.
const vocabulary = [
  ...new Set(
    [...Object.values(oldGoals), ...Object.values(oldCues), ...Object.values(oldRoles)].flatMap(
      (re) => re.source.match(/[a-z0-9]+/g) ?? [],
    ),
  ),
  'the',
  'le',
  'x',
  '2m',
  '10',
  'r&d',
  'c++',
  'paris',
].filter((w) => !knownDifference(w));

/** The words where the notation deliberately differs from the old expressions (see the last test). */
function knownDifference(word: string): boolean {
  return (word.endsWith('to') && word !== 'to' && word !== 'into') || word === 'businesss';
}

test('on generated sentences of their words, the compiled patterns answer as the old expressions', () => {
  const word = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9&+]{1,7}$/).filter((w) => !knownDifference(w)) },
  );
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), (ws) => {
      expect(differences(pad(ws.join(' ')))).toEqual([]);
    }),
    { numRuns: 20_000 },
  );
});

test('the two deliberate differences: a word ending in "to" is not "to", and "businesss" is not a word', () => {
  // `expand (our |my )?[a-z ]*(to|into) ` took the end of any word: "expand toronto" was an expansion.
  expect(differences(' expand toronto office ')).toEqual(['goal expand']);
  expect(differences(' expand to toronto ')).toEqual([]);
  // `(activite|business|…)s? (en|…) ` accepted "businesss".
  expect(differences(' developper mon businesss en espagne ')).toEqual(['goal expand']);
});

// roles.ts before data/seniority.json, verbatim: the reference the patterns must answer as.
const cLevel = /(^| )c[a-z]o( |$)/;
function oldSeniorityOf(foldedTitle: string): string {
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

/** Job titles: the samples' contacts when ../shared is there, and every string of the corpus read as a title. */
function titles(): string[] {
  const out = new Set(corpus());
  if (hasSharedData)
    for (const s of sampleNames) {
      const mailbox = readFileSync(join(sharedDir, 'data', 'mailboxes', `${s}.json`), 'utf8');
      for (const c of (JSON.parse(mailbox) as { contacts: { jobTitle?: string }[] }).contacts)
        if (c.jobTitle) out.add(c.jobTitle);
    }
  return [...out];
}

test('data/seniority.json reads every title of the corpus as the expressions it replaced', () => {
  const all = titles().map((t) => fold(t));
  const differ = all.filter((t) => seniorityOf(t) !== oldSeniorityOf(t));
  expect(differ).toEqual([]);
  for (const level of ['executive', 'director', 'manager', 'staff'])
    expect([level, all.some((t) => seniorityOf(t) === level)]).toEqual([level, true]);
});

test('on generated titles of their words, the seniority patterns answer as the old expressions', () => {
  const words = [
    ...new Set(oldSeniorityOf.toString().match(/[a-z]+/g) ?? []),
    'abteilungsleiter',
    'personalleiterin',
    'cfo',
    'x',
    'de',
  ];
  const word = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9&+]{1,7}$/) },
  );
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (ws) => {
      const t = ws.join(' ');
      expect(seniorityOf(t)).toBe(oldSeniorityOf(t));
    }),
    { numRuns: 20_000 },
  );
});
