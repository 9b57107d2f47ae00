#!/bin/sh
# The CSAF import benchmark of issue 9 (org.scrmportal.bench.CsafBenchmark): builds the EAR and the
# provisioned WildFly, then starts PostgreSQL (free port), Keycloak (127.0.0.1:8380) and WildFly
# (-Xmx1g, port offset 500: 8580 / 10490), as the TAXII benchmark does, and imports generated CSAF
# 2.0 advisories of real-world size (org.scrmportal.bench.CsafCorpus) through the REST API with all
# validation on: 2,500 single POSTs /api/csaf/advisories by 4 concurrent clients, then one zip of
# 2,500 others; prints documents/s, p50/p99 per document and validation's share of the time.
# Arguments are passed to Maven, e.g. -Dbench.count=5000 -Dbench.clients=2 -Dbench.batch=0, or
# -Dbench.mode=validation (no server: CsafValidator.check alone over the corpus).
# The report goes to ear/target/csaf-bench/csaf-benchmark.md.
set -eu
cd "$(dirname "$0")/../.."
exec ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Pcsaf-bench -pl ear -am verify "$@"
