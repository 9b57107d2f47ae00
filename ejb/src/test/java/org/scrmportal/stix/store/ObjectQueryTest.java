package org.scrmportal.stix.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scrmportal.platform.DomainException;

/** TAXII 2.1 section 3.4: the filters' text, refused where it does not parse. */
class ObjectQueryTest {

  private static ObjectQuery parse(
      String addedAfter, String limit, String next, String ids, String types, String versions) {
    return ObjectQuery.text(VersionMatch.LAST)
        .addedAfter(addedAfter)
        .limit(limit)
        .next(next)
        .ids(ids)
        .types(types)
        .versions(versions)
        .parse();
  }

  @Test
  void absentFiltersMeanTheLatestVersionOfEverythingInPagesOfTheDefaultSize() {
    ObjectQuery q = parse(null, null, null, null, null, null);
    assertEquals(ObjectQuery.DEFAULT_LIMIT, q.limit());
    assertEquals(VersionMatch.LAST, q.versions());
    assertTrue(q.ids().isEmpty() && q.types().isEmpty() && q.addedAfter().isEmpty());
  }

  @Test
  void filtersTakeCommaSeparatedValuesAndTheLimitIsCappedByTheServer() {
    ObjectQuery q =
        parse(
            "2024-01-02T03:04:05.123456Z",
            "5000",
            null,
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f, malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
            "indicator,malware",
            "first,2024-01-02T03:04:05Z");
    assertEquals(ObjectQuery.MAX_LIMIT, q.limit());
    assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), q.addedAfter().orElseThrow());
    assertEquals(2, q.ids().size());
    assertEquals(Set.of("indicator", "malware"), q.types());
    assertTrue(q.versions().first());
    assertFalse(q.versions().last());
    assertEquals(Set.of(Instant.parse("2024-01-02T03:04:05Z")), q.versions().exact());
  }

  @Test
  void whatDoesNotParseIsRefusedNamingTheParameter() {
    assertMessage("added_after", () -> parse("yesterday", null, null, null, null, null));
    assertMessage("limit", () -> parse(null, "ten", null, null, null, null));
    assertMessage("limit", () -> parse(null, "0", null, null, null, null));
    assertMessage("match[id]", () -> parse(null, null, null, "not-an-id", null, null));
    assertMessage("match[type]", () -> parse(null, null, null, null, "Bad Type", null));
    assertMessage("match[version]", () -> parse(null, null, null, null, null, "newest"));
    assertMessage("next", () -> parse(null, null, "garbage!", null, null, null));
  }

  @Test
  void aCursorSurvivesItsTextForm() {
    Cursor cursor = new Cursor(Instant.parse("2026-11-28T03:30:27.593176Z"), 42);
    assertEquals(cursor, Cursor.parse(cursor.text()));
  }

  @Test
  void onlySpecVersionTwoPointOneIsStored() {
    ObjectQuery old = ObjectQuery.text(VersionMatch.LAST).specVersions("2.0").parse();
    assertFalse(old.matchesStoredSpecVersion());
    ObjectQuery current = ObjectQuery.text(VersionMatch.LAST).specVersions("2.0,2.1").parse();
    assertTrue(current.matchesStoredSpecVersion());
  }

  private static void assertMessage(String parameter, Runnable call) {
    DomainException e = assertThrows(DomainException.class, call::run);
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains(parameter), e.getMessage());
  }
}
