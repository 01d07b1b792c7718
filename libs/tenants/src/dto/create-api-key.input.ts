import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ApiKey } from '../api-key.entity';

@InputType()
export class CreateApiKeyInput {
  @ApiProperty({ example: 'CRM backend', maxLength: 100 })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: 'The key itself, shown only this once' })
  key!: string;
}
