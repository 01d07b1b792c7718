import { Injectable } from '@nestjs/common';
import { AppConfig, Page, PageArgs, SecretBox, TenantData, TenantScope, isUuid, paginate } from '@switchboard/common';
import { EndpointFields } from '../dto/event-endpoint.input';
import { EventsOutError, EventsOutErrorCode } from '../events-out.errors';
import { SubscribedEndpoints } from '../publishing/subscribed-endpoints';
import { newEndpointSecret, rotationOf } from './endpoint-secrets';
import { assertAcceptableUrl } from './endpoint-url';
import { ENDPOINT_LIMITS, EventEndpoint } from './event-endpoint.entity';

/** An endpoint with its secret, as created or rotated: the only answers that show it. */
export interface EndpointWithSecret {
  endpoint: EventEndpoint;
  secret: string;
}

/** A tenant's event endpoints: what they take, where, and the secrets that sign what they get. */
@Injectable()
export class EventEndpointsService {
  private readonly box: SecretBox;

  constructor(
    private readonly data: TenantData,
    private readonly subscribed: SubscribedEndpoints,
    private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  async create(scope: TenantScope, fields: EndpointFields): Promise<EndpointWithSecret> {
    await assertAcceptableUrl(fields.url!, this.config.events.allowPrivateAddresses);
    const endpoints = this.data.for(scope).repository(EventEndpoint);
    if ((await endpoints.count()) >= ENDPOINT_LIMITS.perTenant) {
      throw new EventsOutError(EventsOutErrorCode.ENDPOINT_LIMIT_REACHED, `A tenant has at most ${ENDPOINT_LIMITS.perTenant} event endpoints`);
    }
    const secret = newEndpointSecret();
    const endpoint = await endpoints.save(
      endpoints.create({
        url: fields.url!,
        eventTypes: fields.eventTypes!,
        description: fields.description ?? null,
        enabled: fields.enabled ?? true,
        secretSealed: this.box.seal(secret),
        previousSecretSealed: null,
        previousSecretExpiresAt: null,
      }),
    );
    this.subscribed.forget(scope.tenantId);
    return { endpoint, secret };
  }

  list(scope: TenantScope, page: PageArgs): Promise<Page<EventEndpoint>> {
    return paginate(this.data.for(scope).repository(EventEndpoint).select('endpoint'), page);
  }

  find(scope: TenantScope, id: string): Promise<EventEndpoint | null> {
    return isUuid(id) ? this.data.for(scope).repository(EventEndpoint).findOne({ id }) : Promise.resolve(null);
  }

  async get(scope: TenantScope, id: string): Promise<EventEndpoint> {
    const endpoint = await this.find(scope, id);
    if (!endpoint) throw EventsOutError.endpointNotFound(id);
    return endpoint;
  }

  /** What is left out stays. Enabled again, it starts afresh: no failures, no reason. */
  async update(scope: TenantScope, id: string, fields: EndpointFields): Promise<EventEndpoint> {
    const endpoint = await this.get(scope, id);
    if (fields.url !== undefined && fields.url !== endpoint.url) await assertAcceptableUrl(fields.url, this.config.events.allowPrivateAddresses);
    if (fields.enabled === true && !endpoint.enabled) Object.assign(endpoint, { disabledReason: null, disabledAt: null, failingSince: null });
    if (fields.enabled === false && endpoint.enabled) Object.assign(endpoint, { disabledReason: null, disabledAt: new Date() });
    Object.assign(endpoint, {
      url: fields.url ?? endpoint.url,
      eventTypes: fields.eventTypes ?? endpoint.eventTypes,
      description: fields.description === undefined ? endpoint.description : fields.description,
      enabled: fields.enabled ?? endpoint.enabled,
    });
    const saved = await this.data.for(scope).repository(EventEndpoint).save(endpoint);
    this.subscribed.forget(scope.tenantId);
    return saved;
  }

  /** Its deliveries and their attempts go with it; events still queued for it are dropped. */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await this.data.for(scope).repository(EventEndpoint).remove(await this.get(scope, id));
    this.subscribed.forget(scope.tenantId);
  }

  /** A new secret, shown once; the old one keeps signing for 24 hours beside it. */
  async rotateSecret(scope: TenantScope, id: string): Promise<EndpointWithSecret> {
    const endpoint = await this.get(scope, id);
    const { secret, columns } = rotationOf(endpoint, this.box);
    const saved = await this.data.for(scope).repository(EventEndpoint).save(Object.assign(endpoint, columns));
    return { endpoint: saved, secret };
  }
}
