package org.scrmportal.baseline.mapping;

import java.time.Instant;
import org.scrmportal.platform.TlpLevel;

/** A published mapping document as listed. */
public record MappingView(
    long id, String name, String publisher, Instant publishedAt, int rows, TlpLevel tlp) {}
