package org.scrmportal.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one advisory revision, exactly as submitted; apart from its metadata so that
 * listings do not read them.
 */
@Entity
@Table(name = "csaf_advisory_content")
public class AdvisoryContent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AdvisoryContent() {}

  AdvisoryContent(byte[] content) {
    this.content = content.clone();
  }

  byte[] bytes() {
    return content.clone();
  }
}
