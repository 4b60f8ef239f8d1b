/**
 * The views' strings: a chunk apart from the first one (see index.ts). Importing this module adds them to the
 * dictionaries; a new feature's `i18n/<feature>.ts` is listed here, or in index.ts when the shell shows it. The
 * shortlist's strings live beside its sentences in src/sentences/shortlist, which the CLI speaks too.
 */
import { shortlist } from '../../sentences/shortlist/strings';
import { apply } from './apply';
import { groups } from './groups';
import { addStrings } from './index';
import { imports } from './imports';
import { keep } from './keep';
import { map } from './map';
import { message } from './message';
import { onboarding } from './onboarding';
import { review } from './review';
import { settings } from './settings';

addStrings([onboarding, review, apply, map, settings, message, shortlist, groups, keep, imports]);

export const viewStringsLoaded = true;
