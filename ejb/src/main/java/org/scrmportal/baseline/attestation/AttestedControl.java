package org.scrmportal.baseline.attestation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.scrmportal.baseline.oscal.ImplementationStatus;

/** One control an attestation speaks of: its OSCAL id, status and statement. */
@Entity
@Table(name = "attestation_control")
public class AttestedControl {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attestation_id", nullable = false)
  private Attestation attestation;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "control_id", nullable = false, length = 100)
  private String controlId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ImplementationStatus status;

  @Column(name = "statement", nullable = false, length = 65536)
  private String statement;

  protected AttestedControl() {}

  AttestedControl(Attestation attestation, int position, Statement statement) {
    this.attestation = Objects.requireNonNull(attestation, "attestation");
    this.position = position;
    this.controlId = statement.controlId();
    this.status = statement.status();
    this.statement = statement.statement();
  }

  public String controlId() {
    return controlId;
  }

  public ImplementationStatus status() {
    return status;
  }

  public String statement() {
    return statement;
  }

  public int position() {
    return position;
  }

  /** As a value. */
  public Statement toStatement() {
    return new Statement(controlId, status, statement);
  }
}
