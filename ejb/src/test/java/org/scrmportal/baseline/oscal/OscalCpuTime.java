package org.scrmportal.baseline.oscal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The benchmark's two operations timed in CPU time of the calling thread (what the work costs,
 * whatever else shares the cores) next to wall time; complements {@link OscalBenchmark} on a shared
 * machine. Run (after the benchmark's build step, docs/BENCHMARKS.md): {@code java -cp
 * ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.cp)
 * org.scrmportal.baseline.oscal.OscalCpuTime 5 10}: 5 warm-up rounds, then 10 measured.
 */
public final class OscalCpuTime {

  private OscalCpuTime() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    OscalBenchmark benchmark = new OscalBenchmark();
    benchmark.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup; i++) {
      benchmark.readAndValidateHighCatalog();
      benchmark.resolveHighProfile();
    }
    long readCpu = 0;
    long readWall = 0;
    long resolveCpu = 0;
    long resolveWall = 0;
    for (int i = 0; i < rounds; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      benchmark.readAndValidateHighCatalog();
      long c1 = threads.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      benchmark.resolveHighProfile();
      long c2 = threads.getCurrentThreadCpuTime();
      long w2 = System.nanoTime();
      readCpu += c1 - c0;
      readWall += w1 - w0;
      resolveCpu += c2 - c1;
      resolveWall += w2 - w1;
    }
    System.out.printf(
        "readAndValidateHighCatalog: cpu %d ms, wall %d ms per op%n",
        readCpu / rounds / 1_000_000, readWall / rounds / 1_000_000);
    System.out.printf(
        "resolveHighProfile: cpu %d ms, wall %d ms per op%n",
        resolveCpu / rounds / 1_000_000, resolveWall / rounds / 1_000_000);
  }
}
