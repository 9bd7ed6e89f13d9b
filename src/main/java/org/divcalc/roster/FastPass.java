package org.divcalc.roster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.divcalc.domain.Nationality;
import org.divcalc.domain.PostValues;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.Reconciliation;
import org.divcalc.domain.RowProblem;
import org.divcalc.domain.StaffCounter;
import org.divcalc.domain.StaffMember;

/**
 * The roster read on every core: the file is cut into 512 KiB chunks that worker threads parse
 * straight from bytes, while one thread hashes the file and this one puts the rows back in file
 * order for the duplicate-id check and the problem log.
 *
 * <p>It gives exactly what the plain read ({@link RosterReader#read}) gives, because:
 *
 * <ul>
 *   <li>a worker starts a chunk at the first line break in it, guessing that the break is not
 *       inside a quoted field; the guess is checked against where the previous chunk's last record
 *       really ended, and a chunk that guessed wrong is parsed again from there;
 *   <li>a row with anything unusual (a problem, a line break or NUL in a field, bytes that do not
 *       decode, a blank id) is decoded into strings and examined by the plain reader's own code,
 *       {@link RowNormaliser#examine}, on this thread, with its true line number;
 *   <li>the plain path's own rules for quotes apply (Commons CSV, RFC 4180): a quote inside an
 *       unquoted field is text, spaces after a closing quote are dropped; anything the plain reader
 *       treats as a malformed quote, a record over 1 MiB or an encoding that is not
 *       ASCII-compatible makes this pass give up (null), and the plain read runs instead.
 * </ul>
 *
 * <p>Usable rows are not handed over one by one: each worker numbers the distinct combinations of
 * the values the analyses read (sex, grade, nationality, funding, appointment, post type, flag and
 * the columns asked for), and the counts per combination reach the {@link StaffCounter} at the end.
 *
 * <p>Staff ids: the first read assumes that none repeats, so it need not check each id against the
 * ones before it in file order; it keeps each id's 64-bit hash (8 bytes an id) and, at the end,
 * looks for any hash that occurs twice. If one does, the file is read a second time, in order,
 * remembering only the ids that repeat, so that each duplicate is reported with the line it was
 * first seen on, exactly as the plain read reports it.
 *
 * <p>Memory is bounded: a few chunks in flight, the per-worker dictionaries (capped; past the cap
 * the pass gives up), and the id hashes.
 */
final class FastPass {
  static final int CHUNK = 1 << 19;
  static final int MAX_RECORD = 1 << 20;
  private static final int MARGIN = 1 << 16;
  private static final int MAX_VALUES = 1 << 16;
  private static final int MAX_TUPLES = 1 << 18;
  private static final Set<String> ASCII_COMPATIBLE =
      Set.of(
          "UTF-8",
          "US-ASCII",
          "windows-1252",
          "ISO-8859-1",
          "ISO-8859-2",
          "ISO-8859-15",
          "windows-1250");

  private static final int F_QUOTED = 1;
  private static final int F_ESCAPED = 2;
  private static final int F_HIGH = 4;
  private static final int F_NUL = 8;

  /** The values a worker's dictionary gives for a spelling that needs the plain examination. */
  private static final Object SLOW = new Object();

  /** The geographical flag left blank. */
  private static final Object NO_FLAG = new Object();

  private final Path file;
  private final RosterReader.Start start;
  private final RowNormaliser.Factory normalisers;
  private final int problemLimit;
  private final Charset charset;
  private final boolean utf8;
  private final byte delimiter;
  private final int width;
  private final int idColumn;

  /** The columns of the tuple: sex, grade, nationality, funding, appointment, post type, flag. */
  private final int[] tupleColumns;

  private final List<String> extraHeaders;
  private final int chunk;
  private final byte[] unquotedClass = new byte[256];
  private final byte[] quotedClass = new byte[256];

  private FastPass(
      Path file,
      RosterReader.Start start,
      RowNormaliser.Factory normalisers,
      int problemLimit,
      List<String> extraHeaders,
      int[] extraColumns,
      int chunk) {
    this.file = file;
    this.chunk = chunk;
    this.start = start;
    this.normalisers = normalisers;
    this.problemLimit = problemLimit;
    this.charset = start.encoding().charset();
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.delimiter = (byte) start.delimiter().delimiter();
    HeaderMapping mapping = start.mapping();
    this.width = mapping.headers().size();
    this.idColumn = index(mapping, Field.ID);
    this.extraHeaders = extraHeaders;
    int[] columns = new int[7 + extraColumns.length];
    columns[0] = index(mapping, Field.SEX);
    columns[1] = index(mapping, Field.GRADE);
    columns[2] = index(mapping, Field.NATIONALITY);
    columns[3] = index(mapping, Field.FUNDING);
    columns[4] = index(mapping, Field.APPOINTMENT);
    columns[5] = index(mapping, Field.POST_TYPE);
    columns[6] = index(mapping, Field.GEOGRAPHICAL);
    System.arraycopy(extraColumns, 0, columns, 7, extraColumns.length);
    this.tupleColumns = columns;
    // classes: 0 text, 1 delimiter, 2 CR, 3 LF, 4 quote, 5 NUL, 6 not ASCII
    for (int b = 0x80; b < 0x100; b++) {
      unquotedClass[b] = 6;
      quotedClass[b] = 6;
    }
    unquotedClass[0] = 5;
    quotedClass[0] = 5;
    unquotedClass['\r'] = 2;
    quotedClass['\r'] = 2;
    unquotedClass['\n'] = 3;
    quotedClass['\n'] = 3;
    quotedClass['"'] = 4;
    unquotedClass[delimiter & 0xff] = 1;
  }

  private static int index(HeaderMapping mapping, Field field) {
    return mapping.column(field).map(ColumnMapping::index).orElse(-1);
  }

