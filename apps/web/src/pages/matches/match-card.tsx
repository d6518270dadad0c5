import { Button, Card, Col, Grid, Progress, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ListingView, MatchResult } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { Highlighted } from '../../components/highlighted';
import { useRegionName } from '../../components/reference-data';
import { COOPERATION_MODE_NAMES, KIND_NAMES, TRANSFER_MODE_NAMES, wanYuan } from '../../format';
import { matchBand, matchPercent } from '../../../../../libs/shared/match-degree/index.js';
import { BAND_COLORS, BUDGET_FIT, KIND_PATH, REGION_FIT, TRL_FIT } from './match-names';
import { OpenDealDialog } from './open-deal-dialog';

/** One ranked match: match degree (per cent and band), title, the reasons a person can check, and the way on (发起对接, 去揭榜). */
export function MatchCard({
  rank,
  match: m,
  fieldNames,
  source,
}: {
  rank: number;
  match: MatchResult;
  fieldNames: Record<string, string>;
  source: ListingView | undefined;
}) {
  const { can } = useAuth();
  const narrow = !Grid.useBreakpoint().sm;
  const region = useRegionName(m.regionCode);
  const e = m.explanation;
  const modes =
    m.kind === 'achievement'
      ? (m.transferModes ?? []).map((x) => TRANSFER_MODE_NAMES[x] ?? x)
      : (m.cooperationModes ?? []).map((x) => COOPERATION_MODE_NAMES[x] ?? x);
  const pair =
    source &&
    ((source.kind === 'need' && m.kind === 'achievement') || (source.kind === 'achievement' && m.kind === 'need'));
  // The degree shown is the texts' similarity (0–100 %), in the bands alerts use; the rank is the score's.
  const percent = matchPercent(m.similarity);
  const band = matchBand(m.similarity);
  const challenge = m.kind === 'challenge';
  // The button moves with the breakpoint; the dialog lives at one place in the card so a
  // re-layout (window resized, breakpoint settling) never unmounts an open dialog.
  const [dealOpen, setDealOpen] = useState(false);
  const canOpenDeal = Boolean(pair && can('deal:manage'));
  const openDeal = canOpenDeal ? (
    <Button type="primary" onClick={() => setDealOpen(true)} data-testid="open-deal">
      发起对接
    </Button>
  ) : challenge && can('challenge:apply') ? (
    <Link to={`/listings/challenges/${m.id}`}>
      <Button type="primary" data-testid="go-apply">
        去揭榜
      </Button>
    </Link>
  ) : null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="match-card">
      <Row gutter={narrow ? 8 : 16} wrap={false} align="top">
        <Col flex="none">
          <div data-testid="match-degree" aria-label={`匹配度 ${percent}%，${band.label}`}>
            <Progress
              type="circle"
              size={narrow ? 48 : 60}
              percent={percent}
              strokeColor={BAND_COLORS[band.code]}
              format={() => <span style={{ fontSize: 13 }}>{percent}%</span>}
            />
            <div style={{ textAlign: 'center', fontSize: 12, marginTop: 4, color: BAND_COLORS[band.code] }}>
              {band.label}
            </div>
          </div>
          <div style={{ textAlign: 'center', color: 'rgba(0,0,0,.45)', fontSize: 12 }}>第 {rank} 名</div>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Space direction="vertical" size={6} style={{ width: '100%' }}>
            <Space wrap size={6}>
              <Tag color={challenge ? 'volcano' : 'blue'}>{KIND_NAMES[m.kind]}</Tag>
              <Link
                to={`/listings/${KIND_PATH[m.kind]}/${m.id}`}
                style={{ fontSize: 16, fontWeight: 700 }}
                data-testid="match-title"
              >
                <Highlighted html={m.highlight.title || m.title} />
              </Link>
            </Space>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              <Highlighted html={m.highlight.description} />
            </Typography.Paragraph>
            <div data-testid="match-explanation">
              <Typography.Text strong>匹配理由：</Typography.Text>
              {e.sharedTerms.length ? (
                <>
                  共同关键词{' '}
                  {e.sharedTerms.map((t) => (
                    <em key={t} className="hl" style={{ marginRight: 6 }} data-testid="shared-term">
                      {t}
                    </em>
                  ))}
                </>
              ) : (
                <Typography.Text type="secondary">没有共同关键词</Typography.Text>
              )}
              <div style={{ marginTop: 6 }}>
                <Space wrap size={[4, 4]}>
                  <Tag color={e.sameTechField ? 'green' : 'default'}>
                    {e.sameTechField ? '同一技术领域' : `领域：${fieldNames[m.techFieldCode] ?? m.techFieldCode}`}
                  </Tag>
                  {m.kind === 'achievement' || e.trl.value !== null ? (
                    <Tag color={TRL_FIT[e.trl.fit]?.color}>
                      {e.trl.value ? `技术成熟度 ${e.trl.value} 级 · ` : ''}
                      {TRL_FIT[e.trl.fit]?.text}
                    </Tag>
                  ) : null}
                  {e.transferMode.fit === 'match' ? (
                    <Tag color="green">
                      合作方式相符：{e.transferMode.common.map((c) => COOPERATION_MODE_NAMES[c] ?? c).join('、')}
                    </Tag>
                  ) : null}
                  {e.transferMode.fit === 'no_match' ? <Tag color="orange">合作方式不同</Tag> : null}
                  {challenge ? null : (
                    <Tag color={BUDGET_FIT[e.budget.fit]?.color}>
                      {BUDGET_FIT[e.budget.fit]?.text}
                      {e.budget.priceFen !== null
                        ? `（报价 ${wanYuan(e.budget.priceFen)}${e.budget.budgetMaxFen !== null ? `，预算 ${wanYuan(e.budget.budgetMaxFen)}` : ''}）`
                        : ''}
                    </Tag>
                  )}
                  <Tag color={REGION_FIT[e.region.relation]?.color}>{REGION_FIT[e.region.relation]?.text}</Tag>
                </Space>
              </div>
            </div>
            <Space wrap size={[12, 4]}>
              <Typography.Text type="secondary">{m.orgName ?? '匿名发布'}</Typography.Text>
              <Typography.Text type="secondary">{region}</Typography.Text>
              {modes.length ? <Typography.Text type="secondary">{modes.join('、')}</Typography.Text> : null}
              {m.priceFen !== null ? (
                <Typography.Text strong>
                  {challenge ? `榜额 ${wanYuan(m.priceFen)}` : wanYuan(m.priceFen)}
                </Typography.Text>
              ) : null}
            </Space>
            {narrow ? openDeal : null}
          </Space>
        </Col>
        {openDeal && !narrow ? <Col flex="none">{openDeal}</Col> : null}
      </Row>
      {canOpenDeal ? (
        <OpenDealDialog source={source!} match={m} open={dealOpen} onClose={() => setDealOpen(false)} />
      ) : null}
    </Card>
  );
}
