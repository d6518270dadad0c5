import { DisabledMailTransport, LogMailTransport } from './log-mail.transport.js';

describe('LogMailTransport', () => {
  it('writes the whole mail as one structured log line', async () => {
    const lines: { obj: Record<string, unknown>; msg: string }[] = [];
    const t = new LogMailTransport({ info: (obj, msg) => lines.push({ obj, msg }) });
    await t.send({ from: 'noreply@x.cn', to: ['a@x.cn'], subject: '新的匹配', text: '正文', reference: 'n1' });
    expect(lines).toEqual([
      {
        obj: { mail: { from: 'noreply@x.cn', to: ['a@x.cn'], subject: '新的匹配', text: '正文', reference: 'n1' } },
        msg: 'mail (log transport)',
      },
    ]);
  });

  it('disabled transport sends nothing and does not fail', async () => {
    await expect(new DisabledMailTransport().send()).resolves.toBeUndefined();
  });
});
