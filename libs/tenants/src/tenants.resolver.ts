import { Args, Field, ObjectType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, PageArgs, Paginated, Principal } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreateTenantInput, CreateTenantPayload } from './dto/create-tenant.input';
import { Tenant } from './tenant.entity';
import { TenantsService } from './tenants.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

const TenantConnection = Paginated(Tenant);

@ObjectType({ description: 'Who the credentials of this request belong to' })
class Me {
  @Field({ description: 'operator, user or api-key' })
  kind!: string;

  @Field(() => Tenant, { nullable: true })
  tenant!: Tenant | null;

  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;
}

@Resolver(() => Tenant)
export class TenantsResolver {
  constructor(
    private readonly tenantsService: TenantsService,
    private readonly users: UsersService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Allow('operator')
  @Mutation(() => CreateTenantPayload, { description: 'Operator only. The apiKey is shown once.' })
  createTenant(@Args('input') input: CreateTenantInput): Promise<CreateTenantPayload> {
    return this.tenantsService.create(input.name);
  }

  @Allow('operator')
  @Query(() => TenantConnection, { description: 'Operator only: every tenant, newest first' })
  tenants(@Args() page: PageArgs) {
    return this.tenantsService.list(page);
  }

  @Allow('operator', 'tenant')
  @Query(() => Me)
  async me(@CurrentPrincipal() principal: Principal): Promise<Me> {
    if (principal.kind === 'operator') return { kind: principal.kind, tenant: null, user: null, apiKey: null };
    const scope = { tenantId: principal.tenantId, botId: null };
    return {
      kind: principal.kind,
      tenant: await this.tenantsService.find(principal.tenantId),
      user: principal.kind === 'user' ? await this.users.find(principal.tenantId, principal.userId) : null,
      apiKey: principal.kind === 'api-key' ? await this.apiKeys.find(scope, principal.apiKeyId) : null,
    };
  }
}
