package org.scrmportal.baseline.attestation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The OSCAL component definition of one attestation, apart from its metadata. */
@Entity
@Table(name = "attestation_content")
public class AttestationContent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AttestationContent() {}

  AttestationContent(byte[] content) {
    this.content = content.clone();
  }

  byte[] bytes() {
    return content.clone();
  }
}
