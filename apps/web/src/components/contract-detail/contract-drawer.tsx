import { SideDrawer } from '../side-drawer';
import { ContractDetail } from './contract-detail';

/** The contract detail in a drawer (合同详情), opened from the contract lists. */
export function ContractDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  return (
    <SideDrawer title="合同详情" open={!!id} onClose={onClose} width={760}>
      {id ? <ContractDetail id={id} /> : null}
    </SideDrawer>
  );
}
