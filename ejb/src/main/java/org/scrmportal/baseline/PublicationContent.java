package org.scrmportal.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Bytes of a publication (as uploaded, or a profile's resolved catalog), in a table of their own.
 */
@Entity
@Table(name = "oscal_publication_content")
public class PublicationContent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected PublicationContent() {}

  PublicationContent(byte[] content) {
    this.content = Objects.requireNonNull(content, "content").clone();
  }

  public byte[] bytes() {
    return content.clone();
  }
}
