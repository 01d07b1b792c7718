import { errorClassFor } from '../errors/domain-error';
import { ErrorKind } from '../errors/error-kind';

export enum MetricsErrorCode {
  WRONG_METRICS_TOKEN = 'WRONG_METRICS_TOKEN',
}

const KINDS: Record<MetricsErrorCode, ErrorKind> = {
  [MetricsErrorCode.WRONG_METRICS_TOKEN]: ErrorKind.UNAUTHENTICATED,
};

export class MetricsError extends errorClassFor(KINDS) {}
