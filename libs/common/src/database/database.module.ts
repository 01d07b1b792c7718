import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { postgresOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

/**
 * The one connection pool. Migrations run before the data source is handed to anyone, so no
 * module can touch a table that is not there yet.
 */
@Module({})
export class DatabaseModule {
  static forRoot(migrations: NonNullable<DataSourceOptions['migrations']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...postgresOptions(requireUrl(config), migrations),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1_000,
          }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}

function requireUrl(config: AppConfig): string {
  if (!config.databaseUrl) throw new Error('DATABASE_URL was not resolved before the app was built');
  return config.databaseUrl;
}
