export * from './ids';
export * from './telegram-media';
export * from './not-null';
export * from './http-url';
