import { copyArray, copyLine } from './copy-rows.js';

describe('copyLine (COPY text format)', () => {
  it('separates by tabs, writes NULL as \\N and ends the row', () => {
    expect(copyLine(['a', 1, null, '123456789012345678'])).toBe('a\t1\t\\N\t123456789012345678\n');
  });

  it('escapes what would end a field or a row, and backslashes, so the text arrives as it was', () => {
    expect(copyLine(['合同\t名称', '第一行\n第二行\r', 'C:\\路径', '\\N'])).toBe(
      '合同\\t名称\t第一行\\n第二行\\r\tC:\\\\路径\t\\\\N\n',
    );
  });

  it('keeps an empty string apart from NULL', () => {
    expect(copyLine(['', null])).toBe('\t\\N\n');
  });
});

describe('copyArray (text[] in a COPY row)', () => {
  it('quotes every element, so separators, braces, blanks and NULL stay text', () => {
    expect(copyArray(['锂电池', 'a,b', '{x}', ' ', 'NULL'])).toBe('{"锂电池","a,b","{x}"," ","NULL"}');
    expect(copyArray([])).toBe('{}');
  });

  it('escapes quotes and backslashes, which copyLine then escapes for COPY', () => {
    expect(copyArray(['说"明"', 'C:\\路径'])).toBe('{"说\\"明\\"","C:\\\\路径"}');
    expect(copyLine([copyArray(['C:\\路径'])])).toBe('{"C:\\\\\\\\路径"}\n');
  });
});
