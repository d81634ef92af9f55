package io.github.qinglian.examples.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baomidou.mybatisplus.core.MybatisConfiguration;
import com.baomidou.mybatisplus.core.MybatisSqlSessionFactoryBuilder;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.examples.jdbc.DemoChecker;
import io.github.qinglian.examples.jdbc.HisDatabase;
import io.github.qinglian.examples.jdbc.JdbcDemo;
import io.github.qinglian.jdbc.GuardedDataSource;
import io.github.qinglian.jdbc.QueryContext;
import io.github.qinglian.jdbc.QueryRefusedException;
import io.github.qinglian.jdbc.StatementGuard;
import io.github.qinglian.model.Requester;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.Test;

class QinglianInnerInterceptorTest {
  /** The HIS's mapper, as it already is. */
  public interface PrescriptionMapper {
    @Select("SELECT ypdm, sl, je FROM mz_cfmx WHERE cfh = #{cfh} ORDER BY ypdm")
    List<Map<String, Object>> lines(@Param("cfh") String cfh);

    @Select("SELECT z.ysdm, SUM(m.je) AS total FROM mz_cfzb z JOIN mz_cfmx m ON m.cfh = z.cfh"
        + " GROUP BY z.ysdm ORDER BY z.ysdm")
    List<Map<String, Object>> tally();

    @Insert("INSERT INTO mz_cfmx SELECT m.* FROM mz_cfmx m JOIN mz_cfzb z ON z.cfh = m.cfh"
        + " GROUP BY z.ysdm")
    int copyTally();

    @Select("SELECT COUNT(*) FROM mz_cfmx")
    int lineCount();
  }

  private static final Requester PHARMACIST = Requester.newBuilder().userId("YJ007")
      .roles(ImmutableSet.of("PHARMACY")).build();

  private static SqlSessionFactory factory(DataSource ds, QinglianInnerInterceptor guard) {
    MybatisConfiguration config = new MybatisConfiguration(
        new Environment("his", new JdbcTransactionFactory(), ds));
    config.setMapUnderscoreToCamelCase(true);
    config.addMapper(PrescriptionMapper.class);
    MybatisPlusInterceptor plugins = new MybatisPlusInterceptor();
    plugins.addInnerInterceptor(guard);
    config.addInterceptor(plugins);
    return new MybatisSqlSessionFactoryBuilder().build(config);
  }

  private static StatementGuard guard() {
    return JdbcDemo.guard(new DemoChecker());
  }

  @Test
  void ordinaryMappersPassAndATallyIsRefused() throws SQLException {
    DataSource ds = HisDatabase.create("mp-1");
    try (SqlSession session = factory(ds, new QinglianInnerInterceptor(guard())).openSession()) {
      PrescriptionMapper mapper = session.getMapper(PrescriptionMapper.class);
      assertThat(mapper.lines("CF260300001")).isNotEmpty();
      int before = mapper.lineCount();
      assertThatThrownBy(mapper::tally)
          .isInstanceOf(PersistenceException.class)
          .hasRootCauseInstanceOf(QueryRefusedException.class)
          .rootCause().hasMessage("Qinglian refused the statement: decision=BLOCK"
              + " rules=TF.PRESCRIBER_STATS classification=PRESCRIBER_STATS");
      assertThatThrownBy(mapper::copyTally)
          .hasRootCauseInstanceOf(QueryRefusedException.class);
      assertThat(mapper.lineCount()).isEqualTo(before);
    }
  }

  @Test
  @SuppressWarnings("try") // the scope is held open, not read
  void aMaskedVerdictIsRefusedUnlessTheDataSourceMasks() throws SQLException {
    DataSource ds = HisDatabase.create("mp-2");
    StatementGuard guard = guard();
    try (QueryContext.Scope s =
            QueryContext.enter(PHARMACIST, "PRESCRIPTION_REVIEW", JdbcDemo.APPROVAL)) {
      try (SqlSession session = factory(ds, new QinglianInnerInterceptor(guard)).openSession()) {
        assertThatThrownBy(() -> session.getMapper(PrescriptionMapper.class).tally())
            .rootCause().isInstanceOf(SQLException.class)
            .hasMessageStartingWith("Qinglian refused the statement: decision=MASK_PRESCRIBER");
      }
      try (SqlSession session = factory(GuardedDataSource.of(ds, guard),
          QinglianInnerInterceptor.masksDownstream(guard)).openSession()) {
        List<Map<String, Object>> rows = session.getMapper(PrescriptionMapper.class).tally();
        assertThat(rows).hasSize(HisDatabase.DOCTORS);
        assertThat(rows).allSatisfy(r -> assertThat(String.valueOf(r.get("YSDM")))
            .matches("D-[0-9a-f]{12}"));
      }
    }
  }
}
