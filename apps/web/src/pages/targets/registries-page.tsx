import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Page } from '../../api/client';
import { send, useGet, usePaged } from '../../api/query';
import type { Region, RegistryEntry } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { TargetsNav } from '../../components/targets-nav';
import { FormModal } from '../../components/form-modal';
import { useRegion } from '../../components/reference-data';
import { REGISTRY_KINDS as KINDS, type RegistryKind as Kind } from '../../components/registry-kinds';
import { dateText } from '../../format';
import { WithdrawEntryModal } from './withdraw-entry-modal';

const isKind = (k: string | null): k is Kind => k !== null && k in KINDS;

interface Values {
  regionCode: string;
  name: string;
  creditCode?: string;
  certificateNo?: string;
  recognisedOn: Dayjs;
  validUntil?: Dayjs;
  host?: string;
}

/** 名录登记: the entries that feed the plan targets counted from registries (高企, 科小, 中试基地, 科技特派员…). */
export default function RegistriesPage() {
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: Kind = isKind(kindParam) ? kindParam : 'high_tech_enterprise';
  const def = KINDS[kind];
  const { me } = useAuth();
  const home = me?.org.regionCode;
  const homeRegion = useRegion(home);
  const children = useGet<Page<Region>>(home ? '/regions' : null, { parent: home, pageSize: 100 });
  const list = usePaged<RegistryEntry>('/registry-entries', { kind }, 10, (n) => `共 ${n} 条`);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<RegistryEntry | null>(null);
  const regionOptions = [
    ...(homeRegion.data ? [{ value: homeRegion.data.code, label: `${homeRegion.data.name}（本级）` }] : []),
    ...(children.data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
  ];
  const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);

  return (
    <Card
      title="名录登记"
      extra={
        <Button type="primary" data-testid="registry-add" onClick={() => setAdding(true)}>
          登记{def.name}
        </Button>
      }
    >
      <TargetsNav />
      <Typography.Paragraph type="secondary">
        规划目标中按名录计数的指标（高新技术企业、科技型中小企业、中试基地、创新平台、科技特派员等）由本名录计算：年度和累计目标按认定（建成、派出）日期计数，在册数按有效期计数。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 240 }}
          value={kind}
          onChange={(k) => setParams({ kind: k })}
          options={(Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, label: KINDS[k].name }))}
        />
      </Space>
      <Table<RegistryEntry>
        rowKey="id"
        size="small"
        scroll={{ x: 760 }}
        {...list.table}
        locale={{ emptyText: `尚未登记${def.name}` }}
        columns={[
          { title: def.nameLabel, dataIndex: 'name' },
          { title: '地区', dataIndex: 'regionName', width: 100 },
          ...(def.certificate ? [{ title: def.certificate.label, dataIndex: 'certificateNo' }] : []),
          ...(def.host ? [{ title: '服务的县区或企业', dataIndex: 'host' }] : []),
          {
            title: def.host ? '派出日期' : def.certificate ? '认定日期' : '建成日期',
            dataIndex: 'recognisedOn',
            render: (d: string) => dateText(d),
          },
          { title: '有效期至', dataIndex: 'validUntil', render: (d: string | null) => (d ? dateText(d) : '长期') },
          {
            title: '操作',
            key: 'action',
            width: 110,
            render: (_, e) =>
              e.withdrawn ? (
                <Tooltip title={`撤销原因：${e.withdrawn.reason}`}>
                  <Tag>已撤销</Tag>
                </Tooltip>
              ) : (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => setWithdrawing(e)}
                  data-testid="registry-withdraw"
                >
                  撤销
                </Button>
              ),
          },
        ]}
      />
      <WithdrawEntryModal entry={withdrawing} onClose={() => setWithdrawing(null)} />
      <FormModal<Values>
        open={adding}
        name="registry-entry"
        title={`登记${def.name}`}
        okText="登记"
        okButtonProps={{ 'data-testid': 'registry-save' }}
        initialValues={{ regionCode: home, recognisedOn: dayjs() }}
        fields={['regionCode', 'name', 'creditCode', 'certificateNo', 'recognisedOn', 'validUntil', 'host']}
        submit={(v) =>
          send(
            '/registry-entries',
            'POST',
            {
              kind,
              regionCode: v.regionCode,
              name: v.name.trim(),
              ...(v.creditCode?.trim() ? { creditCode: v.creditCode.trim().toUpperCase() } : {}),
              ...(def.certificate ? { certificateNo: v.certificateNo?.trim() } : {}),
              recognisedOn: day(v.recognisedOn),
              ...(v.validUntil ? { validUntil: day(v.validUntil) } : {}),
              ...(def.host ? { host: v.host?.trim() } : {}),
            },
            true,
          )
        }
        invalidates={['registry-entries', 'stats']}
        success={`已登记${def.name}`}
        onClose={() => setAdding(false)}
        onDone={() => setAdding(false)}
      >
        <Form.Item name="regionCode" label="所在地区" rules={[{ required: true, message: '请选择地区' }]}>
          <Select options={regionOptions} />
        </Form.Item>
        <Form.Item
          name="name"
          label={def.nameLabel}
          rules={[{ required: true, whitespace: true, message: `请填写${def.nameLabel}` }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        {def.certificate ? (
          <>
            <Form.Item name="creditCode" label="统一社会信用代码">
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item
              name="certificateNo"
              label={def.certificate.label}
              rules={[{ required: true, whitespace: true, message: `请填写${def.certificate.label}` }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </>
        ) : null}
        {def.host ? (
          <Form.Item
            name="host"
            label="服务的县区或企业"
            rules={[{ required: true, whitespace: true, message: '请填写服务的县区或企业' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="recognisedOn"
          label={def.host ? '派出日期' : def.certificate ? '认定日期' : '建成日期'}
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label="有效期至"
          extra={def.certificate ? '不填则按规定有效期计算（高企 3 年，科小 1 年）' : '不填为长期'}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
