import { Field, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { ArrayMaxSize, IsEmail, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

/** The fields a tenant sets on a contact; identities come from Telegram. */
@InputType()
export class ContactFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalCustomerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  lastName?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tags?: string[] | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Merged into the attributes; a null value removes its key' })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, unknown> | null;
}
