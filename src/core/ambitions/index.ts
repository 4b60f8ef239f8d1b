/**
 * The ambition shortlist's public API: read an ambition, rank the contacts who could open the door,
 * and the knowledge lists (sectors, roles, countries) the UI's chip editor offers.
 */
export { interpretAmbition, detectLanguage, goals, type AmbitionInterpretation, type Goal } from './interpret';
export { rankShortlist, understoodNothing, type RankInput, type Shortlist, type ShortlistEntry } from './rank';
export { notUnderstood } from './unread';
export { FIT, WARM, isWarm, type CirclePromise, type Shortfall } from './summary';
export { findIntroducers, type Introducer } from './introducers';
export {
  reasonKinds,
  type CountryKind,
  type DoorKind,
  type ReasonKind,
  type SectorKind,
  type ShortlistReason,
} from './evidence';
export { sectors, sectorLabel, type Sector } from './sectors';
export { roles, roleLabel, type Role, type RoleId, type Seniority } from './roles';
export { countries, regions, countryLabel, type Country, type RegionId } from './countries';
export { companies, companyLabel, findCompany, type Company } from './companies';
export { computeTies, type Tie } from './ties';
