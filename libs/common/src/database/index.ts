export * from './data-source-options';
export * from './database.module';
export * from './embedded-postgres';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './unique-violation';
export * from './advisory-lock';
export * from './lasting-session';
