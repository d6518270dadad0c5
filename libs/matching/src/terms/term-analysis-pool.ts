import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { SearchConfig } from '../../../shared/config/index.js';
import { workerScriptUrl } from '../../../shared/workers/index.js';
import { MatchAnalyzer } from '../service/match-analyzer.js';
import { analyseTexts, type AnalysedText } from './term-analysis.js';
import type { AnalysisReply, AnalysisRequest } from './term-analysis.worker.js';
import type { AnalysedTerms } from './term-statistics.rules.js';

interface Thread {
  worker: Worker;
  /** Texts sent and not answered yet: the next request goes to the least loaded thread. */
  load: number;
}

/**
 * The term analysis of indexing batches on SEARCH_INDEX_ANALYSIS_THREADS worker threads (0: on
 * the calling thread), started at the first batch, so that a worker process's event loop stays
 * free to claim, read and complete batches meanwhile (figures: libs/search/README.md). A batch is
 * split across the threads. A thread that fails takes its requests down with it (the indexing
 * job is retried) and the pool starts anew at the next batch.
 */
@Injectable()
export class TermAnalysisPool implements OnModuleDestroy {
  private readonly size: number;
  private threads: Thread[] | null = null;
  private readonly waiting = new Map<
    number,
    { thread: Thread; n: number; resolve: (t: AnalysedTerms[]) => void; reject: (e: Error) => void }
  >();
  private seq = 0;

  constructor(
    private readonly analyzer: MatchAnalyzer,
    cfg: SearchConfig,
  ) {
    this.size = cfg.indexAnalysisThreads;
  }

  /** Each text's analysed terms, in the order given. */
  async analyse(texts: readonly AnalysedText[]): Promise<AnalysedTerms[]> {
    if (texts.length === 0) return [];
    if (this.size === 0) return analyseTexts(this.analyzer.analysis, texts);
    const threads = this.start();
    const per = Math.ceil(texts.length / threads.length);
    const parts: AnalysedText[][] = [];
    for (let i = 0; i < texts.length; i += per) parts.push(texts.slice(i, i + per));
    const byLoad = [...threads].sort((a, b) => a.load - b.load);
    return (await Promise.all(parts.map((p, i) => this.send(byLoad[i]!, p)))).flat();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop(new Error('term analysis pool stopped'));
  }

  private start(): Thread[] {
    if (this.threads) return this.threads;
    const script = workerScriptUrl(import.meta.url, './term-analysis.worker.js');
    const threads: Thread[] = Array.from({ length: this.size }, () => ({ worker: new Worker(script), load: 0 }));
    for (const t of threads) {
      // Never what keeps a process alive: the indexer's loop and the job runner do that.
      t.worker.unref();
      t.worker.on('message', (m: AnalysisReply) => {
        const w = this.waiting.get(m.seq);
        if (!w) return;
        this.waiting.delete(m.seq);
        t.load -= w.n;
        if ('error' in m) w.reject(new Error(`term analysis failed: ${m.error}`));
        else w.resolve(m.terms as AnalysedTerms[]);
      });
      t.worker.on('error', (err) => void this.stop(err));
      t.worker.on('exit', (code) => void this.stop(new Error(`term analysis thread exited (code ${code})`)));
    }
    this.threads = threads;
    return threads;
  }

  private send(thread: Thread, texts: AnalysedText[]): Promise<AnalysedTerms[]> {
    const seq = ++this.seq;
    thread.load += texts.length;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { thread, n: texts.length, resolve, reject });
      // Plain data only: a search document may carry more than the analysis reads.
      const plain = texts.map((t) => ({ title: t.title, keywords: [...t.keywords], description: t.description }));
      thread.worker.postMessage({ seq, texts: plain } satisfies AnalysisRequest);
    });
  }

  /** Fails every request waiting and terminates the threads (a later batch starts new ones). */
  private async stop(err: Error): Promise<void> {
    const threads = this.threads;
    if (!threads) return;
    this.threads = null;
    for (const [seq, w] of this.waiting) {
      if (!threads.includes(w.thread)) continue;
      this.waiting.delete(seq);
      w.reject(err);
    }
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
