import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { RestThrottlerGuard } from './throttler-guards';
import { throttlers } from './throttlers';

/**
 * Rate limits, counted in memory per instance (several instances each allow the rate).
 * Import it before the module of the authentication guard, so throttling runs first.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ throttlers: throttlers(config.apiRateLimit) }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RestThrottlerGuard }],
})
export class RequestLimitsModule {}
