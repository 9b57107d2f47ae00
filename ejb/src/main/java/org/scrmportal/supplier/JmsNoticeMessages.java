package org.scrmportal.supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Announces notices on the topic {@value #TOPIC} as JSON text messages, through the server's
 * transactional connection factory ({@code java:/JmsXA}): the message is sent when the storing
 * transaction commits, and never if it rolls back. Properties {@code organization} and {@code
 * status} let subscribers select.
 */
@ApplicationScoped
public class JmsNoticeMessages implements NoticeMessages {

  public static final String TOPIC = "java:/jms/topic/scrm/advisory-notices";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  @Resource(lookup = TOPIC)
  Topic topic;

  @Override
  public void announce(Notice notice) {
    ObjectNode body = JSON.createObjectNode();
    body.put("noticeId", notice.id());
    body.put("organization", notice.organization().value());
    notice.recipient().ifPresent(r -> body.put("recipient", r));
    body.put("advisoryId", notice.advisoryId());
    body.put("publisher", notice.publisher().value());
    body.put("trackingId", notice.trackingId());
    body.put("title", notice.title());
    body.put("vulnerability", notice.vulnerability());
    body.put("cve", notice.cve());
    body.put("productId", notice.productId());
    body.put("productName", notice.productName());
    body.put("component", notice.component());
    body.put("status", notice.status().name());
    body.put("outcome", notice.outcome().name());
    body.put("tlp", notice.marking().level().label());
    context
        .createProducer()
        .setProperty("organization", notice.organization().value())
        .setProperty("status", notice.status().name())
        .send(topic, body.toString());
  }
}
