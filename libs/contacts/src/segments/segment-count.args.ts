import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ContactCriteria } from '../contact-criteria';

/** `segmentCount`: criteria not saved yet, checked exactly as a segment's are. */
@ArgsType()
export class SegmentCountArgs {
  @Field(() => ContactCriteria)
  @ValidateNested()
  @Type(() => ContactCriteria)
  criteria!: ContactCriteria;
}
