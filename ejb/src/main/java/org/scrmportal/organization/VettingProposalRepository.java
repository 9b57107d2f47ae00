package org.scrmportal.organization;

import java.util.List;
import java.util.Optional;

/** Where vetting proposals are kept. */
public interface VettingProposalRepository {

  Optional<VettingProposal> find(String id);

  List<VettingProposal> findByStatus(VettingProposal.Status status);

  void store(VettingProposal proposal);
}
