import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum ContactErrorCode {
  CONTACT_NOT_FOUND = 'CONTACT_NOT_FOUND',
  IDENTITY_NOT_FOUND = 'IDENTITY_NOT_FOUND',
  SEGMENT_NOT_FOUND = 'SEGMENT_NOT_FOUND',
  EXTERNAL_ID_TAKEN = 'EXTERNAL_ID_TAKEN',
  IDENTIFIER_REQUIRED = 'IDENTIFIER_REQUIRED',
  MERGE_WITH_ITSELF = 'MERGE_WITH_ITSELF',
}

const KINDS: Record<ContactErrorCode, ErrorKind> = {
  [ContactErrorCode.CONTACT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ContactErrorCode.IDENTITY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ContactErrorCode.SEGMENT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ContactErrorCode.EXTERNAL_ID_TAKEN]: ErrorKind.CONFLICT,
  [ContactErrorCode.IDENTIFIER_REQUIRED]: ErrorKind.VALIDATION_FAILED,
  [ContactErrorCode.MERGE_WITH_ITSELF]: ErrorKind.VALIDATION_FAILED,
};

export class ContactError extends errorClassFor(KINDS) {
  static notFound(id: string): ContactError {
    return new ContactError(ContactErrorCode.CONTACT_NOT_FOUND, `Contact ${id} not found`);
  }
}
