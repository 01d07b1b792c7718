import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, TenantScope } from '@switchboard/common';
import { ReplicaPageQuery } from './dto/replica-page.query';
import { ReplicaInput } from './dto/replica.input';
import { presentReplica } from './present-replica';
import { ReplicaIntegrationsService } from './integrations/replica-integrations.service';
import { REPLICA_CREATED_SCHEMA, REPLICA_FOUND_SCHEMA, REPLICA_PAGE_SCHEMA, SENSAY_OK_SCHEMA } from './replicas.openapi';
import { ReplicasService } from './replicas.service';
import { SENSAY_API_VERSIONS, SensayApiVersionGuard } from './sensay-api-version.guard';

/** Sensay's replica routes: `{ success: true, ... }` answers, errors in Sensay's envelope. */
@ApiTags('Sensay')
@ApiHeader({ name: 'X-API-Version', required: false, enum: SENSAY_API_VERSIONS, description: `Default ${SENSAY_API_VERSIONS[0]}` })
@UseGuards(SensayApiVersionGuard)
@Controller('v1/replicas')
export class ReplicasController {
  constructor(
    private readonly replicas: ReplicasService,
    private readonly integrations: ReplicaIntegrationsService,
  ) {}

  @Allow('tenant-wide')
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Create a replica; its slug must be unique within the tenant' })
  @ApiOkResponse({ description: 'The replica, created', schema: REPLICA_CREATED_SCHEMA })
  @ApiErrors({
    400: 'Invalid input (also an X-API-Version other than 2025-03-25, or an endpoint URL without its secret: ANSWERER_INCOMPLETE)',
    403: "A channel key (creating replicas is tenant-wide), or the operator's token",
    409: 'Another replica of the tenant has this slug (SLUG_TAKEN)',
  })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: ReplicaInput) {
    const replica = await this.replicas.create(scope, body);
    return { success: true, uuid: replica.id };
  }

  @Get()
  @ApiOperation({ summary: "The tenant's replicas, newest first, by page number" })
  @ApiOkResponse({ description: 'A page of replicas (a channel key: the one on its bot)', schema: REPLICA_PAGE_SCHEMA })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ReplicaPageQuery) {
    const page = await this.replicas.listNumbered(scope, query.page, query.pageSize);
    return { success: true, items: page.items.map(presentReplica), total: page.total };
  }

  @Get(':replicaUUID')
  @ApiOperation({ summary: 'A replica: its fields, its answerer (secrets shown only as hasApiKey / hasSecret)' })
  @ApiOkResponse({ description: 'The replica', schema: REPLICA_FOUND_SCHEMA })
  @ApiErrors({ 404: "No replica with this uuid, a malformed uuid, or another tenant's (a channel key sees only the replica on its bot)" })
  async get(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string) {
    return { success: true, ...presentReplica(await this.replicas.get(scope, id)) };
  }

  @Put(':replicaUUID')
  @ApiOperation({ summary: 'Replace every field of a replica; fields left out take their defaults' })
  @ApiOkResponse({ description: 'Replaced', schema: SENSAY_OK_SCHEMA })
  @ApiErrors({
    404: "No replica with this uuid, a malformed uuid, or another tenant's",
    409: 'Another replica of the tenant has this slug (SLUG_TAKEN)',
  })
  async update(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string, @Body() body: ReplicaInput) {
    await this.replicas.update(scope, id, body);
    return { success: true };
  }

  @Delete(':replicaUUID')
  @ApiOperation({ summary: 'Delete a replica, and first its Telegram integration (a bot the integration registered is retired)' })
  @ApiOkResponse({ description: 'Deleted', schema: SENSAY_OK_SCHEMA })
  @ApiErrors({
    404: "No replica with this uuid, a malformed uuid, or another tenant's",
  })
  async delete(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string) {
    await this.integrations.deleteReplica(scope, id);
    return { success: true };
  }
}
