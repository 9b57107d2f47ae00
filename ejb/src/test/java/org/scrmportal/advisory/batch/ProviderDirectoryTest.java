package org.scrmportal.advisory.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listings of other providers (CSAF 2.0 sections 7.1.13 to 7.1.15). */
class ProviderDirectoryTest {

  private static final URI BASE = URI.create("https://psirt.example/.well-known/csaf/white/");

  @Test
  void indexTxtListsPathsRelativeToTheDirectory() {
    List<ProviderDirectory.Listed> listed =
        ProviderDirectory.ofIndex(
            BASE.resolve("index.txt"), "2023/esa-2023-0001.json\n2024/esa-2024-0002.json\n\n");
    assertEquals(
        List.of(
            URI.create("https://psirt.example/.well-known/csaf/white/2023/esa-2023-0001.json"),
            URI.create("https://psirt.example/.well-known/csaf/white/2024/esa-2024-0002.json")),
        listed.stream().map(ProviderDirectory.Listed::document).toList());
    assertEquals(
        URI.create("https://psirt.example/.well-known/csaf/white/2023/esa-2023-0001.json.asc"),
        listed.get(0).signature());
  }

  @Test
  void changesCsvListsTheFirstColumnOnce() {
    List<ProviderDirectory.Listed> listed =
        ProviderDirectory.ofChanges(
            BASE.resolve("changes.csv"),
            "\"2024/b.json\",\"2024-02-01T10:00:00.000Z\"\n"
                + "\"2024/a.json\",\"2024-01-01T10:00:00.000Z\"\n"
                + "\"2024/b.json\",\"2024-01-05T10:00:00.000Z\"\n");
    assertEquals(
        List.of(BASE.resolve("2024/b.json"), BASE.resolve("2024/a.json")),
        listed.stream().map(ProviderDirectory.Listed::document).toList());
  }

  @Test
  void rolieEntriesLinkTheDocumentAndItsSignature() throws Exception {
    String feed =
        "{\"feed\":{\"id\":\"x\",\"entry\":[{\"id\":\"a\",\"link\":["
            + "{\"rel\":\"self\",\"href\":\"https://psirt.example/2024/a.json\"},"
            + "{\"rel\":\"hash\",\"href\":\"https://psirt.example/2024/a.json.sha256\"},"
            + "{\"rel\":\"signature\",\"href\":\"https://psirt.example/2024/a.json.asc\"}],"
            + "\"content\":{\"type\":\"application/json\",\"src\":\"https://psirt.example/2024/a.json\"}}]}}";
    List<ProviderDirectory.Listed> listed =
        ProviderDirectory.ofRolie(BASE.resolve("feed.json"), new ObjectMapper().readTree(feed));
    assertEquals(
        List.of(
            new ProviderDirectory.Listed(
                URI.create("https://psirt.example/2024/a.json"),
                URI.create("https://psirt.example/2024/a.json.asc"))),
        listed);
  }
}
