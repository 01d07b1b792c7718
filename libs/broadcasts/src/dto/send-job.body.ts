import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** OpenScouter's body for POST /api/telegram/send-job. */
export class SendJobBody {
  @ApiProperty({ example: 'job_abc123', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobId!: string;

  @ApiPropertyOptional({ default: true, description: "Only the job's targeting (its segment); false: every contact" })
  @IsOptional()
  @IsBoolean()
  filterBySegment?: boolean;
}
