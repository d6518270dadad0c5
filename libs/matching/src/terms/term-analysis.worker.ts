/**
 * Analysis thread of TermAnalysisPool: the listings' term analysis (jieba, bigrams, counting) of
 * an indexing batch, off the worker process's event loop, which meanwhile claims, reads and
 * completes other batches.
 */
import { parentPort } from 'node:worker_threads';
import { analyseTexts, buildAnalysis, type AnalysedText } from './term-analysis.js';

export type AnalysisRequest = { seq: number; texts: AnalysedText[] };
export type AnalysisReply = { seq: number; terms: unknown[] } | { seq: number; error: string };

const port = parentPort;
if (port === null) throw new Error('term-analysis.worker must run in a worker thread');
const { engine } = buildAnalysis();
port.on('message', (m: AnalysisRequest) => {
  try {
    port.postMessage({ seq: m.seq, terms: analyseTexts(engine, m.texts) } satisfies AnalysisReply);
  } catch (err) {
    port.postMessage({ seq: m.seq, error: err instanceof Error ? err.message : String(err) } satisfies AnalysisReply);
  }
});
