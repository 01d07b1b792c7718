export * from './page';
export * from './list-query';
