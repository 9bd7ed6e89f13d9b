package org.divcalc.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic roster in divcalc's canonical columns, about 48 bytes a row.
 *
 * <p>The same (rows, seed, member-state list) always gives the same bytes. The distributions
 * follow samples/generate.py in spirit (not byte for byte): a grade pyramid, women's share
 * falling with grade, a few X and blank sexes, international staff drawn from Member States
 * with very uneven (lognormal) weights, local staff mostly nationals of their duty station,
 * funding RB/XB/PK and appointment types per category, about 5 % language posts at P-2..P-5,
 * and one org unit ("OCHA, Geneva") that needs CSV quoting.
 *
 * <p>Speed: every value is a pre-encoded byte array and rows go straight into a 1 MiB buffer;
 * no String is built per row.
 */
final class RosterGenerator {

  static final String HEADER =
      "staff_id,sex,grade,nationality,funding,appointment,post_type,org_unit,duty_station\n";

  // grade, category, weight (head count in the 5,000-row sample), women's share
  private static final Object[][] GRADES = {
    {"USG", Cat.SENIOR, 14, 0.45},
    {"ASG", Cat.SENIOR, 22, 0.45},
    {"D-2", Cat.SENIOR, 60, 0.30},
    {"D-1", Cat.SENIOR, 170, 0.35},
    {"P-5", Cat.PRO, 475, 0.40},
    {"P-4", Cat.PRO, 690, 0.45},
    {"P-3", Cat.PRO, 680, 0.50},
    {"P-2", Cat.PRO, 225, 0.55},
    {"P-1", Cat.PRO, 14, 0.58},
    {"NO-D", Cat.NO, 40, 0.42},
    {"NO-C", Cat.NO, 110, 0.46},
    {"NO-B", Cat.NO, 150, 0.50},
    {"NO-A", Cat.NO, 75, 0.54},
    {"FS-6", Cat.FS, 40, 0.25},
    {"FS-5", Cat.FS, 120, 0.28},
    {"FS-4", Cat.FS, 110, 0.32},
    {"FS-3", Cat.FS, 55, 0.36},
    {"G-7", Cat.GS, 145, 0.58},
    {"G-6", Cat.GS, 325, 0.60},
    {"G-5", Cat.GS, 495, 0.62},
    {"G-4", Cat.GS, 480, 0.62},
    {"G-3", Cat.GS, 330, 0.60},
    {"G-2", Cat.GS, 135, 0.55},
    {"G-1", Cat.GS, 40, 0.50},
  };

  private enum Cat {
    SENIOR,
    PRO,
    NO,
    FS,
    GS
  }

  private static final String[] STATIONS = {
    "New York", "Geneva", "Vienna", "Nairobi", "Bangkok", "Beirut",
    "Addis Ababa", "Santiago", "Brindisi", "Juba", "Bamako", "Kinshasa"
  };
  private static final String[] HOSTS = {
    "USA", "CHE", "AUT", "KEN", "THA", "LBN", "ETH", "CHL", "ITA", "SSD", "MLI", "COD"
  };
  // org units per duty station (same order as STATIONS), with weights
  private static final Object[][][] ORG_UNITS = {
    {{"DESA", 3}, {"DPO", 3}, {"OCHA", 2}, {"DGACM", 3}, {"DOS", 3}, {"DMSPC", 4}, {"OHCHR", 1}},
    {{"OHCHR", 4}, {"OCHA, Geneva", 2}, {"DGACM", 2}, {"UNCTAD", 3}},
    {{"UNODC", 4}, {"DGACM", 1}},
    {{"UNEP", 5}, {"DGACM", 1}, {"OCHA", 1}},
    {{"ESCAP", 5}, {"OCHA", 1}},
    {{"ESCWA", 1}},
    {{"ECA", 5}, {"OCHA", 1}},
    {{"ECLAC", 1}},
    {{"DOS; Field", 1}},
    {{"DPO", 3}, {"DOS; Field", 2}, {"OCHA", 1}, {"OHCHR", 1}},
    {{"DPO", 3}, {"DOS; Field", 2}, {"OCHA", 1}},
    {{"DPO", 3}, {"DOS; Field", 2}, {"OCHA", 1}, {"OHCHR", 1}},
  };
  // duty-station weights per category (STATIONS order)
  private static final int[] ST_INTL = {38, 20, 7, 9, 6, 3, 5, 3, 1, 3, 3, 2};
  private static final int[] ST_GS = {30, 22, 8, 10, 7, 4, 6, 4, 3, 2, 2, 2};
  private static final int[] ST_NO = {0, 0, 0, 18, 14, 10, 16, 10, 0, 12, 10, 10};
  private static final int[] ST_FS = {8, 0, 0, 0, 0, 0, 0, 0, 17, 30, 25, 20};

