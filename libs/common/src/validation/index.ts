export * from './ids';
export * from './telegram-media';
