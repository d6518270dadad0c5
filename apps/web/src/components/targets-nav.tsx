import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useWaiting, waitingLabel } from './waiting-counts';

const PAGES = [
  { value: '/targets/manage', label: '规划目标' },
  { value: '/targets/approvals', label: '填报审核' },
  { value: '/targets/registries', label: '名录登记' },
];

/** The bureau's target pages under one menu entry: the plans' targets, reported figures to approve, registries. */
export function TargetsNav() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = PAGES.find((p) => location.pathname.startsWith(p.value))?.value;
  const figures = useWaiting('figures');
  const options = PAGES.map((p) =>
    p.value === '/targets/approvals' ? { ...p, label: waitingLabel(p.label, figures, 'waiting-figures') } : p,
  );
  return (
    <Segmented options={options} value={current} onChange={(v) => navigate(String(v))} style={{ marginBottom: 16 }} />
  );
}
