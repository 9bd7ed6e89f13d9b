package org.divcalc.roster;

import java.nio.charset.StandardCharsets;

/**
 * The staff ids seen so far, for duplicate detection, kept as 64-bit hashes with the line each was
 * first seen on: 12 bytes a slot at most 75 % full, whatever the id's length, and no id text held
 * in memory. Two different ids collide with a probability of about n²/2⁶⁵ (under 10⁻⁵ for ten
 * million ids).
 */
final class SeenIds {
  private long[] hashes = new long[1 << 10];
  private int[] lines = new int[1 << 10];
  private int size;

  /**
   * Records an id first seen on {@code line}; returns the line it was first seen on if seen before
   * (0 when that line is beyond the range kept), else -1.
   */
  long firstSeen(String id, long line) {
    long h = hash(id);
    if (h == 0) {
      h = 1;
    }
    if (size >= hashes.length - (hashes.length >> 2)) {
      grow();
    }
    int mask = hashes.length - 1;
    int i = slot(h, mask);
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    lines[i] = line > Integer.MAX_VALUE ? 0 : (int) line;
    size++;
    return -1;
  }

  private static int slot(long h, int mask) {
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    hashes = new long[oldHashes.length * 2];
    lines = new int[oldLines.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      long h = oldHashes[j];
      if (h != 0) {
        int i = slot(h, mask);
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = oldLines[j];
      }
    }
  }

  /** FNV-1a over the UTF-8 bytes, then a final avalanche (from SplitMix64). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
