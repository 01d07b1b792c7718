import { IsOptionalButNotNull } from '@switchboard/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ContactCriteria } from '../contact-criteria';

@InputType()
export class CreateSegmentInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => ContactCriteria)
  @ValidateNested()
  @Type(() => ContactCriteria)
  criteria!: ContactCriteria;
}

@InputType()
export class UpdateSegmentInput {
  @Field({ nullable: true })
  @IsOptionalButNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => ContactCriteria, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactCriteria)
  criteria?: ContactCriteria;
}
