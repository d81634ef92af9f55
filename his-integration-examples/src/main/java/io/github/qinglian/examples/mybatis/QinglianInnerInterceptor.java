package io.github.qinglian.examples.mybatis;

import com.baomidou.mybatisplus.extension.plugins.inner.InnerInterceptor;
import io.github.qinglian.QueryChecker;
import io.github.qinglian.jdbc.Clearance;
import io.github.qinglian.jdbc.DatabaseDialect;
import io.github.qinglian.jdbc.QueryRefusedException;
import io.github.qinglian.jdbc.StatementGuard;
import java.sql.SQLException;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.jspecify.annotations.Nullable;

/**
 * The 统方 guard as a MyBatis-Plus {@link InnerInterceptor}, for an HIS whose mappers run on a
 * {@code MybatisPlusInterceptor} and that cannot wrap its {@code DataSource}: every mapped
 * select, insert, update and delete is checked, with its final SQL (dynamic SQL resolved,
 * {@code ?} for parameters), by the same {@link StatementGuard} as the JDBC layer's, before
 * MyBatis prepares it. A refusal throws {@link QueryRefusedException} (SQLState 42501), which
 * MyBatis hands to the mapper's caller as the cause of its {@code PersistenceException}.
 *
 * <p>An interceptor sees statements, not rows: it cannot mask a result. A verdict that carries
 * {@code MASK_PRESCRIBER} is therefore refused here (fail closed: SQLState 42501, message
 * {@code Qinglian refused the statement: decision=MASK_PRESCRIBER cannot be applied by a MyBatis
 * interceptor; run it on a GuardedDataSource; classification=PRESCRIBER_STATS}), and a hospital
 * that approves masked statistics runs those mappers on a {@code GuardedDataSource}, which masks;
 * the two may be combined, the interceptor then passing what the data source masks (see
 * {@link #masksDownstream}).
 *
 * <pre>{@code
 * MybatisPlusInterceptor plugins = new MybatisPlusInterceptor();
 * plugins.addInnerInterceptor(new QinglianInnerInterceptor(guard));
 * configuration.addInterceptor(plugins);
 * }</pre>
 */
public final class QinglianInnerInterceptor implements InnerInterceptor {
  /** The message of a refused masked verdict, followed by the classification. */
  static final String UNMASKABLE = "Qinglian refused the statement: decision=MASK_PRESCRIBER"
      + " cannot be applied by a MyBatis interceptor; run it on a GuardedDataSource;"
      + " classification=";

  private final StatementGuard guard;
  private final boolean masksDownstream;
  private volatile @Nullable String dialect;
  private volatile boolean dialectRead;

  /** An interceptor enforcing {@code guard}; masked verdicts are refused. */
  public QinglianInnerInterceptor(StatementGuard guard) {
    this(guard, false);
  }

  private QinglianInnerInterceptor(StatementGuard guard, boolean masksDownstream) {
    this.guard = guard;
    this.masksDownstream = masksDownstream;
  }

  /**
   * An interceptor for mappers whose data source is a {@code GuardedDataSource} with the same
   * guard: masked verdicts pass here, and the data source masks the rows.
   */
  public static QinglianInnerInterceptor masksDownstream(StatementGuard guard) {
    return new QinglianInnerInterceptor(guard, true);
  }

  /** A guard over {@code checker} with defaults, for a quick start. */
  public static QinglianInnerInterceptor of(QueryChecker checker) {
    return new QinglianInnerInterceptor(StatementGuard.newBuilder(checker).build());
  }

  @Override
  @SuppressWarnings("rawtypes") // MyBatis declares the raw ResultHandler
  public void beforeQuery(Executor executor, MappedStatement ms, Object parameter,
      RowBounds rowBounds, ResultHandler resultHandler, BoundSql boundSql) throws SQLException {
    check(executor, boundSql.getSql());
  }

  @Override
  public void beforeUpdate(Executor executor, MappedStatement ms, Object parameter)
      throws SQLException {
    check(executor, ms.getBoundSql(parameter).getSql());
  }

  private void check(Executor executor, String sql) throws SQLException {
    Clearance c = guard.check(sql, dialect(executor));
    if (c.masks() && !masksDownstream) {
      throw new SQLException(UNMASKABLE + c.verdict().classification(),
          QueryRefusedException.SQL_STATE, 0);
    }
  }

  private @Nullable String dialect(Executor executor) throws SQLException {
    if (guard.dialect() == null && !dialectRead) {
      dialect = DatabaseDialect.fromProductName(
          executor.getTransaction().getConnection().getMetaData().getDatabaseProductName());
      dialectRead = true;
    }
    return dialect;
  }
}
