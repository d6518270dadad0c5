/**
 * The one font stack of the app (antd's token, the page, chart canvases). The self-hosted Noto
 * Sans SC comes first (its subsets cover GB 2312, loaded by unicode-range as characters appear),
 * so bureau PCs and headless browsers alike render the same glyphs; then each system's own CJK
 * fonts (macOS, Windows, Linux) should the web font not load; a generic family last.
 * styles.css repeats it for the page before React starts.
 */
export const FONT_STACK = [
  "'Noto Sans SC'",
  '-apple-system',
  'BlinkMacSystemFont',
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'WenQuanYi Micro Hei'",
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');
