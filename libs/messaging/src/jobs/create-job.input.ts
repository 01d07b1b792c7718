import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateJobInput {
  @ApiPropertyOptional({ example: 'job_abc123', description: 'Your own id; generated when absent' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/, { message: 'id must be 1 to 100 characters of letters, digits and _ . : -' })
  id?: string;

  @ApiProperty({ example: 'Checkout usability study' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ example: 'https://openscouter.com/studies/abc123' })
  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  url!: string;

  @ApiPropertyOptional({ description: 'The segment it targets' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  segmentId?: string;

  @ApiPropertyOptional({ description: 'The notification text; the platform template when absent' })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  message?: string;
}
