package org.scrmportal.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrmportal.baseline.oscal.Param;
import org.scrmportal.baseline.oscal.Part;
import org.scrmportal.baseline.oscal.Prop;
import org.scrmportal.baseline.oscal.Select;

class ControlProseTest {

  private final ControlProse prose =
      new ControlProse(
          Map.of(
              "p1", new Param("p1", "supply chain personnel", null, null, null, null),
              "p2", new Param("p2", null, List.of("monthly"), null, null, null),
              "p3",
                  new Param(
                      "p3",
                      null,
                      null,
                      new Select("one-or-more", List.of("a plan", "{{ insert: param, p1 }}")),
                      null,
                      null)));

  @Test
  void everythingOfTheDocumentIsEscaped() {
    String html = prose.html("<script>alert('x')</script> & <b onclick=\"y\">bold</b>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<b "), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"), html);
    Part part =
        new Part(
            "x\"><img src=x>",
            "item",
            "<i>t</i>",
            "p",
            List.of(new Prop("label", "<a>", null, null)),
            null);
    String items = prose.html(new Part("s", "statement", null, null, null, List.of(part)));
    assertFalse(items.contains("<img"), items);
    assertFalse(items.contains("<i>"), items);
    assertFalse(items.contains("<a>"), items);
  }

  @Test
  void markdownAndInsertions() {
    assertEquals(
        "<p><strong>Do</strong> <em>this</em> with <code>x</code><br/>then</p><p>next</p>",
        prose.html("**Do** *this* with `x`\nthen\n\nnext"));
    assertEquals(
        "<p>coordinate with <span class=\"param-insert\">[Assignment: supply chain personnel]"
            + "</span>, <span class=\"param-insert\">monthly</span></p>",
        prose.html("coordinate with {{ insert: param, p1 }}, {{ insert: param, p2 }}"));
    assertEquals(
        "[Selection (one or more): a plan; [Assignment: supply chain personnel]]",
        prose.insertion("p3"));
    assertEquals("[Assignment: nope]", prose.insertion("nope"));
  }
}
