import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum UpdateErrorCode {
  NOT_AN_UPDATE = 'NOT_AN_UPDATE',
  UNKNOWN_WEBHOOK = 'UNKNOWN_WEBHOOK',
  WRONG_WEBHOOK_SECRET = 'WRONG_WEBHOOK_SECRET',
  BOT_RETIRED = 'BOT_RETIRED',
}

const KINDS: Record<UpdateErrorCode, ErrorKind> = {
  [UpdateErrorCode.NOT_AN_UPDATE]: ErrorKind.BAD_REQUEST,
  [UpdateErrorCode.UNKNOWN_WEBHOOK]: ErrorKind.NOT_FOUND,
  [UpdateErrorCode.WRONG_WEBHOOK_SECRET]: ErrorKind.UNAUTHENTICATED,
  [UpdateErrorCode.BOT_RETIRED]: ErrorKind.NOT_FOUND,
};

export class UpdateError extends errorClassFor(KINDS) {}
