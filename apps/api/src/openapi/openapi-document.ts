import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, OperationObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, ERROR_SCHEMAS } from '@switchboard/common';
import { EVENT_SCHEMAS } from '@switchboard/events-out';
import { WEBHOOK_PATHS } from '@switchboard/updates';
import { completeResponses, REQUEST_ID_HEADER } from './operation-errors';
import { SECURITY_SCHEMES, securityOf } from './security-schemes';

const DESCRIPTION = [
  'Tenant backends and Telegram reach Switchboard here; admins use GraphQL at /graphql.',
  'Each family of routes speaks the dialect of the service it was specified from (Jina Connect, OpenScouter, eSputnik, Sensay, Octopods), errors included:',
  'every error answers in its family’s envelope with the request’s X-Request-Id.',
].join(' ');

function header(config: AppConfig): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setTitle('Switchboard REST API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer(config.publicUrl);
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) builder.addSecurity(name, scheme);
  return builder.build();
}

/** What the decorators cannot say: each route's credentials and errors, from its path. */
function completeOperations(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as OperationObject[]) {
      operation.security = securityOf(path);
      completeResponses(path, operation);
    }
  }
}

/** The OpenAPI document of the REST API, as served at /docs-json. */
export function openApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, header(config));
  document.paths = { ...document.paths, ...WEBHOOK_PATHS };
  completeOperations(document);
  const components = document.components ?? {};
  document.components = {
    ...components,
    // The events posted to tenants' endpoints: OpenAPI 3.0 has no `webhooks`, so they are schemas (a delivery's payload refers to them).
    schemas: { ...components.schemas, ...ERROR_SCHEMAS, ...EVENT_SCHEMAS },
    headers: { ...components.headers, 'X-Request-Id': REQUEST_ID_HEADER },
  };
  return document;
}
