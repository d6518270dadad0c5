import { synonymMap } from './synonyms.js';

describe('synonymMap', () => {
  it('makes every term of a group a synonym of the others', () => {
    expect(
      synonymMap([{ terms: ['锂电池', '锂离子电池'] }, { terms: ['新能源汽车', '电动汽车', '新能源车'] }]),
    ).toEqual({
      锂电池: ['锂离子电池'],
      锂离子电池: ['锂电池'],
      新能源汽车: ['新能源车', '电动汽车'],
      电动汽车: ['新能源汽车', '新能源车'],
      新能源车: ['新能源汽车', '电动汽车'],
    });
  });

  it('merges a term that sits in two groups and ignores blanks and duplicates', () => {
    const m = synonymMap([{ terms: ['芯片', '集成电路', ' '] }, { terms: ['芯片', 'IC', 'IC'] }]);
    expect(m['芯片']).toEqual(['IC', '集成电路']);
    expect(m['集成电路']).toEqual(['芯片']);
    expect(m[' ']).toBeUndefined();
  });
});
