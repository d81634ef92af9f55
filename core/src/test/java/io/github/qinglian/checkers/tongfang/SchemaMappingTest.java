package io.github.qinglian.checkers.tongfang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.json.QueryJson;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.SchemaMapping;
import org.junit.jupiter.api.Test;

/** The sample mappings load, names match however written, and a bad mapping lists every error. */
class SchemaMappingTest {
  @Test
  void theThreeSampleStylesLoad() {
    assertThat(Tf.sample("english").tables()).hasSize(3);
    assertThat(Tf.sample("pinyin").procedures()).hasSize(3);
    assertThat(Tf.sample("chinese").tables().get(0).name()).isEqualTo("zlhis.病人医嘱记录");
    assertThat(Tf.sample("pinyin").dialect()).isEqualTo(Dialect.SQLSERVER);
  }

  @Test
  void namesMatchWithOrWithoutQualifierAndQuotes() {
    SchemaIndex idx = new SchemaIndex(Tf.sample("pinyin"));
    assertThat(idx.table(SchemaMapping.nameParts("MZ_CFMX"))).isNotNull();
    assertThat(idx.table(SchemaMapping.nameParts("[his].[dbo].[Mz_CfMx]"))).isNotNull();
    assertThat(idx.table(SchemaMapping.nameParts("otherdb.dbo.mz_cfmx"))).isNotNull();
    assertThat(idx.table(SchemaMapping.nameParts("\"mz_cfmx2\""))).isNull();
    assertThat(SchemaMapping.nameParts("`a`.\"b.c\".[D]")).containsExactly("a", "b.c", "d");
  }

  @Test
  void twoMappedTablesWithOneNameAreToldApartByTheQualifier() {
    SchemaMapping m = QueryJson.readSchema("{\"tables\": ["
        + "{\"name\": \"mz.cf\", \"columns\": {\"ysdm\": \"PRESCRIBER\", \"je\": \"AMOUNT\"}},"
        + "{\"name\": \"zy.cf\", \"columns\": {\"ypdm\": \"DRUG\", \"je\": \"AMOUNT\"}}]}");
    Classifier c = new Classifier(new SchemaIndex(m), "p");
    assertThat(c.analyse("SELECT ysdm, SUM(je) FROM mz.cf GROUP BY ysdm", Dialect.MYSQL).cls)
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
    assertThat(c.analyse("SELECT ysdm, SUM(je) FROM zy.cf GROUP BY ysdm", Dialect.MYSQL).cls)
        .isEqualTo(QueryClass.DRUG_TOTALS);
    // without a qualifier, both: a guard errs toward protection
    assertThat(c.analyse("SELECT ysdm, SUM(je) FROM cf GROUP BY ysdm", Dialect.MYSQL).cls)
        .isEqualTo(QueryClass.PRESCRIBER_STATS);
  }

  @Test
  void anInvalidMappingIsRejectedWithEveryErrorListed() {
    String json = "{\"dialect\": \"SYBASE\", \"tables\": ["
        + "{\"name\": \"mz_cfmx\", \"columns\": {\"ypdm\": \"DRUG\", \"YPDM\": \"QUANTITY\"}},"
        + "{\"name\": \"\", \"columns\": {\"a\": \"OTHER\"}},"
        + "{\"name\": \"dbo.MZ_CFMX\", \"columns\": {\"sl\": \"QTY\"}},"
        + "{\"name\": \"his.dbo.mz_cfmx\", \"columns\": {}},"
        + "{\"name\": \"a..b\", \"columns\": {\"x\": \"OTHER\"}},"
        + "{\"name\": \"mz_cfmx\", \"columns\": {\"x\": \"OTHER\"}}],"
        + "\"procedures\": [{\"name\": \"usp_x\", \"classification\": \"UNRESOLVED\"},"
        + "{\"name\": \"usp_y\"}]}";
    assertThatThrownBy(() -> QueryJson.readSchema(json))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(e -> assertThat(((ConfigurationException) e).problems())
            .extracting(ConfigProblem::pointer)
            .contains("/dialect", "/tables/0/columns/YPDM", "/tables/1/name",
                "/tables/2/columns/sl", "/tables/3/columns", "/tables/4/name", "/tables/5/name",
                "/procedures/0/classification", "/procedures/1/classification"));
  }
}
