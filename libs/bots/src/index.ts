export * from './allowed-updates';
export * from './bot.entity';
export * from './bot.errors';
export * from './bot-directory.service';
export * from './bot-telegram.service';
export * from './bots.module';
export * from './bots.service';
