import { applyDecorators } from '@nestjs/common';
import { IsString, ValidateBy } from 'class-validator';
import { Transform } from 'class-transformer';
import { SAVED_VIEW_STATE_MAX_BYTES } from './saved-view.model';
import type { SavedViewState } from './saved-view.entity';

/** "?a=1&b=2&b=3" → { a: ['1'], b: ['2', '3'] } (a leading "?" is dropped). */
export function parseViewState(search: string): SavedViewState {
  const state: SavedViewState = {};
  for (const [key, value] of new URLSearchParams(search)) (state[key] ??= []).push(value);
  return state;
}

/** The inverse of parseViewState: the URL search string, without "?". */
export function formatViewState(state: SavedViewState): string {
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(state)) for (const value of values) params.append(key, value);
  return params.toString();
}

/** A URL search string of at most 4 KB (UTF-8). */
export const ViewState = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().replace(/^\?/, '') : value,
    ),
    IsString(),
    ValidateBy({
      name: 'viewStateSize',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && Buffer.byteLength(value, 'utf8') <= SAVED_VIEW_STATE_MAX_BYTES,
        defaultMessage: () => `must be at most ${SAVED_VIEW_STATE_MAX_BYTES / 1024} KB`,
      },
    }),
  );
