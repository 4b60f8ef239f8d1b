/** Renders taskpane components the way the app does (theme, language, services, network, decisions) over fakes. */
import type { ReactElement, ReactNode } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ClassifyInput, ClassifyResult } from '../../core/circles';
import type { CircleId, Reason } from '../../core/circles/types';
import type { Language } from '../../core/model';
import { AnnouncerProvider } from '../components/common/Announcer';
import { I18nProvider } from '../i18n';
import { ServicesProvider } from '../servicesContext';
import { DecisionsProvider } from '../state/decisions';
import type { Classifier } from '../state/load';
import { NetworkProvider } from '../state/network';
import { SubcircleFilterProvider } from '../state/subcircleFilter';
import type { FakeServices } from './fakeServices';

export type Scripted = Readonly<
  Record<string, { circle: CircleId | null; confidence: number; reasons?: readonly Reason[] }>
>;

/** A classifier that answers from a table, and abstains for contacts it does not list. */
export function scriptedClassifier(table: Scripted): Classifier & { calls: ClassifyInput[] } {
  const calls: ClassifyInput[] = [];
  const fn = (input: ClassifyInput): ClassifyResult => {
    calls.push(input);
    return {
      suggestions: input.mailbox.contacts.map((c) => {
        const s = table[c.id];
        return {
          contactId: c.id,
          circle: s?.circle ?? null,
          confidence: s?.confidence ?? 0,
          reasons: s?.reasons ?? [],
          alternatives: [],
        };
      }),
      profileCandidates: { employers: [], schools: [], trainings: [], clubs: [] },
    };
  };
  return Object.assign(fn, { calls });
}

export function Providers({
  services,
  classifier,
  language = 'en',
  children,
}: {
  services: FakeServices;
  classifier?: Classifier;
  language?: Language;
  children: ReactNode;
}) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <ServicesProvider services={services}>
          <NetworkProvider {...(classifier ? { classifier } : {})}>
            <DecisionsProvider>
              <SubcircleFilterProvider>
                <AnnouncerProvider>{children}</AnnouncerProvider>
              </SubcircleFilterProvider>
            </DecisionsProvider>
          </NetworkProvider>
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

export function renderWith(
  ui: ReactElement,
  services: FakeServices,
  classifier?: Classifier,
  language: Language = 'en',
) {
  return render(
    <Providers services={services} {...(classifier ? { classifier } : {})} language={language}>
      {ui}
    </Providers>,
  );
}
