import { Button, Col, DatePicker, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { FilterSelect } from '../../components/filter-select';
import { RegionPicker } from '../../components/region-picker';

export interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  regionCode?: string;
  range?: [Dayjs, Dayjs];
}

/** Action groups of the audit log (the server matches every action of a group). */
const ACTION_GROUPS: Record<string, string> = {
  auth: '登录与会话',
  user: '账号与成员',
  org: '机构',
  listing: '发布信息',
  contract: '技术合同',
  deal: '对接',
};

export const TARGET_TYPES: Record<string, string> = {
  user: '账号',
  organization: '机构',
  listing: '发布信息',
  contract: '技术合同',
  deal: '对接',
  session: '登录会话',
};

/** The query the API takes: a date range is whole China days, the end day included. */
export function auditQuery(f: AuditFilters): Record<string, string | undefined> {
  return {
    actor: f.actor || undefined,
    action: f.action,
    targetType: f.targetType,
    targetId: f.targetId || undefined,
    regionCode: f.regionCode,
    from: f.range ? f.range[0].startOf('day').format('YYYY-MM-DDTHH:mm:ssZ') : undefined,
    to: f.range ? f.range[1].add(1, 'day').startOf('day').format('YYYY-MM-DDTHH:mm:ssZ') : undefined,
  };
}

export function AuditFilterBar({
  value,
  onChange,
  onExport,
  exporting,
}: {
  value: AuditFilters;
  onChange(f: AuditFilters): void;
  onExport(): void;
  exporting: boolean;
}) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...value, ...patch });
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      <Col xs={24} md={5}>
        <Input.Search
          allowClear
          placeholder="操作人姓名或邮箱"
          onSearch={(v) => set({ actor: v.trim() || undefined })}
          data-testid="audit-actor"
        />
      </Col>
      <Col xs={12} md={4}>
        <FilterSelect<string>
          placeholder="操作类别"
          value={value.action}
          onChange={(action) => set({ action })}
          names={ACTION_GROUPS}
          testId="audit-action"
        />
      </Col>
      <Col xs={12} md={3}>
        <FilterSelect<string>
          placeholder="对象类型"
          value={value.targetType}
          onChange={(targetType) => set({ targetType })}
          names={TARGET_TYPES}
        />
      </Col>
      <Col xs={24} md={4}>
        <Input.Search allowClear placeholder="对象编号" onSearch={(v) => set({ targetId: v.trim() || undefined })} />
      </Col>
      <Col xs={24} md={5}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          value={value.range}
          onChange={(r) => set({ range: r && r[0] && r[1] ? [r[0], r[1]] : undefined })}
          placeholder={['开始日期', '结束日期']}
        />
      </Col>
      <Col xs={24} md={3}>
        <Button block onClick={onExport} loading={exporting} data-testid="audit-export">
          导出 Excel
        </Button>
      </Col>
      <Col xs={24} md={6}>
        <RegionPicker
          value={value.regionCode}
          onChange={(regionCode) => set({ regionCode })}
          placeholder="所属地区（含下级）"
        />
      </Col>
    </Row>
  );
}
