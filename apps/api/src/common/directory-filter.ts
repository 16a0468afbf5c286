import { RiskLevel } from '@convene/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { CountryCode, ThemeKeys } from './validators';

/**
 * Filters the directories of organisations and people share: where the record is based, what it works on,
 * whether it engaged in a cycle, its protection level and the trash. Each directory adds its own.
 */
@InputType({ isAbstract: true })
export abstract class DirectoryFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the country of base.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @CountryCode({ each: true })
  countryCodes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'UN M49 region codes at any level, e.g. 002 Africa, 014 Eastern Africa.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{3}$/, { each: true, message: 'must be M49 region codes such as 002 or 419' })
  regionCodes?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Based in the Global South (true) or not (false), under the active classification.',
  })
  @IsOptional()
  @IsBoolean()
  globalSouth?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Took part in an engagement in this Dialogue cycle (the number of the Dialogue that opened it).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  engagedInCycle?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: took part in an engagement since the last Dialogue; false: did not.',
  })
  @IsOptional()
  @IsBoolean()
  engagedSinceLastDialogue?: boolean;

  @Field(() => [String], { nullable: true, description: 'With any of these themes.' })
  @IsOptional()
  @ThemeKeys()
  themes?: string[];

  @Field(() => [RiskLevel], { nullable: true, description: 'Only for those who manage protection.' })
  @IsOptional()
  @IsArray()
  @IsEnum(RiskLevel, { each: true })
  riskLevels?: RiskLevel[];

  @Field(() => Boolean, { nullable: true, description: 'True: only records in the trash.' })
  @IsOptional()
  @IsBoolean()
  trash?: boolean;
}
