import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a handler. `tenant` is any tenant principal, `tenant-wide` one that is not bound
 * to a bot (a user, a tenant-wide key: bot-scoped keys change no tenant-wide data),
 * `tenant-admin` a tenant admin, `operator` the platform operator, `public` anyone (no
 * credentials read). Handlers without the decorator are for `tenant`.
 */
export type Audience = 'public' | 'operator' | 'tenant' | 'tenant-wide' | 'tenant-admin';

export const AUDIENCE_KEY = 'switchboard:audience';

export const Allow = (...audiences: Audience[]) => SetMetadata(AUDIENCE_KEY, audiences);
export const Public = () => Allow('public');
