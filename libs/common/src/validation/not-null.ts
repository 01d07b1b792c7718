import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out but not sent as null, for values with no "none" to clear to (a
 * name, a switch): null is then checked by the field's other rules and refused by them, where
 * `@IsOptional()` would let it through to the database.
 */
export const IsOptionalButNotNull = () => ValidateIf((_, value) => value !== undefined);
