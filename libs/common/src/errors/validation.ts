import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonError, CommonErrorCode } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      // class-validator words unknown fields as "property x should not exist"; keep the full path in it.
      message.replace(/^property \S+ /, `property ${path} `).replace(new RegExp(`^${error.property}\\b`), path),
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Strict input everywhere: unknown fields are refused by name, values are converted to their types. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const messages = flatten(errors);
      return new CommonError(CommonErrorCode.INVALID_INPUT, messages.join('; '), { errors: messages });
    },
  });
}
