package org.scrmportal.advisory.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.access.Viewer;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.organization.Tier;
import org.scrmportal.platform.TlpLevel;

/**
 * The directory and ROLIE documents of CSAF 2.0 section 7.1 (requirements 11 to 17), built from
 * what an in-memory {@link PublishedAdvisories} lets each viewer see.
 */
class ProviderDocumentsTest {

  private static final URI BASE = URI.create("https://portal.example/.well-known/csaf/");
  private static final Instant EMPTY = Instant.parse("2026-01-01T00:00:00Z");

  private final InMemoryPublishedAdvisories store = new InMemoryPublishedAdvisories();
  private final Listings listings = new Listings(store);

  private static Viewer memberOf(String organization) {
    return new Viewer(
        organization + "-person",
        new OrganizationId(organization),
        Tier.T1,
        false,
        Set.of(),
        false);
  }

  private void threeYearsOfWhite() {
    store.add(
        "Example Company - 2019-YH3234",
        TlpLevel.CLEAR,
        "2019-03-01T06:01:00Z",
        "2019-04-17T15:08:41Z",
        "{}");
    store.add(
        "Example Company - 2018-YH2312",
        TlpLevel.CLEAR,
        "2018-01-10T10:00:00Z",
        "2020-07-01T10:09:01Z",
        "{}");
    store.add(
        "Example Company - 2020-YH4711",
        TlpLevel.CLEAR,
        "2020-06-01T10:00:00Z",
        "2020-07-01T10:09:07Z",
        "{}");
  }

  @Test
  void indexListsEveryPathUnderItsYearOfInitialRelease() {
    threeYearsOfWhite();
    String index = ProviderDocuments.indexTxt(listings.files(Viewer.anonymous(), CsafTlp.WHITE));
    assertEquals(
        List.of(
            "2020/example_company_-_2020-yh4711.json",
            "2018/example_company_-_2018-yh2312.json",
            "2019/example_company_-_2019-yh3234.json"),
        index.lines().toList());
    assertTrue(index.endsWith("\n"));
  }

  @Test
  void changesAreQuotedWithoutHeadingNewestCurrentReleaseFirst() {
    threeYearsOfWhite();
    String changes =
        ProviderDocuments.changesCsv(listings.files(Viewer.anonymous(), CsafTlp.WHITE));
    assertEquals(
        List.of(
            "\"2020/example_company_-_2020-yh4711.json\",\"2020-07-01T10:09:07Z\"",
            "\"2018/example_company_-_2018-yh2312.json\",\"2020-07-01T10:09:01Z\"",
            "\"2019/example_company_-_2019-yh3234.json\",\"2019-04-17T15:08:41Z\""),
        changes.lines().toList());
  }

  @Test
  void eachLabelListsOnlyItsLevelsAndWhatTheViewerMaySee() {
    threeYearsOfWhite();
    store.add(
        "ACME-G-1",
        TlpLevel.GREEN,
        "2024-01-01T00:00:00Z",
        "2024-01-02T00:00:00Z",
        "{}",
        "acme",
        "northgrid");
    store.add(
        "ACME-A-1",
        TlpLevel.AMBER,
        "2024-02-01T00:00:00Z",
        "2024-02-02T00:00:00Z",
        "{}",
        "northgrid");
    store.add(
        "ACME-AS-1",
        TlpLevel.AMBER_STRICT,
        "2024-03-01T00:00:00Z",
        "2024-03-02T00:00:00Z",
        "{}",
        "northgrid");
    store.add(
        "ACME-R-1", TlpLevel.RED, "2024-04-01T00:00:00Z", "2024-04-02T00:00:00Z", "{}", "acme");
    Viewer northgrid = memberOf("northgrid");
    Viewer acme = memberOf("acme");
    assertEquals(List.of("2024/acme-g-1.json"), paths(northgrid, CsafTlp.GREEN));
    assertEquals(
        List.of("2024/acme-as-1.json", "2024/acme-a-1.json"), paths(northgrid, CsafTlp.AMBER));
    assertEquals(List.of(), paths(northgrid, CsafTlp.RED));
    assertEquals(List.of(), paths(acme, CsafTlp.AMBER));
    assertEquals(List.of("2024/acme-r-1.json"), paths(acme, CsafTlp.RED));
    assertEquals(List.of(), paths(Viewer.anonymous(), CsafTlp.GREEN));
    assertEquals(3, paths(Viewer.anonymous(), CsafTlp.WHITE).size());
    assertEquals(
        "ACME-AS-1",
        listings.find(northgrid, CsafTlp.AMBER, 2024, "acme-as-1.json").orElseThrow().trackingId());
    assertTrue(listings.find(acme, CsafTlp.AMBER, 2024, "acme-as-1.json").isEmpty());
    assertTrue(listings.find(northgrid, CsafTlp.WHITE, 2024, "acme-a-1.json").isEmpty());
  }

