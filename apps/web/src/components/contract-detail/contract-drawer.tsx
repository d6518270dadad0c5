import { Drawer, Grid } from 'antd';
import { ContractDetail } from './contract-detail';

/** The contract detail in a drawer (合同详情), opened from the contract lists. */
export function ContractDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer title="合同详情" open={!!id} onClose={onClose} size={screens.md ? 760 : '100%'} destroyOnHidden>
      {id ? <ContractDetail id={id} /> : null}
    </Drawer>
  );
}
