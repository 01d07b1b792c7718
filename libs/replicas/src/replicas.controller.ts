import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentTenant, TenantScope } from '@switchboard/common';
import { ReplicaPageQuery } from './dto/replica-page.query';
import { ReplicaInput } from './dto/replica.input';
import { presentReplica } from './present-replica';
import { ReplicaIntegrationsService } from './integrations/replica-integrations.service';
import { ReplicasService } from './replicas.service';
import { SENSAY_API_VERSIONS, SensayApiVersionGuard } from './sensay-api-version.guard';

/** Sensay's replica routes: `{ success: true, ... }` answers, errors in Sensay's envelope. */
@ApiTags('Sensay')
@ApiBearerAuth()
@ApiSecurity('X-ORGANIZATION-SECRET')
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
  async create(@CurrentTenant() scope: TenantScope, @Body() body: ReplicaInput) {
    const replica = await this.replicas.create(scope, body);
    return { success: true, uuid: replica.id };
  }

  @Get()
  @ApiOperation({ summary: "The tenant's replicas, newest first, by page number" })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ReplicaPageQuery) {
    const page = await this.replicas.listNumbered(scope, query.page, query.pageSize);
    return { success: true, items: page.items.map(presentReplica), total: page.total };
  }

  @Get(':replicaUUID')
  async get(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string) {
    return { success: true, ...presentReplica(await this.replicas.get(scope, id)) };
  }

  @Put(':replicaUUID')
  @ApiOperation({ summary: 'Replace every field of a replica; fields left out take their defaults' })
  async update(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string, @Body() body: ReplicaInput) {
    await this.replicas.update(scope, id, body);
    return { success: true };
  }

  @Delete(':replicaUUID')
  async delete(@CurrentTenant() scope: TenantScope, @Param('replicaUUID') id: string) {
    await this.integrations.deleteReplica(scope, id);
    return { success: true };
  }
}
