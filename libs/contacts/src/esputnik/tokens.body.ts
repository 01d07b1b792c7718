import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** One entry of eSputnik's "Add application tokens": a token and the identifiers that find its contact. */
/** eSputnik documents contactId as a Long, and chat ids are numbers in Telegram: accept either form. */
const numberAsString = () => Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value));

export class TokenEntry {
  @ApiProperty({ description: "The person's Telegram chat id on the bot (the app)", oneOf: [{ type: 'string', maxLength: 32 }, { type: 'integer' }], example: '123456789' })
  @numberAsString()
  @IsString()
  @MaxLength(32)
  token!: string;

  @ApiPropertyOptional({ description: 'Switchboard contact id (a Long)', oneOf: [{ type: 'string', maxLength: 20 }, { type: 'integer' }], example: '42' })
  @IsOptional()
  @numberAsString()
  @IsString()
  @MaxLength(20)
  contactId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalCustomerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;
}

export class TokensBody {
  @ApiProperty({ type: [TokenEntry] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => TokenEntry)
  tokens!: TokenEntry[];
}
