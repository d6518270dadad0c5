import { Drawer, Grid } from 'antd';
import type { ReactNode } from 'react';

/** A drawer of the given width on wide screens and the full width on phones; its content unmounts when closed. */
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
  return (
    <Drawer title={title} open={open} onClose={onClose} size={screens[wideFrom] ? width : '100%'} destroyOnHidden>
      {children}
    </Drawer>
  );
}
