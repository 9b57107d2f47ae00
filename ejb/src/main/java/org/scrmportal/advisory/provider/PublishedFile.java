package org.scrmportal.advisory.provider;

import java.time.Instant;
import java.util.Objects;
import org.scrmportal.advisory.Advisory;

/**
 * What the directory and ROLIE documents say about one published advisory: where it lies (section
 * 7.1.11, one folder per year of {@code /document/tracking/initial_release_date}) and its tracking
 * data.
 */
public record PublishedFile(
    String trackingId,
    String title,
    int year,
    String fileName,
    Instant initialReleaseDate,
    Instant currentReleaseDate) {

  public PublishedFile {
    Objects.requireNonNull(trackingId, "trackingId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(initialReleaseDate, "initialReleaseDate");
    Objects.requireNonNull(currentReleaseDate, "currentReleaseDate");
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("a year of four digits: " + year);
    }
  }

  public static PublishedFile of(Advisory advisory) {
    return new PublishedFile(
        advisory.trackingId(),
        advisory.title(),
        advisory.year(),
        advisory.fileName(),
        advisory.initialReleaseDate(),
        advisory.currentReleaseDate());
  }

  /** The path within its TLP directory, e.g. {@code 2019/example_company_-_2019-yh3234.json}. */
  public String path() {
    return String.format("%04d/%s", year, fileName);
  }
}
