import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { postgresOptions } from '@switchboard/common';
import { migrations } from './migrations';

/**
 * For the TypeORM CLI only (`npm run migration:generate -- apps/api/src/migrations/<Name>`):
 * the app itself builds its data source in DatabaseModule.
 */
export default new DataSource(
  postgresOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/switchboard_dev', migrations, [
    `${__dirname}/../../../libs/*/src/**/*.entity.ts`,
  ]),
);
