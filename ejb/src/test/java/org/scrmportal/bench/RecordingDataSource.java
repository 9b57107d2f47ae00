package org.scrmportal.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over one physical connection (a pool of one: the benchmark is single-threaded, so
 * Hibernate's "close" returns the connection to the pool, as in the server), which records the SQL
 * of every prepared statement it executes with the values bound to it, in the order Hibernate set
 * them. Those executions can then be replayed under {@code EXPLAIN} on the same connection.
 */
final class RecordingDataSource implements DataSource, AutoCloseable {

  /** One {@code setXxx(index, value, ...)} call on a prepared statement. */
  record Binding(Method method, Object[] args) {

    int index() {
      return (Integer) args[0];
    }

    void applyTo(PreparedStatement statement) throws SQLException {
      invoke(statement, method, args);
    }

    /** The bound value as an SQL literal, for {@code EXECUTE} and for people reading the report. */
    String literal() {
      if (method.getName().equals("setNull") || args[1] == null) {
        return "NULL";
      }
      Object value = args[1];
      if (value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      String text =
          value instanceof Timestamp timestamp
              ? timestamp.toInstant().toString()
              : value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
      return "'" + text.replace("'", "''") + "'";
    }
  }

  /** A statement as the database received it. */
  record Execution(String sql, List<Binding> bindings) {}

  private final Connection physical;
  private final Connection shared;
  private List<Execution> recording;

  RecordingDataSource(Connection physical) {
    this.physical = physical;
    this.shared =
        (Connection)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> onConnection(proxy, method, args));
  }

  /** The connection under the proxies, for the benchmark's own statements. */
  Connection physical() {
    return physical;
  }

  void startRecording() {
    recording = new ArrayList<>();
  }

  List<Execution> stopRecording() {
    List<Execution> executions = List.copyOf(recording);
    recording = null;
    return executions;
  }

  private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "close":
        return null; // back to the pool of one
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return "RecordingDataSource connection over " + physical;
      case "prepareStatement":
        {
          PreparedStatement statement = (PreparedStatement) invoke(physical, method, args);
          return recordingStatement(statement, (String) args[0]);
        }
      default:
        return invoke(physical, method, args);
    }
  }

  private PreparedStatement recordingStatement(PreparedStatement statement, String sql) {
    List<Binding> bindings = new ArrayList<>();
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.startsWith("set")
                  && args != null
                  && args.length >= 2
                  && args[0] instanceof Integer) {
                bindings.removeIf(b -> b.index() == (Integer) args[0]);
                bindings.add(new Binding(method, args.clone()));
              } else if (name.equals("clearParameters")) {
                bindings.clear();
              } else if (name.startsWith("execute")
                  && (args == null || args.length == 0)
                  && recording != null) {
                recording.add(new Execution(sql, List.copyOf(bindings)));
              } else if (name.equals("getConnection")) {
                return shared;
              } else if (name.equals("equals")) {
                return proxy == args[0];
              } else if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
              }
              return invoke(statement, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new SQLException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Connection getConnection() {
    return shared;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return shared;
  }

  @Override
  public void close() throws SQLException {
    physical.close();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no log
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // connected already
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
