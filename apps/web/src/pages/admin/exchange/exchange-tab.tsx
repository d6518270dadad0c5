import { Tabs } from 'antd';
import { ApiKeys } from './api-keys';
import { Webhooks } from './webhooks';

/** 数据交换: partner platforms' API keys and webhook subscriptions. */
export function ExchangeTab() {
  return (
    <Tabs
      size="small"
      items={[
        { key: 'keys', label: 'API 密钥', children: <ApiKeys /> },
        { key: 'webhooks', label: '事件推送', children: <Webhooks /> },
      ]}
    />
  );
}
