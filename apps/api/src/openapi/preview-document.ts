import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@switchboard/common';
import { AppModule } from '../app.module';
import { openApiDocument } from './openapi-document';

/**
 * The OpenAPI document without a database or a server: Nest's preview mode builds the module
 * graph and its routes but runs no provider, so nothing connects. The same document the app
 * serves at /docs-json (test/openapi.e2e-spec.ts compares them).
 */
export async function previewOpenApiDocument(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, bodyParser: false });
  try {
    return openApiDocument(app, config);
  } finally {
    await app.close();
  }
}
