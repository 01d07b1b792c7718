import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { JobQueue, Public } from '@switchboard/common';

const indicators = { type: 'object', additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } } };

/** Terminus' own report, as load balancers read it. */
const HEALTH_REPORT = {
  type: 'object',
  required: ['status', 'details'],
  properties: { status: { type: 'string', enum: ['ok', 'error'] }, info: indicators, error: indicators, details: indicators },
  example: { status: 'ok', info: { database: { status: 'up' }, queue: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, queue: { status: 'up' } } },
};

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queue: JobQueue,
  ) {}

  /** The job queue is up when this instance's pg-boss has started and can read its queues. */
  private async queueHealth() {
    const indicator = this.indicators.check('queue');
    if (!this.queue.isRunning()) return indicator.down({ message: 'the job queue is not running' });
    try {
      await this.queue.backlog('telegram-update');
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: 200 when the database and the job queue answer, 503 with details when not' })
  @ApiOkResponse({ description: 'The database and the job queue answer', schema: HEALTH_REPORT })
  @ApiServiceUnavailableResponse({ description: 'The database or the job queue does not answer: `error` says which', schema: HEALTH_REPORT })
  async check(@Res() res: Response): Promise<void> {
    try {
      res.status(200).json(await this.health.check([() => this.database.pingCheck('database', { timeout: 3_000 }), () => this.queueHealth()]));
    } catch (error) {
      // Load balancers read terminus' own report; it is not an API error to wrap in an envelope.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503).json(error.getResponse());
    }
  }
}
