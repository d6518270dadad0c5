import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import { queryClient, queryKey, send, useGet } from '../../api/query';
import { fieldMessage } from '../../api/error-messages';
import type { ContractType, DatedCode, SynonymGroup } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { dateText } from '../../format';

const validity = (c: DatedCode) =>
  c.validTo ? `${dateText(c.validFrom)} 至 ${dateText(c.validTo)}` : `${dateText(c.validFrom)} 起`;

/** The code column only where the code is what users quote (the 2-digit field codes); internal codes stay hidden. */
const codeColumns = (codeWidth: number | null) => [
  ...(codeWidth === null ? [] : [{ title: '代码', dataIndex: 'code', width: codeWidth }]),
  { title: '名称', dataIndex: 'name' },
  { title: '有效期', key: 'validity', width: 160, render: (_: unknown, c: DatedCode) => validity(c) },
];

/** The national code tables (read-only) and the search synonym table (editable). */
export function CodeTablesTab() {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <SynonymEditor />
      <Alert
        type="info"
        showIcon
        title="以下代码表只读"
        description="技术领域、技术合同类型与子类、不予登记理由来自国家标准和技术合同认定登记规则（《技术合同认定登记管理办法》《民法典》第 843 条等），随系统一同部署，按生效日期自动切换，不能在页面上修改；规则修订时，由平台运维人员更新系统的参考数据。"
        data-testid="code-tables-note"
      />
      <CodeTables />
    </Space>
  );
}

const VISIT = { staleTime: Infinity };

/** One read-only code table in a card. */
function CodeCard<T extends DatedCode>(p: {
  title: string;
  span: { xs?: number; xl?: number; span?: number };
  rows: T[] | undefined;
  loading: boolean;
  codeWidth: number | null;
  scrollX: number;
  testId?: string;
  tree?: boolean;
}) {
  return (
    <Col {...p.span}>
      <Card size="small" title={p.title}>
        <Table<T>
          rowKey="code"
          size="small"
          loading={p.loading}
          dataSource={p.rows ?? []}
          pagination={false}
          scroll={{ x: p.scrollX }}
          columns={codeColumns(p.codeWidth)}
          data-testid={p.testId}
          {...(p.tree
            ? {
                expandable: { defaultExpandAllRows: true, childrenColumnName: 'children' },
                key: p.rows ? 'loaded' : 'loading',
              }
            : {})}
        />
      </Card>
    </Col>
  );
}

function CodeTables() {
  const fields = useGet<DatedCode[]>('/tech-fields', undefined, VISIT);
  const types = useGet<ContractType[]>('/contract-types', undefined, VISIT);
  const reasons = useGet<DatedCode[]>('/rejection-reasons', undefined, VISIT);
  const error = fields.error ?? types.error ?? reasons.error;
  return (
    <Row gutter={[16, 16]}>
      {error ? (
        <Col span={24}>
          <Alert type="error" showIcon title={error.message} />
        </Col>
      ) : null}
      <CodeCard
        title={`技术领域（${fields.data?.length ?? 0}）`}
        span={{ xs: 24, xl: 12 }}
        rows={fields.data}
        loading={fields.isPending}
        codeWidth={70}
        scrollX={420}
        testId="tech-fields"
      />
      <CodeCard
        title={`不予登记理由（${reasons.data?.length ?? 0}）`}
        span={{ xs: 24, xl: 12 }}
        rows={reasons.data}
        loading={reasons.isPending}
        codeWidth={null}
        scrollX={320}
      />
      <CodeCard
        title={`技术合同类型与子类（${types.data?.length ?? 0} 类）`}
        span={{ span: 24 }}
        rows={types.data?.map((t) => ({ ...t, children: t.subtypes }))}
        loading={types.isPending}
        codeWidth={null}
        scrollX={360}
        tree
      />
    </Row>
  );
}

interface Draft {
  key: number;
  terms: string[];
  note: string;
}

let nextKey = 1;
const toDraft = (g: SynonymGroup): Draft => ({ key: nextKey++, terms: g.terms, note: g.note ?? '' });