  /**
   * A fast pass over {@code file}, or empty when its encoding or delimiter rules one out.
   *
   * @param columns header names of the other columns the analyses read
   */
  static Optional<FastPass> of(
      Path file,
      RosterReader.Start start,
      RowNormaliser.Factory normalisers,
      int problemLimit,
      Collection<String> columns,
      int chunk) {
    char delimiter = start.delimiter().delimiter();
    if (!ASCII_COMPATIBLE.contains(start.encoding().charset().name())
        || delimiter >= 0x80
        || delimiter == '"'
        || delimiter == '\r'
        || delimiter == '\n'
        || delimiter == 0) {
      return Optional.empty();
    }
    List<String> headers = List.copyOf(new java.util.LinkedHashSet<>(columns));
    int[] extra = new int[headers.size()];
    for (int i = 0; i < extra.length; i++) {
      extra[i] = start.mapping().indexOf(headers.get(i));
      if (extra[i] < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new FastPass(file, start, normalisers, problemLimit, headers, extra, chunk));
  }

  /** Signals that this pass cannot read the file exactly as the plain read would. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /**
   * Reads the file; returns the reading, or null (having handed nothing to {@code sink}) when the
   * plain read must be used instead.
   */
  RosterReading run(StaffCounter sink) {
    boolean replaying = false;
    // more threads than this only add per-thread tables for little gain on one file
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    // A pool thread can die outside any task (out of memory while it waits for one): its task,
    // if it had one, never completes. The reading thread is then woken instead of waiting for it
    // forever.
    Thread reading = Thread.currentThread();
    AtomicReference<Throwable> died = new AtomicReference<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads + 1,
            r -> {
              Thread t = new Thread(r, "divcalc-reader");
              t.setDaemon(true);
              // a task's failure reaches the reading thread through its Future; nothing is printed
              t.setUncaughtExceptionHandler(new Waker(died, reading));
              return t;
            });
    List<Sequencer> sequencers = new ArrayList<>(2);
    // What a thread needs when it fails is set up now, while memory is free: the first failed
    // task's hand-over (a lazily linked update inside FutureTask) and the handler's own update.
    // Both could otherwise run out of memory themselves and leave a task never completed.
    new Waker(new AtomicReference<>(), new Thread(() -> {})).uncaughtException(null, GIVE_UP);
    try {
      pool.submit(
              () -> {
                throw GIVE_UP;
              })
          .get();
    } catch (ExecutionException | InterruptedException expected) {
      if (expected instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        return null;
      }
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      Future<String> digest = pool.submit(() -> sha256(channel, size));
      // First assume no staff id repeats, which spares checking each id in file order; if one
      // does, read again checking them in order.
      Sequencer sequencer = new Sequencer(channel, size, threads, false);
      sequencers.add(sequencer);
      if (!sequencer.header() || !sequencer.rows(pool)) {
        return null;
      }
      RepeatedIds repeated = IdLog.repeated(sequencer.workers, pool, threads);
      if (sequencer.misguessed || repeated.size() > 0) {
        // let the first attempt's id hashes and tables go before the second builds its own
        sequencers.remove(sequencer);
        sequencer = new Sequencer(channel, size, threads, true);
        sequencer.repeated = repeated;
        sequencers.add(sequencer);
        if (!sequencer.header() || !sequencer.rows(pool)) {
          return null;
        }
      }
      // the counts reach the sink while the digest may still be computed
      replaying = true;
      sequencer.replay(sink);
      String sha = digest(digest, channel, size, died);
      return new RosterReading(
          file.toString(),
          size,
          sha,
          start.encoding(),
          start.delimiter().delimiter(),
          start.delimiter().reason(),
          start.mapping(),
          new Reconciliation(sequencer.rowsRead, sequencer.rowsCounted, sequencer.excluded),
          sequencer.log.kept(),
          sequencer.log.counts(),
          sequencer.log.total(),
          start.notes());
    } catch (IOException | GiveUp e) {
      return null;
    } catch (ExecutionException e) {
      org.divcalc.domain.OutOfMemory.note(e);
      if (e.getCause() instanceof OutOfMemoryError && !replaying) {
        return null; // as below: the plain reader needs less
      }
      RuntimeException failure = unlessGivenUp(e);
      if (failure == GIVE_UP) {
        return null;
      }
      throw failure;
    } catch (InterruptedException e) {
      if (died.get() == null) {
        Thread.currentThread().interrupt();
        if (replaying) {
          throw new IllegalStateException("interrupted while counting", e);
        }
        return null;
      }
      // a reading thread died (memory ran short): before any row reached the sink, the plain
      // reader, which needs less, reads the file; after, it is too late
      if (replaying) {
        throw new OutOfMemoryError("a reading thread died: " + died.get());
      }
      return null;
    } catch (OutOfMemoryError e) {
      org.divcalc.domain.OutOfMemory.note(e);
      // Before the sink has seen a row, all this pass holds is local: let it go, and let the
      // plain reader, which needs less, read the file. Once rows are handed over, it is too late.
      if (replaying) {
        throw e;
      }
      return null;
    } finally {
      pool.shutdownNow();
      if (died.get() != null) {
        Thread.interrupted(); // the wake-up is not for whatever runs next
      }
    }
  }

  /** Records the first death of a pool thread and wakes the reading thread; prints nothing. */
  private static final class Waker implements Thread.UncaughtExceptionHandler {
    private final AtomicReference<Throwable> died;
    private final Thread reading;

    Waker(AtomicReference<Throwable> died, Thread reading) {
      this.died = died;
      this.reading = reading;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
      org.divcalc.domain.OutOfMemory.note(e);
      if (died.compareAndSet(null, e)) {
        reading.interrupt();
      }
    }
  }

  /**
   * The roster's SHA-256, once rows have reached the sink: the plain read can no longer take over,
   * so a failure to read the file is the reading's failure.
   */
  private String digest(
      Future<String> digest, FileChannel channel, long size, AtomicReference<Throwable> died) {
    boolean interruptedFromOutside = false;
    try {
      return digest.get();
    } catch (ExecutionException e) {
      org.divcalc.domain.OutOfMemory.note(e);
      if (e.getCause() instanceof IOException io) {
        throw RosterInputException.unreadable(file, io);
      }
      // the digest's thread failed (memory ran short): digest the file here
    } catch (InterruptedException e) {
      // woken because a pool thread died (perhaps the digest's), or interrupted from outside:
      // digest the file here, and keep an interruption that came from outside
      interruptedFromOutside = died.get() == null;
    }
    try {
      return sha256(channel, size);
    } catch (IOException io) {
      throw RosterInputException.unreadable(file, io);
    } finally {
      if (interruptedFromOutside) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A worker's failure: giving up or an I/O error end the fast pass (the plain read follows and
   * reports any I/O error itself); anything else is a bug and must not hide behind the plain read.
   */
  private static RuntimeException unlessGivenUp(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof GiveUp || cause instanceof IOException) {
      return GIVE_UP;
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }

  private static String sha256(FileChannel channel, long size) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    long position = 0;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n < 0) {
        break;
      }
      position += n;
      buffer.flip();
      md.update(buffer);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Every id hash read, kept in 256 parts by their top bits, for the one question asked at the end:
   * does any repeat? Each part is checked in a set small enough for the processor's cache.
   */
  private static final class IdLog {
    private static final int BLOCK = 1024;

    /** Each part in blocks of 1024 hashes: no copying as it grows, little unused room. */
    private final long[][][] parts = new long[256][][];

    private final int[] sizes = new int[256];

    void add(long idHash) {
      long h = idHash == 0 ? 1 : idHash;
      int p = (int) (h >>> 56);
      int n = sizes[p];
      long[][] blocks = parts[p];
      if (blocks == null) {
        // room for 64 blocks (16 million ids over the 256 parts) before the list of blocks grows:
        // the parts all fill at the same pace, and their first growth, met after the JIT had
        // compiled this method without it, sent the reading loop back to the interpreter
        blocks = parts[p] = new long[64][];
      } else if (n / BLOCK == blocks.length) {
        blocks = parts[p] = Arrays.copyOf(blocks, blocks.length * 2);
      }
      long[] block = blocks[n / BLOCK];
      if (block == null) {
        block = blocks[n / BLOCK] = new long[BLOCK];
      }
      block[n % BLOCK] = h;
      sizes[p] = n + 1;
    }

    /** The id hashes that occur more than once, within or across the workers' logs. */
    static RepeatedIds repeated(Worker[] workers, ExecutorService pool, int threads)
        throws InterruptedException, ExecutionException {
      LongList[] repeats = new LongList[256];
      // past this many repeats, remembering them costs more than the plain reader's set of every
      // id: give way to it
      java.util.concurrent.atomic.AtomicLong budget =
          new java.util.concurrent.atomic.AtomicLong(Runtime.getRuntime().maxMemory() / 128);
      List<Future<?>> checks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = t * 256 / threads;
        int to = (t + 1) * 256 / threads;
        checks.add(pool.submit(() -> repeated(workers, from, to, repeats, budget)));
      }
      for (Future<?> f : checks) {
        f.get();
      }
      // the logs are read: let them go before the table of repeats is built
      for (Worker w : workers) {
        w.ids = null;
      }
      return new RepeatedIds(repeats);
    }

