import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown as the browser's modal while `open` (focus kept inside, the page behind inert,
 * Escape heard as `cancel`) and closed otherwise. Give the returned ref to the dialog.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
