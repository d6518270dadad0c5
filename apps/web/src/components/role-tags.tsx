import { Space, Tag } from 'antd';
import type { Role } from '../api/types';
import { ROLE_NAMES } from '../format';

/** A user's roles as tags in plain words; `highlight` (the organisation's administrator role) in blue. */
export function RoleTags({ roles, highlight }: { roles: readonly Role[]; highlight?: Role }) {
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r} color={r === highlight ? 'blue' : undefined}>
          {ROLE_NAMES[r] ?? r}
        </Tag>
      ))}
    </Space>
  );
}