  @Test
  void theRolieFeedListsEachDocumentWithItsHashesAndSignature() {
    threeYearsOfWhite();
    JsonNode feed =
        ProviderDocuments.feed(
                BASE,
                CsafTlp.WHITE,
                "SCRM Portal",
                listings.files(Viewer.anonymous(), CsafTlp.WHITE),
                EMPTY)
            .path("feed");
    assertEquals("scrm-portal-csaf-feed-tlp-white", feed.path("id").asText());
    assertEquals("SCRM Portal CSAF feed (TLP:WHITE)", feed.path("title").asText());
    assertEquals(BASE + "white/feed-tlp-white.json", feed.at("/link/0/href").asText());
    assertEquals("self", feed.at("/link/0/rel").asText());
    assertEquals(ProviderDocuments.ROLIE_INFORMATION_TYPE, feed.at("/category/0/scheme").asText());
    assertEquals("csaf", feed.at("/category/0/term").asText());
    assertEquals("2020-07-01T10:09:07Z", feed.path("updated").asText());
    assertEquals(3, feed.path("entry").size());
    JsonNode entry = feed.path("entry").get(0);
    String href = BASE + "white/2020/example_company_-_2020-yh4711.json";
    assertEquals("Example Company - 2020-YH4711", entry.path("id").asText());
    assertEquals("Title of Example Company - 2020-YH4711", entry.path("title").asText());
    List<String> links = new ArrayList<>();
    entry
        .path("link")
        .forEach(l -> links.add(l.path("rel").asText() + " " + l.path("href").asText()));
    assertEquals(
        List.of(
            "self " + href,
            "hash " + href + ".sha256",
            "hash " + href + ".sha512",
            "signature " + href + ".asc"),
        links);
    assertEquals("2020-06-01T10:00:00Z", entry.path("published").asText());
    assertEquals("2020-07-01T10:09:07Z", entry.path("updated").asText());
    assertEquals("application/json", entry.at("/content/type").asText());
    assertEquals(href, entry.at("/content/src").asText());
    assertEquals(ProviderDocuments.CSAF_SCHEMA, entry.at("/format/schema").asText());
    assertEquals("2.0", entry.at("/format/version").asText());
    assertTrue(entry.at("/summary/content").isTextual());
  }

  @Test
  void anEmptyFeedIsStillAFeed() {
    JsonNode feed =
        ProviderDocuments.feed(BASE, CsafTlp.RED, "SCRM Portal", List.of(), EMPTY).path("feed");
    assertEquals(0, feed.path("entry").size());
    assertEquals("2026-01-01T00:00:00Z", feed.path("updated").asText());
    assertEquals(BASE + "red/feed-tlp-red.json", feed.at("/link/0/href").asText());
    assertEquals("RED", feed.at("/category/1/term").asText());
  }

  @Test
  void theServiceDocumentListsEveryFeedPublicOnesApart() {
    JsonNode workspaces = ProviderDocuments.service(BASE, "SCRM Portal").at("/service/workspace");
    assertEquals(2, workspaces.size());
    assertEquals(1, workspaces.get(0).path("collection").size());
    assertEquals(
        BASE + "white/feed-tlp-white.json", workspaces.get(0).at("/collection/0/href").asText());
    List<String> closed = new ArrayList<>();
    workspaces.get(1).path("collection").forEach(c -> closed.add(c.path("href").asText()));
    assertEquals(
        List.of(
            BASE + "green/feed-tlp-green.json",
            BASE + "amber/feed-tlp-amber.json",
            BASE + "red/feed-tlp-red.json"),
        closed);
  }

  @Test
  void categoryTermsComeFromTheDocumentCategoryAndProductTree() throws Exception {
    String document =
        """
        {"document":{"category":"csaf_security_advisory"},
         "product_tree":{"branches":[{"category":"vendor","name":"Example Company",
           "branches":[{"category":"product_name","name":"Controller",
             "branches":[{"category":"product_version","name":"1.0"}]}]}]}}
        """;
    Set<String> terms =
        CategoryTerms.of(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Set.of("csaf_security_advisory", "Example Company", "Controller"), terms);
    JsonNode category = ProviderDocuments.category(terms);
    assertEquals(
        "[{\"term\":\"Controller\"},{\"term\":\"Example Company\"},{\"term\":\"csaf_security_advisory\"}]",
        new ObjectMapper().writeValueAsString(category.at("/categories/category")));
    assertEquals(
        Set.of(), CategoryTerms.of("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void hashFilesStartWithTheHashThenTheFileName() {
    assertEquals(
        "ea6a209dba30a958a78d82309d6cdcc6929fcb81673b3dc4d6b16fac18b6ff38  example_company_-_2019-yh3234.json\n",
        ProviderDocuments.hashFile(
            "ea6a209dba30a958a78d82309d6cdcc6929fcb81673b3dc4d6b16fac18b6ff38",
            "example_company_-_2019-yh3234.json"));
  }

  private List<String> paths(Viewer viewer, CsafTlp tlp) {
    return listings.files(viewer, tlp).stream().map(PublishedFile::path).toList();
  }
}
