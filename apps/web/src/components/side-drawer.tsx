import { App, Drawer, Grid, type FormInstance } from 'antd';
import { useCallback, useRef, type ReactNode } from 'react';
import { UnsavedChanges } from './unsaved-changes';

/**
 * A drawer of the given width on wide screens and the full width on phones; its content unmounts
 * when closed. Closed by Esc, a click beside it or its close button while a form in it holds
 * changes the user made, it asks first whether to drop them; an untouched form closes at once.
 */
export function SideDrawer({
  title,
  open,
  onClose,
  width,
  wideFrom = 'md',
  children,
}: {
  title: ReactNode;
  open: boolean;
  onClose(): void;
  width: number;
  wideFrom?: 'md' | 'lg';
  children: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  const { modal } = App.useApp();
  const forms = useRef(new Set<FormInstance>());
  const asking = useRef(false);
  const register = useCallback((form: FormInstance) => {
    forms.current.add(form);
    return () => void forms.current.delete(form);
  }, []);

  const close = () => {
    if (![...forms.current].some((f) => f.isFieldsTouched())) return onClose();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '关闭后，刚才填写的内容不会保存。',
      okText: '放弃',
      okButtonProps: { danger: true, 'data-testid': 'discard-changes' },
      cancelText: '继续填写',
      // a stray Enter keeps what was typed
      autoFocusButton: 'cancel',
      cancelButtonProps: { 'data-testid': 'keep-editing' },
      onOk: onClose,
      afterClose: () => (asking.current = false),
    });
  };

  return (
    <Drawer title={title} open={open} onClose={close} size={screens[wideFrom] ? width : '100%'} destroyOnHidden>
      <UnsavedChanges.Provider value={register}>{children}</UnsavedChanges.Provider>
    </Drawer>
  );
}
