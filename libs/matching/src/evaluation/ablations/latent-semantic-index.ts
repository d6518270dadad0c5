import { seededRandom } from '../../../../shared/random/index.js';

/**
 * Latent semantic analysis (Deerwester et al. 1990) learnt from the indexed listings
 * themselves: a truncated SVD of the log-tf·idf term–document matrix, computed with a
 * randomised range finder (Halko, Martinsson & Tropp 2011). Terms that occur in the same
 * listings end up close, so a need that says 插穗 and 繁殖 lands near an achievement about
 * 扦插育苗 even with few shared words. Pure computation; deterministic (seeded).
 *
 * Documents added after `fit` are folded in (projected on the learnt term space); the caller
 * refits when the corpus has changed enough (`staleness`).
 */
export interface LsaOptions {
  dimensions: number;
  /** Terms in fewer documents carry no association and are left out. */
  minDf: number;
  powerIterations: number;
  seed: number;
}

type Vec = Float64Array;

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Orthonormalises the columns of an n × l column-major matrix in place (modified Gram–Schmidt). */
function orthonormalize(cols: Vec[]): Vec[] {
  const out: Vec[] = [];
  for (const c of cols) {
    for (const q of out) {
      let d = 0;
      for (let i = 0; i < c.length; i++) d += c[i] * q[i];
      for (let i = 0; i < c.length; i++) c[i] -= d * q[i];
    }
    let n = 0;
    for (let i = 0; i < c.length; i++) n += c[i] * c[i];
    n = Math.sqrt(n);
    if (n < 1e-10) continue;
    for (let i = 0; i < c.length; i++) c[i] /= n;
    out.push(c);
  }
  return out;
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi). Returns eigenvalues and column eigenvectors. */
function symmetricEigen(m: number[][]): { values: number[]; vectors: number[][] } {
  const n = m.length;
  const a = m.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-15) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}

/** A sparse weighted term vector. */
export type TermWeights = ReadonlyMap<string, number>;

export class LatentSemanticIndex {
  /** term → its right-singular-vector row; a document d projects to d·V = its row of U·Σ. */
  private termVectors = new Map<string, Vec>();
  private readonly docVectors = new Map<string, Vec>();
  private fittedOn = 0;
  private changedSinceFit = 0;

  constructor(private readonly opts: LsaOptions) {}

  get dimensions(): number {
    return this.opts.dimensions;
  }

  get fitted(): boolean {
    return this.termVectors.size > 0;
  }

  /** Share of documents added or removed since the last fit. */
  get staleness(): number {
    return this.fittedOn ? this.changedSinceFit / this.fittedOn : 1;
  }

  /**
   * Learns the term space from `docs` (id → weighted terms, e.g. log-tf·idf) and projects
   * every document.
   */
  fit(docs: ReadonlyMap<string, TermWeights>): void {
    const df = new Map<string, number>();
    for (const terms of docs.values()) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const vocab = [...df]
      .filter(([, n]) => n >= this.opts.minDf)
      .map(([t]) => t)
      .sort();
    const col = new Map(vocab.map((t, i) => [t, i]));
    const ids = [...docs.keys()];
    // Rows: documents, L2-normalised sparse vectors over the vocabulary.
    const rows = ids.map((id) => {
      const entries: [number, number][] = [];
      for (const [t, w] of docs.get(id)!) {
        const j = col.get(t);
        if (j !== undefined && w > 0) entries.push([j, w]);
      }
      const n = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
      return entries.map(([j, w]) => [j, w / n] as [number, number]);
    });
    const N = ids.length;
    const V = vocab.length;
    const k = Math.min(this.opts.dimensions, N - 1, V - 1);
    this.termVectors = new Map();
    this.docVectors.clear();
    if (k < 2) return;
    const l = Math.min(k + 10, N, V);
    const rand = seededRandom(this.opts.seed);
    // A·x for x over terms (V) → over docs (N); Aᵀ·y for y over docs → over terms.
    const mulA = (x: Vec): Vec => {
      const y = new Float64Array(N);
      rows.forEach((r, i) => {
        let s = 0;
        for (const [j, w] of r) s += w * x[j];
        y[i] = s;
      });
      return y;
    };
    const mulAt = (y: Vec): Vec => {
      const x = new Float64Array(V);
      rows.forEach((r, i) => {
        const yi = y[i];
        if (yi !== 0) for (const [j, w] of r) x[j] += w * yi;
      });
      return x;
    };
    let Q = orthonormalize(
      Array.from({ length: l }, () => mulA(Float64Array.from({ length: V }, () => gaussian(rand)))),
    );
    for (let it = 0; it < this.opts.powerIterations; it++) {
      Q = orthonormalize(Q.map((q) => mulA(mulAt(q))));
    }
    // B = Qᵀ A (l × V), stored as rows; B Bᵀ = its small Gram matrix.
    const B = Q.map((q) => mulAt(q));
    const gram = B.map((bi) => B.map((bj) => bi.reduce((s, x, t) => s + x * bj[t], 0)));
    const { values, vectors } = symmetricEigen(gram);
    const order = values
      .map((v, i) => [v, i] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, k)
      .filter(([v]) => v > 1e-10);
    // Right singular vectors v_c = Bᵀ u_c / σ_c.
    const dims = order.length;
    const tv = vocab.map(() => new Float64Array(dims));
    order.forEach(([ev, ui], c) => {
      const sigma = Math.sqrt(ev);
      for (let t = 0; t < V; t++) {
        let s = 0;
        for (let r = 0; r < B.length; r++) s += B[r][t] * vectors[r][ui];
        tv[t][c] = s / sigma;
      }
    });
    vocab.forEach((t, i) => this.termVectors.set(t, tv[i]));
    for (const id of ids) this.docVectors.set(id, this.project(docs.get(id)!));
    this.fittedOn = N;
    this.changedSinceFit = 0;
  }

  /** The unit-length latent vector of weighted terms (zero vector when nothing is known). */
  project(terms: TermWeights): Vec {
    const dims = this.termVectors.values().next().value?.length ?? 0;
    const out = new Float64Array(dims);
    for (const [t, w] of terms) {
      const v = this.termVectors.get(t);
      if (!v) continue;
      for (let c = 0; c < dims; c++) out[c] += w * v[c];
    }
    const n = Math.sqrt(out.reduce((s, x) => s + x * x, 0));
    if (n > 0) for (let c = 0; c < dims; c++) out[c] /= n;
    return out;
  }

  /** Folds a new or changed document in without refitting. */
  upsert(id: string, terms: TermWeights): void {
    if (this.fitted) this.docVectors.set(id, this.project(terms));
    this.changedSinceFit++;
  }

  remove(id: string): void {
    if (this.docVectors.delete(id)) this.changedSinceFit++;
  }

  /** Cosine similarity of a query vector with every (or the given) document. */
  similarities(query: Vec, candidates?: Iterable<string>): Map<string, number> {
    const out = new Map<string, number>();
    if (query.length === 0) return out;
    const ids = candidates ?? this.docVectors.keys();
    for (const id of ids) {
      const d = this.docVectors.get(id);
      if (!d) continue;
      let s = 0;
      for (let c = 0; c < d.length; c++) s += d[c] * query[c];
      out.set(id, s);
    }
    return out;
  }
}
