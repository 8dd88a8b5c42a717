/**
 * Errors shaped like the ones Office.js rejects with (`OfficeExtension.Error`): a `code` from
 * `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, so code under test can branch on it.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidRequestContext'
  | 'GeneralException';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: FakeErrorCode;
  readonly traceMessages: string[] = [];
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };
  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const propertyNotLoaded = (type: string, prop: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
