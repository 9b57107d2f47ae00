package org.scrmportal.supplier;

/**
 * Where notices are announced beyond the inbox, for later delivery channels: a JMS topic in the
 * server ({@link JmsNoticeMessages}). Sent inside the storing transaction, so a store that rolls
 * back announces nothing.
 */
public interface NoticeMessages {

  void announce(Notice notice);
}
