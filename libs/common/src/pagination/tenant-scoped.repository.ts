import { FindOptionsWhere, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../auth/principal';

/**
 * A repository whose every read and write takes the tenant: forgetting it is a compile error,
 * not a data leak.
 */
export class TenantScopedRepository<T extends ObjectLiteral & { tenantId: string }> {
  constructor(private readonly repository: Repository<T>) {}

  findOne(scope: TenantScope, where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOne({ where: this.scoped(scope, where) });
  }

  query(scope: TenantScope, alias: string): SelectQueryBuilder<T> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.tenant_id = :tenantId`, { tenantId: scope.tenantId });
  }

  create(scope: TenantScope, values: Omit<Partial<T>, 'tenantId'>): T {
    return this.repository.create({ ...values, tenantId: scope.tenantId } as unknown as T);
  }

  save(scope: TenantScope, entity: T): Promise<T> {
    if (entity.tenantId !== scope.tenantId) throw new Error('refusing to save an entity of another tenant');
    return this.repository.save(entity);
  }

  async remove(scope: TenantScope, entity: T): Promise<void> {
    if (entity.tenantId !== scope.tenantId) throw new Error('refusing to remove an entity of another tenant');
    await this.repository.remove(entity);
  }

  private scoped(scope: TenantScope, where: FindOptionsWhere<T>): FindOptionsWhere<T> {
    return { ...where, tenantId: scope.tenantId } as FindOptionsWhere<T>;
  }
}
