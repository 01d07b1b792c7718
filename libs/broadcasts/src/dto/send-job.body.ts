import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** OpenScouter's body for POST /api/telegram/send-job. */
export class SendJobBody {
  @ApiProperty({ example: 'job_abc123', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  jobId!: string;

  @ApiPropertyOptional({ description: "Only the job's targeting (its segment); false: every contact. True when absent" })
  @IsOptional()
  @IsBoolean()
  filterBySegment?: boolean;
}
