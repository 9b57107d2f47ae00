package org.scrmportal.baseline.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingDocumentsTest {

  private static List<MappingDocuments.Row> read(String text) {
    return MappingDocuments.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<MappingProblem> problems(String text) {
    return assertThrows(MappingInvalid.class, () -> read(text)).problems();
  }

  @Test
  void csvRowsAreReadWithQuotedFieldsAndDefaults() {
    List<MappingDocuments.Row> rows =
        read(
            "source_scheme,source_id,catalog,control,relationship,comment\r\n"
                + "attack,T1195.002,NIST SP 800-53,SR-3,,\"supply chain, compromise \"\"software\"\"\"\n"
                + "\n"
                + "cwe,cwe-79,NIST_SP-800-53_rev5,SI-10(1),detects,\n");
    assertEquals(2, rows.size());
    MappingDocuments.Row first = rows.get(0);
    assertEquals(MappingScheme.ATTACK, first.scheme());
    assertEquals("T1195.002", first.sourceId());
    assertEquals("sr-3", first.controlId());
    assertEquals("mitigates", first.relationship());
    assertEquals("supply chain, compromise \"software\"", first.comment());
    assertEquals("CWE-79", rows.get(1).sourceId());
    assertEquals("si-10.1", rows.get(1).controlId());
    assertEquals("detects", rows.get(1).relationship());
  }

  @Test
  void jsonRowsAreReadTheSameWay() {
    List<MappingDocuments.Row> rows =
        read(
            "{\"mappings\":[{\"source_scheme\":\"capec\",\"source_id\":\"CAPEC-437\","
                + "\"catalog\":\"NIST SP 800-53\",\"control\":\"sr-11\"}]}");
    assertEquals(1, rows.size());
    assertEquals(MappingScheme.CAPEC, rows.get(0).scheme());
    assertEquals("sr-11", rows.get(0).controlId());
  }

  @Test
  void everyBadFieldIsNamedWithItsRowAndColumn() {
    List<MappingProblem> problems =
        problems(
            "source_scheme,source_id,catalog,control\n"
                + "attack,T1195.002,NIST SP 800-53,SR-3\n"
                + "tactic,TA0001,NIST SP 800-53,SR-3\n"
                + "attack,1195,NIST SP 800-53,SR-3\n"
                + "cwe,CWE-79,,not a control\n");
    assertTrue(
        problems.contains(
            new MappingProblem(2, "source_scheme", "must be one of attack, capec, cwe, stix")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.row() == 3 && p.column().equals("source_id")));
    assertTrue(problems.stream().anyMatch(p -> p.row() == 4 && p.column().equals("catalog")));
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void aBadControlAndRelationshipAreNamed() {
    List<MappingProblem> problems =
        problems(
            "{\"mappings\":[{\"source_scheme\":\"cwe\",\"source_id\":\"CWE-1\","
                + "\"catalog\":\"c\",\"control\":\"SR\",\"relationship\":\"causes\"}]}");
    assertTrue(problems.stream().anyMatch(p -> p.row() == 1 && p.column().equals("control")));
    assertTrue(problems.stream().anyMatch(p -> p.row() == 1 && p.column().equals("relationship")));
  }

  @Test
  void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefused() {
    List<MappingProblem> problems = problems("source_scheme,source_id,catalog,severity\n");
    assertTrue(
        problems.contains(new MappingProblem(0, "severity", "is not a column of a mapping")));
    assertTrue(problems.stream().anyMatch(p -> p.column().equals("control")));
  }

  @Test
  void unknownJsonMembersAndWrongTypesAreRefused() {
    List<MappingProblem> problems =
        problems(
            "[{\"source_scheme\":\"cwe\",\"source_id\":79,\"catalog\":\"c\",\"control\":\"SR-3\","
                + "\"extra\":\"x\"}]");
    assertTrue(problems.contains(new MappingProblem(1, "source_id", "must be a string")));
    assertTrue(problems.contains(new MappingProblem(1, "extra", "is not a column of a mapping")));
  }

  @Test
  void limitsOnSizeRowsAndFormAreKept() {
    byte[] huge = new byte[MappingDocuments.MAX_BYTES + 1];
    assertThrows(MappingInvalid.class, () -> MappingDocuments.read(huge));
    StringBuilder many = new StringBuilder("source_scheme,source_id,catalog,control\n");
    for (int i = 0; i <= MappingDocuments.MAX_ROWS; i++) {
      many.append("cwe,CWE-").append(i + 1).append(",c,SR-3\n");
    }
    assertTrue(problems(many.toString()).get(0).message().contains("at most"));
    assertTrue(problems("").get(0).message().contains("no rows"));
    assertTrue(problems("{not json").get(0).message().contains("Not valid JSON"));
    assertTrue(
        problems("source_scheme,source_id,catalog,control\n\"cwe,CWE-1,c,SR-3\n")
            .get(0)
            .message()
            .contains("not closed"));
  }
}
