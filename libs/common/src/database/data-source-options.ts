import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own type for these lists is `MixedList<Function | string>`.
type ClassList = NonNullable<DataSourceOptions['migrations']>;

export function postgresOptions(url: string, migrations: ClassList, entities: NonNullable<DataSourceOptions['entities']> = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    applicationName: 'switchboard',
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}
