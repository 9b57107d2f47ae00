package org.scrmportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * A deterministic population of marked objects for the query plan benchmark: member organizations,
 * sharing communities with their members, and {@code count} alerts, each with its marking and
 * audience, loaded with PostgreSQL {@code COPY}. Alerts are created over one year and stored in the
 * order they were created (with marking ids rising alike), as a portal would have inserted them.
 *
 * <p>The mix: about 20% TLP:CLEAR, 35% GREEN (30% of them for 1 or 2 communities), 30% AMBER (1 to
 * 3 organizations, a community, or both), 10% AMBER+STRICT (1 to 3 organizations), 5% RED (1 or 2
 * named people); 15% of all objects (none of them CLEAR) carry a minimum tier. Authors are 200
 * organizations, a few of them far busier than most.
 */
final class SyntheticMarkedObjects {

  static final int ORGANIZATIONS = 200;
  static final int COMMUNITIES = 50;
  static final int PEOPLE = 2_000;
  static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(365);

  private static final TlpLevel[] LEVELS = TlpLevel.values();
  private static final String[] WORDS =
      ("supplier firmware advisory component vulnerability exposure "
              + "update signed package build pipeline compromise indicator actor campaign dependency library "
              + "router controller gateway certificate token credential leak patch mitigation workaround vendor "
              + "product version affected fixed remediation telemetry sighting malware loader backdoor tampering "
              + "integrity provenance attestation baseline control catalog assessment risk critical high medium")
          .split(" ");

  /** A member organization. */
  record Org(String id, String type, Tier tier, List<String> communities) {}

  private final int count;
  private final long seed;
  private final List<Org> organizations = new ArrayList<>();
  private final List<String> communities = new ArrayList<>();
  private final Map<String, Long> stepMillis = new LinkedHashMap<>();

  SyntheticMarkedObjects(int count, long seed) {
    this.count = count;
    this.seed = seed;
  }

  List<Org> organizations() {
    return organizations;
  }

  /** How long each step of {@link #load} took, in its order. */
  Map<String, Long> stepMillis() {
    return stepMillis;
  }

  static String person(int index) {
    return String.format("person-%04d", index + 1);
  }

  /** A person of the organization {@code org} (people belong to organizations round-robin). */
  static String personOf(int org, int nth) {
    return person(org + ORGANIZATIONS * nth);
  }

