package org.scrmportal.web.ui;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrmportal.baseline.oscal.Param;
import org.scrmportal.baseline.oscal.Part;
import org.scrmportal.baseline.oscal.Prop;

/**
 * OSCAL prose (markdown, OSCAL 1.1 "markup-multiline") as HTML for the control page. Everything is
 * escaped first, so no HTML of a document ever reaches a page; then a few markdown forms become
 * markup: {@code **strong**}, {@code *em*}, {@code `code`}, paragraphs and line breaks, and
 * parameter insertions ({@code {{ insert: param, sr-3_prm_1 }}}) become the parameter's value, or
 * "[Assignment: label]" / "[Selection: a; b]" as NIST writes them.
 */
public final class ControlProse {

  private static final Pattern INSERT =
      Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}");
  private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
  private static final Pattern EM = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

  private final Map<String, Param> params;

  /**
   * @param params the parameters insertions may name, by id
   */
  public ControlProse(Map<String, Param> params) {
    this.params = Map.copyOf(params);
  }

  /** One prose text as HTML paragraphs. */
  public String html(String prose) {
    if (prose == null || prose.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : prose.strip().split("\\n\\s*\\n")) {
      out.append("<p>").append(inline(paragraph.strip()).replace("\n", "<br/>")).append("</p>");
    }
    return out.toString();
  }

  /**
   * A part and its sub-parts (a statement's items a., b., 1., ...) as nested lists, each item with
   * its label; the part's own title is left to the page.
   */
  public String html(Part part) {
    StringBuilder out = new StringBuilder();
    out.append(html(part.prose()));
    appendItems(part.parts(), out);
    return out.toString();
  }

  private void appendItems(List<Part> parts, StringBuilder out) {
    if (parts.isEmpty()) {
      return;
    }
    out.append("<ul class=\"control-items\">");
    for (Part p : parts) {
      out.append("<li");
      if (p.id() != null) {
        out.append(" id=\"").append(escape(p.id())).append('"');
      }
      out.append('>');
      String label = label(p.props());
      if (!label.isEmpty()) {
        out.append("<span class=\"item-label\">").append(escape(label)).append("</span> ");
      }
      if (p.title() != null && !p.title().isBlank()) {
        out.append("<strong>").append(escape(p.title())).append("</strong> ");
      }
      if (p.prose() != null) {
        out.append(inline(p.prose().strip()).replace("\n", "<br/>"));
      }
      appendItems(p.parts(), out);
      out.append("</li>");
    }
    out.append("</ul>");
  }

  private static String label(List<Prop> props) {
    return props.stream()
        .filter(
            p ->
                // the facade gives OSCAL's own namespace as null (Prop.ns)
                p.name().equals("label") && p.ns() == null && p.clazz() == null)
        .map(Prop::value)
        .findFirst()
        .orElse("");
  }

  /** Escaped text with the inline forms and insertions. */
  String inline(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = INSERT.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(markup(escape(text.substring(last, m.start()))));
      out.append("<span class=\"param-insert\">")
          .append(escape(insertion(m.group(1))))
          .append("</span>");
      last = m.end();
    }
    out.append(markup(escape(text.substring(last))));
    return out.toString();
  }

  /** What an insertion shows: the parameter's values, else its selection or assignment. */
  public String insertion(String paramId) {
    Param p = params.get(paramId);
    if (p == null) {
      return "[Assignment: " + paramId + "]";
    }
    if (!p.values().isEmpty()) {
      return String.join(", ", p.values());
    }
    if (p.select() != null) {
      String how = "one-or-more".equals(p.select().howMany()) ? " (one or more)" : "";
      return "[Selection"
          + how
          + ": "
          + String.join("; ", p.select().choices().stream().map(this::plain).toList())
          + "]";
    }
    return "[Assignment: " + (p.label() == null ? paramId : p.label()) + "]";
  }

  /** A choice may itself insert parameters: as plain text. */
  private String plain(String text) {
    Matcher m = INSERT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(insertion(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String markup(String escaped) {
    String s = CODE.matcher(escaped).replaceAll("<code>$1</code>");
    s = STRONG.matcher(s).replaceAll("<strong>$1</strong>");
    return EM.matcher(s).replaceAll("<em>$1</em>");
  }

  /** HTML escaping of text and attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
