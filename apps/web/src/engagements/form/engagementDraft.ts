import dayjs from 'dayjs';
import type { AppError, FieldError } from '../../ui/errors';
import { sentence } from '../../ui/fieldErrors';
import { idsByKind, type PickedRecord } from '../../ui/pickers';
import type {
  CreateEngagementInput,
  EngagementType,
  ParticipantSide,
  UpdateEngagementInput,
} from '../../gql/graphql';

export const ENGAGEMENT_TYPES: readonly EngagementType[] = [
  'MEETING',
  'CALL',
  'EMAIL',
  'EVENT',
  'BRIEFING',
  'CONSULTATION',
  'WORKSHOP',
  'WRITTEN_SUBMISSION',
  'JOINT_STATEMENT',
];

export function isEngagementType(value: unknown): value is EngagementType {
  return typeof value === 'string' && (ENGAGEMENT_TYPES as readonly string[]).includes(value);
}

export interface FollowUpDraft {
  /** Stable React key for the row. */
  key: string;
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}

/** What the engagement form holds, in the order people think. */
export interface EngagementDraft {
  type: EngagementType;
  title: string;
  date: string | null;
  participants: PickedRecord[];
  staffIds: string[];
  themes: string[];
  policyProcesses: string[];
  summary: string;
  followUps: FollowUpDraft[];
}

/** The fields of the form a message can belong to; follow-up rows are `followUps.<i>.<field>`. */
export type DraftField =
  | 'type'
  | 'title'
  | 'date'
  | 'participants'
  | 'staff'
  | 'themes'
  | 'policyProcesses'
  | 'summary'
  | `followUps.${number}.${'title' | 'ownerId' | 'dueDate'}`;

export type DraftErrors = Partial<Record<DraftField, string>>;

export const today = () => dayjs().format('YYYY-MM-DD');
/** A follow-up is due in a week unless said otherwise. */
export const inAWeek = () => dayjs().add(7, 'day').format('YYYY-MM-DD');

let rowSequence = 0;
export function newFollowUp(ownerId: string): FollowUpDraft {
  rowSequence += 1;
  return { key: `row-${rowSequence}`, title: '', ownerId, dueDate: inAWeek() };
}

export function emptyDraft(meId: string, overrides: Partial<EngagementDraft> = {}): EngagementDraft {
  return {
    type: 'MEETING',
    title: '',
    date: today(),
    participants: [],
    staffIds: [meId],
    themes: [],
    policyProcesses: [],
    summary: '',
    followUps: [],
    ...overrides,
  };
}

const text = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Participants as the API takes them; sides are left to the API (from kinds and primary organisations). */
export function participantsInput(
  participants: readonly PickedRecord[],
  sides: ReadonlyMap<string, ParticipantSide> = new Map(),
) {
  const { organizationIds, personIds } = idsByKind(participants);
  return {
    organizations: organizationIds.map((organizationId) => ({
      organizationId,
      ...(sides.has(organizationId) ? { side: sides.get(organizationId) } : {}),
    })),
    people: personIds.map((personId) => ({
      personId,
      ...(sides.has(personId) ? { side: sides.get(personId) } : {}),
    })),
  };
}

export function createInput(draft: EngagementDraft): CreateEngagementInput {
  return {
    type: draft.type,
    title: draft.title.trim(),
    date: draft.date ?? today(),
    ...participantsInput(draft.participants),
    staffIds: draft.staffIds,
    themes: draft.themes,
    policyProcesses: draft.policyProcesses,
    summary: text(draft.summary),
    followUps: draft.followUps.map((f) => ({
      title: f.title.trim(),
      ownerId: f.ownerId ?? '',
      dueDate: f.dueDate ?? '',
    })),
  };
}

export function updateInput(
  id: string,
  version: number,
  draft: EngagementDraft,
  sides: ReadonlyMap<string, ParticipantSide>,
): UpdateEngagementInput {
  return {
    id,
    version,
    type: draft.type,
    title: draft.title.trim(),
    date: draft.date ?? undefined,
    ...participantsInput(draft.participants, sides),
    staffIds: draft.staffIds,
    themes: draft.themes,
    policyProcesses: draft.policyProcesses,
    summary: text(draft.summary),
  };
}

type Translate = (key: 'form.required' | 'form.followUpTitleRequired' | 'form.followUpDueRequired') => string;

/** The client's checks, mirroring the server's: a title, a date, and for each follow-up what and by when. */
export function validateDraft(draft: EngagementDraft, t: Translate): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = t('form.required');
  if (!draft.date) errors.date = t('form.required');
  draft.followUps.forEach((f, i) => {
    if (!f.title.trim()) errors[`followUps.${i}.title`] = t('form.followUpTitleRequired');
    if (!f.dueDate) errors[`followUps.${i}.dueDate`] = t('form.followUpDueRequired');
    if (!f.ownerId) errors[`followUps.${i}.ownerId`] = t('form.required');
  });
  return errors;
}

/** Where the API's field names land in the form: `people.2.personId` → participants, and so on. */
export function formFieldOf(apiField: string): DraftField | null {
  const [head, index, rest] = apiField.split('.');
  switch (head) {
    case 'type':
    case 'title':
    case 'date':
    case 'themes':
    case 'policyProcesses':
    case 'summary':
      return head;
    case 'organizations':
    case 'people':
      return 'participants';
    case 'staffIds':
      return 'staff';
    case 'followUps': {
      const i = Number(index);
      if (Number.isInteger(i) && (rest === 'title' || rest === 'ownerId' || rest === 'dueDate'))
        return `followUps.${i}.${rest}`;
      return null;
    }
    default:
      return null;
  }
}

/** The server's field messages under their fields; the rest for the form's alert, so nothing is lost. */
export function serverErrors(error: AppError | null): { byField: DraftErrors; other: FieldError[] } {
  const byField: DraftErrors = {};
  const other: FieldError[] = [];
  for (const fieldError of error?.fields ?? []) {
    const field = formFieldOf(fieldError.field);
    if (field === null) other.push(fieldError);
    else
      byField[field] = byField[field]
        ? `${byField[field]} ${sentence(fieldError.message)}`
        : sentence(fieldError.message);
  }
  return { byField, other };
}

/** The element id of a field, so a failed save can move focus to the first field with a message. */
export function fieldId(formId: string, field: DraftField): string {
  return `${formId}-${field.replaceAll('.', '-')}`;
}

export const FIELD_ORDER = (draft: EngagementDraft): DraftField[] => [
  'type',
  'title',
  'date',
  'participants',
  'staff',
  'themes',
  'policyProcesses',
  'summary',
  ...draft.followUps.flatMap(
    (_, i) => [`followUps.${i}.title`, `followUps.${i}.ownerId`, `followUps.${i}.dueDate`] as DraftField[],
  ),
];
