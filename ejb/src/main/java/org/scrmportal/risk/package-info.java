/**
 * Risk per supplier (issue 10): a consumer organization's suppliers (declared, or publishers of
 * advisories that opened notices for it), a score per supplier from its open advisories, recent
 * sightings of related indicators and the attested coverage of the consumer's chosen baseline, each
 * part explained, computed only from what the consumer may see, and daily snapshots of it. The
 * formula is {@link org.scrmportal.risk.RiskFormula} (docs/RISK.md).
 */
package org.scrmportal.risk;
