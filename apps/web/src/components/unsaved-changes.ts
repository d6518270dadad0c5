import type { FormInstance } from 'antd';
import { createContext, useContext, useEffect } from 'react';

/**
 * A drawer that holds forms learns of them here: each DataForm inside registers its form, and
 * the drawer, asked to close, asks first when one of them has been changed by the user. A dialog
 * opened from the drawer (FormModal) provides null, so its own form does not count.
 */
export const UnsavedChanges = createContext<((form: FormInstance) => () => void) | null>(null);

/** Registers `form` with the drawer around it, if any, for as long as the form is mounted. */
export function useUnsavedChanges(form: FormInstance): void {
  const register = useContext(UnsavedChanges);
  useEffect(() => register?.(form), [register, form]);
}
