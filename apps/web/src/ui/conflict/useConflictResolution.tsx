import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { hasErrorCode } from '../errors';
import { ConflictDialog, type ConflictField } from './ConflictDialog';

/** A record as the API answers it: at least its version, to save again over it. */
export type VersionedRecord = Record<string, unknown> & { version: number };

export type ConflictChoice<T extends VersionedRecord> =
  /** Save the user's values again, over `theirs.version`. */
  | { choice: 'keepMine'; theirs: T }
  /** Drop the edit and show `theirs`. */
  | { choice: 'takeTheirs'; theirs: T }
  /** Close the dialog; the form keeps the user's values (theirs, if it loaded, for the next save). */
  | { choice: 'keepEditing'; theirs: T | null };

export interface ConflictOptions<T extends VersionedRecord> {
  /** The fields the user edited, with labels (and formats) for the side-by-side table. */
  fields: ConflictField[];
  /** The values the user tried to save, by field key. */
  yours: Record<string, unknown>;
  /** Fetches the record as saved now (network-only): `async () => (await refetch()).data.organization`. */
  refetch: () => Promise<T>;
  /**
   * Who saved it last and when. By default read from `theirs.history.edges[0].node` (actorName, at) when the
   * refetch asked for `history(first: 1)`.
   */
  latestChange?: (theirs: T) => { by?: string | null; at?: string | null } | null | undefined;
}

export type SaveOutcome<R, T extends VersionedRecord> =
  | { outcome: 'saved'; result: R }
  | { outcome: 'tookTheirs'; theirs: T }
  | { outcome: 'keptEditing'; theirs: T | null };

interface DialogState {
  fields: ConflictField[];
  yours: Record<string, unknown>;
  theirs: VersionedRecord | null;
  changedBy: string | null;
  changedAt: string | null;
  error: unknown;
}

function latestFromHistory(theirs: VersionedRecord): { by: string | null; at: string | null } | null {
  const history = theirs.history as
    { edges?: { node?: { actorName?: string | null; at?: string } }[] } | undefined;
  const node = history?.edges?.[0]?.node;
  return node ? { by: node.actorName ?? null, at: node.at ?? null } : null;
}

/**
 * Never lose an edit to a CONFLICT. Usage (engagements, follow-ups, dialogues, collaborations alike):
 *
 * ```tsx
 * const conflicts = useConflictResolution();
 * const outcome = await conflicts.save((version) => update({ ...values, id, version }), {
 *   version: record.version, fields, yours: values,
 *   refetch: async () => (await refetchRecord()).data!.organization,
 * });
 * if (outcome.outcome === 'tookTheirs') form.setValues(pick(outcome.theirs));
 * // ... and render {conflicts.dialog} once, anywhere in the component.
 * ```
 *
 * `save` tries the mutation; on CONFLICT it opens the dialog with the fresh record, and on "keep mine" tries
 * again with the fresh version (asking again if someone saved meanwhile). Any other error is thrown as is.
 * `resolve(error, options)` is the lower-level step for callers with their own retry loop: it rethrows errors
 * that are not CONFLICT and otherwise answers the user's choice.
 */
export function useConflictResolution(): {
  dialog: ReactNode;
  resolve<T extends VersionedRecord>(error: unknown, options: ConflictOptions<T>): Promise<ConflictChoice<T>>;
  save<R, T extends VersionedRecord>(
    attempt: (version: number) => Promise<R>,
    options: ConflictOptions<T> & { version: number },
  ): Promise<SaveOutcome<R, T>>;
} {
  const [state, setState] = useState<DialogState | null>(null);
  const pending = useRef<((choice: ConflictChoice<VersionedRecord>) => void) | null>(null);
  const theirsRef = useRef<VersionedRecord | null>(null);

  useEffect(
    () => () => {
      pending.current?.({ choice: 'keepEditing', theirs: theirsRef.current });
      pending.current = null;
    },
    [],
  );

  const resolve = useCallback(
    async <T extends VersionedRecord>(
      error: unknown,
      options: ConflictOptions<T>,
    ): Promise<ConflictChoice<T>> => {
      if (!hasErrorCode(error, 'CONFLICT')) throw error;
      theirsRef.current = null;
      setState({
        fields: options.fields,
        yours: options.yours,
        theirs: null,
        changedBy: null,
        changedAt: null,
        error: null,
      });
      const answer = new Promise<ConflictChoice<T>>((settle) => {
        pending.current = settle as (choice: ConflictChoice<VersionedRecord>) => void;
      });
      options
        .refetch()
        .then((theirs) => {
          theirsRef.current = theirs;
          const latest = options.latestChange ? options.latestChange(theirs) : latestFromHistory(theirs);
          setState((current) =>
            current
              ? { ...current, theirs, changedBy: latest?.by ?? null, changedAt: latest?.at ?? null }
              : current,
          );
        })
        .catch((failure: unknown) =>
          setState((current) => (current ? { ...current, error: failure } : current)),
        );
      return answer;
    },
    [],
  );

  const choose = (choice: ConflictChoice<VersionedRecord>['choice']) => {
    const theirs = theirsRef.current;
    const settle = pending.current;
    pending.current = null;
    setState(null);
    if (!settle) return;
    if (choice === 'keepEditing' || !theirs) settle({ choice: 'keepEditing', theirs });
    else settle({ choice, theirs });
  };

  const save = useCallback(
    async <R, T extends VersionedRecord>(
      attempt: (version: number) => Promise<R>,
      options: ConflictOptions<T> & { version: number },
    ): Promise<SaveOutcome<R, T>> => {
      let version = options.version;
      for (;;) {
        try {
          return { outcome: 'saved', result: await attempt(version) };
        } catch (error) {
          const answer = await resolve(error, options);
          if (answer.choice === 'takeTheirs') return { outcome: 'tookTheirs', theirs: answer.theirs };
          if (answer.choice === 'keepEditing') return { outcome: 'keptEditing', theirs: answer.theirs };
          version = answer.theirs.version;
        }
      }
    },
    [resolve],
  );

  const dialog = (
    <ConflictDialog
      opened={state !== null}
      fields={state?.fields ?? []}
      yours={state?.yours ?? {}}
      theirs={state?.theirs ?? null}
      changedBy={state?.changedBy}
      changedAt={state?.changedAt}
      error={state?.error}
      onKeepMine={() => choose('keepMine')}
      onTakeTheirs={() => choose('takeTheirs')}
      onClose={() => choose('keepEditing')}
    />
  );

  return { dialog, resolve, save };
}
