import { useWindowEvent } from '@mantine/hooks';

/**
 * Escape closes the dialog or panel, except when it closes an open list (a combobox, a calendar) or the
 * record picker's inline "create" form, which handle it themselves. Use with `closeOnEscape={false}`.
 */
export function useEscapeToClose(opened: boolean, onClose: () => void): void {
  useWindowEvent(
    'keydown',
    (event) => {
      if (!opened || event.key !== 'Escape' || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.getAttribute('data-mantine-stop-propagation') === 'true') return;
      if (target?.closest('[data-picker-create]')) return;
      // Another dialog above this one (the conflict dialog, say) takes its own Escape.
      const dialog = target?.closest('[role="dialog"]');
      if (dialog && !dialog.querySelector('[data-engagement-form]')) return;
      onClose();
    },
    { capture: true },
  );
}
