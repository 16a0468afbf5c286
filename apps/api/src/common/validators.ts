import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { Trim } from './validation';

/** Shared field rules, so every input says the same thing about the same kind of value. */
export const CountryCode = (options: { each?: boolean } = {}) =>
  applyDecorators(
    Matches(/^[A-Z]{2}$/, {
      ...options,
      message: 'must be ISO 3166-1 alpha-2 country codes such as KE or CO',
    }),
  );

export const ThemeKeys = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(30),
    Matches(/^[a-z0-9-]{2,50}$/, { each: true, message: 'must be theme keys such as yps or wps' }),
  );

export const Name = (max = 300) =>
  applyDecorators(Trim(), IsString(), Length(1, max, { message: `must be 1 to ${max} characters` }));

export const OptionalText = (max: number) =>
  applyDecorators(
    IsOptional(),
    Trim(),
    IsString(),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );

export const Website = () =>
  applyDecorators(
    IsOptional(),
    Trim(),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'must be a web address starting with https://' },
    ),
    MaxLength(500),
  );

export const DateOnly = () =>
  applyDecorators(
    IsOptional(),
    IsDateString({ strict: true }, { message: 'must be a date as YYYY-MM-DD' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' }),
  );
