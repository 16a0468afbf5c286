import type { TFunction } from 'i18next';
import type { DialogueFormatters } from '../format';

/** A representation figure as the API gives it: a null count is suppressed (a small group), never zero. */
export interface Figure {
  count?: number | null;
  share?: number | null;
  suppressed: boolean;
}

export interface FigureText {
  /** "72", or "fewer than 5" when the group is too small to show. */
  count: string;
  /** "58 %", or null when there is no share to show (suppressed count or total). */
  share: string | null;
  suppressed: boolean;
  /** 0 to 1 for a bar; null when the share is not known. */
  ratio: number | null;
}

/**
 * How a figure reads. A suppressed count is never shown as 0 or left blank: it reads "fewer than N" (N the
 * threshold), so a small group is neither revealed nor mistaken for nobody.
 */
export function figureText(
  figure: Figure,
  threshold: number,
  t: TFunction<'dialogues'>,
  format: Pick<DialogueFormatters, 'number' | 'percent'>,
): FigureText {
  const hidden = figure.suppressed || figure.count === null || figure.count === undefined;
  const share = typeof figure.share === 'number' && !hidden ? figure.share : null;
  return {
    count: hidden
      ? t('representation.fewerThan', { threshold: format.number(threshold) })
      : format.number(figure.count as number),
    share: share === null ? null : format.percent(share),
    suppressed: hidden,
    ratio: share,
  };
}
