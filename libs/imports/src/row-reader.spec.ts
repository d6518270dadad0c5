import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportsConfig } from '../../shared/config/index.js';
import { COLUMNS } from './columns.js';
import { ImportJobErrorCode, ImportJobFailure, ProblemCode } from './imports.errors.js';
import { contractRecord, testReference } from './reference-data.fixture.js';
import { RowReader, type ReaderHeap, type RowReaderOptions } from './row-reader.js';
import type { ContractValue, RowResult } from './row-validation.js';

// The reader's thread runs the compiled script (dist/, built by `npm test` before the suites).
const ref = testReference;
const contract = (registrationNo: string, over: Record<string, string> = {}) => {
  const rec: Record<string, string> = contractRecord({ registrationNo, ...over });
  return COLUMNS.contracts.map((s) => rec[s.key] ?? '').join(',');
};
const header = COLUMNS.contracts.map((s) => s.header).join(',');

describe('RowReader', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'row-reader-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const reader = (name: string, text: string, over: Partial<RowReaderOptions> = {}, heap?: ReaderHeap) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const options: RowReaderOptions = {
      path,
      format: 'csv',
      encoding: 'utf-8',
      limits: ImportsConfig.fromEnv({}).limits,
      kind: 'contracts',
      ref,
      resumeAfter: 0,
      batchSize: 2,
      ...over,
    };
    return new RowReader(options, heap);
  };
  const all = async (r: RowReader) => {
    const batches: RowResult[][] = [];
    for await (const b of r.batches()) batches.push(b);
    return batches;
  };

  it('hands over validated rows in batches, in row order, with their problems and values', async () => {
    const lines = [header, contract('HB-0001'), contract('HB-0002', { techAmount: '999999' }), '', contract('HB-0003')];
    const r = reader('three.csv', lines.join('\n') + '\n');
    const batches = await all(r);
    expect(batches.map((b) => b.map((x) => x.row))).toEqual([[2, 3], [5]]);
    expect(r.seen).toBe(3);
    const [first, second] = batches[0]!;
    expect(first!.problems).toEqual([]);
    expect(first!.key).toBe('HB-0001');
    expect(first!.value as ContractValue).toMatchObject({
      registrationNo: 'HB-0001',
      subtypeCode: 'development.commissioned',
      sellerRegionCode: '340621',
      buyerRegionCode: '371300',
      registryRegionCode: '340600',
      contractFen: '50000000',
      techFen: '45000050',
      signedOn: '2024-03-01',
    });
    expect(second!.value).toBeUndefined();
    expect(second!.problems.map((p) => [p.row, p.code])).toEqual([[3, ProblemCode.TECH_AMOUNT_EXCEEDS_CONTRACT]]);
  });

  it('leaves the values on the thread when asked for keys only (a contracts dry run)', async () => {
    const lines = [header, contract('HB-0001'), contract('HB-0002', { certifiedOn: '' })];
    const [rows] = await all(reader('keys.csv', lines.join('\n'), { keysOnly: true }));
    expect(rows!.map((x) => [x.row, x.key, x.value, x.problems.map((p) => p.code)])).toEqual([
      [2, 'HB-0001', undefined, []],
      [3, 'HB-0002', undefined, [ProblemCode.REQUIRED]],
    ]);
  });

  it('counts but does not validate the rows a resumed commit has written', async () => {
    const lines = [header, contract('HB-0001'), contract('HB-0002'), contract('HB-0003')];
    const r = reader('resume.csv', lines.join('\n'), { resumeAfter: 3 });
    expect((await all(r)).flat().map((x) => x.row)).toEqual([4]);
    expect(r.seen).toBe(3);
  });

  it('fails with the same coded failure the file raised on the thread', async () => {
    const missing = reader('missing.csv', '登记编号,合同名称\nHB-0001,某合同\n');
    const err = await all(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportJobFailure);
    expect((err as ImportJobFailure).code).toBe(ImportJobErrorCode.MISSING_COLUMNS);
    expect((err as ImportJobFailure).details).toMatchObject({ missing: expect.arrayContaining(['认定登记日期']) });

    const empty = await all(reader('empty.csv', '\n\n')).catch((e: unknown) => e);
    expect((empty as ImportJobFailure).code).toBe(ImportJobErrorCode.NO_HEADER);

    const tooLong = await all(
      reader('long.csv', `${header}\n${contract('HB-0001', { title: '长'.repeat(300) })}\n`, {
        limits: { ...ImportsConfig.fromEnv({}).limits, maxCellChars: 100 },
      }),
    ).catch((e: unknown) => e);
    expect((tooLong as ImportJobFailure).code).toBe('IMPORT_LIMIT_CELL_TOO_LONG');
    expect((tooLong as ImportJobFailure).details).toMatchObject({ limit: 'IMPORT_MAX_CELL_CHARS', value: 100 });
  });

  it('fails with IMPORT_READER_OUT_OF_MEMORY, not an internal error, when the thread runs out of its heap', async () => {
    // A heap too small for the reader to load stands for a file within every limit that still holds too much.
    const r = reader('heap.csv', [header, contract('HB-0001')].join('\n'), {}, { oldMb: 2, youngMb: 1 });
    const failure = await all(r).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ImportJobFailure);
    expect(failure).toMatchObject({ code: ImportJobErrorCode.IMPORT_READER_OUT_OF_MEMORY, details: { heapMb: 2 } });
    expect((failure as Error).message).toContain('请拆分为几个较小的文件');
  });

  it('stops its thread when the caller stops taking batches', async () => {
    const lines = [header, ...Array.from({ length: 50 }, (_, i) => contract(`HB-${1000 + i}`))];
    const r = reader('early.csv', lines.join('\n'));
    let taken = 0;
    for await (const b of r.batches()) {
      taken += b.length;
      if (taken >= 4) break;
    }
    expect(taken).toBe(4);
    // Breaking out returned the generator, which terminated the thread: the test ends (no open handle).
  });
});
