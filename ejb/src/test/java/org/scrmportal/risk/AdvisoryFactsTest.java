package org.scrmportal.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What the risk formula reads of a CSAF vulnerability: CSAF 2.0 sections 3.2.3.11 and 3.2.3.13. */
class AdvisoryFactsTest {

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text.replace('\'', '"'));
  }

  @Test
  void theHighestBaseScoreOfTheNamedVulnerabilityAndAnExploitStatus() throws Exception {
    JsonNode doc =
        json(
            "{'vulnerabilities':["
                + "{'cve':'CVE-2099-1','scores':[{'cvss_v3':{'version':'3.1','baseScore':9.8}}]},"
                + "{'cve':'CVE-2099-2','scores':["
                + "{'cvss_v2':{'version':'2.0','baseScore':7.5}},"
                + "{'cvss_v3':{'version':'3.0','baseScore':6.1}}],"
                + "'threats':[{'category':'exploit_status','details':'Exploit code is public'}]}]}");
    AdvisoryFacts second = AdvisoryFacts.of(doc, "CVE-2099-2");
    assertEquals(7.5, second.cvss());
    assertEquals("cvss_v2 2.0", second.cvssSource());
    assertEquals("exploit_status: Exploit code is public", second.exploitation());
    AdvisoryFacts first = AdvisoryFacts.of(doc, "CVE-2099-1");
    assertEquals(9.8, first.cvss());
    assertNull(first.exploitation());
  }

  @Test
  void aDenialIsNoExploitationAndNotesCount() throws Exception {
    JsonNode doc =
        json(
            "{'vulnerabilities':[{'ids':[{'system_name':'ACME','text':'A-1'}],"
                + "'threats':[{'category':'exploit_status','details':'No known exploitation.'}],"
                + "'notes':[{'category':'summary','text':'A flaw. It is not exploited in the wild.'}]},"
                + "{'notes':[{'category':'details','text':'Bad. It is actively exploited since May.'}]}]}");
    AdvisoryFacts denied = AdvisoryFacts.of(doc, "ACME:A-1");
    assertNull(denied.exploitation());
    assertNull(denied.cvss());
    assertEquals(
        "note: It is actively exploited since May.", AdvisoryFacts.of(doc, "#1").exploitation());
    assertEquals(AdvisoryFacts.NONE, AdvisoryFacts.of(doc, "CVE-0000-0"));
  }
}
