import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '@switchboard/common';

@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: 200 when the database answers, 503 with details when not' })
  async check(@Res() res: Response): Promise<void> {
    try {
      res.status(200).json(await this.health.check([() => this.database.pingCheck('database', { timeout: 3_000 })]));
    } catch (error) {
      // Load balancers read terminus' own report; it is not an API error to wrap in an envelope.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503).json(error.getResponse());
    }
  }
}
