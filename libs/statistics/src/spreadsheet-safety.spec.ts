import fc from 'fast-check';
import { csvText, fenToWan2, fenToWanExact, safeText } from './spreadsheet-safety.js';

describe('spreadsheet safety', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (v) => {
    expect(safeText(v)).toBe(`'${v}`);
  });

  it('leaves ordinary text alone', () => {
    expect(safeText('技术开发合同 = 1')).toBe('技术开发合同 = 1');
    expect(safeText('')).toBe('');
  });

  it('never lets a CSV field start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = csvText(s);
        const body = out.startsWith('"') ? out.slice(1) : out;
        expect(/^[=+\-@\t\r]/.test(body)).toBe(false);
      }),
    );
    expect(csvText('a,"b"')).toBe('"a,""b"""');
  });

  it('converts fen to 万元 exactly and rounded', () => {
    expect(fenToWanExact('123456789')).toBe('123.456789');
    expect(fenToWanExact('-1000000')).toBe('-1');
    // the text path (canonical integers) equals the BigInt path for every shape of value
    const viaBigInt = (fen: string) => fenToWanExact(BigInt(fen));
    const samples = [
      '0',
      '1',
      '-1',
      '10',
      '100000',
      '999999',
      '1000000',
      '-1000000',
      '1000001',
      '-20000000',
      '123456789',
      '-9223372036854775808',
      '9223372036854775807',
    ];
    for (let i = 0; i < 2000; i++)
      samples.push(String(Math.floor(Math.random() * 10 ** (1 + (i % 15))) * (i % 2 ? -1 : 1)));
    for (const fen of samples) expect(fenToWanExact(fen)).toBe(viaBigInt(fen));
    // not canonical: still exact through BigInt
    expect(fenToWanExact('-0')).toBe('0');
    expect(fenToWanExact('0012000000')).toBe('12');
    expect(fenToWan2('123455000')).toBe('123.46');
    expect(fenToWan2('-123454999')).toBe('-123.45');
    expect(fenToWan2('1000')).toBe('0.00');
    expect(fenToWan2('9223372036854775807')).toBe('9223372036854.78');
  });
});
