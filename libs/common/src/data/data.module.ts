import { Global, Module } from '@nestjs/common';
import { TenantData } from './tenant-data.service';

@Global()
@Module({ providers: [TenantData], exports: [TenantData] })
export class DataModule {}
