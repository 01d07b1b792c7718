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

/** The LIKE pattern a search term matches `search_text` with, or undefined when there is no term. */
const searchPattern = (criteria: ContactCriteria) =>
  criteria.search?.trim() ? `%${escapeLike(criteria.search.trim().toLowerCase())}%` : undefined;
const languagePrefix = (language: string) => `${escapeLike(language)}-%`;
const hasTags = (criteria: ContactCriteria): criteria is ContactCriteria & { tags: string[] } => !!criteria.tags?.length;
const hasAttributes = (criteria: ContactCriteria) => !!criteria.attributes && Object.keys(criteria.attributes).length > 0;
/** "Blocked on the bot" and "reachable on the bot" already mean "has an identity on the bot". */
const needsIdentityOnBot = (criteria: ContactCriteria) => !!criteria.botId && criteria.blocked !== true && criteria.reachable !== true;

/** Narrows a contacts query (already scoped to the tenant) to the criteria; all use indexes. */
export function applyContactCriteria(query: SelectQueryBuilder<Contact>, criteria: ContactCriteria): SelectQueryBuilder<Contact> {
  const alias = query.alias;
  const params = { criteriaBotId: criteria.botId };
  const search = searchPattern(criteria);
  if (search) query.andWhere(`${alias}.search_text LIKE :search`, { search });
  if (hasTags(criteria)) query.andWhere(`${alias}.tags @> :tags`, { tags: criteria.tags });
  if (hasAttributes(criteria)) query.andWhere(`${alias}.attributes @> :attributes::jsonb`, { attributes: JSON.stringify(criteria.attributes) });
  if (criteria.kind) query.andWhere(`${alias}.kind = :kind`, { kind: criteria.kind });
  if (criteria.language) {
    query.andWhere(`(${alias}.language_code = :language OR ${alias}.language_code LIKE :languagePrefix)`, {
      language: criteria.language,
      languagePrefix: languagePrefix(criteria.language),
    });
  }
  if (needsIdentityOnBot(criteria)) query.andWhere(identityCondition(alias, criteria, ''), params);
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

/** A PostgreSQL array literal of texts, each element quoted, so a tag may hold any character. */
const textArrayLiteral = (values: string[]) => `{${values.map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;

/**
 * The same criteria as the database reads them to keep a segment's count (segment_predicate_holds,
 * migration SegmentMemberCounts): every value applyContactCriteria would bind, worked out here once
 * (trimmed, lower-cased and escaped as above) so the two cannot disagree on a contact.
 */
export function segmentPredicate(criteria: ContactCriteria): Record<string, unknown> {
  const predicate: Record<string, unknown> = {};
  const search = searchPattern(criteria);
  if (search) predicate.search = search;
  if (hasTags(criteria)) predicate.tags = textArrayLiteral(criteria.tags);
  if (hasAttributes(criteria)) predicate.attributes = criteria.attributes;
  if (criteria.kind) predicate.kind = criteria.kind;
  if (criteria.language) Object.assign(predicate, { language: criteria.language, languagePrefix: languagePrefix(criteria.language) });
  if (criteria.botId) predicate.botId = criteria.botId;
  if (needsIdentityOnBot(criteria)) predicate.onBot = true;
  // As above, a null given for either asks for its negation.
  if (criteria.blocked !== undefined) predicate.blocked = !!criteria.blocked;
  if (criteria.reachable !== undefined) predicate.reachable = !!criteria.reachable;
  return predicate;
}
