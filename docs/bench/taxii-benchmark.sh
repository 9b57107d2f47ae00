#!/bin/sh
# The TAXII 2.1 benchmark (org.scrmportal.bench.TaxiiBenchmark): builds the EAR and the provisioned
# WildFly, then starts PostgreSQL (free port), Keycloak (127.0.0.1:8380) and WildFly (-Xmx1g, port
# offset 500: 8580 / 10490), loads 1,000,000 indicators through TAXII POST and measures.
# Arguments are passed to Maven, e.g. -Dbench.sizes=10000,50000 or -Dbench.check=true.
# The report goes to ear/target/taxii-bench/taxii-benchmark.md.
set -eu
cd "$(dirname "$0")/../.."
exec ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Ptaxii-bench -pl ear -am verify "$@"
