import { RiskLevel } from '@convene/domain';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Min } from 'class-validator';
import type { SortDirection } from './pagination';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const toDirection = (order: SortOrder | undefined, fallback: SortDirection): SortDirection =>
  order ?? fallback;

/** A record named by id, with the version the editor read (deletes and other one-step changes). */
@InputType()
export class RecordVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a record id' })
  id: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetRiskLevelInput extends RecordVersionInput {
  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  riskLevel: RiskLevel;
}
