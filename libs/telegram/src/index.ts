export * from './telegram-clients.service';
export * from './telegram-failure';
export * from './telegram.module';
