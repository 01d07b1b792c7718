import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig, configureHttp } from '@switchboard/common';
import { WebhookEndpoint } from '@switchboard/updates';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi/openapi-document';
import { capSubscriptionMessages } from './subscription-limits';

function serveApiDocs(app: INestApplication, config: AppConfig): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app, config));
}

/** Builds the whole application for a validated configuration whose database URL is known. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app);
  serveApiDocs(app, config);
  // Subscriptions' WebSocket servers exist once the modules are initialised.
  await app.init();
  capSubscriptionMessages(app);
  // Telegram's webhooks are answered ahead of Express (see WebhookEndpoint).
  app.get(WebhookEndpoint).mount(app.getHttpServer(), app.getHttpAdapter().getInstance());
  return app;
}
