import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '@switchboard/common';
import { ArrayMaxSize, IsBoolean, IsEnum, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SelectQueryBuilder } from 'typeorm';
import { Contact, ContactKind } from './contact.entity';

/**
 * Which contacts: the filter of `contacts(…)` and the saved definition of a segment.
 * Every condition given must hold.
 */
@InputType()
export class ContactCriteria {
  @Field({ nullable: true, description: 'Part of a name, @username, external id, phone or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Contacts carrying every one of these tags' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  tags?: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Contacts whose attributes contain these key/values' })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'Contacts with an identity on this bot' })
  @IsOptional()
  @IsUUID()
  botId?: string;

  @Field({ nullable: true, description: 'Language, e.g. "en" (also matches en-US)' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  language?: string;

  @Field({ nullable: true, description: 'true: blocked the bot (on botId if given); false: blocked none' })
  @IsOptional()
  @IsBoolean()
  blocked?: boolean;

  @Field({ nullable: true, description: 'true: can be messaged on Telegram (started the bot, not blocked), on botId if given' })
  @IsOptional()
  @IsBoolean()
  reachable?: boolean;

  @Field(() => ContactKind, { nullable: true })
  @IsOptional()
  @IsEnum(ContactKind)
  kind?: ContactKind;
}

function identityCondition(alias: string, criteria: ContactCriteria, extra: string): string {
  const onBot = criteria.botId ? ' AND identity.bot_id = :criteriaBotId' : '';
  return `EXISTS (SELECT 1 FROM telegram_identities identity WHERE identity.contact_id = ${alias}.id${onBot}${extra})`;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Narrows a contacts query (already scoped to the tenant) to the criteria; all use indexes. */
export function applyContactCriteria(query: SelectQueryBuilder<Contact>, criteria: ContactCriteria): SelectQueryBuilder<Contact> {
  const alias = query.alias;
  const params = { criteriaBotId: criteria.botId };
  if (criteria.search?.trim()) {
    query.andWhere(`${alias}.search_text LIKE :search`, { search: `%${escapeLike(criteria.search.trim().toLowerCase())}%` });
  }
  if (criteria.tags?.length) query.andWhere(`${alias}.tags @> :tags`, { tags: criteria.tags });
  if (criteria.attributes && Object.keys(criteria.attributes).length > 0) {
    query.andWhere(`${alias}.attributes @> :attributes::jsonb`, { attributes: JSON.stringify(criteria.attributes) });
  }
  if (criteria.kind) query.andWhere(`${alias}.kind = :kind`, { kind: criteria.kind });
  if (criteria.language) {
    query.andWhere(`(${alias}.language_code = :language OR ${alias}.language_code LIKE :languagePrefix)`, {
      language: criteria.language,
      languagePrefix: `${escapeLike(criteria.language)}-%`,
    });
  }
  // "Blocked on the bot" and "reachable on the bot" already mean "has an identity on the bot".
  if (criteria.botId && criteria.blocked !== true && criteria.reachable !== true) query.andWhere(identityCondition(alias, criteria, ''), params);
  if (criteria.blocked !== undefined) {
    const condition = identityCondition(alias, criteria, ' AND identity.blocked');
    query.andWhere(criteria.blocked ? condition : `NOT ${condition}`, params);
  }
  if (criteria.reachable !== undefined) {
    const condition = identityCondition(alias, criteria, ' AND identity.started AND NOT identity.blocked');
    query.andWhere(criteria.reachable ? condition : `NOT ${condition}`, params);
  }
  return query;
}
