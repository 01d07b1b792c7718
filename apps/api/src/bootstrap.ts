import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig, configureHttp } from '@switchboard/common';
import { AppModule } from './app.module';
import { capSubscriptionMessages } from './subscription-limits';

function serveApiDocs(app: INestApplication): void {
  const document = new DocumentBuilder()
    .setTitle('Switchboard REST API')
    .setDescription('Tenant backends and Telegram reach Switchboard here. Admins use GraphQL at /graphql.')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-ORGANIZATION-SECRET' }, 'X-ORGANIZATION-SECRET')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document));
}

/** Builds the whole application for a validated configuration whose database URL is known. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app);
  serveApiDocs(app);
  // Subscriptions' WebSocket servers exist once the modules are initialised.
  await app.init();
  capSubscriptionMessages(app);
  return app;
}
