import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../ui/errors';
import { errorText } from '../ui/errorText';

/** A failed action that has no form to show its error in: a red toast saying what happened and what next. */
export function useShowError(): (failure: unknown) => void {
  const { t } = useTranslation();
  return (failure) => {
    const text = errorText(t, toAppError(failure));
    notifications.show({
      color: 'red',
      title: text.title,
      message: text.details ? `${text.next} ${text.details}` : text.next,
      autoClose: 10_000,
    });
  };
}
