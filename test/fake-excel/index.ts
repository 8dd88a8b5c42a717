/** A typed fake of the Excel JavaScript API for tests and the e2e page. */
export { installFakeOffice, FakeOffice } from './office';
export type { FakeOfficeOptions, RequestRecord } from './office';
export { FakeOfficeError } from './errors';
export { FakeRequestContext, utf8Length } from './context';
