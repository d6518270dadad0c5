import { splitAbstract, splitSentences } from './split-abstract.js';

describe('splitSentences', () => {
  it('ends sentences after Chinese and ASCII terminators and keeps the text whole', () => {
    const text = '甲乙。丙丁；戊！己?庚;辛壬';
    expect(splitSentences(text)).toEqual(['甲乙。', '丙丁；', '戊！', '己?', '庚;', '辛壬']);
    expect(splitSentences(text).join('')).toBe(text);
  });

  it('does not end a sentence at a decimal point between two digits', () => {
    expect(splitSentences('精度达到0.95以上.效果好.')).toEqual(['精度达到0.95以上.', '效果好.']);
  });

  it('ends a sentence at a full stop next to only one digit', () => {
    expect(splitSentences('共3.结束')).toEqual(['共3.', '结束']);
    expect(splitSentences('版本.5好')).toEqual(['版本.', '5好']);
  });
});

describe('splitAbstract', () => {
  it('takes sentences until at least half the length is reached', () => {
    // lengths 4, 4, 4, 4 of 16: two sentences reach 8 = half
    expect(splitAbstract('一二三。四五六。七八九。十甲乙。')).toEqual({
      first: '一二三。四五六。',
      second: '七八九。十甲乙。',
    });
  });

  it('keeps taking while the total is still below half', () => {
    // lengths 2, 2, 8 of 12: half is 6, the third sentence passes it but leaves nothing → last alone
    expect(splitAbstract('甲。乙。丙丁戊己庚辛壬。')).toEqual({ first: '甲。乙。', second: '丙丁戊己庚辛壬。' });
    // lengths 2, 6, 2 of 10: two sentences (8) reach half, one is left
    expect(splitAbstract('甲。乙丙丁戊己。庚。')).toEqual({ first: '甲。乙丙丁戊己。', second: '庚。' });
  });

  it('gives the last sentence alone when the first half would take everything', () => {
    expect(splitAbstract('甲。乙丙丁戊己庚辛壬癸。')).toEqual({ first: '甲。', second: '乙丙丁戊己庚辛壬癸。' });
  });

  it('cuts a single sentence at its middle character', () => {
    expect(splitAbstract('一二三四五')).toEqual({ first: '一二', second: '三四五' });
    expect(splitAbstract('一二三四。')).toEqual({ first: '一二', second: '三四。' });
  });

  it('never loses or reorders text', () => {
    const text = '采用修正的Rodrigues参数(MRP),建立了模型；利用方程建立了1.5倍的模型.仿真结果表明,方法有效.';
    const { first, second } = splitAbstract(text);
    expect(first + second).toBe(text);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
  });

  it('gives whitespace-only "sentences" to the sentence before and trims both halves', () => {
    // trailing spaces after the last terminator are no sentence of their own
    expect(splitSentences('甲乙。丙丁。  ')).toEqual(['甲乙。', '丙丁。  ']);
    expect(splitSentences('   ')).toEqual(['   ']);
    expect(splitAbstract('甲乙丙。  丁戊己。   ')).toEqual({ first: '甲乙丙。', second: '丁戊己。' });
    expect(splitAbstract('  一二三四  ')).toEqual({ first: '一二', second: '三四' });
  });

  it('never gives an empty or whitespace-only half, whatever the spaces (property)', () => {
    const pieces = ['甲', '乙丙', '。', '；', ' ', '  ', '.', '1.5', '\u3000', 'ab'];
    let seed = 11;
    const rnd = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let run = 0; run < 3_000; run++) {
      const text = Array.from({ length: 1 + rnd(12) }, () => pieces[rnd(pieces.length)]).join('');
      if ([...text.trim()].length < 2) continue;
      const { first, second } = splitAbstract(text);
      expect(first.trim()).toBe(first);
      expect(second.trim()).toBe(second);
      expect(first).not.toBe('');
      expect(second).not.toBe('');
    }
  });
});
