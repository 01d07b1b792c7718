import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum ReplicaErrorCode {
  REPLICA_NOT_FOUND = 'REPLICA_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  UNSUPPORTED_API_VERSION = 'UNSUPPORTED_API_VERSION',
  ANSWERER_INCOMPLETE = 'ANSWERER_INCOMPLETE',
}

const KINDS: Record<ReplicaErrorCode, ErrorKind> = {
  [ReplicaErrorCode.REPLICA_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [ReplicaErrorCode.SLUG_TAKEN]: ErrorKind.CONFLICT,
  [ReplicaErrorCode.UNSUPPORTED_API_VERSION]: ErrorKind.BAD_REQUEST,
  [ReplicaErrorCode.ANSWERER_INCOMPLETE]: ErrorKind.BAD_REQUEST,
};

export class ReplicaError extends errorClassFor(KINDS) {
  static notFound(id: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.REPLICA_NOT_FOUND, `Replica ${id} not found`);
  }

  static slugTaken(slug: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.SLUG_TAKEN, `The slug ${slug} is taken by another replica`);
  }

  static answererIncomplete(message: string): ReplicaError {
    return new ReplicaError(ReplicaErrorCode.ANSWERER_INCOMPLETE, message);
  }
}
