import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum EventsOutErrorCode {
  ENDPOINT_NOT_FOUND = 'ENDPOINT_NOT_FOUND',
  DELIVERY_NOT_FOUND = 'DELIVERY_NOT_FOUND',
  DESTINATION_REFUSED = 'DESTINATION_REFUSED',
  ENDPOINT_LIMIT_REACHED = 'ENDPOINT_LIMIT_REACHED',
  ENDPOINT_DISABLED = 'ENDPOINT_DISABLED',
  DELIVERY_PENDING = 'DELIVERY_PENDING',
}

const KINDS: Record<EventsOutErrorCode, ErrorKind> = {
  [EventsOutErrorCode.ENDPOINT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [EventsOutErrorCode.DELIVERY_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [EventsOutErrorCode.DESTINATION_REFUSED]: ErrorKind.VALIDATION_FAILED,
  [EventsOutErrorCode.ENDPOINT_LIMIT_REACHED]: ErrorKind.CONFLICT,
  [EventsOutErrorCode.ENDPOINT_DISABLED]: ErrorKind.CONFLICT,
  [EventsOutErrorCode.DELIVERY_PENDING]: ErrorKind.CONFLICT,
};

export class EventsOutError extends errorClassFor(KINDS) {
  static endpointNotFound(id: string): EventsOutError {
    return new EventsOutError(EventsOutErrorCode.ENDPOINT_NOT_FOUND, `Event endpoint ${id} not found`);
  }

  static deliveryNotFound(id: string): EventsOutError {
    return new EventsOutError(EventsOutErrorCode.DELIVERY_NOT_FOUND, `Event delivery ${id} not found`);
  }

  static destinationRefused(reason: string): EventsOutError {
    return new EventsOutError(EventsOutErrorCode.DESTINATION_REFUSED, `url: ${reason}`);
  }
}
