import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum ReplicaErrorCode {
  REPLICA_NOT_FOUND = 'REPLICA_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  UNSUPPORTED_API_VERSION = 'UNSUPPORTED_API_VERSION',
  INTEGRATION_NOT_FOUND = 'INTEGRATION_NOT_FOUND',
  INTEGRATION_EXISTS = 'INTEGRATION_EXISTS',
  TELEGRAM_TOKEN_REJECTED = 'TELEGRAM_TOKEN_REJECTED',
  TELEGRAM_BOT_ELSEWHERE = 'TELEGRAM_BOT_ELSEWHERE',
  TELEGRAM_TOKEN_OUTDATED = 'TELEGRAM_TOKEN_OUTDATED',
  TELEGRAM_BOT_TAKEN = 'TELEGRAM_BOT_TAKEN',
  TELEGRAM_REFUSED = 'TELEGRAM_REFUSED',
  ANSWERER_INCOMPLETE = 'ANSWERER_INCOMPLETE',
}

const KINDS: Record<ReplicaErrorCode, ErrorKind> = {
  [ReplicaErrorCode.REPLICA_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ReplicaErrorCode.SLUG_TAKEN]: ErrorKind.CONFLICT,
  [ReplicaErrorCode.UNSUPPORTED_API_VERSION]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.INTEGRATION_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ReplicaErrorCode.INTEGRATION_EXISTS]: ErrorKind.CONFLICT,
  [ReplicaErrorCode.TELEGRAM_TOKEN_REJECTED]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.TELEGRAM_BOT_ELSEWHERE]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.TELEGRAM_TOKEN_OUTDATED]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.TELEGRAM_BOT_TAKEN]: ErrorKind.CONFLICT,
  [ReplicaErrorCode.TELEGRAM_REFUSED]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.ANSWERER_INCOMPLETE]: ErrorKind.BAD_REQUEST,
};

export class ReplicaError extends errorClassFor(KINDS) {
  static notFound(id: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.REPLICA_NOT_FOUND, `Replica ${id} not found`);
  }

  static slugTaken(slug: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.SLUG_TAKEN, `The slug ${slug} is taken by another replica`);
  }

  static integrationNotFound(replicaId: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.INTEGRATION_NOT_FOUND, `Replica ${replicaId} has no Telegram integration`);
  }

  static answererIncomplete(message: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.ANSWERER_INCOMPLETE, message);
  }
}
