package org.scrmportal.it.supplier;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test only, deployed beside the portal in its own WAR: a subscriber of the advisory-notices topic,
 * as a later delivery channel would be. {@code POST} subscribes (anew); {@code GET ?wait=ms}
 * returns the JSON bodies received since, as a JSON array, waiting up to {@code wait} for the first
 * one.
 */
@WebServlet("/messages")
public class NoticeProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:/ConnectionFactory")
  private ConnectionFactory factory;

  @Resource(lookup = "java:/jms/topic/scrm/advisory-notices")
  private Topic topic;

  private static JMSContext context;
  private static JMSConsumer consumer;

  @Override
  protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (context != null) {
      context.close();
    }
    context = factory.createContext();
    consumer = context.createConsumer(topic);
    response.setStatus(204);
  }

  @Override
  protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long wait =
        Long.parseLong(request.getParameter("wait") == null ? "0" : request.getParameter("wait"));
    List<String> bodies = new ArrayList<>();
    if (consumer != null) {
      String body = consumer.receiveBody(String.class, Math.max(wait, 1));
      while (body != null) {
        bodies.add(body);
        body = consumer.receiveBody(String.class, 500);
      }
    }
    response.setContentType("application/json");
    response.getWriter().write("[" + String.join(",", bodies) + "]");
  }
}
