import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiErrors, CurrentTenant, ListQuery, oas, TenantScope, toListResponse } from '@switchboard/common';
import { EventDeliveriesService } from './deliveries/event-deliveries.service';
import { CreateEventEndpointBody, EventDeliveriesQuery, UpdateEventEndpointBody } from './dto/event-endpoint.body';
import { EventEndpointsService } from './endpoints/event-endpoints.service';
import { EVENT_DELIVERY_ATTEMPT_SCHEMA, EVENT_DELIVERY_SCHEMA, EVENT_ENDPOINT_SCHEMA, EVENT_ENDPOINT_WITH_SECRET_SCHEMA } from './event-endpoints.openapi';
import { presentAttempt, presentDelivery, presentEndpoint, presentEndpointWithSecret } from './present-events-out';

const INVALID_ENDPOINT =
  'The input is invalid: malformed JSON, unknown or missing fields, wrong types, values out of range (`errors` lists each problem); or the URL is refused (DESTINATION_REFUSED: not https, or not a public address)';
const TENANT_WIDE_ONLY = "A channel key (an endpoint receives every bot's events), or the operator's token";
const ADMINS_ONLY = "A channel key or a user who is not an admin (this is for tenant admins), or the operator's token";
const NO_ENDPOINT = "No event endpoint with this id, or another tenant's";
const NO_DELIVERY = "No such endpoint, no such delivery of it, or another tenant's";

/**
 * A tenant backend's event endpoints: where Switchboard posts signed events (Standard Webhooks),
 * and the log of what it posted. Reading needs a tenant-wide credential (a bot-scoped key would
 * see other bots' events); changing needs a tenant admin.
 */
@ApiTags('Event endpoints')
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
  @ApiCreatedResponse({ description: 'The new endpoint, with `secret`', schema: EVENT_ENDPOINT_WITH_SECRET_SCHEMA })
  @ApiErrors({ 400: INVALID_ENDPOINT, 403: ADMINS_ONLY, 409: 'The tenant has 20 endpoints already (ENDPOINT_LIMIT_REACHED)' })
  async create(@CurrentTenant() scope: TenantScope, @Body() body: CreateEventEndpointBody) {
    return presentEndpointWithSecret(await this.endpoints.create(scope, body.toFields()));
  }

  @Get()
  @ApiOperation({ summary: "The tenant's event endpoints, newest first" })
  @ApiOkResponse({ description: 'A page of endpoints', schema: oas.listOf(EVENT_ENDPOINT_SCHEMA) })
  @ApiErrors({ 403: TENANT_WIDE_ONLY })
  async list(@CurrentTenant() scope: TenantScope, @Query() query: ListQuery) {
    return toListResponse(await this.endpoints.list(scope, query.toPageArgs()), presentEndpoint);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An event endpoint, without its secret' })
  @ApiOkResponse({ description: 'The endpoint', schema: EVENT_ENDPOINT_SCHEMA })
  @ApiErrors({ 403: TENANT_WIDE_ONLY, 404: NO_ENDPOINT })
  async get(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentEndpoint(await this.endpoints.get(scope, id));
  }

  @Allow('tenant-admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, event types, description or enabled; what is left out stays' })
  @ApiOkResponse({ description: 'The endpoint, changed', schema: EVENT_ENDPOINT_SCHEMA })
  @ApiErrors({ 400: INVALID_ENDPOINT, 403: ADMINS_ONLY, 404: NO_ENDPOINT })
  async update(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateEventEndpointBody) {
    return presentEndpoint(await this.endpoints.update(scope, id, body.toFields()));
  }

  @Allow('tenant-admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the endpoint, its deliveries and their attempts' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors({ 403: ADMINS_ONLY, 404: NO_ENDPOINT })
  async delete(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.endpoints.delete(scope, id);
  }

  @Allow('tenant-admin')
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new signing secret, shown only in this answer; the old one also signs for 24 hours' })
  @ApiOkResponse({ description: 'The endpoint, with its new `secret`', schema: EVENT_ENDPOINT_WITH_SECRET_SCHEMA })
  @ApiErrors({ 403: ADMINS_ONLY, 404: NO_ENDPOINT })
  async rotateSecret(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string) {
    return presentEndpointWithSecret(await this.endpoints.rotateSecret(scope, id));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's deliveries, newest first; each appears at its first attempt" })
  @ApiOkResponse({ description: 'A page of deliveries', schema: oas.listOf(EVENT_DELIVERY_SCHEMA) })
  @ApiErrors({ 403: TENANT_WIDE_ONLY, 404: NO_ENDPOINT })
  async deliveriesOf(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Query() query: EventDeliveriesQuery) {
    const endpoint = await this.endpoints.get(scope, id);
    return toListResponse(await this.deliveries.list(scope, endpoint.id, query.toPageArgs(), query.status), presentDelivery);
  }

  @Get(':id/deliveries/:deliveryId/attempts')
  @ApiOperation({ summary: "A delivery's attempts, newest first: status, time, duration and the answer's first characters" })
  @ApiOkResponse({ description: 'A page of attempts', schema: oas.listOf(EVENT_DELIVERY_ATTEMPT_SCHEMA) })
  @ApiErrors({ 403: TENANT_WIDE_ONLY, 404: NO_DELIVERY })
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
  @ApiAcceptedResponse({ description: 'Queued; it is PENDING until its attempts end', schema: EVENT_DELIVERY_SCHEMA })
  @ApiErrors({
    403: ADMINS_ONLY,
    404: NO_DELIVERY,
    409: 'The delivery is still being attempted (DELIVERY_PENDING), or the endpoint is disabled (ENDPOINT_DISABLED): enable it first',
  })
  async replay(@CurrentTenant() scope: TenantScope, @Param('id', ParseUUIDPipe) id: string, @Param('deliveryId', ParseUUIDPipe) deliveryId: string) {
    return presentDelivery(await this.deliveries.replay(scope, deliveryId, id));
  }
}
