import { BotApiFake } from '@switchboard/bot-api-fake';
import { aBot, aTenant, BuiltBot, BuiltTenant } from './builders';
import { startTelegramFake, startTestApp, TestApp } from './test-app';

export interface TelegramWorld {
  fake: BotApiFake;
  app: TestApp;
  tenant: BuiltTenant;
  bot: BuiltBot;
  close(): Promise<void>;
}

/** What most suites start from: the app on the Bot API fake, a tenant (with an admin user if asked) and its bot. */
export async function startTelegramWorld(options: { admin?: boolean } = {}): Promise<TelegramWorld> {
  const fake = await startTelegramFake();
  const app = await startTestApp({ telegram: fake });
  const tenant = await (options.admin ? aTenant(app).withAdmin() : aTenant(app)).build();
  const bot = await aBot(app, fake, tenant);
  return {
    fake,
    app,
    tenant,
    bot,
    close: async () => {
      await app.close();
      await fake.stop();
    },
  };
}
