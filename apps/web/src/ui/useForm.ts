import { useRef, useState, type ChangeEvent, type FormEvent, type RefObject } from 'react';
import { toAppError, type AppError, type FieldError } from './errors';
import { combineMessages, mapFieldErrors, type FieldMessages } from './fieldErrors';

export interface Form<K extends string> {
  formRef: RefObject<HTMLFormElement | null>;
  values: Record<K, string>;
  setValue: (field: K, value: string) => void;
  /** Props for a Mantine text input: name, value, onChange and the field's messages (client and server). */
  field: (name: K) => {
    name: K;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    error: string | undefined;
  };
  errorOf: (name: K) => string | undefined;
  /** The last failure from the server, or null. */
  serverError: AppError | null;
  /** Field errors from the server that belong to no field of this form. */
  otherFieldErrors: FieldError[];
  submitting: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  reset: (values?: Record<K, string>) => void;
}

/**
 * Small form state for the app's forms. Client checks mirror the server's rules and run from the first submit
 * on; the server's own field messages are shown too, under the field they name, until that field is edited.
 * After a failed submit, focus moves to the first field with a message, which reads it out.
 */
export function useForm<K extends string>(options: {
  initial: Record<K, string>;
  validate: (values: Record<K, string>) => FieldMessages<K>;
  submit: (values: Record<K, string>) => Promise<void>;
}): Form<K> {
  const { initial, validate, submit } = options;
  const fields = Object.keys(initial) as K[];
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [serverError, setServerError] = useState<AppError | null>(null);
  const [edited, setEdited] = useState<Partial<Record<K, boolean>>>({});

  const clientMessages: FieldMessages<K> = attempted ? validate(values) : {};
  const server = mapFieldErrors(serverError, fields);
  const errorOf = (name: K) =>
    combineMessages(clientMessages[name], edited[name] ? undefined : server.byField[name]);

  const focusField = (name: K | undefined) => {
    if (name === undefined) return;
    formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  };

  const setValue = (name: K, value: string) => {
    setValues((current) => {
      const next: Record<K, string> = { ...current };
      next[name] = value;
      return next;
    });
    setEdited((current) => ({ ...current, [name]: true }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    const problems = validate(values);
    const firstInvalid = fields.find((name) => problems[name]);
    if (firstInvalid !== undefined) {
      focusField(firstInvalid);
      return;
    }
    setSubmitting(true);
    setServerError(null);
    submit(values)
      .catch((error: unknown) => {
        const appError = toAppError(error);
        setServerError(appError);
        setEdited({});
        focusField(fields.find((name) => appError.fields.some((f) => f.field === name)));
      })
      .finally(() => setSubmitting(false));
  };

  return {
    formRef,
    values,
    setValue,
    field: (name) => ({
      name,
      value: values[name],
      onChange: (event) => setValue(name, event.currentTarget.value),
      error: errorOf(name),
    }),
    errorOf,
    serverError,
    otherFieldErrors: server.other,
    submitting,
    onSubmit,
    reset: (next) => {
      setValues(next ?? initial);
      setAttempted(false);
      setServerError(null);
      setEdited({});
    },
  };
}
