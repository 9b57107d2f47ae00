package org.scrmportal.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository method that reads stored data without the access policy's predicate, on
 * purpose: what it reads never reaches a caller as such. The architecture test lets only such
 * methods read over JDBC without the predicate, and the reason is there for every reviewer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UnfilteredRead {

  /** Why this read needs no access decision. */
  String value();
}
