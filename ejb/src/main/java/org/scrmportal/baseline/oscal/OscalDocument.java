package org.scrmportal.baseline.oscal;

import gov.nist.secauto.metaschema.core.model.IBoundObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A read and validated OSCAL document; opaque and immutable once read (only this package sees the
 * bound object, and nothing here changes it: the resolver works on deep copies).
 */
public final class OscalDocument {

  private final OscalKind kind;
  private final OscalFormat format;
  private final IBoundObject bound;
  private final byte[] json;
  private final String uuid;
  private final String title;
  private final String version;
  private final String oscalVersion;
  private final Instant lastModified;
  private final List<ImportRef> imports;
  private final String digest;

  OscalDocument(
      OscalKind kind,
      OscalFormat format,
      IBoundObject bound,
      byte[] json,
      String uuid,
      String title,
      String version,
      String oscalVersion,
      Instant lastModified,
      List<ImportRef> imports) {
    this.kind = Objects.requireNonNull(kind);
    this.format = Objects.requireNonNull(format);
    this.bound = Objects.requireNonNull(bound);
    this.json = json.clone();
    this.uuid = uuid;
    this.title = title;
    this.version = version;
    this.oscalVersion = oscalVersion;
    this.lastModified = lastModified;
    this.imports = List.copyOf(imports);
    this.digest = sha256(this.json);
  }

  public OscalKind kind() {
    return kind;
  }

  /** The format it was read from. */
  public OscalFormat format() {
    return format;
  }

  public String uuid() {
    return uuid;
  }

  /** The metadata title (markdown). */
  public String title() {
    return title;
  }

  /** The metadata version (the publisher's version of the document). */
  public String version() {
    return version;
  }

  /** The OSCAL version the document declares (metadata oscal-version). */
  public String oscalVersion() {
    return oscalVersion;
  }

  public Instant lastModified() {
    return lastModified;
  }

  /** The document as OSCAL JSON (as uploaded when it was JSON). */
  public byte[] json() {
    return json.clone();
  }

  /** What a profile imports, in order; empty for other models. */
  public List<ImportRef> imports() {
    return imports;
  }

  IBoundObject bound() {
    return bound;
  }

  /** SHA-256 of the JSON: the document's identity when looking for import cycles. */
  String digest() {
    return digest;
  }

  @Override
  public String toString() {
    return kind.rootName() + " " + uuid + " \"" + title + "\"";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
