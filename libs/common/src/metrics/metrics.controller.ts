import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/audience';
import { credentialOf } from '../auth/credential-of';
import { AppConfig } from '../config/app-config';
import { safeEqual } from '../crypto/hashing';
import { Metrics } from './metrics';
import { MetricsError, MetricsErrorCode } from './metrics.errors';

/**
 * Prometheus reads the operator's metrics here. It is no tenant API (so it is left out of the
 * OpenAPI document) and no tenant credential opens it: with METRICS_TOKEN set, only
 * `Authorization: Bearer <METRICS_TOKEN>` does; without it the page is open.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    const presented = credentialOf(req);
    if (token && !(presented && safeEqual(presented, token))) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new MetricsError(MetricsErrorCode.WRONG_METRICS_TOKEN, 'Missing or wrong metrics token: send Authorization: Bearer <METRICS_TOKEN>');
    }
    res.status(200).type(this.metrics.contentType).send(await this.metrics.render());
  }
}
