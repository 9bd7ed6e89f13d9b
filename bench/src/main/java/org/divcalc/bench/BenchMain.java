package org.divcalc.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times divcalc (as a child process, like an analyst runs it) against DuckDB (through JDBC) on
 * the same generated roster, in the same run. See bench/README.md.
 */
public final class BenchMain {

  private static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar bench/target/divcalc-bench.jar [options]",
          "  --sizes LIST        roster sizes, e.g. 4k,1M,10M or 4000,1000000 (default 4k,1M)",
          "  --repeat N          measurements per tool and size (default 5 at <=10k rows, else 3)",
          "  --warmup N          unmeasured runs per tool and size first (default 1)",
          "  --seed N            generator seed (default 20221231)",
          "  --cap XMX           heap cap of the bounded-memory divcalc run (default 256m)",
          "  --no-cap            skip the capped divcalc run",
          "  --duckdb-mode M     table | scan | both (default table)",
          "  --repo DIR          repository root (default: found from the working directory)",
          "  --jar FILE          divcalc jar (default REPO/target/divcalc.jar)",
          "  --no-launcher       run java -jar JAR instead of the launcher next to it (JAR/../divcalc)",
          "  --data-dir DIR      where rosters are generated (default REPO/bench/data)",
          "  --results-dir DIR   where results go (default REPO/bench/results)",
          "  --regenerate        rewrite rosters even if present",
          "  --generate-only     generate the rosters and stop",
          "  --skip-divcalc      time DuckDB only",
          "  --skip-duckdb       time divcalc only",
          "  --skip-floor        do not time the JVM floor (start, SHA-256, one scan; see JvmFloor)");

  private List<Long> sizes = List.of(4_000L, 1_000_000L);
  private int repeat = -1;
  private int warmup = 1;
  private long seed = 20221231L;
  private String cap = "256m";
  private List<DuckDbWorkload.Mode> duckModes = List.of(DuckDbWorkload.Mode.TABLE);
  private Path repo;
  private Path jar;
  private boolean useLauncher = true;
  private Path dataDir;
  private Path resultsDir;
  private boolean regenerate;
  private boolean generateOnly;
  private boolean skipDivcalc;
  private boolean skipFloor;
  private boolean skipDuckdb;

  private final List<String> jsonl = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final String runId =
      LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));

  public static void main(String[] args) throws Exception {
    BenchMain b = new BenchMain();
    try {
      b.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("divcalc-bench: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    System.exit(b.run());
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        case "--sizes" -> sizes = Arrays.stream(value(args, ++i, a).split(",")).map(BenchMain::size).toList();
        case "--repeat" -> repeat = positive(value(args, ++i, a), a);
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--cap" -> cap = value(args, ++i, a);
        case "--no-cap" -> cap = null;
        case "--duckdb-mode" -> {
          String m = value(args, ++i, a);
          duckModes =
              m.equals("both")
                  ? List.of(DuckDbWorkload.Mode.TABLE, DuckDbWorkload.Mode.SCAN)
                  : List.of(DuckDbWorkload.Mode.valueOf(m.toUpperCase(Locale.ROOT)));
        }
        case "--repo" -> repo = Paths.get(value(args, ++i, a));
        case "--jar" -> jar = Paths.get(value(args, ++i, a));
        case "--no-launcher" -> useLauncher = false;
        case "--data-dir" -> dataDir = Paths.get(value(args, ++i, a));
        case "--results-dir" -> resultsDir = Paths.get(value(args, ++i, a));
        case "--regenerate" -> regenerate = true;
        case "--generate-only" -> generateOnly = true;
        case "--skip-divcalc" -> skipDivcalc = true;
        case "--skip-duckdb" -> skipDuckdb = true;
        case "--skip-floor" -> skipFloor = true;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (repo == null) {
      Path cwd = Paths.get("").toAbsolutePath();
      if (Files.exists(cwd.resolve("bench/pom.xml"))) {
        repo = cwd;
      } else if (Files.exists(cwd.resolve("../bench/pom.xml"))) {
        repo = cwd.getParent();
      } else {
        throw new IllegalArgumentException(
            "run from the repository root or bench/, or give --repo DIR");
      }
    }
    repo = repo.toAbsolutePath().normalize();
    if (jar == null) {
      jar = repo.resolve("target/divcalc.jar");
    }
    if (dataDir == null) {
      dataDir = repo.resolve("bench/data");
    }
    if (resultsDir == null) {
      resultsDir = repo.resolve("bench/results");
    }
  }

  private static String value(String[] args, int i, String opt) {
    if (i >= args.length) {
      throw new IllegalArgumentException(opt + " needs a value");
    }
    return args[i];
  }

  private static int positive(String s, String opt) {
    int n = Integer.parseInt(s);
    if (n < 1) {
      throw new IllegalArgumentException(opt + " must be at least 1");
    }
    return n;
  }

  static long size(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
    long mult = 1;
    if (t.endsWith("k")) {
      mult = 1_000;
    } else if (t.endsWith("m")) {
      mult = 1_000_000;
    }
    if (mult != 1) {
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * mult;
  }

  private int run() throws Exception {
    Path memberStates = repo.resolve("src/main/resources/org/divcalc/reference/un_member_states.csv");
    Path regionalGroups =
        repo.resolve("src/main/resources/org/divcalc/reference/un_regional_groups.csv");
    if (!skipDivcalc && !generateOnly && !Files.isRegularFile(jar)) {
      System.err.println("divcalc-bench: the divcalc jar is missing: " + jar);
      System.err.println(
          "Build it first, from the repository root: mvn -B -q package -DskipTests");
      return 2;
    }
    Files.createDirectories(resultsDir);
    Path work = resultsDir.resolve("work");
    Files.createDirectories(work);
    String timeBin = Files.isExecutable(Paths.get("/usr/bin/time")) ? "/usr/bin/time" : null;

    line("divcalc-bench run " + runId);
    line(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version")
            + ", DuckDB JDBC "
            + duckVersion());
    Path launcher = jar.resolveSibling("divcalc");
    line(
        "divcalc: "
            + (useLauncher && Files.isExecutable(launcher)
                ? launcher + " (the launcher: CDS archive, JIT chosen by roster size)"
                : "java -jar " + jar)
            + "; heap cap via "
            + (useLauncher && Files.isExecutable(launcher) ? "DIVCALC_JAVA_OPTS" : "-Xmx"));
    line("divcalc: " + jar + " (child process; peak RSS " + (timeBin == null ? "n/a: no /usr/bin/time" : "from /usr/bin/time -v") + ")");
    for (DuckDbWorkload.Mode m : duckModes) {
      line("duckdb " + m.name().toLowerCase(Locale.ROOT) + ": " + m.describe() + "; in-process, one in-memory connection per run, timed from connect to last row");
    }
    line("");

    List<String[]> table = new ArrayList<>();
    boolean ok = true;
    for (long n : sizes) {
      Path roster = dataDir.resolve("roster-" + n + "-seed" + seed + ".csv");
      if (regenerate || !Files.isRegularFile(roster)) {
        long t0 = System.nanoTime();
        new RosterGenerator(n, seed, RosterGenerator.readMemberStates(memberStates)).write(roster);
        double s = (System.nanoTime() - t0) / 1e9;
        line(String.format(Locale.ROOT, "generated %s (%,d rows, %,d bytes) in %.2f s", roster, n, Files.size(roster), s));
      } else {
        line(String.format(Locale.ROOT, "reusing %s (%,d bytes)", roster, Files.size(roster)));
      }
      if (generateOnly) {
        continue;
      }
      int reps = repeat > 0 ? repeat : (n <= 10_000 ? 5 : 3);
      Path outA = work.resolve("divcalc-" + n + ".json");
      Path outB = work.resolve("divcalc-" + n + "-capped.json");

      // Warm-up: page cache for the file, DuckDB's native library extraction and JIT.
      for (int w = 0; w < warmup; w++) {
        if (!skipDivcalc) {
          divcalc(timeBin, null, roster, outA, work);
        }
        if (!skipDuckdb) {
          for (DuckDbWorkload.Mode m : duckModes) {
            DuckDbWorkload.run(roster, regionalGroups, m);
          }
        }
        if (!skipFloor) {
          floor(timeBin, roster, work);
        }
      }
      List<Sample> fl = new ArrayList<>();

      List<Sample> dv = new ArrayList<>();
      List<Sample> dvCap = new ArrayList<>();
      List<List<Sample>> dk = new ArrayList<>();
      duckModes.forEach(m -> dk.add(new ArrayList<>()));
      byte[] reference = null;
      List<String> mismatches = new ArrayList<>();
      for (int r = 1; r <= reps; r++) {
        if (!skipDivcalc) {
          Sample a = divcalc(timeBin, null, roster, outA, work);
          record(n, "divcalc", "default", r, a, roster);
          dv.add(a);
          if (a.exit != 0) {
            mismatches.add("divcalc exit " + a.exit + ": " + a.error);
          }
          byte[] got = Files.readAllBytes(outA);
          if (reference == null) {
            reference = got;
          } else if (!Arrays.equals(reference, got)) {
            mismatches.add("uncapped run " + r + " differs from run 1");
          }
          if (cap != null) {
            Sample b = divcalc(timeBin, cap, roster, outB, work);
            record(n, "divcalc", "xmx" + cap, r, b, roster);
            dvCap.add(b);
            if (b.exit != 0) {
              mismatches.add("divcalc -Xmx" + cap + " run " + r + " exit " + b.exit + ": " + b.error);
            } else if (!Arrays.equals(reference, Files.readAllBytes(outB))) {
              mismatches.add("-Xmx" + cap + " output differs from uncapped (run " + r + ")");
            }
          }
        }
        if (!skipFloor) {
          Sample f = floor(timeBin, roster, work);
          record(n, "jvm-floor", "start+sha256+scan", r, f, roster);
          fl.add(f);
          if (f.exit != 0) {
            mismatches.add("jvm floor exit " + f.exit + ": " + f.error);
          } else if (f.lineFeeds != n + 1) {
            mismatches.add("jvm floor counted " + f.lineFeeds + " line feeds, expected " + (n + 1));
          } else if (reference != null
              && !new String(reference, StandardCharsets.UTF_8).contains("\"" + f.sha256 + "\"")) {
            mismatches.add("jvm floor's SHA-256 " + f.sha256 + " is not the one in divcalc's report");
          }
        }
        if (!skipDuckdb) {
          for (int k = 0; k < duckModes.size(); k++) {
            Sample d = duck(roster, regionalGroups, duckModes.get(k));
            record(n, "duckdb", duckModes.get(k).name().toLowerCase(Locale.ROOT), r, d, roster);
            dk.get(k).add(d);
          }
        }
      }
      double duckMedian = dk.isEmpty() || dk.get(0).isEmpty() ? Double.NaN : median(dk.get(0));
      if (!dv.isEmpty()) {
        table.add(row(n, "divcalc", "default", dv, duckMedian));
      }
      if (!dvCap.isEmpty()) {
        table.add(row(n, "divcalc", "-Xmx" + cap, dvCap, duckMedian));
      }
      if (!fl.isEmpty()) {
        table.add(row(n, "jvm-floor", "start+sha256+scan", fl, duckMedian));
      }
      for (int k = 0; k < duckModes.size(); k++) {
        if (!dk.get(k).isEmpty()) {
          table.add(row(n, "duckdb", duckModes.get(k).name().toLowerCase(Locale.ROOT), dk.get(k), median(dk.get(k))));
        }
      }
      if (!dk.isEmpty() && !dk.get(0).isEmpty()) {
        DuckDbWorkload.Result res = dk.get(0).get(0).duck;
        line(String.format(Locale.ROOT, "duckdb check: %,d rows read, %,d subject to geographical distribution; result rows %d/%d/%d",
            res.rows(), res.subjectToGeo(), res.genderRows(), res.geoRows(), res.regionalRows()));
        if (res.rows() != n) {
          mismatches.add("duckdb counted " + res.rows() + " rows, expected " + n);
        }
        if (reference != null) {
          // Best effort, on the JSON text: divcalc's rows read and its count of nationals
          // subject to geographical distribution must equal DuckDB's.
          String json = new String(reference, StandardCharsets.UTF_8);
          long dRows = firstNumber(json, "rowsRead");
          long dGeo = firstNumber(json, "nationals");
          String cross =
              String.format(Locale.ROOT, "divcalc check: %s rows read, %s nationals subject to geographical distribution",
                  dRows < 0 ? "?" : String.format(Locale.ROOT, "%,d", dRows),
                  dGeo < 0 ? "?" : String.format(Locale.ROOT, "%,d", dGeo));
          line(cross);
          if (dRows >= 0 && dRows != n) {
            mismatches.add("divcalc read " + dRows + " rows, expected " + n);
          }
          if (dGeo >= 0 && dGeo != res.subjectToGeo()) {
            mismatches.add("geographical count differs: divcalc " + dGeo + ", duckdb " + res.subjectToGeo());
          }
        }
      }
      String verdict =
          mismatches.isEmpty()
              ? (cap == null || skipDivcalc ? "outputs consistent" : "-Xmx" + cap + " output byte-identical to uncapped: yes")
              : "PROBLEM: " + String.join("; ", mismatches);
      line(String.format(Locale.ROOT, "%,d rows: %s", n, verdict));
      jsonl.add(String.format(Locale.ROOT, "{\"run\":\"%s\",\"kind\":\"check\",\"rows\":%d,\"ok\":%b,\"detail\":\"%s\"}",
          runId, n, mismatches.isEmpty(), verdict.replace("\\", "\\\\").replace("\"", "\\\"")));
      ok &= mismatches.isEmpty();
      line("");
    }
    if (!generateOnly) {
      printTable(table);
      Path txt = resultsDir.resolve("run-" + runId + ".txt");
      Path js = resultsDir.resolve("run-" + runId + ".jsonl");
      Files.writeString(txt, text.toString(), StandardCharsets.UTF_8);
      Files.write(js, jsonl, StandardCharsets.UTF_8);
      System.out.println("results: " + txt + " and " + js);
    }
    return ok ? 0 : 1;
  }

  // ---------------------------------------------------------------- measurements

  static final class Sample {
    double seconds;
    long peakRssKb = -1; // -1 = n/a
    long heapPeakBytes = -1;
    int exit;
    String error;
    DuckDbWorkload.Result duck;
    long lineFeeds = -1;
    String sha256;
  }

  /**
   * Times {@link JvmFloor} on the roster in a child JVM (this JVM's java, default class-data
   * sharing, the serial collector and no perf data file, as divcalc's launcher starts small
   * rosters): the least a JVM that fingerprints and reads the roster can take here.
   */
  private Sample floor(String timeBin, Path roster, Path work)
      throws IOException, InterruptedException {
    Path timeFile = work.resolve("time-floor.txt");
    List<String> cmd = new ArrayList<>();
    if (timeBin != null) {
      cmd.addAll(List.of(timeBin, "-v", "-o", timeFile.toString()));
    }
    String classes;
    try {
      classes =
          Paths.get(JvmFloor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IOException("cannot locate the benchmark's classes", e);
    }
    cmd.addAll(
        List.of(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-cp",
            classes,
            JvmFloor.class.getName(),
            roster.toString()));
    Files.deleteIfExists(timeFile);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Path out = work.resolve("floor.stdout");
    Path err = work.resolve("floor.stderr");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    Sample s = timed(pb, timeBin, timeFile, err);
    if (s.exit == 0) {
      String[] words = Files.readString(out, StandardCharsets.UTF_8).trim().split(" ");
      s.lineFeeds = Long.parseLong(words[0]);
      s.sha256 = words[1];
    }
    return s;
  }

  private Sample divcalc(String timeBin, String xmx, Path roster, Path out, Path work)
      throws IOException, InterruptedException {
    Path timeFile = work.resolve("time.txt");
    List<String> cmd = new ArrayList<>();
    if (timeBin != null) {
      cmd.addAll(List.of(timeBin, "-v", "-o", timeFile.toString()));
    }
    Path launcher = jar.resolveSibling("divcalc");
    boolean launch = useLauncher && Files.isExecutable(launcher);
    if (launch) {
      cmd.add(launcher.toString());
    } else {
      cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      if (xmx != null) {
        cmd.add("-Xmx" + xmx);
      }
      cmd.addAll(List.of("-jar", jar.toString()));
    }
    cmd.addAll(
        List.of(
            "report", roster.toString(),
            "--base-figure", "3000", "--as-of", "2022-12-31", "--format", "json",
            "-o", out.toString()));
    Files.deleteIfExists(out);
    Files.deleteIfExists(timeFile);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (launch) {
      // the launcher runs this JVM (its CDS archive belongs to the JDK that built the jar)
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      pb.environment().put("DIVCALC_JAVA_OPTS", xmx == null ? "" : "-Xmx" + xmx);
    }
    String base = out.getFileName().toString().replaceFirst("\\.json$", "");
    pb.redirectOutput(work.resolve(base + ".stdout").toFile());
    Path err = work.resolve(base + ".stderr");
    pb.redirectError(err.toFile());
    return timed(pb, timeBin, timeFile, err);
  }

  /**
   * Runs a child process, wall-clock timed from start to exit, with its peak RSS and exit status
   * from /usr/bin/time's file when it ran under it, and the first line of its stderr on failure.
   */
  private static Sample timed(ProcessBuilder pb, String timeBin, Path timeFile, Path err)
      throws IOException, InterruptedException {
    Sample s = new Sample();
    long t0 = System.nanoTime();
    Process p = pb.start();
    s.exit = p.waitFor();
    s.seconds = (System.nanoTime() - t0) / 1e9;
    if (timeBin != null && Files.exists(timeFile)) {
      for (String l : Files.readAllLines(timeFile, StandardCharsets.UTF_8)) {
        String t = l.trim();
        if (t.startsWith("Maximum resident set size (kbytes):")) {
          s.peakRssKb = Long.parseLong(t.substring(t.indexOf(':') + 1).trim());
        } else if (t.startsWith("Exit status:")) {
          s.exit = Integer.parseInt(t.substring(t.indexOf(':') + 1).trim());
        }
      }
    }
    if (s.exit != 0) {
      List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
      s.error = lines.isEmpty() ? "(no message; see " + err + ")" : lines.get(0).trim();
    }
    return s;
  }

  private Sample duck(Path roster, Path groups, DuckDbWorkload.Mode mode) throws Exception {
    // Peak RSS of this process over the run: Linux resets VmHWM when "5" is written to
    // /proc/self/clear_refs. DuckDB allocates outside the Java heap, so the heap peak alone
    // would understate it; both are recorded. The reset starts from the current RSS, which
    // includes this JVM and whatever earlier runs left mapped, so the figure is an upper bound.
    boolean hwm = resetHwm();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    Sample s = new Sample();
    long t0 = System.nanoTime();
    s.duck = DuckDbWorkload.run(roster, groups, mode);
    s.seconds = (System.nanoTime() - t0) / 1e9;
    s.heapPeakBytes =
        pools.stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    s.peakRssKb = hwm ? readHwmKb() : -1;
    return s;
  }

  private static boolean resetHwm() {
    try {
      Files.writeString(Paths.get("/proc/self/clear_refs"), "5");
      return readHwmKb() > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static long readHwmKb() {
    try {
      for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.substring(6).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return -1;
  }

  private static String duckVersion() {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    } catch (Exception e) {
      return "? (" + e.getMessage() + ")";
    }
  }

  private void record(long n, String tool, String variant, int rep, Sample s, Path roster)
      throws IOException {
    jsonl.add(
        String.format(
            Locale.ROOT,
            "{\"run\":\"%s\",\"kind\":\"measurement\",\"rows\":%d,\"file_bytes\":%d,\"tool\":\"%s\","
                + "\"variant\":\"%s\",\"repeat\":%d,\"wall_s\":%.4f,\"peak_rss_kb\":%s,"
                + "\"jvm_heap_peak_bytes\":%s,\"exit\":%d,\"cores\":%d}",
            runId, n, Files.size(roster), tool, variant, rep, s.seconds,
            s.peakRssKb < 0 ? "null" : Long.toString(s.peakRssKb),
            s.heapPeakBytes < 0 ? "null" : Long.toString(s.heapPeakBytes),
            s.exit, Runtime.getRuntime().availableProcessors()));
  }

  private static long firstNumber(String json, String key) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static double median(List<Sample> xs) {
    double[] v = xs.stream().mapToDouble(s -> s.seconds).sorted().toArray();
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private String[] row(long n, String tool, String variant, List<Sample> xs, double duckMedian) {
    double med = median(xs);
    double min = xs.stream().mapToDouble(s -> s.seconds).min().orElse(Double.NaN);
    long rss = xs.stream().mapToLong(s -> s.peakRssKb).max().orElse(-1);
    long heap = xs.stream().mapToLong(s -> s.heapPeakBytes).max().orElse(-1);
    String status =
        xs.stream().filter(s -> s.exit != 0).map(s -> "exit " + s.exit).findFirst().orElse("ok");
    String ratio =
        !tool.equals("duckdb") && !Double.isNaN(duckMedian) && status.equals("ok")
            ? String.format(Locale.ROOT, "%.2f", med / duckMedian)
            : "";
    jsonl.add(
        String.format(
            Locale.ROOT,
            "{\"run\":\"%s\",\"kind\":\"summary\",\"rows\":%d,\"tool\":\"%s\",\"variant\":\"%s\","
                + "\"n\":%d,\"median_s\":%.4f,\"min_s\":%.4f,\"rows_per_s\":%.0f,\"peak_rss_kb\":%s,"
                + "\"ratio_to_duckdb\":%s,\"status\":\"%s\"}",
            runId, n, tool, variant.replaceFirst("^-X", "x"), xs.size(), med, min, n / med,
            rss < 0 ? "null" : Long.toString(rss), ratio.isEmpty() ? "null" : ratio, status));
    return new String[] {
      String.format(Locale.ROOT, "%,d", n),
      tool,
      variant,
      Integer.toString(xs.size()),
      String.format(Locale.ROOT, "%.3f", med),
      String.format(Locale.ROOT, "%.3f", min),
      String.format(Locale.ROOT, "%,.0f", n / med),
      rss < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", rss / 1024),
      heap < 0 ? "" : String.format(Locale.ROOT, "%,d", heap / (1024 * 1024)),
      ratio,
      status
    };
  }

  private void printTable(List<String[]> rows) {
    String[] head = {
      "rows", "tool", "variant", "n", "median s", "min s", "rows/s", "peak RSS MB",
      "heap MB", "÷ duckdb", "status"
    };
    int[] w = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      w[i] = head[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    line(fmt(head, w));
    StringBuilder sep = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      sep.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
    }
    line(sep.toString());
    rows.forEach(r -> line(fmt(r, w)));
    line("");
    line("peak RSS: divcalc and jvm-floor = child process (/usr/bin/time -v); duckdb = this JVM incl. DuckDB's"
        + " native memory (VmHWM after reset; an upper bound). heap MB: duckdb runs only (JVM heap pools).");
    line("status: 'exit N' = at least one run failed; its times are then those of a failed run.");
    line("÷ duckdb = the row's median / median duckdb (" + duckModes.get(0).name().toLowerCase(Locale.ROOT)
        + " mode). Issue 8 targets: divcalc <= 0.50 at 1M and 10M rows; 10M with -Xmx256m identical; 4k under 0.3 s.");
    line("jvm-floor = a JVM that only starts, hashes the roster (SHA-256) and counts its line feeds, on two"
        + " threads (bench JvmFloor): no divcalc run can be faster; where its ratio is near 0.50, the"
        + " target leaves nothing for the work itself.");
  }

  private static String fmt(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(" | ");
      }
      boolean left = i == 1 || i == 2 || i == 10;
      String c = cells[i];
      String pad = " ".repeat(w[i] - c.length());
      b.append(left ? c + pad : pad + c);
    }
    return b.toString().stripTrailing();
  }

  private void line(String s) {
    PrintStream out = System.out;
    out.println(s);
    out.flush();
    text.append(s).append('\n');
  }
}
