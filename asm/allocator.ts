// A first-fit allocator of byte ranges in the wasm memory, kept on the host.
//
// Training loops allocate the same sizes step after step, so freed blocks go to
// an exact-size cache first (O(1) reuse); only when that misses are the cached
// blocks merged into an address-ordered, coalescing free list that is searched
// best-fit. Above the free list is a bump pointer `top`.
//
// The allocator knows nothing of tensors or of the memory object: the heap
// (heap.ts) grows the memory when `alloc` returns -1 and calls `extend`.

/** Allocation granularity and alignment in bytes: a cache line. */
export const ALIGN = 64;

/** Rounds a byte count up to the allocation granularity. */
export function roundUp(n: number): number {
  return Math.ceil(Math.max(n, 1) / ALIGN) * ALIGN;
}

export class Allocator {
  /** First byte never handed out. */
  top: number;
  /** Exact-size cache of freed blocks: size -> starts. */
  #cache = new Map<number, number[]>();
  #cachedBytes = 0;
  /** Coalesced free blocks, sorted by start. */
  #starts: number[] = [];
  #sizes: number[] = [];

  constructor(readonly base: number, public limit: number) {
    this.top = base;
  }

  /** Bytes in free blocks below `top` (cached or listed). */
  get freeBytes(): number {
    let n = this.#cachedBytes;
    for (const s of this.#sizes) n += s;
    return n;
  }

  /** A block of `size` bytes (a multiple of ALIGN), or -1 when none fits below `limit`. */
  alloc(size: number): number {
    const cached = this.#cache.get(size);
    if (cached !== undefined && cached.length > 0) {
      this.#cachedBytes -= size;
      return cached.pop()!;
    }
    let p = this.#fromList(size);
    if (p >= 0) return p;
    if (this.top + size <= this.limit) {
      p = this.top;
      this.top += size;
      return p;
    }
    if (this.#cachedBytes > 0) {
      this.#flushCache();
      p = this.#fromList(size);
      if (p >= 0) return p;
      if (this.top + size <= this.limit) {
        p = this.top;
        this.top += size;
        return p;
      }
    }
    return -1;
  }

  /** Returns a block. */
  free(start: number, size: number): void {
    let list = this.#cache.get(size);
    if (list === undefined) this.#cache.set(size, list = []);
    list.push(start);
    this.#cachedBytes += size;
  }

  /** Merges every cached block into the coalescing list (and lowers `top`). */
  #flushCache(): void {
    for (const [size, starts] of this.#cache) for (const s of starts) this.#insert(s, size);
    this.#cache.clear();
    this.#cachedBytes = 0;
  }

  #insert(start: number, size: number): void {
    const st = this.#starts, sz = this.#sizes;
    let lo = 0, hi = st.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (st[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    // merge with the previous and next blocks when adjacent
    if (lo > 0 && st[lo - 1] + sz[lo - 1] === start) {
      lo--;
      sz[lo] += size;
    } else {
      st.splice(lo, 0, start);
      sz.splice(lo, 0, size);
    }
    if (lo + 1 < st.length && st[lo] + sz[lo] === st[lo + 1]) {
      sz[lo] += sz[lo + 1];
      st.splice(lo + 1, 1);
      sz.splice(lo + 1, 1);
    }
    if (st[lo] + sz[lo] === this.top) {
      this.top = st[lo];
      st.splice(lo, 1);
      sz.splice(lo, 1);
    }
  }

  #fromList(size: number): number {
    const st = this.#starts, sz = this.#sizes;
    let best = -1;
    for (let i = 0; i < sz.length; i++) {
      if (sz[i] >= size && (best < 0 || sz[i] < sz[best])) {
        best = i;
        if (sz[i] === size) break;
      }
    }
    if (best < 0) return -1;
    const p = st[best];
    if (sz[best] === size) {
      st.splice(best, 1);
      sz.splice(best, 1);
    } else {
      st[best] += size;
      sz[best] -= size;
    }
    return p;
  }
}
