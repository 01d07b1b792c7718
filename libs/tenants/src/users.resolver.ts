import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, LoginThrottlerGuard, Principal, Public } from '@switchboard/common';
import { CreateUserInput, LoginPayload } from './dto/create-user.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Allow('operator', 'tenant-admin')
  @Mutation(() => User, { description: 'Operator (naming tenantId) or a tenant admin' })
  createUser(@CurrentPrincipal() caller: Principal, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(caller, input);
  }

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Mutation(() => LoginPayload, { description: 'Throttled per client IP and per account (email)' })
  login(@Args('email') email: string, @Args('password') password: string): Promise<LoginPayload> {
    return this.users.login(email.slice(0, 320), password.slice(0, 200));
  }
}
