import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput, CreateApiKeyPayload } from './dto/create-api-key.input';

const ApiKeyConnection = Paginated(ApiKey);

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => ApiKeyConnection)
  apiKeys(
    @CurrentTenant() scope: TenantScope,
    @Args() page: PageArgs,
    @Args('includeRevoked', { defaultValue: false }) includeRevoked: boolean,
  ) {
    return this.keys.list(scope, page, includeRevoked);
  }

  @Query(() => ApiKey, { nullable: true })
  apiKey(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ApiKey | null> {
    return this.keys.find(scope, id);
  }

  @Allow('tenant-admin')
  @Mutation(() => CreateApiKeyPayload, { description: 'The key is shown only in this answer' })
  createApiKey(@CurrentTenant() scope: TenantScope, @Args('input') input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    return this.keys.issue(scope, input.name);
  }

  @Allow('tenant-admin')
  @Mutation(() => ApiKey)
  revokeApiKey(@CurrentTenant() scope: TenantScope, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<ApiKey> {
    return this.keys.revoke(scope, id);
  }
}
