import { ValidateBy, type ValidationOptions } from 'class-validator';

/** An http(s) URL without credentials in it, or null. */
export function parsedHttpUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : null;
}

/** An http or https URL without credentials: where a tenant's backend or model API may be reached. */
export function isHttpUrl(value: unknown): boolean {
  return parsedHttpUrl(value) !== null;
}

export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isHttpUrl', validator: { validate: isHttpUrl, defaultMessage: () => '$property must be an http or https URL without credentials' } }, options);
}
