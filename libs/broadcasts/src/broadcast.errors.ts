import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum BroadcastErrorCode {
  BROADCAST_NOT_FOUND = 'BROADCAST_NOT_FOUND',
  INVALID_STATE = 'INVALID_STATE',
  AUDIENCE_REQUIRED = 'AUDIENCE_REQUIRED',
  INVALID_CONTENT = 'INVALID_CONTENT',
  UNKNOWN_MERGE_FIELD = 'UNKNOWN_MERGE_FIELD',
  SCHEDULE_IN_PAST = 'SCHEDULE_IN_PAST',
  UNSUPPORTED_PLATFORM = 'UNSUPPORTED_PLATFORM',
}

const KINDS: Record<BroadcastErrorCode, ErrorKind> = {
  [BroadcastErrorCode.BROADCAST_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [BroadcastErrorCode.INVALID_STATE]: ErrorKind.CONFLICT,
  [BroadcastErrorCode.AUDIENCE_REQUIRED]: ErrorKind.VALIDATION_FAILED,
  [BroadcastErrorCode.INVALID_CONTENT]: ErrorKind.VALIDATION_FAILED,
  [BroadcastErrorCode.UNKNOWN_MERGE_FIELD]: ErrorKind.VALIDATION_FAILED,
  [BroadcastErrorCode.SCHEDULE_IN_PAST]: ErrorKind.VALIDATION_FAILED,
  [BroadcastErrorCode.UNSUPPORTED_PLATFORM]: ErrorKind.VALIDATION_FAILED,
};

export class BroadcastError extends errorClassFor(KINDS) {
  static notFound(id: string): BroadcastError {
    return new BroadcastError(BroadcastErrorCode.BROADCAST_NOT_FOUND, `Broadcast ${id} not found`);
  }
}
