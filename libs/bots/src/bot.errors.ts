import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum BotErrorCode {
  BOT_NOT_FOUND = 'BOT_NOT_FOUND',
  NO_BOT = 'NO_BOT',
  TOKEN_MALFORMED = 'TOKEN_MALFORMED',
  TOKEN_REJECTED = 'TOKEN_REJECTED',
  TOKEN_OF_ANOTHER_BOT = 'TOKEN_OF_ANOTHER_BOT',
  BOT_ALREADY_REGISTERED = 'BOT_ALREADY_REGISTERED',
  TELEGRAM_UNAVAILABLE = 'TELEGRAM_UNAVAILABLE',
  TELEGRAM_REFUSED = 'TELEGRAM_REFUSED',
  INVALID_SEND_RATE = 'INVALID_SEND_RATE',
}

const KINDS: Record<BotErrorCode, ErrorKind> = {
  [BotErrorCode.BOT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [BotErrorCode.NO_BOT]: ErrorKind.NOT_FOUND,
  [BotErrorCode.TOKEN_MALFORMED]: ErrorKind.VALIDATION_FAILED,
  [BotErrorCode.TOKEN_REJECTED]: ErrorKind.BAD_REQUEST,
  [BotErrorCode.TOKEN_OF_ANOTHER_BOT]: ErrorKind.BAD_REQUEST,
  [BotErrorCode.BOT_ALREADY_REGISTERED]: ErrorKind.CONFLICT,
  [BotErrorCode.TELEGRAM_UNAVAILABLE]: ErrorKind.UPSTREAM_FAILED,
  [BotErrorCode.TELEGRAM_REFUSED]: ErrorKind.UPSTREAM_FAILED,
  [BotErrorCode.INVALID_SEND_RATE]: ErrorKind.VALIDATION_FAILED,
};

export class BotError extends errorClassFor(KINDS) {
  static notFound(id: string): BotError {
    return new BotError(BotErrorCode.BOT_NOT_FOUND, `Bot ${id} not found`);
  }
}
