import { exceedsJsonDepth } from './json-depth.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('exceedsJsonDepth', () => {
  it('counts nested arrays and objects, the outermost as 1', () => {
    expect(exceedsJsonDepth('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(exceedsJsonDepth('{"a":[1,{"b":2}]}', 2)).toBe(true);
    expect(exceedsJsonDepth('[[],[],[],{}]', 2)).toBe(false);
    expect(exceedsJsonDepth('1', 1)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ a: '\\"[[[[', b: '"{{{' }), 1)).toBe(false);
    expect(exceedsJsonDepth(`{"a":"\\\\",  "b":[[1]]}`, 2)).toBe(true);
  });

  it('reads UTF-8 bytes and text alike (CJK bytes never look like brackets)', () => {
    const body = JSON.stringify({ title: '字[符]{串}', list: [['锂电池']] });
    expect(exceedsJsonDepth(utf8(body), 3)).toBe(false);
    expect(exceedsJsonDepth(utf8(body), 2)).toBe(true);
    expect(exceedsJsonDepth(body, 2)).toBe(true);
  });

  it('scans 20,000 levels without recursion and stops at the limit', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    expect(exceedsJsonDepth(deep, 32)).toBe(true);
    expect(exceedsJsonDepth(utf8(deep), 20_000)).toBe(false);
  });
});