  private static final String[] FUNDING = {"RB", "XB", "PK"};
  private static final int[] FUND_INTL = {80, 15, 5};
  private static final int[] FUND_FS = {10, 15, 75};
  private static final int[] FUND_LOCAL = {55, 35, 10};

  private static final String[] APPOINTMENT = {"fixed-term", "continuing", "permanent", "temporary"};
  private static final int[] APPT = {54, 27, 10, 9};

  private final long rows;
  private final long seed;
  private final List<String> memberStates;

  RosterGenerator(long rows, long seed, List<String> memberStates) {
    this.rows = rows;
    this.seed = seed;
    this.memberStates = memberStates;
  }

  /** ISO alpha-3 codes of the Member States, from the reference file divcalc embeds. */
  static List<String> readMemberStates(Path unMemberStatesCsv) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(unMemberStatesCsv, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> cols = Arrays.asList(header.split(",", -1));
      int iso3 = cols.indexOf("iso3");
      int status = cols.indexOf("status");
      if (iso3 < 0 || status < 0) {
        throw new IOException(unMemberStatesCsv + ": no iso3/status column");
      }
      String line;
      while ((line = r.readLine()) != null) {
        // iso3 and status contain no commas; the name columns may be quoted, so count from
        // the end for status (the last-but-one column).
        String[] f = line.split(",", -1);
        if (f.length >= cols.size() && "member".equals(f[f.length - (cols.size() - status)])) {
          out.add(f[iso3]);
        }
      }
    }
    if (out.size() < 150) {
      throw new IOException(unMemberStatesCsv + ": only " + out.size() + " Member States read");
    }
    return out;
  }

  /** Writes the roster to {@code file} (via a temporary file, so a crash leaves no half file). */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      write(out);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  void write(OutputStream out) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);

    int ng = GRADES.length;
    byte[][] grade = new byte[ng][];
    Cat[] cat = new Cat[ng];
    int[] gradeW = new int[ng];
    double[] women = new double[ng];
    for (int i = 0; i < ng; i++) {
      grade[i] = bytes((String) GRADES[i][0]);
      cat[i] = (Cat) GRADES[i][1];
      gradeW[i] = (Integer) GRADES[i][2];
      women[i] = (Double) GRADES[i][3];
    }
    Sampler gradeS = new Sampler(gradeW);

    // Nationality weights for international staff: lognormal (sigma 1.2) over Member States,
    // with every 15th State left out entirely so that some are unrepresented.
    int ns = memberStates.size();
    byte[][] nat = new byte[ns][];
    long[] natW = new long[ns];
    Map<String, Integer> natIndex = new LinkedHashMap<>();
    SplittableRandom wr = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < ns; i++) {
      nat[i] = bytes(memberStates.get(i));
      natIndex.put(memberStates.get(i), i);
      double g = gaussian(wr);
      natW[i] = (i % 15 == 14) ? 0 : Math.max(1, Math.round(1000 * Math.exp(1.2 * g)));
    }
    Sampler natS = new Sampler(natW);
    int[] host = new int[HOSTS.length];
    for (int i = 0; i < HOSTS.length; i++) {
      Integer idx = natIndex.get(HOSTS[i]);
      if (idx == null) {
        throw new IllegalStateException("host country not a Member State: " + HOSTS[i]);
      }
      host[i] = idx;
    }

    byte[][] station = new byte[STATIONS.length][];
    byte[][][] unit = new byte[STATIONS.length][][];
    Sampler[] unitS = new Sampler[STATIONS.length];
    for (int s = 0; s < STATIONS.length; s++) {
      station[s] = bytes(STATIONS[s]);
      Object[][] u = ORG_UNITS[s];
      unit[s] = new byte[u.length][];
      int[] w = new int[u.length];
      for (int k = 0; k < u.length; k++) {
        String name = (String) u[k][0];
        unit[s][k] = bytes(name.indexOf(',') >= 0 ? '"' + name + '"' : name);
        w[k] = (Integer) u[k][1];
      }
      unitS[s] = new Sampler(w);
    }
    Sampler stIntl = new Sampler(ST_INTL);
    Sampler stGs = new Sampler(ST_GS);
    Sampler stNo = new Sampler(ST_NO);
    Sampler stFs = new Sampler(ST_FS);
    byte[][] fund = new byte[FUNDING.length][];
    for (int i = 0; i < FUNDING.length; i++) {
      fund[i] = bytes(FUNDING[i]);
    }
    Sampler fundIntl = new Sampler(FUND_INTL);
    Sampler fundFs = new Sampler(FUND_FS);
    Sampler fundLocal = new Sampler(FUND_LOCAL);
    byte[][] appt = new byte[APPOINTMENT.length][];
    for (int i = 0; i < APPOINTMENT.length; i++) {
      appt[i] = bytes(APPOINTMENT[i]);
    }
    Sampler apptS = new Sampler(APPT);
    byte[] language = bytes("language");

    out.write(bytes(HEADER));
    byte[] buf = new byte[256];
    for (long r = 1; r <= rows; r++) {
      int p = 0;
      // staff_id: S + 8 digits (9 beyond 99,999,999 rows)
      buf[p++] = 'S';
      int digits = r > 99_999_999L ? 9 : 8;
      long v = r;
      for (int d = p + digits - 1; d >= p; d--) {
        buf[d] = (byte) ('0' + (v % 10));
        v /= 10;
      }
      p += digits;
      buf[p++] = ',';

      int g = gradeS.next(rnd);
      // sex: 0.3 % X, 1 % blank, else F with the grade's women's share
      double u = rnd.nextDouble();
      if (u < 0.003) {
        buf[p++] = 'X';
      } else if (u >= 0.013) {
        buf[p++] = rnd.nextDouble() < women[g] ? (byte) 'F' : (byte) 'M';
      }
      buf[p++] = ',';
      p = put(buf, p, grade[g]);
      buf[p++] = ',';

      Cat c = cat[g];
      int st;
      switch (c) {
        case GS:
          st = stGs.next(rnd);
          break;
        case NO:
          st = stNo.next(rnd);
          break;
        case FS:
          st = stFs.next(rnd);
          break;
        default:
          st = stIntl.next(rnd);
      }
      boolean local = c == Cat.GS || c == Cat.NO;
      int n = local && rnd.nextDouble() < 0.85 ? host[st] : natS.next(rnd);
      p = put(buf, p, nat[n]);
      buf[p++] = ',';

      Sampler fs = c == Cat.FS ? fundFs : local ? fundLocal : fundIntl;
      p = put(buf, p, fund[fs.next(rnd)]);
      buf[p++] = ',';
      p = put(buf, p, appt[apptS.next(rnd)]);
      buf[p++] = ',';
      if (c == Cat.PRO && g >= 4 && g <= 7 && rnd.nextDouble() < 0.05) {
        p = put(buf, p, language);
      }
      buf[p++] = ',';
      p = put(buf, p, unit[st][unitS[st].next(rnd)]);
      buf[p++] = ',';
      p = put(buf, p, station[st]);
      buf[p++] = '\n';
      out.write(buf, 0, p);
    }
  }

  private static int put(byte[] buf, int p, byte[] v) {
    System.arraycopy(v, 0, buf, p, v.length);
    return p + v.length;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Box-Muller; SplittableRandom has no nextGaussian in Java 17. */
  private static double gaussian(SplittableRandom r) {
    double u1 = r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Weighted choice by binary search over cumulative weights. */
  private static final class Sampler {
    private final long[] cum;
    private final long total;

    Sampler(int[] w) {
      this(Arrays.stream(w).asLongStream().toArray());
    }

    Sampler(long[] w) {
      cum = new long[w.length];
      long t = 0;
      for (int i = 0; i < w.length; i++) {
        t += w[i];
        cum[i] = t;
      }
      total = t;
    }

    /** The first index whose cumulative weight exceeds a uniform draw (zero weights never). */
    int next(SplittableRandom r) {
      long x = r.nextLong(total);
      int lo = 0;
      int hi = cum.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cum[mid] > x) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}
