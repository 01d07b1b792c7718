import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { UserRole } from '../user.entity';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;

  @Field(() => UserRole, { defaultValue: UserRole.MEMBER })
  @IsEnum(UserRole)
  role: UserRole = UserRole.MEMBER;

  @Field(() => ID, { nullable: true, description: 'Required for the operator; a tenant admin may only name its own tenant' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'A JWT to send as Authorization: Bearer <token>' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;
}
