package org.scrmportal.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generator of realistic CSAF 2.0 security advisories for the import benchmark: each index gives
 * one distinct document (the same bytes every time for the same settings), with a unique tracking
 * id, of the size and shape of published advisories.
 *
 * <p>The shape follows CISA's ICS advisories (the bulk of {@code ear/src/test/resources/csaf/real},
 * measured over all 2,379 of them): a vendor branch with product-name branches and product-version
 * leaves carrying a CPE and a PURL; about eleven document notes (summary, legal disclaimer,
 * recommended practices, sectors, ...), five references, one acknowledgment; one vulnerability in
 * half of the documents and a long tail (p90 six, rarely dozens), each with CVE, CWE, a
 * description, the affected and fixed products, vendor fix, mitigation and sometimes a workaround,
 * one CVSS v3.1 score whose base score and severity are computed from its vector, and references; a
 * revision history of one entry mostly, up to six. Sizes: see {@link #main} (it prints their
 * distribution) and docs/BENCHMARKS.md.
 *
 * <p>Every document is meant to pass the mandatory tests of CSAF 2.0 section 6.1 and, as far as
 * they can be met offline, the optional ones (keys sorted, every product referenced, every affected
 * product remediated and scored, canonical self URL, TLP label, language).
 */
public final class CsafCorpus {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final String[] PRODUCT_FIRST = {
    "GridSense", "FlowLink", "PlantView", "SafeNode", "CoreSwitch", "TurbineLogic", "MeterHub",
    "PulseTrack", "EdgeGuard", "ValveMaster", "SubStation", "AquaControl", "ThermoLine", "RailNet",
    "CellWatch", "PowerLedger", "SensorBridge", "BatchPro", "PackLine", "Conveya"
  };
  private static final String[] PRODUCT_SECOND = {
    "Gateway", "Controller", "HMI", "Historian", "Firmware", "Engineering Station", "Web Server",
    "RTU", "PLC", "Manager", "Edge Device", "OPC UA Server", "Protection Relay", "Data Logger"
  };

  /** CWE ids with their names as the CWE list (version 4) gives them. */
  private static final String[][] CWES = {
    {"CWE-20", "Improper Input Validation"},
    {"CWE-22", "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')"},
    {
      "CWE-78",
      "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')"
    },
    {
      "CWE-79",
      "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"
    },
    {
      "CWE-89",
      "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"
    },
    {"CWE-120", "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')"},
    {"CWE-125", "Out-of-bounds Read"},
    {"CWE-190", "Integer Overflow or Wraparound"},
    {"CWE-287", "Improper Authentication"},
    {"CWE-306", "Missing Authentication for Critical Function"},
    {"CWE-319", "Cleartext Transmission of Sensitive Information"},
    {"CWE-352", "Cross-Site Request Forgery (CSRF)"},
    {"CWE-400", "Uncontrolled Resource Consumption"},
    {"CWE-416", "Use After Free"},
    {"CWE-434", "Unrestricted Upload of File with Dangerous Type"},
    {"CWE-476", "NULL Pointer Dereference"},
    {"CWE-502", "Deserialization of Untrusted Data"},
    {"CWE-787", "Out-of-bounds Write"},
    {"CWE-798", "Use of Hard-coded Credentials"},
    {"CWE-862", "Missing Authorization"}
  };

  private static final String[] WORDS =
      ("the a an of to in for on with by from and or that this which device devices controller"
              + " firmware network attacker remote local authenticated unauthenticated user users"
              + " session request requests response memory buffer input output parameter"
              + " parameters configuration web interface service services credentials password"
              + " access privileges system systems operator engineering workstation project file"
              + " files update updates version versions vulnerability vulnerabilities exploit"
              + " exploitation successful could allow may lead cause denial condition arbitrary"
              + " code execution information disclosure integrity availability confidentiality"
              + " affected products product vendor recommends users should apply mitigations"
              + " isolate firewall segment restrict ports protocols monitoring traffic logs"
              + " crafted packet packets message messages handling validation boundary check"
              + " checks error errors process processes component components module modules"
              + " industrial control sector sectors critical infrastructure deployed worldwide")
          .split(" ");

  private static final String[] SECTORS = {
    "Critical Manufacturing",
    "Energy",
    "Water and Wastewater Systems",
    "Chemical",
    "Transportation Systems",
    "Food and Agriculture",
    "Healthcare and Public Health",
    "Commercial Facilities"
  };

