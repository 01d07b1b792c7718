import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Page, PageArgs, TenantData, paginate, tenantWide } from '@switchboard/common';
import { ApiKeysService } from './api-keys.service';
import { Tenant } from './tenant.entity';

/** The operator's registry of tenants: the `tenants` table itself, which no tenant owns. */
@Injectable()
export class TenantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly apiKeys: ApiKeysService,
    private readonly data: TenantData,
  ) {}

  /** A tenant is born with one tenant-wide API key, so its backend can start at once. */
  create(name: string): Promise<{ tenant: Tenant; apiKey: string }> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = await manager.save(this.tenants.create({ name: name.trim() }));
      const scope = tenantWide(tenant.id);
      const { key } = await this.apiKeys.issue(scope, 'default', this.data.within(manager, scope));
      return { tenant, apiKey: key };
    });
  }

  find(id: string): Promise<Tenant | null> {
    return this.tenants.findOne({ where: { id } });
  }

  list(page: PageArgs): Promise<Page<Tenant>> {
    return paginate(this.tenants.createQueryBuilder('tenant'), page);
  }
}
