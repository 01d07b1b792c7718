import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentTenant, ListQuery, TenantScope, toListResponse } from '@switchboard/common';
import { EventDeliveriesService } from './deliveries/event-deliveries.service';
import { CreateEventEndpointBody, EventDeliveriesQuery, UpdateEventEndpointBody } from './dto/event-endpoint.body';
import {
  ApiErrorAnswers,
  EventDeliveryAttemptListView,
  EventDeliveryListView,
  EventDeliveryView,
  EventEndpointListView,
  EventEndpointView,
  EventEndpointWithSecretView,
} from './dto/events-out.responses';
import { EventEndpointsService } from './endpoints/event-endpoints.service';
import { presentAttempt, presentDelivery, presentEndpoint, presentEndpointWithSecret } from './present-events-out';

/**
 * A tenant backend's event endpoints: where Switchboard posts signed events (Standard Webhooks),
 * and the log of what it posted. Reading needs a tenant-wide credential (a bot-scoped key would
 * see other bots' events); changing needs a tenant admin.
 */
@ApiTags('Event endpoints')
@ApiBearerAuth()
@Allow('tenant-wide')
@Controller('api/v1/event-endpoints')
export class EventEndpointsController {
  constructor(
    private readonly endpoints: EventEndpointsService,
    private readonly deliveries: EventDeliveriesService,
  ) {}

  @Allow('tenant-admin')
  @Post()
  @ApiOperation({ summary: 'Create an endpoint for these event types; `secret` is shown only in this answer' })
  @ApiResponse({ status: 201, type: EventEndpointWithSecretView })
  @ApiErrorAnswers(400, 403, 409, 415)
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateEventEndpointBody) {
    return presentEndpointWithSecret(await this.endpoints.create(scope, body.toFields()));
  }

  @Get()
  @ApiOperation({ summary: "The tenant's event endpoints, newest first" })
  @ApiOkResponse({ type: EventEndpointListView })
  @ApiErrorAnswers(400, 403)
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.endpoints.list(scope, query.toPageArgs()), presentEndpoint);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventEndpointView })
  @ApiErrorAnswers(400, 403, 404)
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentEndpoint(await this.endpoints.get(scope, id));
  }

  @Allow('tenant-admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, event types, description or enabled; what is left out stays' })
  @ApiOkResponse({ type: EventEndpointView })
  @ApiErrorAnswers(400, 403, 404, 415)
  async update(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateEventEndpointBody) {
    return presentEndpoint(await this.endpoints.update(scope, id, body.toFields()));
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the endpoint, its deliveries and their attempts' })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrorAnswers(400, 403, 404)
  async delete(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.endpoints.delete(scope, id);
  }

  @Allow('tenant-admin')
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new signing secret, shown only in this answer; the old one also signs for 24 hours' })
  @ApiOkResponse({ type: EventEndpointWithSecretView })
  @ApiErrorAnswers(400, 403, 404)
  async rotateSecret(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentEndpointWithSecret(await this.endpoints.rotateSecret(scope, id));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's deliveries, newest first; each appears at its first attempt" })
  @ApiOkResponse({ type: EventDeliveryListView })
  @ApiErrorAnswers(400, 403, 404)
  async deliveriesOf(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Query() query: EventDeliveriesQuery) {
    const endpoint = await this.endpoints.get(scope, id);
    return toListResponse(await this.deliveries.list(scope, endpoint.id, query.toPageArgs(), query.status), presentDelivery);
  }

  @Get(':id/deliveries/:deliveryId/attempts')
  @ApiOperation({ summary: "A delivery's attempts, newest first: status, time, duration and the answer's first characters" })
  @ApiOkResponse({ type: EventDeliveryAttemptListView })
  @ApiErrorAnswers(400, 403, 404)
  async attemptsOf(
    @CurrentTenant() scope: TenantScope,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
    @Query() query: ListQuery,
  ) {
    const delivery = await this.deliveries.get(scope, deliveryId, id);
    return toListResponse(await this.deliveries.attempts(scope, delivery.id, query.toPageArgs()), presentAttempt);
  }

  @Allow('tenant-admin')
  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivered or failed delivery again: the same body and webhook-id, retried afresh' })
  @ApiResponse({ status: 202, type: EventDeliveryView, description: 'Queued; it is PENDING until its attempts end' })
  @ApiErrorAnswers(400, 403, 404, 409)
  async replay(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Param('deliveryId', ParseUUIDPipe) deliveryId: string) {
    return presentDelivery(await this.deliveries.replay(scope, deliveryId, id));
  }
}
