import { ErrorKind, errorClassFor } from '@switchboard/common';

export enum MessagingErrorCode {
  MESSAGE_NOT_FOUND = 'MESSAGE_NOT_FOUND',
  RECIPIENT_NOT_FOUND = 'RECIPIENT_NOT_FOUND',
  RECIPIENT_REQUIRED = 'RECIPIENT_REQUIRED',
  INVALID_INTERACTIVE_MESSAGE = 'INVALID_INTERACTIVE_MESSAGE',
  INVALID_MARKUP = 'INVALID_MARKUP',
  CAPTION_TOO_LONG = 'CAPTION_TOO_LONG',
  TELEGRAM_REJECTED = 'TELEGRAM_REJECTED',
  NOT_SENT_YET = 'NOT_SENT_YET',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  JOB_EXISTS = 'JOB_EXISTS',
  TESTER_NOT_CONNECTED = 'TESTER_NOT_CONNECTED',
  LINK_NOT_FOUND = 'LINK_NOT_FOUND',
}

const KINDS: Record<MessagingErrorCode, ErrorKind> = {
  [MessagingErrorCode.MESSAGE_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MessagingErrorCode.RECIPIENT_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MessagingErrorCode.RECIPIENT_REQUIRED]: ErrorKind.VALIDATION_FAILED,
  [MessagingErrorCode.INVALID_INTERACTIVE_MESSAGE]: ErrorKind.VALIDATION_FAILED,
  [MessagingErrorCode.INVALID_MARKUP]: ErrorKind.VALIDATION_FAILED,
  [MessagingErrorCode.CAPTION_TOO_LONG]: ErrorKind.VALIDATION_FAILED,
  [MessagingErrorCode.TELEGRAM_REJECTED]: ErrorKind.UPSTREAM_FAILED,
  [MessagingErrorCode.NOT_SENT_YET]: ErrorKind.UNAVAILABLE,
  [MessagingErrorCode.JOB_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MessagingErrorCode.JOB_EXISTS]: ErrorKind.CONFLICT,
  [MessagingErrorCode.TESTER_NOT_CONNECTED]: ErrorKind.NOT_FOUND,
  [MessagingErrorCode.LINK_NOT_FOUND]: ErrorKind.NOT_FOUND,
};

export class MessagingError extends errorClassFor(KINDS) {}
