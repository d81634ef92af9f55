package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.alibaba.druid.pool.DruidDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.qinglian.jdbc.druid.QinglianDruidFilter;
import io.github.qinglian.model.QueryRequest;
import io.github.qinglian.model.Requester;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard from 8 threads through real pools: HikariCP and Druid with the guarded data source
 * in front, and Druid with the guard as its filter. Each thread is one user; odd users may not
 * run the per-doctor tally, even users may with doctors masked. Every thread must see its own
 * decisions, its own masking and its own rows, whichever pooled connection it borrows.
 */
class PooledGuardTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 40;
  private static final String KEY = "a-test-mask-key-of-32-characters";

  private final StubChecker checker = new StubChecker();
  private final List<AutoCloseable> pools = new ArrayList<>();

  PooledGuardTest() {
    checker.on("GROUP BY z.ysdm", r -> Integer.parseInt(r.requester().userId().substring(2)) % 2 == 1
        ? StubChecker.block("PRESCRIBER_STATS", "TF.PRESCRIBER_STATS")
        : StubChecker.mask(List.of(1), List.of()));
  }

  @AfterEach
  void closePools() throws Exception {
    for (AutoCloseable p : pools) {
      p.close();
    }
  }

  private StatementGuard guard() {
    return StatementGuard.newBuilder(checker).maskKey(KEY).build();
  }

  private static String url() throws SQLException {
    String url = Hospital.newUrl();
    try (Connection c = java.sql.DriverManager.getConnection(url)) {
      Hospital.create(c);
    }
    return url;
  }

  @Test
  void hikariBehindTheGuardedDataSource() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setMaximumPoolSize(4);
    HikariDataSource hikari = new HikariDataSource(config);
    pools.add(hikari);
    hammer(GuardedDataSource.of(hikari, guard()));
  }

  @Test
  void druidBehindTheGuardedDataSource() throws Exception {
    DruidDataSource druid = druid(url());
    hammer(GuardedDataSource.of(druid, guard()));
  }

  @Test
  void druidWithTheFilter() throws Exception {
    DruidDataSource druid = druid(url());
    druid.setProxyFilters(Collections.singletonList(QinglianDruidFilter.of(guard())));
    druid.setPoolPreparedStatements(true); // cached statements are judged for their new user
    druid.setMaxPoolPreparedStatementPerConnectionSize(20);
    hammer(druid);
  }

  private DruidDataSource druid(String url) {
    DruidDataSource druid = new DruidDataSource();
    druid.setUrl(url);
    druid.setMaxActive(4);
    druid.setMaxWait(10_000);
    pools.add(druid);
    return druid;
  }

  private void hammer(DataSource ds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int user = t;
        futures.add(pool.submit((Callable<String>) () -> work(ds, user)));
      }
      for (Future<String> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo("ok");
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Long> perUser = checker.requests.stream()
        .collect(Collectors.groupingBy(r -> r.requester().userId(), Collectors.counting()));
    assertThat(perUser).hasSize(THREADS);
    assertThat(checker.requests).extracting(QueryRequest::dialect).containsOnly("POSTGRESQL");
  }

  private static String work(DataSource ds, int user) throws SQLException {
    Requester r = Requester.newBuilder().userId("u-" + user).build();
    try (QueryContext.Scope s = QueryContext.enter(r, "PRESCRIPTION_REVIEW", "A-" + user)) {
      for (int i = 0; i < ROUNDS; i++) {
        try (Connection c = ds.getConnection()) {
          try (PreparedStatement ps = c.prepareStatement(Hospital.ONE_PRESCRIPTION)) {
            ps.setString(1, "CF" + (1 + (i + user) % 6));
            try (ResultSet rs = ps.executeQuery()) {
              assertThat(rs.next()).isTrue();
              assertThat(rs.getString("ypdm")).startsWith("Y0");
            }
          }
          if (user % 2 == 1) {
            assertThrows(QueryRefusedException.class, () -> tally(c, true));
            assertThrows(QueryRefusedException.class, () -> tally(c, false));
          } else {
            List<String> doctors = tally(c, i % 2 == 0);
            assertThat(doctors).hasSize(4);
            assertThat(doctors.subList(1, 4)).allMatch(d -> d.matches("D-[0-9a-f]{12}"));
          }
        }
      }
    }
    return "ok";
  }

  private static List<String> tally(Connection c, boolean prepared) throws SQLException {
    List<String> doctors = new ArrayList<>();
    if (prepared) {
      try (PreparedStatement ps = c.prepareStatement(Hospital.TALLY);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          doctors.add(rs.getString(1));
        }
      }
    } else {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(Hospital.TALLY)) {
        while (rs.next()) {
          doctors.add(rs.getString("ysdm"));
        }
      }
    }
    return doctors;
  }
}
