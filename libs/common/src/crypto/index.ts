export * from './hashing';
export * from './secret-box';
