import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { BotsModule } from '@switchboard/bots';
import { BroadcastsModule } from '@switchboard/broadcasts';
import { ContactsModule } from '@switchboard/contacts';
import { EventsOutModule } from '@switchboard/events-out';
import { MessagingModule } from '@switchboard/messaging';
import { ReplicasModule } from '@switchboard/replicas';
import { ApiExceptionFilter, AppConfig, ConfigModule, DataModule, DatabaseModule, EventsModule, MetricsModule, QueueModule, RequestLimitsModule, strictValidationPipe } from '@switchboard/common';
import { TenantsModule } from '@switchboard/tenants';
import { UpdatesModule } from '@switchboard/updates';
import { ConsoleModule } from './console.module';
import { graphqlOptions } from './graphql.options';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logger.options';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(migrations),
        QueueModule,
        MetricsModule,
        DataModule,
        EventsModule,
        GraphQLModule.forRoot(graphqlOptions(config)),
        HealthModule,
        RequestLimitsModule,
        TenantsModule,
        BotsModule,
        UpdatesModule,
        ContactsModule,
        MessagingModule,
        BroadcastsModule,
        ReplicasModule,
        EventsOutModule,
        ConsoleModule.forRoot(),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
      ],
    };
  }
}