  private final String publisherName;
  private final String namespace;
  private final String trackingPrefix;
  private final long seed;

  /**
   * @param publisherName {@code document.publisher.name}
   * @param namespace {@code document.publisher.namespace}, a namespace the submitting organization
   *     may publish under
   * @param trackingPrefix the tracking ids are this, a dash and the index (e.g. {@code
   *     ACME-BENCH-000042})
   * @param seed varies everything else
   */
  public CsafCorpus(String publisherName, String namespace, String trackingPrefix, long seed) {
    this.publisherName = publisherName;
    this.namespace = namespace;
    this.trackingPrefix = trackingPrefix;
    this.seed = seed;
  }

  public String trackingId(int index) {
    return trackingPrefix + "-" + String.format(Locale.ROOT, "%06d", index);
  }

  /** The CSAF 2.0 section 5.1 file name of the document at {@code index}. */
  public String fileName(int index) {
    return trackingId(index).toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
  }

  /** The document at {@code index}, UTF-8 JSON. */
  public byte[] document(int index) {
    try {
      return JSON.writeValueAsBytes(tree(index));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document at {@code index} as maps and lists (keys sorted). */
  Map<String, Object> tree(int index) {
    // the prefix too, so that corpora of different prefixes differ in more than their ids
    Random random = new Random((seed * 31 + trackingPrefix.hashCode()) * 1_000_003L + index);
    String trackingId = trackingId(index);
    int vulnerabilityCount = vulnerabilityCount(random);
    int productCount = productCount(random, vulnerabilityCount);

    // products: one vendor, product-name branches, affected and fixed version leaves
    String vendor = publisherName;
    String vendorKey = slug(vendor);
    List<Product> products = new ArrayList<>();
    Set<String> productNames = new LinkedHashSet<>();
    while (productNames.size() < productCount) {
      productNames.add(
          PRODUCT_FIRST[random.nextInt(PRODUCT_FIRST.length)]
              + " "
              + PRODUCT_SECOND[random.nextInt(PRODUCT_SECOND.length)]);
    }
    int nextId = 1;
    List<Object> nameBranches = new ArrayList<>();
    for (String name : productNames) {
      int major = 1 + random.nextInt(9);
      int minor = random.nextInt(20);
      int affectedVersions = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
      List<Object> versionBranches = new ArrayList<>();
      Product product = new Product(name);
      for (int v = 0; v <= affectedVersions; v++) {
        boolean fixed = v == affectedVersions;
        String version = major + "." + (minor + v) + "." + (fixed ? 1 + random.nextInt(5) : 0);
        String id = String.format(Locale.ROOT, "CSAFPID-%04d", nextId++);
        String fullName = vendor + " " + name + " " + version;
        Map<String, Object> helper =
            map(
                "cpe",
                "cpe:2.3:a:" + vendorKey + ":" + slug(name) + ":" + version + ":*:*:*:*:*:*:*",
                "purl",
                "pkg:generic/" + vendorKey + "/" + slug(name).replace('_', '-') + "@" + version);
        versionBranches.add(
            map(
                "category",
                "product_version",
                "name",
                version,
                "product",
                map("name", fullName, "product_id", id, "product_identification_helper", helper)));
        (fixed ? product.fixed : product.affected).add(id);
        product.fixedVersion = version;
      }
      products.add(product);
      nameBranches.add(map("category", "product_name", "name", name, "branches", versionBranches));
    }
    Map<String, Object> productTree =
        map(
            "branches",
            List.of(map("category", "vendor", "name", vendor, "branches", nameBranches)));

    // dates and revisions
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000));
    Instant initial =
        day.atTime(12 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    int revisions = revisionCount(random);
    List<Object> history = new ArrayList<>();
    Instant date = initial;
    for (int r = 1; r <= revisions; r++) {
      if (r > 1) {
        date = date.plusSeconds(86_400L * (1 + random.nextInt(60)));
      }
      history.add(
          map(
              "date",
              DATE.format(date),
              "number",
              Integer.toString(r),
              "summary",
              r == 1 ? "Initial Publication" : "Updated " + sentence(random, 4, 10)));
    }
    int year = initial.atZone(ZoneOffset.UTC).getYear();

    // vulnerabilities
    List<Object> vulnerabilities = new ArrayList<>();
    double highest = 0;
    String highestSeverity = "NONE";
    for (int v = 0; v < vulnerabilityCount; v++) {
      // each vulnerability concerns some of the products (at least one)
      List<Product> concerned = new ArrayList<>();
      for (int p = 0; p < products.size(); p++) {
        // every product is concerned by at least one vulnerability (CSAF 6.2.1)
        if (p % vulnerabilityCount == v || random.nextInt(3) == 0) {
          concerned.add(products.get(p));
        }
      }
      if (concerned.isEmpty()) {
        concerned.add(products.get(v % products.size()));
      }
      List<String> affected = new ArrayList<>();
      List<String> fixed = new ArrayList<>();
      for (Product product : concerned) {
        affected.addAll(product.affected);
        fixed.addAll(product.fixed);
      }
      String vector = vector(random);
      Cvss31.Score score = Cvss31.score(vector);
      if (score.baseScore().doubleValue() > highest) {
        highest = score.baseScore().doubleValue();
        highestSeverity = score.baseSeverity();
      }
      String[] cwe = CWES[random.nextInt(CWES.length)];
      String cve =
          String.format(
              Locale.ROOT,
              "CVE-%d-%d",
              year,
              100_000 + (int) ((seed & 0xff) * 7) + index * 100 + v);
      List<Object> remediations = new ArrayList<>();
      remediations.add(
          map(
              "category",
              "vendor_fix",
              "details",
              vendor
                  + " recommends updating to "
                  + concerned.stream().map(p -> p.name + " " + p.fixedVersion).toList()
                  + ". "
                  + paragraph(random, 1, 3),
              "product_ids",
              affected,
              "url",
              namespace + "/support/downloads/" + trackingId.toLowerCase(Locale.ROOT)));
      remediations.add(
          map(
              "category",
              "mitigation",
              "details",
              paragraph(random, 2, 5),
              "product_ids",
              affected));
      if (random.nextInt(3) == 0) {
        remediations.add(
            map(
                "category",
                "workaround",
                "details",
                paragraph(random, 1, 3),
                "product_ids",
                affected));
      }
      List<Object> references = new ArrayList<>();
      references.add(
          map(
              "category",
              "external",
              "summary",
              "NVD entry for " + cve,
              "url",
              "https://nvd.nist.gov/vuln/detail/" + cve));
      int more = random.nextInt(4);
      for (int r = 0; r < more; r++) {
        references.add(
            map(
                "category",
                "external",
                "summary",
                sentence(random, 3, 8),
                "url",
                namespace + "/security/notes/" + cve.toLowerCase(Locale.ROOT) + "-" + (r + 1)));
      }
      vulnerabilities.add(
          map(
              "cve",
              cve,
              "cwe",
              map("id", cwe[0], "name", cwe[1]),
              "notes",
              List.of(
                  map(
                      "category",
                      "summary",
                      "text",
                      concerned.get(0).name + " " + paragraph(random, 2, 5),
                      "title",
                      "Vulnerability Summary")),
              "product_status",
              map("fixed", fixed, "known_affected", affected),
              "references",
              references,
              "remediations",
              remediations,
              "scores",
              List.of(
                  map(
                      "cvss_v3",
                      map(
                          "baseScore",
                          score.baseScore(),
                          "baseSeverity",
                          score.baseSeverity(),
                          "vectorString",
                          vector,
                          "version",
                          "3.1"),
                      "products",
                      affected)),
              "title",
              cwe[1]));
    }

    // the document
    String title =
        vendor
            + " "
            + products.get(0).name
            + (products.size() > 1 ? " and Others" : "")
            + " ("
            + trackingId
            + ")";
    List<Object> notes = new ArrayList<>();
    notes.add(
        map(
            "category",
            "summary",
            "text",
            "Successful exploitation of "
                + (vulnerabilityCount == 1 ? "this vulnerability" : "these vulnerabilities")
                + " could "
                + paragraph(random, 1, 3),
            "title",
            "Risk evaluation"));
    notes.add(
        map(
            "category",
            "legal_disclaimer",
            "text",
            "All information products included in this advisory are provided \"as is\" for"
                + " informational purposes only. "
                + paragraph(random, 2, 4),
            "title",
            "Legal Notice"));
    notes.add(
        map(
            "category",
            "other",
            "text",
            SECTORS[random.nextInt(SECTORS.length)],
            "title",
            "Critical infrastructure sectors"));
    notes.add(map("category", "other", "text", "Worldwide", "title", "Countries/areas deployed"));
    notes.add(
        map("category", "other", "text", "Germany", "title", "Company headquarters location"));
    int practices = 2 + random.nextInt(4);
    for (int p = 0; p < practices; p++) {
      notes.add(
          map(
              "category",
              "general",
              "text",
              paragraph(random, 2, 6),
              "title",
              "Recommended Practices"));
    }
    notes.add(
        map(
            "category",
            "other",
            "text",
            "No known public exploits specifically target "
                + (vulnerabilityCount == 1 ? "this vulnerability." : "these vulnerabilities."),
            "title",
            "Exploitability"));

    String self = namespace + "/.well-known/csaf/white/" + year + "/" + fileName(index);
    List<Object> references = new ArrayList<>();
    references.add(
        map("category", "self", "summary", "Canonical URL of this advisory", "url", self));
    references.add(
        map(
            "category",
            "external",
            "summary",
            "Vendor security advisory " + trackingId,
            "url",
            namespace + "/security/advisories/" + trackingId.toLowerCase(Locale.ROOT)));
    int more = 2 + random.nextInt(5);
    for (int r = 0; r < more; r++) {
      references.add(
          map(
              "category",
              "external",
              "summary",
              sentence(random, 4, 10),
              "url",
              namespace + "/security/guidance/" + (1 + random.nextInt(400))));
    }

    Map<String, Object> document =
        map(
            "acknowledgments",
            List.of(
                map(
                    "names",
                    List.of(capitalized(random) + " " + capitalized(random)),
                    "organization",
                    capitalized(random) + " Security Research",
                    "summary",
                    "reporting these vulnerabilities to " + vendor)),
            "aggregate_severity",
            map("text", highestSeverity),
            "category",
            "csaf_security_advisory",
            "csaf_version",
            "2.0",
            "distribution",
            map(
                "text",
                "Disclosure is not limited",
                "tlp",
                map("label", "WHITE", "url", "https://www.first.org/tlp/")),
            "lang",
            "en-US",
            "notes",
            notes,
            "publisher",
            map(
                "category",
                "vendor",
                "contact_details",
                "psirt@" + vendorKey + ".example",
                "name",
                publisherName,
                "namespace",
                namespace),
            "references",
            references,
            "title",
            title,
            "tracking",
            map(
                "current_release_date",
                DATE.format(date),
                "generator",
                map("engine", map("name", "SCRM Portal benchmark corpus", "version", "1")),
                "id",
                trackingId,
                "initial_release_date",
                DATE.format(initial),
                "revision_history",
                history,
                "status",
                "final",
                "version",
                Integer.toString(revisions)));

    return map(
        "document", document, "product_tree", productTree, "vulnerabilities", vulnerabilities);
  }

  private static final class Product {
    final String name;
    final List<String> affected = new ArrayList<>();
    final List<String> fixed = new ArrayList<>();
    String fixedVersion;

    Product(String name) {
      this.name = name;
    }
  }

  /** Half have one; the tail as CISA's: p75 three, p90 six, rarely dozens. */
  private static int vulnerabilityCount(Random random) {
    int r = random.nextInt(1000);
    if (r < 540) {
      return 1;
    } else if (r < 660) {
      return 2;
    } else if (r < 760) {
      return 3;
    } else if (r < 900) {
      return 4 + random.nextInt(3);
    } else if (r < 975) {
      return 7 + random.nextInt(9);
    } else if (r < 992) {
      return 13 + random.nextInt(18);
    }
    return 31 + random.nextInt(90);
  }

  /** Product names: a median of two affected versions over one or two names, more with more. */
  private static int productCount(Random random, int vulnerabilities) {
    int r = random.nextInt(100);
    int base = r < 55 ? 1 : r < 80 ? 2 : r < 92 ? 3 + random.nextInt(2) : 5 + random.nextInt(6);
    return Math.min(base + vulnerabilities / 6, 40);
  }

  private static int revisionCount(Random random) {
    int r = random.nextInt(100);
    return r < 80 ? 1 : r < 95 ? 2 + random.nextInt(2) : 4 + random.nextInt(3);
  }

  private static final String[][] METRICS = {
    {"AV", "N", "N", "N", "A", "L", "P"},
    {"AC", "L", "L", "L", "H"},
    {"PR", "N", "N", "L", "H"},
    {"UI", "N", "N", "R"},
    {"S", "U", "U", "U", "C"},
    {"C", "H", "H", "L", "N"},
    {"I", "H", "L", "N"},
    {"A", "H", "H", "L", "N"}
  };

  private static String vector(Random random) {
    StringBuilder vector = new StringBuilder("CVSS:3.1");
    for (String[] metric : METRICS) {
      vector.append('/').append(metric[0]).append(':');
      vector.append(metric[1 + random.nextInt(metric.length - 1)]);
    }
    return vector.toString();
  }

  private static String sentence(Random random, int min, int max) {
    int words = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return text.toString();
  }

  private static String paragraph(Random random, int min, int max) {
    int sentences = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        text.append(' ');
      }
      text.append(sentence(random, 8, 24)).append('.');
    }
    return text.toString();
  }

  private static String capitalized(Random random) {
    String word = WORDS[random.nextInt(WORDS.length)];
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** A map with sorted keys (CSAF 6.2.13), from alternating keys and values. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Writes {@code count} documents into a directory (and, with {@code --zip}, one zip of them
   * beside it) and prints their size distribution.
   *
   * <pre>
   * java ... org.scrmportal.bench.CsafCorpus DIR COUNT [PUBLISHER NAMESPACE PREFIX SEED] [--zip]
   * </pre>
   */
  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean zip = rest.remove("--zip");
    if (rest.size() != 2 && rest.size() != 6) {
      System.err.println("usage: CsafCorpus DIR COUNT [PUBLISHER NAMESPACE PREFIX SEED] [--zip]");
      System.exit(2);
    }
    Path dir = Path.of(rest.get(0));
    int count = Integer.parseInt(rest.get(1));
    CsafCorpus corpus =
        rest.size() == 6
            ? new CsafCorpus(rest.get(2), rest.get(3), rest.get(4), Long.parseLong(rest.get(5)))
            : defaults();
    Files.createDirectories(dir);
    long[] sizes = new long[count];
    try (OutputStream out =
            zip ? Files.newOutputStream(dir.resolveSibling(dir.getFileName() + ".zip")) : null;
        ZipOutputStream zipped = zip ? new ZipOutputStream(out) : null) {
      for (int i = 0; i < count; i++) {
        byte[] document = corpus.document(i);
        sizes[i] = document.length;
        Files.write(dir.resolve(corpus.fileName(i)), document);
        if (zipped != null) {
          zipped.putNextEntry(new ZipEntry(corpus.fileName(i)));
          zipped.write(document);
          zipped.closeEntry();
        }
      }
    }
    System.out.println(count + " documents in " + dir + "\n" + SizeStats.of(sizes));
  }

  /** The corpus the benchmark uses by default: the demo organization ACME Components. */
  public static CsafCorpus defaults() {
    return new CsafCorpus(
        "ACME Components", "https://acme-components.example", "ACME-BENCH", 20261129L);
  }

  /** Minimum, quartiles, p90, p99, maximum and total of a set of sizes in bytes. */
  record SizeStats(
      int count,
      long min,
      long p25,
      long median,
      long p75,
      long p90,
      long p99,
      long max,
      long total) {

    static SizeStats of(long[] sizes) {
      long[] sorted = sizes.clone();
      Arrays.sort(sorted);
      long total = 0;
      for (long size : sorted) {
        total += size;
      }
      return new SizeStats(
          sorted.length,
          sorted[0],
          at(sorted, 0.25),
          at(sorted, 0.5),
          at(sorted, 0.75),
          at(sorted, 0.9),
          at(sorted, 0.99),
          sorted[sorted.length - 1],
          total);
    }

    private static long at(long[] sorted, double p) {
      return sorted[(int) (p * (sorted.length - 1))];
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "| files | min | p25 | median | p75 | p90 | p99 | max | total |%n"
              + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"
              + "| %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |",
          count,
          min,
          p25,
          median,
          p75,
          p90,
          p99,
          max,
          total);
    }
  }
}
