import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    const rows = parseCsv('a,b,c\n1,"x, ""y""",\r\n2,"multi\nline",z\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"', c: '' },
      { a: '2', b: 'multi\nline', c: 'z' },
    ]);
  });
});