  /**
   * Loads everything into the migrated, empty schema of {@code dataSource}, then vacuums and
   * analyzes it as autovacuum would leave it in a steady state.
   */
  void load(DataSource dataSource) throws SQLException, IOException, InterruptedException {
    try (Connection connection = dataSource.getConnection()) {
      copyAll(connection);
    }
    // from a session of its own: right after the session's own COPY, VACUUM was seen to leave the
    // pages not all-visible, and index-only scans would then visit the heap for every row
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      vacuumAnalyze(connection);
    }
    stepMillis.put("VACUUM ANALYZE", millisSince(start));
  }

  private void copyAll(Connection connection) throws SQLException, IOException {
    Random random = new Random(seed);
    long start = System.nanoTime();
    loadOrganizationsAndCommunities(connection, random);
    stepMillis.put("organizations, communities, memberships", millisSince(start));

    start = System.nanoTime();
    Population population = generate(random);
    stepMillis.put("generating " + count + " markings in memory", millisSince(start));

    // no autovacuum while loading: the load analyzes once, at the end
    autovacuum(connection, false);
    PGConnection pg = connection.unwrap(PGConnection.class);
    start = System.nanoTime();
    try (Writer out = copy(pg, "marking (id, tlp, min_tier, author_org_id)")) {
      for (int i = 0; i < count; i++) {
        out.append(Long.toString(i + 1L))
            .append('\t')
            .append(LEVELS[population.level[i]].name())
            .append('\t')
            .append(population.minTier[i] < 0 ? "\\N" : Integer.toString(population.minTier[i]))
            .append('\t')
            .append(organizations.get(population.author[i]).id())
            .append('\n');
      }
    }
    stepMillis.put("COPY marking", millisSince(start));

    start = System.nanoTime();
    try (Writer out = copy(pg, "marking_organization (marking_id, org_id)")) {
      for (int i = 0; i < count; i++) {
        for (short org : population.organizations[i]) {
          out.append(Long.toString(i + 1L))
              .append('\t')
              .append(organizations.get(org).id())
              .append('\n');
        }
      }
    }
    try (Writer out = copy(pg, "marking_community (marking_id, community_id)")) {
      for (int i = 0; i < count; i++) {
        for (byte community : population.communities[i]) {
          out.append(Long.toString(i + 1L))
              .append('\t')
              .append(communities.get(community))
              .append('\n');
        }
      }
    }
    try (Writer out = copy(pg, "marking_person (marking_id, subject)")) {
      for (int i = 0; i < count; i++) {
        for (short person : population.people[i]) {
          out.append(Long.toString(i + 1L)).append('\t').append(person(person)).append('\n');
        }
      }
    }
    stepMillis.put(
        "COPY marking_organization, marking_community, marking_person", millisSince(start));

    start = System.nanoTime();
    try (Writer out = copy(pg, "alert (id, title, body, marking_id, author_username, created)")) {
      StringBuilder body = new StringBuilder(1024);
      for (int i = 0; i < count; i++) {
        UUID id =
            new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        body.setLength(0);
        int length = 200 + random.nextInt(600);
        while (body.length() < length) {
          body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        out.append(id.toString())
            .append('\t')
            .append("Alert ")
            .append(Integer.toString(i + 1))
            .append(": ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(' ')
            .append(WORDS[random.nextInt(WORDS.length)])
            .append('\t')
            .append(body, 0, body.length() - 1)
            .append('\t')
            .append(Long.toString(i + 1L))
            .append('\t')
            .append(personOf(population.author[i], random.nextInt(PEOPLE / ORGANIZATIONS)))
            .append('\t')
            .append(FROM.plus(Duration.ofNanos(population.createdMicros[i] * 1000)).toString())
            .append('\n');
      }
    }
    stepMillis.put("COPY alert", millisSince(start));

    try (Statement s = connection.createStatement()) {
      // Hibernate's pooled optimizer hands out ids up to the sequence's value: start above the load
      s.execute("SELECT setval('marking_seq', " + (count + 50L) + ")");
    }
  }

  private static void vacuumAnalyze(Connection connection)
      throws SQLException, InterruptedException {
    try (Statement s = connection.createStatement()) {
      for (String table :
          List.of(
              "organization",
              "community",
              "community_membership",
              "marking",
              "marking_organization",
              "marking_community",
              "marking_person",
              "alert")) {
        s.execute("VACUUM ANALYZE " + table);
      }
      for (int attempt = 0; attempt < 10 && !allVisible(s); attempt++) {
        Thread.sleep(1000);
        for (String table : LOADED) {
          s.execute("VACUUM " + table);
        }
      }
    }
    autovacuum(connection, true);
  }

  /** Whether every page of the loaded tables is marked all-visible. */
  private static boolean allVisible(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT bool_and(relallvisible >= relpages) FROM pg_class WHERE relname IN ('"
                + String.join("', '", LOADED)
                + "')")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static final List<String> LOADED =
      List.of("marking", "marking_organization", "marking_community", "marking_person", "alert");

  private static void autovacuum(Connection connection, boolean enabled) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String table : LOADED) {
        s.execute(
            "ALTER TABLE "
                + table
                + (enabled ? " RESET (autovacuum_enabled)" : " SET (autovacuum_enabled = false)"));
      }
    }
  }

  private static Writer copy(PGConnection pg, String tableAndColumns) throws SQLException {
    return new BufferedWriter(
        new OutputStreamWriter(
            new PGCopyOutputStream(pg, "COPY " + tableAndColumns + " FROM STDIN", 1 << 16),
            StandardCharsets.UTF_8),
        1 << 16);
  }

  private void loadOrganizationsAndCommunities(Connection connection, Random random)
      throws SQLException {
    Timestamp firstSeen = Timestamp.from(FROM.minus(Duration.ofDays(30)));
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < ORGANIZATIONS; i++) {
      String type;
      Tier tier;
      if (i % 10 == 0) {
        type = "agency";
        tier = Tier.T3;
      } else if (i % 40 == 5) {
        type = "standards-body";
        tier = Tier.T1;
      } else {
        type = "company";
        double u = random.nextDouble();
        tier = u < 0.25 ? Tier.T0 : u < 0.70 ? Tier.T1 : Tier.T2;
      }
      rows.add(new String[] {String.format("org-%03d", i + 1), type, tier.name()});
    }
    for (int c = 0; c < COMMUNITIES; c++) {
      communities.add(new UUID(random.nextLong(), random.nextLong()).toString());
    }
    try (PreparedStatement org =
            connection.prepareStatement(
                "INSERT INTO organization"
                    + " (org_id, name, org_type, tier, sector, country, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement community =
            connection.prepareStatement(
                "INSERT INTO community"
                    + " (id, name, purpose, owner_org_id, members_visible, created) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement member =
            connection.prepareStatement(
                "INSERT INTO community_membership"
                    + " (id, community_id, org_id, state, since) VALUES (?, ?, ?, 'MEMBER', ?)")) {
      for (String[] row : rows) {
        org.setString(1, row[0]);
        org.setString(2, "Organization " + row[0]);
        org.setString(3, row[1]);
        org.setString(4, row[2]);
        org.setString(5, "ict");
        org.setString(6, "EU");
        org.setTimestamp(7, firstSeen);
        org.addBatch();
      }
      org.setString(1, "portal-operations");
      org.setString(2, "SCRM Portal Operations");
      org.setString(3, "operator");
      org.setString(4, "T3");
      org.setString(5, null);
      org.setString(6, "BE");
      org.setTimestamp(7, firstSeen);
      org.addBatch();
      org.executeBatch();

      for (int c = 0; c < COMMUNITIES; c++) {
        community.setString(1, communities.get(c));
        community.setString(2, "Community " + (c + 1));
        community.setString(3, "Sharing among its members");
        community.setString(4, rows.get(random.nextInt(ORGANIZATIONS))[0]);
        community.setBoolean(5, random.nextBoolean());
        community.setTimestamp(6, firstSeen);
        community.addBatch();
      }
      community.executeBatch();

      for (int i = 0; i < ORGANIZATIONS; i++) {
        String[] row = rows.get(i);
        int memberships = row[1].equals("agency") ? 2 + random.nextInt(5) : random.nextInt(6);
        Set<String> joined = new TreeSet<>();
        while (joined.size() < memberships) {
          joined.add(communities.get(random.nextInt(COMMUNITIES)));
        }
        for (String c : joined) {
          member.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
          member.setString(2, c);
          member.setString(3, row[0]);
          member.setTimestamp(4, firstSeen);
          member.addBatch();
        }
        organizations.add(new Org(row[0], row[1], Tier.valueOf(row[2]), List.copyOf(joined)));
      }
      member.executeBatch();
    }
  }

  /** The markings, column by column. */
  private static final class Population {
    final byte[] level;
    final byte[] minTier;
    final short[] author;
    final short[][] organizations;
    final byte[][] communities;
    final short[][] people;
    final long[] createdMicros;

    Population(int count) {
      level = new byte[count];
      minTier = new byte[count];
      author = new short[count];
      organizations = new short[count][];
      communities = new byte[count][];
      people = new short[count][];
      createdMicros = new long[count];
    }
  }

  private Population generate(Random random) {
    Population p = new Population(count);
    short[] none = new short[0];
    byte[] noCommunity = new byte[0];
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      TlpLevel level =
          u < 0.20
              ? TlpLevel.CLEAR
              : u < 0.55
                  ? TlpLevel.GREEN
                  : u < 0.85 ? TlpLevel.AMBER : u < 0.95 ? TlpLevel.AMBER_STRICT : TlpLevel.RED;
      p.level[i] = (byte) level.ordinal();
      // a few organizations author far more than most
      p.author[i] = (short) (ORGANIZATIONS * Math.pow(random.nextDouble(), 1.5));
      p.minTier[i] = -1;
      if (level != TlpLevel.CLEAR && random.nextDouble() < 0.1875) {
        double t = random.nextDouble();
        p.minTier[i] = (byte) (t < 0.40 ? Tier.T1 : t < 0.75 ? Tier.T2 : Tier.T3).ordinal();
      }
      p.organizations[i] = none;
      p.communities[i] = noCommunity;
      p.people[i] = none;
      switch (level) {
        case GREEN -> {
          if (random.nextDouble() < 0.30) {
            p.communities[i] = communities(random, 1 + random.nextInt(2));
          }
        }
        case AMBER -> {
          double shape = random.nextDouble();
          if (shape < 0.75) {
            p.organizations[i] = organizations(random, 1 + random.nextInt(3), p.author[i]);
          }
          if (shape >= 0.50) {
            p.communities[i] = communities(random, 1);
          }
        }
        case AMBER_STRICT ->
            p.organizations[i] = organizations(random, 1 + random.nextInt(3), p.author[i]);
        case RED -> p.people[i] = distinct(random, 1 + random.nextInt(2), PEOPLE, -1);
        case CLEAR -> {
          // no audience
        }
      }
    }
    long span = SPAN.toNanos() / 1000;
    for (int i = 0; i < count; i++) {
      p.createdMicros[i] = (long) (random.nextDouble() * span);
    }
    Arrays.sort(p.createdMicros);
    return p;
  }

  private static short[] organizations(Random random, int n, short author) {
    return distinct(random, n, ORGANIZATIONS, author);
  }

  private static byte[] communities(Random random, int n) {
    short[] picked = distinct(random, n, COMMUNITIES, -1);
    byte[] result = new byte[picked.length];
    for (int i = 0; i < picked.length; i++) {
      result[i] = (byte) picked[i];
    }
    return result;
  }

  private static short[] distinct(Random random, int n, int bound, int except) {
    short[] picked = new short[n];
    int size = 0;
    while (size < n) {
      short candidate = (short) random.nextInt(bound);
      boolean seen = candidate == except;
      for (int j = 0; j < size && !seen; j++) {
        seen = picked[j] == candidate;
      }
      if (!seen) {
        picked[size++] = candidate;
      }
    }
    return picked;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
