import { Tenants1795246166075 } from './1795246166075-Tenants';

/** Every migration, in order. Listed explicitly so the same list works from TypeScript and from dist/. */
export const migrations = [Tenants1795246166075];
