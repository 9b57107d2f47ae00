package org.scrmportal.access;

import java.util.List;

/** The record of marking changes. */
public interface MarkingChangeRepository {

  void store(MarkingChange change);

  /** The changes of one marking, oldest first. */
  List<MarkingChange> history(Marking marking);
}
