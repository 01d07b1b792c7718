import type { SecurityRequirementObject, SecuritySchemeObject } from '@nestjs/swagger';
import { ApiFamily, apiFamilyOf, isTelegramWebhook } from '@switchboard/common';

/** How callers prove who they are; which a route accepts depends on its API family. */
export const SECURITY_SCHEMES: Record<string, SecuritySchemeObject> = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: "`Authorization: Bearer <API key>`: a tenant-wide key, or a channel key acting only through its bot. (The operator's ADMIN_TOKEN is accepted too, but tenant routes answer it 403.)",
  },
  userToken: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "`Authorization: Bearer <accessToken>`: a tenant user's access token from the GraphQL `login` mutation (12 h)",
  },
  organizationSecret: { type: 'apiKey', in: 'header', name: 'X-ORGANIZATION-SECRET', description: "A tenant API key in Sensay's header" },
  octopodsAuth: { type: 'apiKey', in: 'header', name: 'X-Octopods-Auth', description: "A channel API key (or a tenant-wide one) in Octopods' header" },
  telegramSecret: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Telegram-Bot-Api-Secret-Token',
    description: "The bot's webhook secret, which Switchboard gave Telegram with setWebhook: Telegram sends it with every update",
  },
};

const BEARER: SecurityRequirementObject[] = [{ apiKey: [] }, { userToken: [] }];

/**
 * Who may call the route at this path: Telegram with the bot's secret on its webhooks, anyone on
 * /health, else a tenant's bearer credential or the header of the family's own API (every
 * header works on every route; each family is documented with the ones its clients send).
 */
export function securityOf(path: string): SecurityRequirementObject[] {
  if (isTelegramWebhook(path)) return [{ telegramSecret: [] }];
  if (path === '/health') return [];
  switch (apiFamilyOf(path)) {
    case ApiFamily.SENSAY:
      return [...BEARER, { organizationSecret: [] }];
    case ApiFamily.OCTOPODS:
      return [...BEARER, { octopodsAuth: [] }];
    default:
      return BEARER;
  }
}
