import type { DigestEntry } from './digest.repository.js';

/** A rendered mail: subject, plain text and HTML with the same content. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SUBJECT_PREFIX = '【网上技术市场】';
const FOOTER = '此邮件由网上技术市场自动发送，请勿直接回复。';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A path inside the web app as a link users can open: PUBLIC_URL + path. Anything else is dropped. */
export function absoluteLink(publicUrl: string, path: string | null): string | null {
  return path && /^\/[^/]/.test(path) ? `${publicUrl}${path}` : null;
}

const paragraphs = (s: string) =>
  s
    .split(/\n+/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`)
    .join('');

function page(title: string, inner: string, unsubscribe: { url: string; category: string } | null): string {
  const foot = unsubscribe
    ? `${escapeHtml(FOOTER)}<br>不想再收到“${escapeHtml(unsubscribe.category)}”类邮件？<a href="${escapeHtml(unsubscribe.url)}">退订此类邮件</a>`
    : escapeHtml(FOOTER);
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#1f1f1f;line-height:1.6">` +
    `<h2 style="font-size:18px">${escapeHtml(title)}</h2>${inner}` +
    `<hr style="border:none;border-top:1px solid #eee"><p style="font-size:12px;color:#8c8c8c">${foot}</p></body></html>`
  );
}

function textFooter(unsubscribe: { url: string; category: string } | null): string {
  return unsubscribe ? `${FOOTER}\n退订“${unsubscribe.category}”类邮件：${unsubscribe.url}` : FOOTER;
}

/**
 * One notification as a mail. `unsubscribe` is null for essential mail (the account itself),
 * which every user receives.
 */
export function renderNotificationMail(
  n: { title: string; body: string; link: string | null },
  publicUrl: string,
  unsubscribe: { url: string; category: string } | null,
): RenderedMail {
  const link = absoluteLink(publicUrl, n.link);
  const text = [n.body, link ? `查看详情：${link}` : null, '', '——', textFooter(unsubscribe)]
    .filter((l) => l !== null)
    .join('\n');
  const button = link ? `<p><a href="${escapeHtml(link)}" style="color:#1677ff">查看详情</a></p>` : '';
  return {
    subject: `${SUBJECT_PREFIX}${n.title}`,
    text,
    html: page(n.title, paragraphs(n.body) + button, unsubscribe),
  };
}

/** The day's notifications of one user in one mail (preference `digest`), oldest first. */
export function renderDigestMail(entries: DigestEntry[], publicUrl: string, preferencesUrl: string): RenderedMail {
  const title = `每日通知摘要（${entries.length} 条）`;
  const lines = entries.map((e, i) => {
    const link = absoluteLink(publicUrl, e.link);
    return { i: i + 1, title: e.title, body: e.body, link };
  });
  const text = [
    `您有 ${entries.length} 条通知：`,
    '',
    ...lines.flatMap((l) => [`${l.i}. ${l.title}`, `   ${l.body}`, ...(l.link ? [`   ${l.link}`] : []), '']),
    '——',
    `${FOOTER}\n调整邮件提醒方式：${preferencesUrl}`,
  ].join('\n');
  const items = lines
    .map(
      (l) =>
        `<li style="margin-bottom:12px"><b>${escapeHtml(l.title)}</b><br>${escapeHtml(l.body)}` +
        (l.link ? `<br><a href="${escapeHtml(l.link)}" style="color:#1677ff">查看详情</a>` : '') +
        `</li>`,
    )
    .join('');
  const html = page(
    title,
    `<ol style="padding-left:20px">${items}</ol><p style="font-size:12px"><a href="${escapeHtml(preferencesUrl)}">调整邮件提醒方式</a></p>`,
    null,
  );
  return { subject: `${SUBJECT_PREFIX}${title}`, text, html };
}
