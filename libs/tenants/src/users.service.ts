import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Principal, TenantData, hashPassword, isTenantAdmin, isUniqueViolation, isUuid, tenantWide, verifyPassword } from '@switchboard/common';
import { CreateUserInput } from './dto/create-user.input';
import { TenantError, TenantErrorCode } from './tenant.errors';
import { TenantsService } from './tenants.service';
import { User } from './user.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 12 * 60 * 60;

interface AccessTokenClaims {
  sub: string;
  tid: string;
}

/** Compared against when the email is unknown, so a login takes as long whether or not the account exists. */
const DECOY_HASH = hashPassword('decoy password for unknown accounts');

@Injectable()
export class UsersService {
  constructor(
    private readonly data: TenantData,
    private readonly tenants: TenantsService,
    private readonly jwt: JwtService,
  ) {}

  async create(caller: Principal, input: CreateUserInput): Promise<User> {
    const tenantId = await this.targetTenant(caller, input.tenantId);
    const users = this.data.for(tenantWide(tenantId)).repository(User);
    const user = users.create({
      email: input.email.trim().toLowerCase(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
    });
    try {
      return await users.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new TenantError(TenantErrorCode.EMAIL_TAKEN, `A user with email ${user.email} already exists`);
      }
      throw error;
    }
  }

  async login(email: string, password: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const user = await this.data.findByCredential(User, { email: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH));
    if (!user || !valid) throw new TenantError(TenantErrorCode.INVALID_CREDENTIALS, 'Invalid email or password');
    const claims: AccessTokenClaims = { sub: user.id, tid: user.tenantId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    return { accessToken, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1_000) };
  }

  /** The user behind an access token, as it is now: a deleted user's token stops working. */
  async authenticate(token: string): Promise<Principal> {
    const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token).catch(() => null);
    const user = claims && isUuid(claims.tid) && isUuid(claims.sub) ? await this.find(claims.tid, claims.sub) : null;
    if (!user) throw new TenantError(TenantErrorCode.INVALID_CREDENTIALS, 'Invalid or expired access token');
    return { kind: 'user', tenantId: user.tenantId, userId: user.id, role: user.role };
  }

  find(tenantId: string, id: string): Promise<User | null> {
    return this.data.for(tenantWide(tenantId)).repository(User).findOne({ id });
  }

  private async targetTenant(caller: Principal, requested: string | undefined): Promise<string> {
    if (caller.kind === 'operator') {
      if (!requested) throw new TenantError(TenantErrorCode.TENANT_REQUIRED, 'tenantId is required when the operator creates a user');
      if (!(await this.tenants.find(requested))) throw new TenantError(TenantErrorCode.TENANT_NOT_FOUND, `Tenant ${requested} not found`);
      return requested;
    }
    if (!isTenantAdmin(caller)) throw new TenantError(TenantErrorCode.NOT_ALLOWED, 'Only a tenant admin can create users');
    // Another tenant's id answers as a missing one would.
    if (requested && requested !== caller.tenantId) throw new TenantError(TenantErrorCode.TENANT_NOT_FOUND, `Tenant ${requested} not found`);
    return caller.tenantId;
  }
}
