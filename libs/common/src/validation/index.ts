export * from './ids';
export * from './telegram-media';
export * from './http-url';
