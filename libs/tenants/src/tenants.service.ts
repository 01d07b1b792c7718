import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Page, PageArgs, paginate } from '@switchboard/common';
import { ApiKeysService } from './api-keys.service';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** A tenant is born with one tenant-wide API key, so its backend can start at once. */
  create(name: string): Promise<{ tenant: Tenant; apiKey: string }> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = await manager.save(this.tenants.create({ name: name.trim() }));
      const { key } = await this.apiKeys.issue({ tenantId: tenant.id, botId: null }, 'default', manager);
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
