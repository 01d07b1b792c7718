import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { Allow, CurrentTenant, PageArgs, Paginated, TenantScope } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput, CreateApiKeyPayload } from './dto/create-api-key.input';

const ApiKeyConnection = Paginated(ApiKey);

@ArgsType()
class ApiKeysArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  includeRevoked: boolean = false;
}

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => ApiKeyConnection)
  apiKeys(@CurrentTenant() scope: TenantScope, @Args() args: ApiKeysArgs) {
    return this.keys.list(scope, args, args.includeRevoked);
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
