package org.scrmportal.baseline.oscal;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two timings issue 10 sets targets for (docs/BENCHMARKS.md): reading and validating NIST's
 * HIGH resolved catalog (schema, binding, Metaschema constraints; target 2 s) and resolving the
 * HIGH profile against it (target 1 s). Each invocation is a cold read (no cache of validated
 * documents). Run with:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench.cp) \
 *     org.openjdk.jmh.Main OscalBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OscalBenchmark {

  private byte[] highCatalog;
  private OscalDocuments documents;
  private OscalDocument fullCatalog;
  private OscalDocument highProfile;
  private ImportSource source;

  @Setup
  public void setUp() {
    highCatalog = Nist.bytes(Nist.HIGH_CATALOG);
    documents = new OscalDocuments(OscalLimits.DEFAULTS, false);
    fullCatalog = documents.read(highCatalog);
    highProfile = documents.read(Nist.bytes(Nist.profile("HIGH")));
    source = Nist.highCatalogAsFullCatalog(fullCatalog);
  }

  /** Limits, JSON schema, binding, constraints, our model. */
  @Benchmark
  public Catalog readAndValidateHighCatalog() {
    return documents.catalogOf(documents.read(highCatalog));
  }

  /** Resolution of the HIGH profile with the HIGH catalog as its import; model and JSON. */
  @Benchmark
  public ResolvedCatalog resolveHighProfile() {
    return new ProfileResolution().resolve(highProfile, source);
  }
}