    /** Fills repeats[p], for the parts p in [from, to), with the hashes seen again there. */
    private static void repeated(
        Worker[] workers,
        int from,
        int to,
        LongList[] repeats,
        java.util.concurrent.atomic.AtomicLong budget) {
      long[] set = new long[0];
      for (int p = from; p < to; p++) {
        LongList repeated = repeats[p] = new LongList();
        int n = 0;
        for (Worker w : workers) {
          n += w.ids.sizes[p];
        }
        // at most two thirds full: the table is cleared for every part, so its size is its cost
        int capacity = Integer.highestOneBit(Math.max(2, n + n / 2) - 1) << 1;
        if (set.length < capacity) {
          set = new long[capacity];
        } else {
          Arrays.fill(set, 0, capacity, 0);
        }
        int mask = capacity - 1;
        for (Worker w : workers) {
          long[][] blocks = w.ids.parts[p];
          for (int i = 0; i < w.ids.sizes[p]; i++) {
            long h = blocks[i / BLOCK][i % BLOCK];
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (set[slot] != 0 && set[slot] != h) {
              slot = (slot + 1) & mask;
            }
            if (set[slot] == h) {
              if (budget.decrementAndGet() < 0) {
                throw GIVE_UP;
              }
              repeated.add(h); // once per further occurrence; RepeatedIds keeps it once
            }
            set[slot] = h;
          }
        }
      }
    }
  }

  /**
   * The values of a tuple's non-canonical columns, by header name (a class, not a lambda: one is
   * made for each distinct tuple, and a class's {@code new} is the quicker while the JIT warms up).
   */
  private static final class ExtraColumns implements Function<String, String> {
    private final HeaderMapping mapping;
    private final int[] tupleColumns;
    private final List<String> extras;

    ExtraColumns(HeaderMapping mapping, int[] tupleColumns, List<String> extras) {
      this.mapping = mapping;
      this.tupleColumns = tupleColumns;
      this.extras = extras;
    }

    @Override
    public String apply(String header) {
      int column = mapping.indexOf(header);
      if (column < 0) {
        return null;
      }
      for (int j = 0; j < extras.size(); j++) {
        if (tupleColumns[7 + j] == column) {
          return extras.get(j);
        }
      }
      throw new IllegalStateException(
          "column '" + header + "' was read without being declared to the reader");
    }
  }

  /** A growable list of longs. */
  private static final class LongList {
    long[] values = new long[16];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long get(int i) {
      return values[i];
    }

    void set(int i, long v) {
      values[i] = v;
    }

    int size() {
      return size;
    }
  }

  /**
   * The id hashes that occur more than once, each with the line it was first seen on in file order:
   * open-addressing tables of 12 bytes a slot, one per part of the id log (by the hash's top byte),
   * so that no table is large and even a roster in which every id repeats needs about what the
   * plain reader's set of all ids needs.
   */
  private static final class RepeatedIds {
    private final long[][] hashes = new long[256][];
    private final int[][] firstLines = new int[256][];
    private final int size;

    RepeatedIds(LongList[] repeats) {
      int n = 0;
      for (int p = 0; p < 256; p++) {
        LongList part = repeats[p];
        int capacity = Integer.highestOneBit(Math.max(2, part.size) * 4 / 3 + 1) << 1;
        long[] table = hashes[p] = new long[capacity];
        int[] lines = firstLines[p] = new int[capacity];
        for (int i = 0; i < part.size; i++) {
          long h = part.values[i];
          int slot = slot(h, capacity);
          while (table[slot] != 0 && table[slot] != h) {
            slot = (slot + 1) & (capacity - 1);
          }
          if (table[slot] == 0) {
            table[slot] = h;
            lines[slot] = -1;
            n++;
          }
        }
        repeats[p] = null;
      }
      size = n;
    }

    int size() {
      return size;
    }

    private static int slot(long h, int capacity) {
      return (int) ((h ^ (h >>> 32)) * 0x9E3779B1L >>> 7) & (capacity - 1);
    }

    /**
     * For a (non-zero) id hash read on {@code line}: -1 the first time (and always for an id that
     * does not repeat), then the line it was first seen on (0 beyond the int range), as {@link
     * SeenIds#firstSeen} gives it.
     */
    long firstSeen(long h, long line) {
      int p = (int) (h >>> 56);
      long[] table = hashes[p];
      int slot = slot(h, table.length);
      while (table[slot] != 0) {
        if (table[slot] == h) {
          int first = firstLines[p][slot];
          if (first == -1) {
            firstLines[p][slot] = line > Integer.MAX_VALUE ? 0 : (int) line;
            return -1;
          }
          return first;
        }
        slot = (slot + 1) & (table.length - 1);
      }
      return -1;
    }
  }

  /** Counted rows examined the plain way with the same values: one of them, and how many. */
  private static final class SlowCount {
    final StaffMember staff;
    long count;

    SlowCount(StaffMember staff) {
      this.staff = staff;
    }
  }

  /** A row left for the plain examination: its fields decoded, its line breaks. */
  private record SlowRow(String[] values, int breaks, boolean terminated) {}

  /** What a worker made of the records that start in one chunk. */
  private static final class ChunkResult {
    Worker worker;
    long firstStart;
    long end;
    long breaks;
    int rows;
    long[] hashes = new long[1024];
    boolean[] hasId = new boolean[1024];
    int[] tuples = new int[1024];
    int[] lines = new int[1024];
    final List<SlowRow> slow = new ArrayList<>();

    /** Set in order: the line of the chunk's first record, and each row's duplicate check. */
    long firstLine;

    /** Rows counted by the worker itself (speculative mode), not listed. */
    int fastRows;

    void add(boolean checked, long hash, int tuple, int line) {
      if (rows == tuples.length) {
        hashes = Arrays.copyOf(hashes, rows * 2);
        hasId = Arrays.copyOf(hasId, rows * 2);
        tuples = Arrays.copyOf(tuples, rows * 2);
        lines = Arrays.copyOf(lines, rows * 2);
      }
      hashes[rows] = hash;
      hasId[rows] = checked;
      tuples[rows] = tuple;
      lines[rows] = line;
      rows++;
    }
  }

  /**
   * The workers free to parse a chunk. There is one per core, so a task may wait for one; giving
   * one back allocates nothing, so that running out of memory cannot lose a worker and leave the
   * tasks that wait for it (and the thread that waits for them) waiting for ever.
   */
  private static final class Idle {
    private final Worker[] workers;
    private final java.util.concurrent.atomic.AtomicIntegerArray busy;
    private final java.util.concurrent.Semaphore free;

    Idle(Worker[] workers) {
      this.workers = workers;
      this.busy = new java.util.concurrent.atomic.AtomicIntegerArray(workers.length);
      this.free = new java.util.concurrent.Semaphore(workers.length);
    }

    Worker take() throws InterruptedException {
      free.acquire();
      // a permit means that a worker is free: the search ends
      for (int i = 0; ; i = (i + 1) % workers.length) {
        if (busy.compareAndSet(i, 0, 1)) {
          return workers[i];
        }
      }
    }

    void give(Worker w) {
      for (int i = 0; i < workers.length; i++) {
        if (workers[i] == w) {
          busy.set(i, 0);
          free.release();
          return;
        }
      }
    }
  }

  /** Puts the chunks back in order and does what needs the rows before: ids and the log. */
  private final class Sequencer {
    final FileChannel channel;
    final long size;
    final int threads;
    final ProblemLog log = new ProblemLog(problemLimit);
    final RowNormaliser normaliser;

    /** In order: the id hashes that occur more than once, with the line each was first seen on. */
    RepeatedIds repeated;

    final Map<ProblemKind, Long> excluded = new EnumMap<>(ProblemKind.class);
    final Worker[] workers;
    final long[][] counts;
    final Worker own;

    /** Counted rows that were examined the plain way, by their values (memory stays bounded). */
    final Map<List<Object>, SlowCount> slowCounted = new java.util.HashMap<>();

    long rowsRead;
    long rowsCounted;
    long dataStart;
    long lineBase;

    /**
     * In order: each id checked against those before it, with the line it was first seen on. Not in
     * order: the ids only collected, on the assumption that none repeats, checked at the end.
     */
    final boolean inOrder;

    /** Set when a speculative read met a chunk that started mid-record. */
    boolean misguessed;

    Sequencer(FileChannel channel, long size, int threads, boolean inOrder) {
      this.inOrder = inOrder;
      this.channel = channel;
      this.size = size;
      this.threads = threads;
      this.normaliser = normalisers.create(start.mapping(), log);
      // one per core (a pool thread that takes a chunk while they are all busy waits for one) and
      // one for this thread: each worker has its own tables, which the hand-over merges
      this.workers = new Worker[threads + 1];
      this.counts = new long[workers.length][];
      for (int i = 0; i < workers.length; i++) {
        workers[i] = new Worker(i, channel, size, inOrder);
        counts[i] = new long[64];
      }
      this.own = workers[workers.length - 1];
    }

    /** Finds where the rows start; false when the header reads differently from the plain read. */
    boolean header() throws IOException {
      Worker w = own;
      long position = start.encoding().bomLength();
      long breaks = 0;
      w.load(position);
      while (position < size) {
        int next = w.parseAt(position);
        breaks += w.breaks + (w.terminated ? 1 : 0);
        if (!(w.fields == 1 && w.fieldEnds[0] == w.fieldStarts[0])) {
          List<String> header = new ArrayList<>(w.fields);
          for (int i = 0; i < w.fields; i++) {
            header.add(w.decode(i).strip());
          }
          if (!header.equals(start.header())) {
            return false;
          }
          dataStart = w.bufferStart + next;
          if (w.terminated && breaks != start.headerLine()) {
            return false;
          }
          lineBase = breaks;
          return true;
        }
        position = w.bufferStart + next;
      }
      return false;
    }

    boolean rows(ExecutorService pool) throws IOException, InterruptedException {
      long dataLength = size - dataStart;
      int chunks = (int) ((dataLength + chunk - 1) / chunk);
      // a chunk takes an idle worker (its buffer and tables) and gives it back when parsed
      Idle idle = new Idle(Arrays.stream(workers).filter(w -> w != own).toArray(Worker[]::new));
      ArrayDeque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
      // chunks parsed but not yet sequenced: enough to keep every core busy, few enough that
      // rows held for the plain examination (decoded, a few hundred bytes each) stay bounded
      int window = threads + 2;
      int submitted = 0;
      long expected = dataStart;
      for (int k = 0; k < chunks; k++) {
        while (submitted < chunks && submitted < k + window) {
          long from = dataStart + (long) submitted * chunk;
          long to = Math.min(size, from + chunk);
          boolean first = submitted == 0;
          inFlight.add(
              pool.submit(
                  () -> {
                    Worker w = idle.take();
                    try {
                      return w.chunk(from, to, !first);
                    } finally {
                      idle.give(w);
                    }
                  }));
          submitted++;
        }
        ChunkResult r;
        try {
          r = inFlight.poll().get();
        } catch (ExecutionException e) {
          throw unlessGivenUp(e);
        }
        if (r.firstStart != expected) {
          // Speculative: the wrongly guessed chunk's rows are already counted, so the file
          // will be read again in order; reading on logs every real id for that second read.
          misguessed |= !inOrder;
          long to = Math.min(size, dataStart + (long) (k + 1) * chunk);
          r = own.chunkFrom(expected, to);
        }
        expected = r.end;
        r.firstLine = lineBase + 1;
        lineBase += r.breaks;
        sequence(r);
      }
      return true;
    }

    /**
     * The line an id was first seen on, as the plain reader's duplicate check gives it (0 for a
     * line beyond the int range), or -1 when this is its first occurrence. Only ids that occur more
     * than once are remembered.
     */
    private long firstSeen(long idHash, long line) {
      return repeated.firstSeen(idHash == 0 ? 1 : idHash, line);
    }

    private void sequence(ChunkResult r) {
      rowsRead += r.fastRows;
      rowsCounted += r.fastRows;
      long firstLine = r.firstLine;
      int w = r.worker.index;
      long[] tally = counts[w];
      for (int i = 0; i < r.rows; i++) {
        long line = firstLine + r.lines[i];
        rowsRead++;
        int t = r.tuples[i];
        if (t >= 0) {
          if (r.hasId[i]) {
            RowProblem duplicate =
                inOrder
                    ? RowNormaliser.duplicate(firstSeen(r.hashes[i], line), line, idColumn)
                    : null;
            if (duplicate != null) {
              log.add(duplicate);
              excluded.merge(ProblemKind.DUPLICATE_ID, 1L, Long::sum);
              continue;
            }
          }
          if (t >= tally.length) {
            tally = Arrays.copyOf(tally, Math.max(t + 1, tally.length * 2));
            counts[w] = tally;
          }
          tally[t]++;
          rowsCounted++;
        } else {
          SlowRow row = r.slow.get(-1 - t);
          // Commons CSV counts the end of the file as the end of a line, like a line break
          long end = line + row.breaks();
          RowNormaliser.Examined examined = normaliser.examine(row.values(), line, end);
          if ((examined.id() != null) != r.hasId[i]) {
            throw new IllegalStateException("line " + line + ": the id check was misjudged");
          }
          RowProblem duplicate =
              r.hasId[i] && inOrder
                  ? RowNormaliser.duplicate(firstSeen(r.hashes[i], line), line, idColumn)
                  : null;
          ProblemKind exclusion = RowNormaliser.log(examined, duplicate, log);
          if (exclusion == null) {
            countSlow(examined.staff());
            rowsCounted++;
          } else {
            excluded.merge(exclusion, 1L, Long::sum);
          }
        }
      }
    }

    private void countSlow(StaffMember staff) {
      List<Object> key = new ArrayList<>(7 + extraHeaders.size());
      key.add(staff.sex());
      key.add(staff.grade());
      key.add(staff.nationality());
      key.add(staff.funding());
      key.add(staff.appointment());
      key.add(staff.postType());
      key.add(staff.geographical());
      for (String header : extraHeaders) {
        key.add(staff.column(header));
      }
      SlowCount c = slowCounted.get(key);
      if (c == null) {
        if (slowCounted.size() >= MAX_TUPLES) {
          throw GIVE_UP;
        }
        c = new SlowCount(staff);
        slowCounted.put(key, c);
      }
      c.count++;
    }

    void replay(StaffCounter sink) {
      for (SlowCount c : slowCounted.values()) {
        sink.accept(c.staff, c.count);
      }
      // The same values counted on several workers, or spelled differently, reach the sink once,
      // with their total: each worker's value numbers are mapped to numbers shared by all, and the
      // tuples of shared numbers merged. The sink sees them in the order first met.
      int n = tupleColumns.length;
      List<Map<Object, Integer>> shared = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        shared.add(new HashMap<>());
      }
      TupleTable merged = new TupleTable(n);
      LongList totals = new LongList();
      LongList firstMet = new LongList();
      int[] key = new int[n];
      for (Worker w : workers) {
        long[] tally = inOrder ? counts[w.index] : w.counts;
        int[][] numbers = new int[n][];
        for (int j = 0; j < n; j++) {
          Map<Object, Integer> values = shared.get(j);
          ValueDictionary d = w.dictionaries[j];
          numbers[j] = new int[d.size];
          for (int v = 0; v < d.size; v++) {
            Integer number = values.get(d.values[v]);
            if (number == null) {
              number = values.size();
              values.put(d.values[v], number);
            }
            numbers[j][v] = number;
          }
        }
        for (int t = 0; t < Math.min(tally.length, w.tuples.size()); t++) {
          if (tally[t] == 0) {
            continue;
          }
          for (int j = 0; j < n; j++) {
            key[j] = tupleColumns[j] < 0 ? 0 : numbers[j][w.tuples.at(t, j)];
          }
          int m = merged.intern(key);
          if (m == totals.size()) {
            totals.add(0);
            firstMet.add(((long) w.index << 32) | t);
          }
          totals.set(m, totals.get(m) + tally[t]);
        }
      }
      for (int m = 0; m < totals.size(); m++) {
        long first = firstMet.get(m);
        sink.accept(workers[(int) (first >>> 32)].staff((int) first), totals.get(m));
      }
    }
  }

  /** Parses chunks on one thread, with its own buffer and dictionaries. */
  private final class Worker {
    final int index;
    final FileChannel channel;
    final long size;
    byte[] buffer = new byte[chunk + MARGIN];
    long bufferStart;
    int bufferLength;

    int fields;
    int[] fieldStarts = new int[64];
    int[] fieldEnds = new int[64];
    int[] fieldFlags = new int[64];

    /** The id hash of the record {@link #fastRow} passed. */
    long idHash;

    /** The flags of every field of the record just parsed, together. */
    int recordFlags;

    int breaks;
    boolean terminated;

    final ValueDictionary[] dictionaries;
    final int[] key;
    final TupleTable tuples;
    byte[] rowKey = new byte[256];

    /** The first and last tuple columns when they are side by side in the file, else -1. */
    final int contiguousFirst;

    final int contiguousLast;

    final RowTuples rowTuples = new RowTuples();

    /** Rows waiting for their tuple's lookup (speculative mode): where each starts, and so on. */
    static final int BATCH = 16;

    final int[] waitingStart = new int[BATCH];
    final int[] waitingFrom = new int[BATCH];
    final int[] waitingTo = new int[BATCH];
    final int[] waitingHash = new int[BATCH];
    final long[] waitingId = new long[BATCH];
    final int[] waitingLine = new int[BATCH];
    final long[] waitingSlot = new long[BATCH];
    int pending;

    /** The chunk being read, for a flush when the buffer moves. */
    ChunkResult current;

    /** What the reads ahead of the lookups add up to (kept so that the reads are made). */
    long prefetched;

    /** In the speculative mode: rows counted per tuple, and the ids read, by this worker. */
    long[] counts = new long[64];

    /** The id hashes read (speculative mode); let go once checked for repeats. */
    IdLog ids = new IdLog();

    final boolean inOrder;

    Worker(int index, FileChannel channel, long size, boolean inOrder) {
      this.inOrder = inOrder;
      this.index = index;
      this.channel = channel;
      this.size = size;
      this.dictionaries = new ValueDictionary[tupleColumns.length];
      for (int i = 0; i < dictionaries.length; i++) {
        dictionaries[i] = new ValueDictionary();
      }
      this.key = new int[tupleColumns.length];
      int[] used = Arrays.stream(tupleColumns).filter(c -> c >= 0).toArray();
      int[] present = Arrays.stream(used).sorted().distinct().toArray();
      boolean side = present.length > 0 && present.length == used.length;
      for (int i = 1; side && i < present.length; i++) {
        side = present[i] == present[i - 1] + 1;
      }
      this.contiguousFirst = side ? present[0] : -1;
      this.contiguousLast = side ? present[present.length - 1] : -1;
      this.tuples = new TupleTable(key.length);
    }

    /** Fills the buffer from file position {@code position}. */
    void load(long position) throws IOException {
      bufferStart = position;
      bufferLength = 0;
      fill();
    }

    private void fill() throws IOException {
      ByteBuffer target = ByteBuffer.wrap(buffer, bufferLength, buffer.length - bufferLength);
      long at = bufferStart + bufferLength;
      while (target.hasRemaining() && at < size) {
        int n = channel.read(target, at);
        if (n < 0) {
          throw new IOException("the file got shorter while it was read");
        }
        at += n;
      }
      bufferLength = target.position();
    }

    private boolean atEof() {
      return bufferStart + bufferLength >= size;
    }

    /**
     * Parses the record at file position {@code position} (moving or growing the buffer as needed);
     * returns the buffer index after it.
     */
    int parseAt(long position) throws IOException {
      while (true) {
        int from = (int) (position - bufferStart);
        int next = parse(from);
        if (next >= 0) {
          if (next - from > MAX_RECORD) {
            throw GIVE_UP;
          }
          return next;
        }
        if (bufferLength - from > MAX_RECORD) {
          throw GIVE_UP;
        }
        // the rows waiting for their lookup point into the buffer: count them before it moves
        flush(current);
        if (from > 0) {
          System.arraycopy(buffer, from, buffer, 0, bufferLength - from);
          bufferStart = position;
          bufferLength -= from;
        } else {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        fill();
      }
    }

    /** The records starting in [from, to), the first found after a line break (a guess). */
    ChunkResult chunk(long from, long to, boolean guess) throws IOException {
      if (!guess) {
        return chunkFrom(from, to);
      }
      try {
        return guessed(from, to);
      } catch (GiveUp e) {
        // parsed from a wrong start, text can look malformed: the sequencer reparses from the
        // real start, and gives up then if it really is
        ChunkResult none = new ChunkResult();
        none.worker = this;
        none.firstStart = -1;
        return none;
      }
    }

    private ChunkResult guessed(long from, long to) throws IOException {
      load(from - 1);
      int i = 1;
      byte before = buffer[0];
      if (!(before == '\n' || (before == '\r' && (bufferLength < 2 || buffer[1] != '\n')))) {
        while (true) {
          if (i >= bufferLength) {
            if (atEof() || bufferStart + i >= to + MAX_RECORD) {
              ChunkResult none = new ChunkResult();
              none.worker = this;
              none.firstStart = -1;
              return none;
            }
            long keep = bufferStart + i;
            load(keep);
            i = 0;
            continue;
          }
          byte c = buffer[i];
          if (c == '\n') {
            i++;
            break;
          }
          if (c == '\r') {
            if (i + 1 >= bufferLength && !atEof()) {
              long keep = bufferStart + i;
              load(keep);
              i = 0;
              continue;
            }
            i++;
            if (i < bufferLength && buffer[i] == '\n') {
              i++;
            }
            break;
          }
          i++;
        }
      }
      return records(bufferStart + i, to);
    }

    /** The records starting in [from, to), the first at {@code from}. */
    ChunkResult chunkFrom(long from, long to) throws IOException {
      load(from);
      return records(from, to);
    }

    private ChunkResult records(long from, long to) throws IOException {
      ChunkResult r = new ChunkResult();
      r.worker = this;
      r.firstStart = from;
      long position = from;
      long lines = 0;
      pending = 0; // rows left waiting by a chunk that gave up belong to no chunk
      current = r;
      while (position < to) {
        int next = parseAt(position);
        long advance = breaks + (terminated ? 1 : 0);
        row(r, (int) lines, (int) (position - bufferStart));
        lines += advance;
        position = bufferStart + next;
      }
      flush(r);
      current = null;
      r.end = Math.max(position, from);
      r.breaks = lines;
      return r;
    }

    /**
     * Classifies the record just parsed, which starts at buffer index {@code start}. In the
     * speculative mode, a row whose tuple columns can be looked up by their raw bytes waits, with
     * up to {@link #BATCH} - 1 others, for {@link #flush}; anything else is classified at once,
     * after the waiting rows (so that the rows for the plain examination keep their order).
     */
    private void row(ChunkResult r, int line, int start) {
      current = r;
      if (!inOrder
          && contiguousFirst >= 0
          && fields == width
          && breaks == 0
          && !(fields == 1 && fieldEnds[0] == fieldStarts[0])
          && (recordFlags & (F_ESCAPED | F_NUL | F_HIGH)) == 0
          && fastRow()) {
        int first = contiguousFirst;
        int last = contiguousLast;
        int s = fieldStarts[first] - ((fieldFlags[first] & F_QUOTED) != 0 ? 1 : 0);
        int e = fieldEnds[last] + ((fieldFlags[last] & F_QUOTED) != 0 ? 1 : 0);
        int k = pending++;
        waitingStart[k] = start;
        waitingFrom[k] = s;
        waitingTo[k] = e;
        waitingHash[k] = hashBytes(buffer, s, e);
        waitingId[k] = idHash;
        waitingLine[k] = line;
        if (pending == BATCH) {
          flush(r);
        }
        return;
      }
      if (pending > 0) {
        flush(r);
        parse(start); // the waiting rows were parsed again: this one's fields, once more
      }
      classify(r, line);
    }

    /**
     * Counts the waiting rows. Their table slots are read first, all together, and then the keys
     * those slots point to, so that the processor waits for the memory of many rows at once rather
     * than row by row; then each row is looked up (from the cache, now). A row whose bytes are not
     * in the table is parsed again and classified as any other row.
     */
    private void flush(ChunkResult r) {
      int n = pending;
      if (n == 0) {
        return;
      }
      pending = 0;
      long[] slots = rowTuples.slots;
      byte[] arena = rowTuples.arena;
      int mask = slots.length - 1;
      long touched = 0;
      for (int k = 0; k < n; k++) {
        long slot = slots[RowTuples.mix(waitingHash[k]) & mask];
        waitingSlot[k] = slot;
        touched += slot;
      }
      for (int k = 0; k < n; k++) {
        long slot = waitingSlot[k];
        if (slot != 0 && (int) (slot >>> 32) == waitingHash[k]) {
          touched += arena[(int) slot - 1];
        }
      }
      prefetched += touched;
      for (int k = 0; k < n; k++) {
        int t = rowTuples.find(buffer, waitingFrom[k], waitingTo[k], waitingHash[k]);
        if (t >= 0) {
          count(r, t, waitingId[k]);
        } else {
          parse(waitingStart[k]);
          classify(r, waitingLine[k]);
        }
      }
    }

    /** Counts a row of tuple {@code t} in the speculative mode, keeping its id for the check. */
    private void count(ChunkResult r, int t, long id) {
      if (t >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(t + 1, counts.length * 2));
      }
      counts[t]++;
      if (idColumn >= 0) {
        ids.add(id);
      }
      r.fastRows++;
    }

    /** Classifies the record just parsed: a counted tuple, or a row for the plain examination. */
    private void classify(ChunkResult r, int line) {
      long hash = 0;
      if (fields == width && breaks == 0 && !(fields == 1 && fieldEnds[0] == fieldStarts[0])) {
        if (fastRow()) {
          hash = idHash;
          int t = tuple();
          if (t >= 0) {
            if (inOrder) {
              r.add(idColumn >= 0, hash, t, line);
            } else {
              // no id can repeat: count the row here, and keep its id for the check at the end
              count(r, t, hash);
            }
            return;
          }
        }
      }
      String[] values = new String[fields];
      for (int i = 0; i < fields; i++) {
        values[i] = decode(i);
      }
      r.slow.add(new SlowRow(values, breaks, terminated));
      String id = checkedId(values);
      long idHash = id == null ? 0 : SeenIds.hash(id);
      if (id != null && !inOrder) {
        ids.add(idHash);
      }
      r.add(id != null, idHash, -r.slow.size(), line);
    }

    /**
     * The stripped id {@link RowNormaliser#examine} checks for duplicates in a row, or null when it
     * checks none (no id column, a blank line, a wrong field count, a NUL, a blank id).
     */
    private String checkedId(String[] values) {
      // a row ending with a delimiter after the last column is examined as its first fields
      boolean trailing = RowNormaliser.endsWithDelimiter(values, width);
      if (idColumn < 0
          || (values.length != width && !trailing)
          || (width == 1 && values[0].isEmpty())) {
        return null;
      }
      for (String v : values) {
        if (v.indexOf('\0') >= 0) {
          return null;
        }
      }
      String id = values[idColumn].strip();
      return id.isEmpty() ? null : id;
    }

    /**
     * Whether the record needs no plain examination for its bytes (no NUL, nothing that decodes to
     * U+FFFD, no blank id); if so, its id's hash is left in {@link #idHash}.
     */
    private boolean fastRow() {
      for (int i = 0; (recordFlags & (F_NUL | F_HIGH)) != 0 && i < fields; i++) {
        int f = fieldFlags[i];
        if ((f & F_NUL) != 0) {
          return false;
        }
        // ASCII-compatible encodings only: a field's bytes decode on their own
        if ((f & F_HIGH) != 0 && decode(i).indexOf('\uFFFD') >= 0) {
          return false;
        }
      }
      idHash = 0;
      if (idColumn < 0) {
        return true;
      }
      int s = fieldStarts[idColumn];
      int e = fieldEnds[idColumn];
      int f = fieldFlags[idColumn];
      if ((f & (F_HIGH | F_ESCAPED)) != 0) {
        String id = decode(idColumn).strip();
        idHash = SeenIds.hash(id);
        return !id.isEmpty();
      }
      while (s < e && isSpace(buffer[s])) {
        s++;
      }
      while (e > s && isSpace(buffer[e - 1])) {
        e--;
      }
      if (s == e) {
        return false;
      }
      long h = 0xcbf29ce484222325L;
      for (int i = s; i < e; i++) {
        h ^= buffer[i];
        h *= 0x100000001b3L;
      }
      idHash = SeenIds.finish(h);
      return true;
    }

    /**
     * The record's tuple number, or -1 when a value needs the plain examination: first by the raw
     * bytes of its tuple columns together (one lookup for the usual row), else column by column.
     */
    private int tuple() {
      if (contiguousFirst >= 0) {
        // the tuple columns are side by side: their raw text, quotes included, is the key
        int first = contiguousFirst;
        int last = contiguousLast;
        for (int c = first; c <= last; c++) {
          if ((fieldFlags[c] & F_ESCAPED) != 0) {
            return -1;
          }
        }
        int s = fieldStarts[first] - ((fieldFlags[first] & F_QUOTED) != 0 ? 1 : 0);
        int e = fieldEnds[last] + ((fieldFlags[last] & F_QUOTED) != 0 ? 1 : 0);
        int h = hashBytes(buffer, s, e);
        int t = rowTuples.find(buffer, s, e, h);
        if (t >= 0) {
          return t;
        }
        t = tupleByColumns();
        if (t >= 0) {
          rowTuples.add(buffer, s, e, h, t);
        }
        return t;
      }
      byte[] k = rowKey;
      byte[] b = buffer;
      int n = 0;
      for (int c : tupleColumns) {
        if (c < 0) {
          continue;
        }
        if ((fieldFlags[c] & F_ESCAPED) != 0) {
          return -1;
        }
        int s = fieldStarts[c];
        int e = fieldEnds[c];
        if (n + (e - s) + 1 > k.length) {
          k = rowKey = Arrays.copyOf(k, Math.max(k.length * 2, n + (e - s) + 1));
        }
        System.arraycopy(b, s, k, n, e - s);
        n += e - s;
        k[n++] = 0;
      }
      int h = hashBytes(k, 0, n);
      int t = rowTuples.find(k, 0, n, h);
      if (t >= 0) {
        return t;
      }
      t = tupleByColumns();
      if (t >= 0) {
        rowTuples.add(k, 0, n, h, t);
      }
      return t;
    }

    private int tupleByColumns() {
      for (int j = 0; j < tupleColumns.length; j++) {
        int c = tupleColumns[j];
        if (c < 0) {
          key[j] = 0;
          continue;
        }
        if ((fieldFlags[c] & F_ESCAPED) != 0) {
          return -1;
        }
        ValueDictionary d = dictionaries[j];
        int s = fieldStarts[c];
        int e = fieldEnds[c];
        int v = d.find(buffer, s, e);
        if (v < 0) {
          if (d.size >= MAX_VALUES) {
            throw GIVE_UP;
          }
          v = d.add(buffer, s, e, value(j, new String(buffer, s, e - s, charset)));
        }
        if (d.values[v] == SLOW) {
          return -1;
        }
        key[j] = v;
      }
      if (tuples.size() >= MAX_TUPLES) {
        int known = tuples.find(key);
        if (known < 0) {
          throw GIVE_UP;
        }
        return known;
      }
      return tuples.intern(key);
    }

    /** What a spelling means in tuple column {@code j}, or SLOW for the plain examination. */
    private Object value(int j, String raw) {
      if (raw.indexOf('\uFFFD') >= 0) {
        return SLOW;
      }
      String v = raw.strip();
      Object o =
          switch (j) {
            case 0 -> SexNormaliser.normalise(v).orElse(null);
            case 1 -> v.isEmpty() ? null : normalisers.scale().lookup(v).orElse(null);
            case 2 -> normalisers.nationalities().resolve(v).orElse(null);
            case 3 -> PostValues.funding(Spaces.stripped(v));
            case 4 -> PostValues.appointment(Spaces.stripped(v));
            case 5 -> PostValues.postType(Spaces.stripped(v));
            case 6 -> raw.isBlank() ? NO_FLAG : FlagNormaliser.normalise(raw).orElse(null);
            default -> raw;
          };
      return o == null ? SLOW : o;
    }

    /** The staff member a tuple stands for. */
    Object[] values(int t) {
      int n = key.length;
      Object[] v = new Object[n];
      for (int j = 0; j < n; j++) {
        v[j] = tupleColumns[j] < 0 ? null : dictionaries[j].values[tuples.at(t, j)];
      }
      return v;
    }

    StaffMember staff(int t) {
      int n = key.length;
      Object[] v = values(t);
      List<String> extras = new ArrayList<>();
      for (int j = 7; j < n; j++) {
        extras.add((String) v[j]);
      }
      HeaderMapping mapping = start.mapping();
      return new StaffMember(
          0,
          (org.divcalc.domain.Sex) v[0],
          (org.divcalc.domain.Grade) v[1],
          (Nationality) v[2],
          v[3] == null ? "" : (String) v[3],
          v[4] == null ? "" : (String) v[4],
          v[5] == null ? "" : (String) v[5],
          v[6] == null || v[6] == NO_FLAG ? null : (Boolean) v[6],
          new ExtraColumns(mapping, tupleColumns, extras));
    }

    /** Field {@code i} of the record just parsed, decoded as the plain read decodes it. */
    String decode(int i) {
      int s = fieldStarts[i];
      String v = new String(buffer, s, fieldEnds[i] - s, charset);
      return (fieldFlags[i] & F_ESCAPED) != 0 ? v.replace("\"\"", "\"") : v;
    }

    private void field(int s, int e, int flags) {
      if (fields == fieldStarts.length) {
        fieldStarts = Arrays.copyOf(fieldStarts, fields * 2);
        fieldEnds = Arrays.copyOf(fieldEnds, fields * 2);
        fieldFlags = Arrays.copyOf(fieldFlags, fields * 2);
      }
      fieldStarts[fields] = s;
      fieldEnds[fields] = e;
      fieldFlags[fields] = flags;
      recordFlags |= flags;
      fields++;
    }

    /**
     * Parses one record from buffer index {@code p} by Commons CSV's RFC 4180 rules; returns the
     * index after it, or -1 when the buffer ends first.
     */
    private int parse(int p) {
      byte[] b = buffer;
      int n = bufferLength;
      boolean eof = atEof();
      byte[] uc = unquotedClass;
      byte[] qc = quotedClass;
      fields = 0;
      recordFlags = 0;
      breaks = 0;
      terminated = false;
      while (true) {
        int flags = 0;
        int s;
        int e;
        if (p < n && b[p] == '"') {
          p++;
          s = p;
          flags = F_QUOTED;
          while (true) {
            if (p >= n) {
              if (eof) {
                throw GIVE_UP;
              }
              return -1;
            }
            int c = qc[b[p] & 0xff];
            if (c == 0) {
              p++;
              continue;
            }
            if (c == 4) {
              if (p + 1 >= n) {
                if (!eof) {
                  return -1;
                }
                break;
              }
              if (b[p + 1] == '"') {
                flags |= F_ESCAPED;
                p += 2;
                continue;
              }
              break;
            }
            if (c == 2) {
              if (p + 1 >= n && !eof) {
                return -1;
              }
              breaks++;
              p++;
              if (p < n && b[p] == '\n') {
                p++;
              }
              continue;
            }
            if (c == 3) {
              breaks++;
              p++;
              continue;
            }
            flags |= c == 5 ? F_NUL : F_HIGH;
            p++;
          }
          e = p;
          p++;
          while (true) {
            if (p >= n) {
              if (!eof) {
                return -1;
              }
              break;
            }
            byte c = b[p];
            if (c == delimiter || c == '\r' || c == '\n') {
              break;
            }
            if (isSpace(c)) {
              p++;
              continue;
            }
            throw GIVE_UP;
          }
        } else {
          s = p;
          while (true) {
            if (p >= n) {
              if (!eof) {
                return -1;
              }
              break;
            }
            int c = uc[b[p] & 0xff];
            if (c == 0 || c == 4) {
              p++;
              continue;
            }
            if (c <= 3) {
              break;
            }
            flags |= c == 5 ? F_NUL : F_HIGH;
            p++;
          }
          e = p;
        }
        field(s, e, flags);
        if (p >= n) {
          return p;
        }
        byte c = b[p];
        if (c == delimiter) {
          p++;
          continue;
        }
        if (c == '\r') {
          if (p + 1 >= n && !eof) {
            return -1;
          }
          p++;
          if (p < n && b[p] == '\n') {
            p++;
          }
        } else {
          p++;
        }
        terminated = true;
        return p;
      }
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** A hash of bytes [s, e), eight at a time. */
  static int hashBytes(byte[] b, int s, int e) {
    long h = e - s;
    int i = s;
    for (; i + 8 <= e; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    for (; i < e; i++) {
      h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
    }
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  /** ASCII characters {@link Character#isWhitespace} accepts, apart from the line breaks. */
  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F);
  }

  /**
   * The tuple of each distinct run of raw tuple-column bytes seen, up to a bound past which rows go
   * column by column. Laid out for the processor's cache: one array of slots, each holding the
   * key's hash and where the key is in one byte arena, in which the key's length and tuple sit just
   * before its bytes; a lookup touches two places in memory.
   */
  private static final class RowTuples {
    private static final int LIMIT = 1 << 17;
    private static final int HEAD = 6;
    long[] slots = new long[2048];
    byte[] arena = new byte[1 << 16];
    int used;
    int size;

    int find(byte[] k, int from, int to, int h) {
      int mask = slots.length - 1;
      int i = mix(h) & mask;
      int n = to - from;
      byte[] a = arena;
      while (true) {
        long slot = slots[i];
        if (slot == 0) {
          return -1;
        }
        if ((int) (slot >>> 32) == h) {
          int at = (int) slot - 1;
          int length = ((a[at] & 0xff) << 8) | (a[at + 1] & 0xff);
          if (length == n && Arrays.equals(a, at + HEAD, at + HEAD + n, k, from, to)) {
            return ((a[at + 2] & 0xff) << 24)
                | ((a[at + 3] & 0xff) << 16)
                | ((a[at + 4] & 0xff) << 8)
                | (a[at + 5] & 0xff);
          }
        }
        i = (i + 1) & mask;
      }
    }

    void add(byte[] k, int from, int to, int h, int tuple) {
      int n = to - from;
      if (size >= LIMIT || n > 0xFFFF) {
        return;
      }
      if (used + HEAD + n > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + HEAD + n));
      }
      byte[] a = arena;
      int at = used;
      a[at] = (byte) (n >>> 8);
      a[at + 1] = (byte) n;
      a[at + 2] = (byte) (tuple >>> 24);
      a[at + 3] = (byte) (tuple >>> 16);
      a[at + 4] = (byte) (tuple >>> 8);
      a[at + 5] = (byte) tuple;
      System.arraycopy(k, from, a, at + HEAD, n);
      used += HEAD + n;
      if (++size * 2 > slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long slot : old) {
          if (slot != 0) {
            put(slot);
          }
        }
      }
      put(((long) h << 32) | ((at + 1L) & 0xFFFFFFFFL));
    }

    private void put(long slot) {
      int mask = slots.length - 1;
      int i = mix((int) (slot >>> 32)) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = slot;
    }

    private static int mix(int h) {
      int x = h * 0x9E3779B1;
      return x ^ (x >>> 15);
    }
  }

  /**
   * Distinct spellings of one column on one worker, each with what it means. Consulted only for the
   * rows whose tuple-column bytes are new to the worker ({@link RowTuples} answers the rest).
   */
  private static final class ValueDictionary {
    Object[] values = new Object[64];
    byte[][] keys = new byte[128][];
    int[] ids = new int[128];
    int size;

    int find(byte[] b, int s, int e) {
      int mask = keys.length - 1;
      int i = hashBytes(b, s, e) & mask;
      while (keys[i] != null) {
        if (Arrays.equals(keys[i], 0, keys[i].length, b, s, e)) {
          return ids[i] - 1;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    int add(byte[] b, int s, int e, Object value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size] = value;
      int id = ++size;
      if (size * 2 > keys.length) {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
          if (oldKeys[j] != null) {
            put(oldKeys[j], oldIds[j]);
          }
        }
      }
      put(Arrays.copyOfRange(b, s, e), id);
      return id - 1;
    }

    private void put(byte[] k, int id) {
      int mask = keys.length - 1;
      int i = hashBytes(k, 0, k.length) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      ids[i] = id;
    }
  }

  /**
   * Tuples of n value numbers, each numbered in the order first interned; one flat array of numbers
   * and an open-addressing table of tuple numbers.
   */
  private static final class TupleTable {
    private final int n;
    private int[] numbers;
    private int[] table = new int[2048];
    private int size;

    TupleTable(int n) {
      this.n = n;
      this.numbers = new int[1024 * Math.max(1, n)];
    }

    int size() {
      return size;
    }

    /** Value number {@code j} of tuple {@code t}. */
    int at(int t, int j) {
      return numbers[t * n + j];
    }

    /** The tuple's number, or -1 when it was never interned. */
    int find(int[] key) {
      return table[slot(key)] - 1;
    }

    /** The tuple's number, the next one when it is new. */
    int intern(int[] key) {
      int i = slot(key);
      if (table[i] != 0) {
        return table[i] - 1;
      }
      int t = size++;
      if ((t + 1) * n > numbers.length) {
        numbers = Arrays.copyOf(numbers, Math.max(numbers.length * 2, (t + 1) * n));
      }
      System.arraycopy(key, 0, numbers, t * n, n);
      table[i] = t + 1;
      if (size * 2 > table.length) {
        int[] bigger = new int[table.length * 2];
        int bigMask = bigger.length - 1;
        for (int u = 0; u < size; u++) {
          int j = hash(numbers, u * n, n) & bigMask;
          while (bigger[j] != 0) {
            j = (j + 1) & bigMask;
          }
          bigger[j] = u + 1;
        }
        table = bigger;
      }
      return t;
    }

    /** The table slot that holds the key's tuple, or the free slot where it would go. */
    private int slot(int[] key) {
      int mask = table.length - 1;
      int i = hash(key, 0, n) & mask;
      while (table[i] != 0) {
        int t = table[i] - 1;
        if (Arrays.equals(numbers, t * n, t * n + n, key, 0, n)) {
          return i;
        }
        i = (i + 1) & mask;
      }
      return i;
    }

    /** A hash of n ints, every bit of each reaching the low bits (Murmur3's finaliser). */
    private static int hash(int[] a, int from, int n) {
      int h = 1;
      for (int j = from; j < from + n; j++) {
        h = h * 0x9E3779B1 + a[j];
        h ^= h >>> 16;
      }
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      h *= 0xC2B2AE35;
      return h ^ (h >>> 16);
    }
  }
}
