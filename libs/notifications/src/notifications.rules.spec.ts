import { latestDigestSlot } from './digest-schedule.js';
import { renderNotificationMail } from './mail-render.js';
import { effectivePreference } from './notification-categories.js';
import { smtpFailure } from './smtp-mail.transport.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

const USER = '0b6f1c2e-7d1a-4c59-9d0e-3f5b2a1c9e77';

describe('the daily digest slot (China time, UTC+8)', () => {
  it('is today at the configured time once it has passed, else yesterday', () => {
    // 2026-12-06 08:30 in China is 00:30 UTC.
    expect(latestDigestSlot(new Date('2026-12-06T00:30:00Z'), '08:00').toISOString()).toBe('2026-12-06T00:00:00.000Z');
    // 07:59 in China: still yesterday's slot.
    expect(latestDigestSlot(new Date('2026-12-05T23:59:00Z'), '08:00').toISOString()).toBe('2026-12-05T00:00:00.000Z');
    // Late evening UTC is already tomorrow in China.
    expect(latestDigestSlot(new Date('2026-12-06T17:00:00Z'), '00:30').toISOString()).toBe('2026-12-06T16:30:00.000Z');
  });
});

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('x'.repeat(40));

  it('name their user and category', () => {
    expect(tokens.verify(tokens.issue(USER, 'deals'))).toEqual({ userId: USER, category: 'deals' });
  });

  it('refuse a changed category, a token of another secret, and garbage', () => {
    const t = tokens.issue(USER, 'deals');
    const [, mac] = t.split('.');
    const forged = `${Buffer.from(`${USER}:matching`).toString('base64url')}.${mac}`;
    expect(tokens.verify(forged)).toBeNull();
    expect(new UnsubscribeTokens('y'.repeat(40)).verify(t)).toBeNull();
    for (const bad of ['', '.', 'a.b.c', 'abc']) expect(tokens.verify(bad)).toBeNull();
  });
});

describe('notification mail', () => {
  it('escapes the text in HTML and keeps links under PUBLIC_URL only', () => {
    const m = renderNotificationMail(
      { title: '<b>标题</b>', body: '正文 <script>alert(1)</script>', link: '//evil.example/x' },
      'https://jssc.example.gov.cn',
      null,
    );
    expect(m.subject).toBe('【网上技术市场】<b>标题</b>');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;');
    expect(m.html).not.toContain('evil.example');
    expect(m.text).not.toContain('查看详情');
  });
});

describe('mail preferences', () => {
  it('default to immediate; essential categories are always immediate', () => {
    expect(effectivePreference('deals', undefined)).toBe('immediate');
    expect(effectivePreference('deals', 'off')).toBe('off');
    expect(effectivePreference('account', 'off')).toBe('immediate');
  });
});

describe('SMTP failures', () => {
  it('a 5xx reply is permanent; a refused connection or a 4xx is not', () => {
    expect(smtpFailure({ responseCode: 550, code: 'EENVELOPE', message: 'no such user' })).toMatchObject({
      permanent: true,
      message: '550 EENVELOPE: no such user',
    });
    expect(smtpFailure({ responseCode: 451, message: 'try later' }).permanent).toBe(false);
    expect(smtpFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED' }).permanent).toBe(false);
  });
});
