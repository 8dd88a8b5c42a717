/** en-US problem messages. */
import type { MessageTable, ParamWords } from '../problem';

export const enUS: MessageTable = {
  missingReceivedAt:
    'Row {row}, "{column}" is empty: enter when the contact was received so due times can be computed.',
  invalidDateTime: 'Row {row}, "{column}" is not a valid date and time: {value}',
  missingDescription: 'Row {row}, "{column}" is empty: record the customer\'s actual problem.',
  missingCustomer: 'Row {row}, "{column}" is empty: enter the customer name or customer ID.',
  unknownCategory: 'Row {row}, "{column}": "{value}" is not a known category (Inquiry, Complaint, Suggestion, Change, Fault, Other).',
  unknownStatus: 'Row {row}, "{column}": "{value}" is not a valid status.',
  unknownLevel: 'Row {row}, "{column}": "{value}" must be High, Medium or Low.',
  unknownCustomerLevel: 'Row {row}, "{column}": "{value}" must be VIP or Regular.',
  invalidRating: 'Row {row}, "{column}": rating "{value}" must be a whole number from 1 to 5.',
  duplicateId: 'Row {row}, "{column}": number "{value}" is also used in row {otherRows}.',
  idPatternMismatch: 'Row {row}, "{column}": number "{value}" does not follow the pattern {pattern}.',
  resolvedBeforeReceived: 'Row {row}, "{column}" ({value}) is earlier than the received time ({receivedAt}).',
  respondedBeforeReceived: 'Row {row}, "{column}" ({value}) is earlier than the received time ({receivedAt}).',
  doneWithoutResolvedAt: 'Row {row} has status "{status}" but "{column}" is empty.',
  pendingWithResolvedAt: 'Row {row} is still "{status}" but has a "{column}": check the status.',
  sensitiveDataRedacted: 'Row {row}, "{column}" contained a {kind} number; it was masked as {masked}.',
  formulaTextEscaped: 'Row {row}, "{column}" starts with = + - or @; it is stored as text, never as a formula.',
  unknownListValue: 'Row {row}, "{column}": "{value}" is not in the {list} list.',
  contactUnmasked: 'Row {row}, "{column}" shows an unmasked contact; it should read {masked}.',
  missingId: 'Row {row}, "{column}" is empty: a number will be assigned from the numbering pattern.',
  unknownColumn: 'Column "{column}" was not recognised; it is kept unchanged as an extra column.',
  sensitiveDataFound: 'Row {row}, "{column}" contains a full {kind} number; delete it or write {masked}.',
};

/** Words passed as codes in params (`kind: 'idCard'`, `list: 'channels'`). */
export const enUSParamWords: ParamWords = {
  idCard: 'ID-card',
  longNumber: 'possible ID-card or bank-card',
  bankCard: 'bank-card',
  channels: 'channel',
  departments: 'department',
  owners: 'owner',
  emotions: 'emotion',
  subcategories: 'subcategory',
};
