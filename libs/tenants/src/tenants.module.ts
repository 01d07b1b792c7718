import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@switchboard/common';
import { ApiKey } from './api-key.entity';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { AuthGuard } from './auth/auth.guard';
import { Authenticator } from './auth/authenticator.service';
import { LiveCredentials } from './auth/live-credentials.service';
import { Tenant } from './tenant.entity';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Tenants, their users and API keys, and the guard that authenticates every request. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Tenant, User, ApiKey]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      // Verification accepts only the algorithm we sign with: no alg confusion, no `none`.
      useFactory: (config: AppConfig) => ({
        secret: config.secrets.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    TenantsService,
    UsersService,
    ApiKeysService,
    Authenticator,
    LiveCredentials,
    TenantsResolver,
    UsersResolver,
    ApiKeysResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  controllers: [ApiKeysController],
  exports: [TenantsService, ApiKeysService, LiveCredentials],
})
export class TenantsModule {}
