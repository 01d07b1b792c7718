export * from './api-errors.decorator';
export * as oas from './schemas';
