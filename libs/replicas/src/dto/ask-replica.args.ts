import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsNotEmpty, IsString, MaxLength, ValidateNested, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';

/** Turns a test chat may send at most, and the length of each. */
export const ASK_LIMITS = { turns: 20, content: 4_096 } as const;

export enum ReplicaChatRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
}

registerEnumType(ReplicaChatRole, { name: 'ReplicaChatRole', description: 'Who wrote a turn: the person, or the replica' });

@InputType()
export class ReplicaChatTurnInput {
  @Field(() => ReplicaChatRole)
  @IsEnum(ReplicaChatRole)
  role!: ReplicaChatRole;

  @Field({ description: `At most ${ASK_LIMITS.content} characters` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASK_LIMITS.content)
  content!: string;
}

@ValidatorConstraint({ name: 'endsWithUserTurn' })
class EndsWithUserTurn implements ValidatorConstraintInterface {
  validate(turns: unknown): boolean {
    if (!Array.isArray(turns) || turns.length === 0) return false;
    const last: unknown = turns[turns.length - 1];
    return typeof last === 'object' && last !== null && (last as { role?: unknown }).role === ReplicaChatRole.USER;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must end with a USER turn`;
  }
}

@ArgsType()
export class AskReplicaArgs {
  @Field(() => ID)
  @IsString()
  replicaId!: string;

  @Field(() => [ReplicaChatTurnInput], { description: `The conversation so far, oldest first, ending with the question (at most ${ASK_LIMITS.turns} turns)` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ASK_LIMITS.turns)
  @ValidateNested({ each: true })
  @Type(() => ReplicaChatTurnInput)
  @Validate(EndsWithUserTurn)
  messages!: ReplicaChatTurnInput[];
}

@ObjectType({ description: "A replica's answer in a test chat" })
export class ReplicaChatAnswer {
  @Field()
  text!: string;

  @Field({ description: 'Whether the text is what a chat gets when no answer can be had' })
  fallback!: boolean;

  @Field(() => String, { nullable: true, description: 'Why no answer could be had, when fallback' })
  error!: string | null;
}