/** 搜索同义词: groups of words a search treats as one; saved as a whole (PUT /api/search/synonyms). */
function SynonymEditor() {
  const { message } = App.useApp();
  const { can } = useAuth();
  const editable = can('code-tables:manage');
  const saved = useGet<SynonymGroup[]>('/search/synonyms');
  const put = useMutation<SynonymGroup[], ApiError, { terms: string[]; note?: string }[]>({
    mutationFn: (groups) => send<SynonymGroup[]>('/search/synonyms', 'PUT', { groups }),
  });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [groupErrors, setGroupErrors] = useState<Record<number, string>>({});

  useEffect(() => {
    if (saved.data) {
      setDrafts(saved.data.map(toDraft));
      setDirty(false);
    }
  }, [saved.data]);

  const update = (key: number, patch: Partial<Draft>) => {
    setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    setDirty(true);
  };

  const save = () => {
    setError(null);
    setGroupErrors({});
    const groups = drafts.map((d) => ({
      terms: d.terms.map((t) => t.trim()).filter(Boolean),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    }));
    const short = groups.findIndex((g) => g.terms.length < 2);
    if (short >= 0) {
      setGroupErrors({ [short]: '每组至少需要两个词' });
      return;
    }
    put.mutate(groups, {
      onSuccess: (after) => {
        queryClient.setQueryData(queryKey('/search/synonyms'), after);
        setDrafts(after.map(toDraft));
        setDirty(false);
        void message.success('同义词表已保存，搜索将在几秒内生效');
      },
      onError: (err) => {
        const byGroup: Record<number, string> = {};
        for (const f of err.fieldErrors) {
          const m = /^groups\.(\d+)/.exec(f.field);
          if (m) byGroup[Number(m[1])] = f.messages.map((x) => fieldMessage(f.field, x)).join('；');
        }
        setGroupErrors(byGroup);
        setError(err.message || '保存失败，请稍后再试');
      },
    });
  };

  return (
    <Card
      size="small"
      title="搜索同义词"
      extra={
        editable ? (
          <Space>
            <Button
              disabled={!dirty || put.isPending}
              onClick={() =>
                saved.data && (setDrafts(saved.data.map(toDraft)), setDirty(false), setGroupErrors({}), setError(null))
              }
            >
              撤销修改
            </Button>
            <Button type="primary" loading={put.isPending} disabled={!dirty} onClick={save} data-testid="save-synonyms">
              保存
            </Button>
          </Space>
        ) : null
      }
      data-testid="synonyms"
    >
      <Typography.Paragraph type="secondary">
        同一组里的词在搜索时互相匹配，例如搜“锂电池”也能找到写“锂离子电池”的成果。输入一个词后按回车添加；一个词只能出现在一组里。
      </Typography.Paragraph>
      {saved.error ? <Alert type="error" showIcon title={saved.error.message} style={{ marginBottom: 12 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {drafts.map((d, i) => (
          <div key={d.key} data-testid="synonym-group">
            <Row gutter={[8, 8]} align="middle">
              <Col xs={24} md={14}>
                <Select
                  mode="tags"
                  value={d.terms}
                  onChange={(terms: string[]) => update(d.key, { terms })}
                  tokenSeparators={['、', '，', ',']}
                  open={false}
                  suffixIcon={null}
                  placeholder="输入词语后按回车"
                  disabled={!editable}
                  status={groupErrors[i] ? 'error' : undefined}
                  style={{ width: '100%' }}
                  aria-label={`第 ${i + 1} 组同义词`}
                />
              </Col>
              <Col xs={20} md={8}>
                <Input
                  value={d.note}
                  onChange={(e) => update(d.key, { note: e.target.value })}
                  placeholder="备注（如：简称/全称）"
                  maxLength={100}
                  disabled={!editable}
                />
              </Col>
              <Col xs={4} md={2}>
                {editable ? (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除这一组"
                    onClick={() => {
                      setDrafts((ds) => ds.filter((x) => x.key !== d.key));
                      setDirty(true);
                    }}
                  />
                ) : null}
              </Col>
            </Row>
            {groupErrors[i] ? <Typography.Text type="danger">{groupErrors[i]}</Typography.Text> : null}
          </div>
        ))}
        {!saved.isPending && drafts.length === 0 ? (
          <Typography.Text type="secondary">还没有同义词。</Typography.Text>
        ) : null}
        {editable ? (
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              setDrafts((ds) => [...ds, { key: nextKey++, terms: [], note: '' }]);
              setDirty(true);
            }}
            data-testid="add-synonym-group"
          >
            添加一组
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}
