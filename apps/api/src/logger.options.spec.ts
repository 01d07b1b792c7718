import { stdSerializers } from 'pino';
import { QueryFailedError } from 'typeorm';
import { serializeError } from './logger.options';

describe('serializeError', () => {
  it('keeps type, message, code, constraint and stack of a database error, and none of the data it carried', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: '23505',
      constraint: 'users_email',
      detail: 'Key (email)=(ann@x.test) already exists.',
      where: 'PL/pgSQL function check_user() line 3',
      internalQuery: "SELECT 1 FROM users WHERE email = 'ann@x.test'",
    });
    const error = new QueryFailedError('INSERT INTO users (email, name) VALUES ($1, $2)', ['ann@x.test', 'Ann Example'], driverError);
    const logged = serializeError(error);
    expect(serializeError(stdSerializers.err(error))).toEqual(logged);
    expect(logged).toEqual({
      type: 'QueryFailedError',
      message: 'duplicate key value violates unique constraint "users_email"',
      code: '23505',
      constraint: 'users_email',
      stack: expect.stringContaining('QueryFailedError'),
    });
    expect(JSON.stringify(logged)).not.toMatch(/ann@x\.test|Ann Example|INSERT INTO/);
  });

  it('leaves a value that is not an error as it is', () => {
    expect(serializeError('just text')).toBe('just text');
  });
});
