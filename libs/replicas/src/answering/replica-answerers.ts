import { Injectable } from '@nestjs/common';
import { AppConfig, SecretBox } from '@switchboard/common';
import { Replica } from '../replica.entity';
import { Answerer, Answerers } from './answerer';
import { OpenAiAnswerer } from './openai-answerer';
import { PublicDestinationAnswerer } from './public-destination';
import { TenantEndpointAnswerer } from './tenant-endpoint-answerer';

/**
 * A replica answers from its tenant's endpoint when it has one; else from its own model API, or
 * the platform's; else it cannot answer. Answerers are made per call: they hold no connection
 * worth keeping, and a replica's settings may change between two messages.
 */
@Injectable()
export class ReplicaAnswerers extends Answerers {
  private readonly box: SecretBox;

  constructor(private readonly config: AppConfig) {
    super();
    this.box = new SecretBox(config.secrets.encryptionKey);
  }

  of(replica: Replica): Answerer | null {
    if (replica.endpointUrl && replica.endpointSecretSealed) {
      const endpoint = { url: replica.endpointUrl, secret: this.box.open(replica.endpointSecretSealed) };
      return this.tenantSet(new TenantEndpointAnswerer(endpoint), endpoint.url);
    }
    const { baseUrl, apiKeySealed } = replica.llm;
    if (baseUrl) return this.tenantSet(new OpenAiAnswerer({ baseUrl, apiKey: apiKeySealed ? this.box.open(apiKeySealed) : undefined }), baseUrl);
    const platform = this.config.replicas;
    return platform.llmBaseUrl ? new OpenAiAnswerer({ baseUrl: platform.llmBaseUrl, apiKey: platform.llmApiKey }) : null;
  }

  /** A URL a tenant set is trusted with the platform's network only when the operator says so; the platform's own always is. */
  private tenantSet(answerer: Answerer, url: string): Answerer {
    return this.config.replicas.allowPrivateAddresses ? answerer : new PublicDestinationAnswerer(answerer, url);
  }
}
