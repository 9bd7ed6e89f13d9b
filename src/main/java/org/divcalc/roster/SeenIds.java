package org.divcalc.roster;

/**
 * The staff ids seen so far, for duplicate detection, kept as 64-bit hashes with the line each was
 * first seen on: 12 bytes a slot, whatever the id's length, and no id text held in memory. Two
 * different ids collide with a probability of about n²/2⁶⁵ (under 10⁻⁵ for ten million ids).
 *
 * <p>The set is split into shards that grow by a quarter at a time and fill to 85 %, so that memory
 * stays close to 12 bytes × 1.5 per id even while a shard grows: ten million ids fit in about 180
 * MB, where one table doubling at once would briefly need close to 300 MB.
 */
final class SeenIds {
  private static final int SHARD_BITS = 6;
  private static final int SHARDS = 1 << SHARD_BITS;
  private static final int FIRST_CAPACITY = 64;

  private final long[][] hashes = new long[SHARDS][];
  private final int[][] lines = new int[SHARDS][];
  private final int[] sizes = new int[SHARDS];

  SeenIds() {
    for (int s = 0; s < SHARDS; s++) {
      hashes[s] = new long[FIRST_CAPACITY];
      lines[s] = new int[FIRST_CAPACITY];
    }
  }

  /**
   * Records an id first seen on {@code line}; returns the line it was first seen on if seen before
   * (0 when that line is beyond the range kept), else -1.
   */
  long firstSeen(String id, long line) {
    return firstSeen(hash(id), line);
  }

  /** As {@link #firstSeen(String, long)}, for an id already hashed with {@link #hash(String)}. */
  long firstSeen(long idHash, long line) {
    long h = idHash;
    if (h == 0) {
      h = 1;
    }
    int shard = (int) (h >>> (64 - SHARD_BITS));
    long[] table = hashes[shard];
    int i = slot(h, table.length);
    while (table[i] != 0) {
      if (table[i] == h) {
        return lines[shard][i];
      }
      i = i + 1 == table.length ? 0 : i + 1;
    }
    table[i] = h;
    lines[shard][i] = line > Integer.MAX_VALUE ? 0 : (int) line;
    if (++sizes[shard] * 100L > table.length * 85L) {
      grow(shard);
    }
    return -1;
  }

  /** Lemire's multiply-shift range reduction of the low 32 bits: no division. */
  private static int slot(long h, int capacity) {
    return (int) (((h & 0xFFFFFFFFL) * capacity) >>> 32);
  }

  private void grow(int shard) {
    long[] oldHashes = hashes[shard];
    int[] oldLines = lines[shard];
    int capacity = oldHashes.length + (oldHashes.length >> 2) + 1;
    long[] newHashes = new long[capacity];
    int[] newLines = new int[capacity];
    for (int j = 0; j < oldHashes.length; j++) {
      long h = oldHashes[j];
      if (h != 0) {
        int i = slot(h, capacity);
        while (newHashes[i] != 0) {
          i = i + 1 == capacity ? 0 : i + 1;
        }
        newHashes[i] = h;
        newLines[i] = oldLines[j];
      }
    }
    hashes[shard] = newHashes;
    lines[shard] = newLines;
  }

  /** FNV-1a over the UTF-16 code units (no copy of the id), then a final avalanche (SplitMix64). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  /** The final avalanche of {@link #hash(String)}, for callers that ran FNV-1a themselves. */
  static long finish(long fnv) {
    long h = fnv;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
