/**
 * office-addin-mock for jest. The package imports office-addin-manifest only for its OfficeApp enum, and
 * that package's own dependencies are ESM-only, which jest's CommonJS runtime on Node 20 cannot load; so the
 * manifest package is replaced by the module that defines the enum. Import OfficeMockObject from here.
 */
import type * as OfficeAddinMock from 'office-addin-mock';

jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

// eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after the mock above
const mock = require('office-addin-mock') as typeof OfficeAddinMock;

export const OfficeMockObject = mock.OfficeMockObject;

type OfficeGlobal = { Office?: unknown };

/** Installs `office` as the global `Office`; returns a function that removes it again. */
export function installOffice(office: unknown): () => void {
  (globalThis as OfficeGlobal).Office = office;
  return () => {
    delete (globalThis as OfficeGlobal).Office;
  };
}
