package org.scrmportal.advisory.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.access.Viewer;
import org.scrmportal.advisory.Advisory;
import org.scrmportal.advisory.validation.CsafFileNames;
import org.scrmportal.organization.OrganizationId;
import org.scrmportal.platform.TlpLevel;

/**
 * A small {@link PublishedAdvisories} for the provider's tests: an advisory is visible to anyone at
 * TLP:CLEAR, otherwise to the organizations it names (a stand-in for the store's access policy).
 */
final class InMemoryPublishedAdvisories implements PublishedAdvisories {

  /** An advisory as the tests need it; the store's entity in the deployment. */
  static final class TestAdvisory extends Advisory {
    private final String trackingId;
    private final String title;
    private final TlpLevel tlp;
    private final Instant initial;
    private final Instant current;
    private final byte[] content;
    final Set<String> audience;

    TestAdvisory(
        String trackingId,
        String title,
        TlpLevel tlp,
        Instant initial,
        Instant current,
        String content,
        Set<String> audience) {
      this.trackingId = trackingId;
      this.title = title;
      this.tlp = tlp;
      this.initial = initial;
      this.current = current;
      this.content = content.getBytes(StandardCharsets.UTF_8);
      this.audience = audience;
    }

    @Override
    public String trackingId() {
      return trackingId;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public TlpLevel tlp() {
      return tlp;
    }

    @Override
    public Instant initialReleaseDate() {
      return initial;
    }

    @Override
    public Instant currentReleaseDate() {
      return current;
    }

    @Override
    public String fileName() {
      return CsafFileNames.of(trackingId);
    }

    @Override
    public int year() {
      return initial.atZone(ZoneOffset.UTC).getYear();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public String sha256() {
      return hex("SHA-256");
    }

    @Override
    public String sha512() {
      return hex("SHA-512");
    }

    private String hex(String algorithm) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final List<TestAdvisory> advisories = new ArrayList<>();

  TestAdvisory add(
      String trackingId,
      TlpLevel tlp,
      String initial,
      String current,
      String content,
      String... audience) {
    TestAdvisory advisory =
        new TestAdvisory(
            trackingId,
            "Title of " + trackingId,
            tlp,
            Instant.parse(initial),
            Instant.parse(current),
            content,
            Set.of(audience));
    advisories.add(advisory);
    return advisory;
  }

  private static boolean visible(Viewer viewer, TestAdvisory advisory) {
    return advisory.tlp() == TlpLevel.CLEAR
        || viewer
            .organizationId()
            .map(OrganizationId::value)
            .filter(advisory.audience::contains)
            .isPresent();
  }

  @Override
  public List<Advisory> published(Viewer viewer, TlpLevel tlp) {
    return advisories.stream()
        .filter(a -> a.tlp() == tlp && visible(viewer, a))
        .sorted(Comparator.comparing(Advisory::currentReleaseDate).reversed())
        .map(Advisory.class::cast)
        .toList();
  }

  @Override
  public Optional<Advisory> published(Viewer viewer, TlpLevel tlp, int year, String fileName) {
    return published(viewer, tlp).stream()
        .filter(a -> a.year() == year && a.fileName().equals(fileName))
        .findFirst();
  }
}
