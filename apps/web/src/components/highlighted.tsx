import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);

/**
 * A search snippet: the API escapes everything and marks matches with <em>…</em>. It is rendered
 * as React text (never as HTML), so nothing in a listing can inject markup.
 */
export function Highlighted({ html }: { html: string }) {
  const parts = html.split(/(<em>.*?<\/em>)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('<em>') && p.endsWith('</em>') ? (
          <em key={i} className="hl">
            {decode(p.slice(4, -5))}
          </em>
        ) : (
          <Fragment key={i}>{decode(p)}</Fragment>
        ),
      )}
    </>
  );
}
