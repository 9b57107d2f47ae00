package org.scrmportal.advisory;

import org.scrmportal.advisory.validation.Verdict;

/**
 * An advisory the store accepted.
 *
 * @param advisory the stored revision (the one stored before when {@code alreadyStored})
 * @param verdict the validator's verdict: no errors, perhaps warnings and information
 * @param alreadyStored whether the very same bytes were stored before (nothing new was stored)
 */
public record Submitted(Advisory advisory, Verdict verdict, boolean alreadyStored) {}
