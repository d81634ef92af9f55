package io.github.qinglian.jdbc.druid;

import static com.google.common.base.Preconditions.checkNotNull;

import com.alibaba.druid.filter.FilterAdapter;
import com.alibaba.druid.filter.FilterChain;
import com.alibaba.druid.proxy.jdbc.CallableStatementProxy;
import com.alibaba.druid.proxy.jdbc.ConnectionProxy;
import com.alibaba.druid.proxy.jdbc.DataSourceProxy;
import com.alibaba.druid.proxy.jdbc.PreparedStatementProxy;
import com.alibaba.druid.proxy.jdbc.ResultSetProxy;
import com.alibaba.druid.proxy.jdbc.StatementProxy;
import io.github.qinglian.jdbc.Clearance;
import io.github.qinglian.jdbc.ColumnMask;
import io.github.qinglian.jdbc.DatabaseDialect;
import io.github.qinglian.jdbc.QueryRefusedException;
import io.github.qinglian.jdbc.StatementGuard;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 统方 guard as a filter of Alibaba Druid's pool, for an HIS that already runs
 * {@code DruidDataSource}: the same {@link StatementGuard} as {@code GuardedDataSource}, applied
 * in Druid's filter chain. Every {@code Statement.execute*} and {@code addBatch}, every
 * {@code prepareStatement} and {@code prepareCall} is checked before the driver sees it, and a
 * prepared statement is checked again when it runs in another context (so statements from
 * Druid's prepared-statement cache are judged for whoever runs them now). Refusals throw
 * {@link QueryRefusedException} (SQLState 42501); the driver's exceptions pass untouched.
 *
 * <p>Masking: when a verdict carries MASK_PRESCRIBER, a masked column reads as its pseudonym
 * through {@code getString}, {@code getNString}, {@code getObject} and the character streams, and
 * every other getter on it throws 42501. Unlike {@code GuardedDataSource}, the result's metadata
 * still reports the column's own type.
 *
 * <p>The dialect comes from the pool's {@code dbType} ({@code h2} reads as POSTGRESQL) unless the
 * guard sets one. Thread-safe. Druid calls {@code executeLargeUpdate} outside its filter chain;
 * use {@code executeUpdate} through this filter.
 *
 * <pre>{@code
 * DruidDataSource pool = new DruidDataSource();
 * pool.setUrl(url);
 * pool.setProxyFilters(Collections.singletonList(QinglianDruidFilter.of(guard)));
 * }</pre>
 */
public final class QinglianDruidFilter extends FilterAdapter {
  private static final String CLEARANCE = "qinglian.clearance";
  private static final String MASK = "qinglian.mask";
  private static final Object NO_MASK = new Object();

  private final StatementGuard guard;
  private volatile @Nullable String dialect;
  private volatile boolean dialectRead;

  private QinglianDruidFilter(StatementGuard guard) {
    this.guard = guard;
  }

  /** A filter enforcing {@code guard}. */
  public static QinglianDruidFilter of(StatementGuard guard) {
    return new QinglianDruidFilter(checkNotNull(guard, "guard"));
  }

  /** The guard. */
  public StatementGuard guard() {
    return guard;
  }

  @Override
  public void init(DataSourceProxy dataSource) {
    read(dataSource);
  }

  private void read(@Nullable DataSourceProxy dataSource) {
    String dbType = dataSource == null ? null : dataSource.getDbType();
    if (dbType != null) {
      dialect = DatabaseDialect.fromDruidDbType(dbType);
      dialectRead = true;
    }
  }

  /** The pool's dialect, read from its {@code dbType} once the pool knows it. */
  private @Nullable String dialect(@Nullable ConnectionProxy connection) {
    if (!dialectRead && connection != null) {
      read(connection.getDirectDataSource());
    }
    return dialect;
  }

  private Clearance check(StatementProxy statement, String sql) throws SQLException {
    Clearance c = guard.check(sql, dialect(statement.getConnectionProxy()));
    statement.putAttribute(CLEARANCE, c);
    return c;
  }

  private Clearance checkPrepared(PreparedStatementProxy statement) throws SQLException {
    Object earlier = statement.getAttribute(CLEARANCE);
    String d = dialect(statement.getConnectionProxy());
    Clearance c = earlier instanceof Clearance
        ? guard.checkAgain((Clearance) earlier, statement.getSql(), d)
        : guard.check(statement.getSql(), d);
    if (c != earlier) {
      statement.putAttribute(CLEARANCE, c);
    }
    return c;
  }

  // ---------------------------------------------------------------- preparing

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(connection, sql), c);
  }

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql, int autoGeneratedKeys)
      throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(connection, sql, autoGeneratedKeys), c);
  }

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql, int resultSetType,
      int resultSetConcurrency) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(
        connection, sql, resultSetType, resultSetConcurrency), c);
  }

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(
        connection, sql, resultSetType, resultSetConcurrency, resultSetHoldability), c);
  }

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql, int[] columnIndexes)
      throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(connection, sql, columnIndexes), c);
  }

  @Override
  public PreparedStatementProxy connection_prepareStatement(
      FilterChain chain, ConnectionProxy connection, String sql, String[] columnNames)
      throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareStatement(connection, sql, columnNames), c);
  }

  @Override
  public CallableStatementProxy connection_prepareCall(
      FilterChain chain, ConnectionProxy connection, String sql) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareCall(connection, sql), c);
  }

  @Override
  public CallableStatementProxy connection_prepareCall(
      FilterChain chain, ConnectionProxy connection, String sql, int resultSetType,
      int resultSetConcurrency) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(
        chain.connection_prepareCall(connection, sql, resultSetType, resultSetConcurrency), c);
  }

  @Override
  public CallableStatementProxy connection_prepareCall(
      FilterChain chain, ConnectionProxy connection, String sql, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    Clearance c = guard.check(sql, dialect(connection));
    return cleared(chain.connection_prepareCall(
        connection, sql, resultSetType, resultSetConcurrency, resultSetHoldability), c);
  }

  private static <S extends StatementProxy> S cleared(S statement, Clearance c) {
    if (statement != null) {
      statement.putAttribute(CLEARANCE, c);
    }
    return statement;
  }

  // ---------------------------------------------------------------- running

  @Override
  public boolean preparedStatement_execute(FilterChain chain, PreparedStatementProxy statement)
      throws SQLException {
    checkPrepared(statement);
    return chain.preparedStatement_execute(statement);
  }

  @Override
  public ResultSetProxy preparedStatement_executeQuery(
      FilterChain chain, PreparedStatementProxy statement) throws SQLException {
    checkPrepared(statement);
    return chain.preparedStatement_executeQuery(statement);
  }

  @Override
  public int preparedStatement_executeUpdate(FilterChain chain, PreparedStatementProxy statement)
      throws SQLException {
    checkPrepared(statement);
    return chain.preparedStatement_executeUpdate(statement);
  }

  @Override
  public boolean statement_execute(FilterChain chain, StatementProxy statement, String sql)
      throws SQLException {
    check(statement, sql);
    return chain.statement_execute(statement, sql);
  }

  @Override
  public boolean statement_execute(
      FilterChain chain, StatementProxy statement, String sql, int autoGeneratedKeys)
      throws SQLException {
    check(statement, sql);
    return chain.statement_execute(statement, sql, autoGeneratedKeys);
  }

  @Override
  public boolean statement_execute(
      FilterChain chain, StatementProxy statement, String sql, int[] columnIndexes)
      throws SQLException {
    check(statement, sql);
    return chain.statement_execute(statement, sql, columnIndexes);
  }

  @Override
  public boolean statement_execute(
      FilterChain chain, StatementProxy statement, String sql, String[] columnNames)
      throws SQLException {
    check(statement, sql);
    return chain.statement_execute(statement, sql, columnNames);
  }

  @Override
  public ResultSetProxy statement_executeQuery(
      FilterChain chain, StatementProxy statement, String sql) throws SQLException {
    check(statement, sql);
    return chain.statement_executeQuery(statement, sql);
  }

  @Override
  public int statement_executeUpdate(FilterChain chain, StatementProxy statement, String sql)
      throws SQLException {
    check(statement, sql);
    return chain.statement_executeUpdate(statement, sql);
  }

  @Override
  public int statement_executeUpdate(
      FilterChain chain, StatementProxy statement, String sql, int autoGeneratedKeys)
      throws SQLException {
    check(statement, sql);
    return chain.statement_executeUpdate(statement, sql, autoGeneratedKeys);
  }

  @Override
  public int statement_executeUpdate(
      FilterChain chain, StatementProxy statement, String sql, int[] columnIndexes)
      throws SQLException {
    check(statement, sql);
    return chain.statement_executeUpdate(statement, sql, columnIndexes);
  }

  @Override
  public int statement_executeUpdate(
      FilterChain chain, StatementProxy statement, String sql, String[] columnNames)
      throws SQLException {
    check(statement, sql);
    return chain.statement_executeUpdate(statement, sql, columnNames);
  }

  @Override
  public void statement_addBatch(FilterChain chain, StatementProxy statement, String sql)
      throws SQLException {
    guard.check(sql, dialect(statement.getConnectionProxy()));
    chain.statement_addBatch(statement, sql);
  }

  // ---------------------------------------------------------------- masking

  /** The mask of {@code rs}, computed on the first read and kept on the result set. */
  private static @Nullable ColumnMask mask(ResultSetProxy rs) throws SQLException {
    Object m = rs.getAttribute(MASK);
    if (m == null) {
      StatementProxy statement = rs.getStatementProxy();
      Object c = statement == null ? null : statement.getAttribute(CLEARANCE);
      ColumnMask mask = c instanceof Clearance && ((Clearance) c).masks()
          ? ((Clearance) c).columnMask(rs.getResultSetRaw().getMetaData()) : null;
      m = mask == null || !mask.any() ? NO_MASK : mask;
      rs.putAttribute(MASK, m);
    }
    return m == NO_MASK ? null : (ColumnMask) m;
  }

  private static void readable(ResultSetProxy rs, int columnIndex) throws SQLException {
    ColumnMask m = mask(rs);
    if (m != null && m.masked(columnIndex)) {
      throw QueryRefusedException.maskedRead(String.valueOf(columnIndex));
    }
  }

  private static void readable(ResultSetProxy rs, String columnLabel) throws SQLException {
    ColumnMask m = mask(rs);
    if (m != null && m.masked(columnLabel)) {
      throw QueryRefusedException.maskedRead(columnLabel);
    }
  }

  private static @Nullable ColumnMask maskOf(ResultSetProxy rs, int columnIndex)
      throws SQLException {
    ColumnMask m = mask(rs);
    return m != null && m.masked(columnIndex) ? m : null;
  }

  private static @Nullable ColumnMask maskOf(ResultSetProxy rs, String columnLabel)
      throws SQLException {
    ColumnMask m = mask(rs);
    return m != null && m.masked(columnLabel) ? m : null;
  }

  private static @Nullable Reader reader(@Nullable String s) {
    return s == null ? null : new StringReader(s);
  }

  @Override
  public @Nullable String resultSet_getString(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    String v = chain.resultSet_getString(rs, columnIndex);
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? v : m.pseudonym(v);
  }

  @Override
  public @Nullable String resultSet_getString(
      FilterChain chain, ResultSetProxy rs, String columnLabel) throws SQLException {
    String v = chain.resultSet_getString(rs, columnLabel);
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? v : m.pseudonym(v);
  }

  @Override
  public @Nullable String resultSet_getNString(
      FilterChain chain, ResultSetProxy rs, int columnIndex) throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? chain.resultSet_getNString(rs, columnIndex)
        : m.pseudonym(chain.resultSet_getString(rs, columnIndex));
  }

  @Override
  public @Nullable String resultSet_getNString(
      FilterChain chain, ResultSetProxy rs, String columnLabel) throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? chain.resultSet_getNString(rs, columnLabel)
        : m.pseudonym(chain.resultSet_getString(rs, columnLabel));
  }

  @Override
  public @Nullable Object resultSet_getObject(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? chain.resultSet_getObject(rs, columnIndex)
        : m.pseudonym(chain.resultSet_getString(rs, columnIndex));
  }

  @Override
  public @Nullable Object resultSet_getObject(
      FilterChain chain, ResultSetProxy rs, String columnLabel) throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? chain.resultSet_getObject(rs, columnLabel)
        : m.pseudonym(chain.resultSet_getString(rs, columnLabel));
  }

  @Override
  public @Nullable Object resultSet_getObject(
      FilterChain chain, ResultSetProxy rs, int columnIndex, Map<String, Class<?>> map)
      throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? chain.resultSet_getObject(rs, columnIndex, map)
        : m.pseudonym(chain.resultSet_getString(rs, columnIndex));
  }

  @Override
  public @Nullable Object resultSet_getObject(
      FilterChain chain, ResultSetProxy rs, String columnLabel, Map<String, Class<?>> map)
      throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? chain.resultSet_getObject(rs, columnLabel, map)
        : m.pseudonym(chain.resultSet_getString(rs, columnLabel));
  }

  @Override
  public <T> @Nullable T resultSet_getObject(
      FilterChain chain, ResultSetProxy rs, int columnIndex, Class<T> type) throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    if (m == null) {
      return chain.resultSet_getObject(rs, columnIndex, type);
    }
    if (!type.isAssignableFrom(String.class)) {
      throw QueryRefusedException.maskedRead(String.valueOf(columnIndex));
    }
    return type.cast(m.pseudonym(chain.resultSet_getString(rs, columnIndex)));
  }

  @Override
  public <T> @Nullable T resultSet_getObject(
      FilterChain chain, ResultSetProxy rs, String columnLabel, Class<T> type)
      throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    if (m == null) {
      return chain.resultSet_getObject(rs, columnLabel, type);
    }
    if (!type.isAssignableFrom(String.class)) {
      throw QueryRefusedException.maskedRead(columnLabel);
    }
    return type.cast(m.pseudonym(chain.resultSet_getString(rs, columnLabel)));
  }

  @Override
  public @Nullable Reader resultSet_getCharacterStream(
      FilterChain chain, ResultSetProxy rs, int columnIndex) throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? chain.resultSet_getCharacterStream(rs, columnIndex)
        : reader(m.pseudonym(chain.resultSet_getString(rs, columnIndex)));
  }

  @Override
  public @Nullable Reader resultSet_getCharacterStream(
      FilterChain chain, ResultSetProxy rs, String columnLabel) throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? chain.resultSet_getCharacterStream(rs, columnLabel)
        : reader(m.pseudonym(chain.resultSet_getString(rs, columnLabel)));
  }

  @Override
  public @Nullable Reader resultSet_getNCharacterStream(
      FilterChain chain, ResultSetProxy rs, int columnIndex) throws SQLException {
    ColumnMask m = maskOf(rs, columnIndex);
    return m == null ? chain.resultSet_getNCharacterStream(rs, columnIndex)
        : reader(m.pseudonym(chain.resultSet_getString(rs, columnIndex)));
  }

  @Override
  public @Nullable Reader resultSet_getNCharacterStream(
      FilterChain chain, ResultSetProxy rs, String columnLabel) throws SQLException {
    ColumnMask m = maskOf(rs, columnLabel);
    return m == null ? chain.resultSet_getNCharacterStream(rs, columnLabel)
        : reader(m.pseudonym(chain.resultSet_getString(rs, columnLabel)));
  }

  // Every other getter cannot carry a pseudonym: on a masked column it is refused.

  @Override
  public Array resultSet_getArray(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getArray(rs, columnIndex);
  }

  @Override
  public Array resultSet_getArray(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getArray(rs, columnLabel);
  }

  @Override
  public InputStream resultSet_getAsciiStream(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getAsciiStream(rs, columnIndex);
  }

  @Override
  public InputStream resultSet_getAsciiStream(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getAsciiStream(rs, columnLabel);
  }

  @Override
  public BigDecimal resultSet_getBigDecimal(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBigDecimal(rs, columnIndex);
  }

  @Override
  public BigDecimal resultSet_getBigDecimal(FilterChain chain, ResultSetProxy rs, int columnIndex, int x)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBigDecimal(rs, columnIndex, x);
  }

  @Override
  public BigDecimal resultSet_getBigDecimal(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBigDecimal(rs, columnLabel);
  }

  @Override
  public BigDecimal resultSet_getBigDecimal(FilterChain chain, ResultSetProxy rs, String columnLabel, int x)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBigDecimal(rs, columnLabel, x);
  }

  @Override
  public InputStream resultSet_getBinaryStream(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBinaryStream(rs, columnIndex);
  }

  @Override
  public InputStream resultSet_getBinaryStream(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBinaryStream(rs, columnLabel);
  }

  @Override
  public Blob resultSet_getBlob(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBlob(rs, columnIndex);
  }

  @Override
  public Blob resultSet_getBlob(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBlob(rs, columnLabel);
  }

  @Override
  public boolean resultSet_getBoolean(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBoolean(rs, columnIndex);
  }

  @Override
  public boolean resultSet_getBoolean(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBoolean(rs, columnLabel);
  }

  @Override
  public byte resultSet_getByte(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getByte(rs, columnIndex);
  }

  @Override
  public byte resultSet_getByte(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getByte(rs, columnLabel);
  }

  @Override
  public byte[] resultSet_getBytes(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getBytes(rs, columnIndex);
  }

  @Override
  public byte[] resultSet_getBytes(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getBytes(rs, columnLabel);
  }

  @Override
  public Clob resultSet_getClob(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getClob(rs, columnIndex);
  }

  @Override
  public Clob resultSet_getClob(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getClob(rs, columnLabel);
  }

  @Override
  public Date resultSet_getDate(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getDate(rs, columnIndex);
  }

  @Override
  public Date resultSet_getDate(FilterChain chain, ResultSetProxy rs, int columnIndex, Calendar x)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getDate(rs, columnIndex, x);
  }

  @Override
  public Date resultSet_getDate(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getDate(rs, columnLabel);
  }

  @Override
  public Date resultSet_getDate(FilterChain chain, ResultSetProxy rs, String columnLabel, Calendar x)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getDate(rs, columnLabel, x);
  }

  @Override
  public double resultSet_getDouble(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getDouble(rs, columnIndex);
  }

  @Override
  public double resultSet_getDouble(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getDouble(rs, columnLabel);
  }

  @Override
  public float resultSet_getFloat(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getFloat(rs, columnIndex);
  }

  @Override
  public float resultSet_getFloat(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getFloat(rs, columnLabel);
  }

  @Override
  public int resultSet_getInt(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getInt(rs, columnIndex);
  }

  @Override
  public int resultSet_getInt(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getInt(rs, columnLabel);
  }

  @Override
  public long resultSet_getLong(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getLong(rs, columnIndex);
  }

  @Override
  public long resultSet_getLong(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getLong(rs, columnLabel);
  }

  @Override
  public NClob resultSet_getNClob(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getNClob(rs, columnIndex);
  }

  @Override
  public NClob resultSet_getNClob(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getNClob(rs, columnLabel);
  }

  @Override
  public Ref resultSet_getRef(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getRef(rs, columnIndex);
  }

  @Override
  public Ref resultSet_getRef(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getRef(rs, columnLabel);
  }

  @Override
  public RowId resultSet_getRowId(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getRowId(rs, columnIndex);
  }

  @Override
  public RowId resultSet_getRowId(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getRowId(rs, columnLabel);
  }

  @Override
  public short resultSet_getShort(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getShort(rs, columnIndex);
  }

  @Override
  public short resultSet_getShort(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getShort(rs, columnLabel);
  }

  @Override
  public SQLXML resultSet_getSQLXML(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getSQLXML(rs, columnIndex);
  }

  @Override
  public SQLXML resultSet_getSQLXML(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getSQLXML(rs, columnLabel);
  }

  @Override
  public Time resultSet_getTime(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getTime(rs, columnIndex);
  }

  @Override
  public Time resultSet_getTime(FilterChain chain, ResultSetProxy rs, int columnIndex, Calendar x)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getTime(rs, columnIndex, x);
  }

  @Override
  public Time resultSet_getTime(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getTime(rs, columnLabel);
  }

  @Override
  public Time resultSet_getTime(FilterChain chain, ResultSetProxy rs, String columnLabel, Calendar x)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getTime(rs, columnLabel, x);
  }

  @Override
  public Timestamp resultSet_getTimestamp(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getTimestamp(rs, columnIndex);
  }

  @Override
  public Timestamp resultSet_getTimestamp(FilterChain chain, ResultSetProxy rs, int columnIndex, Calendar x)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getTimestamp(rs, columnIndex, x);
  }

  @Override
  public Timestamp resultSet_getTimestamp(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getTimestamp(rs, columnLabel);
  }

  @Override
  public Timestamp resultSet_getTimestamp(FilterChain chain, ResultSetProxy rs, String columnLabel, Calendar x)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getTimestamp(rs, columnLabel, x);
  }

  @Override
  public InputStream resultSet_getUnicodeStream(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getUnicodeStream(rs, columnIndex);
  }

  @Override
  public InputStream resultSet_getUnicodeStream(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getUnicodeStream(rs, columnLabel);
  }

  @Override
  public URL resultSet_getURL(FilterChain chain, ResultSetProxy rs, int columnIndex)
      throws SQLException {
    readable(rs, columnIndex);
    return chain.resultSet_getURL(rs, columnIndex);
  }

  @Override
  public URL resultSet_getURL(FilterChain chain, ResultSetProxy rs, String columnLabel)
      throws SQLException {
    readable(rs, columnLabel);
    return chain.resultSet_getURL(rs, columnLabel);
  }
}
