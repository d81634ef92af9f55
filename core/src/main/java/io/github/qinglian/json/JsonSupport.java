package io.github.qinglian.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/** The one configured Jackson mapper: exact decimals, no duplicate keys, bounded nesting. */
final class JsonSupport {
  static final ObjectMapper MAPPER = newMapper();

  private JsonSupport() {}

  /** Where a parse failed, without quoting the input: {@code " (line 3, column 17)"}. */
  static String where(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l == null ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(200)
                    .maxStringLength(10_000_000)
                    .maxNumberLength(100)
                    .build())
            .build();
    ObjectMapper m = new ObjectMapper(factory);
    m.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false); // 12.50 stays 12.50
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.disable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }
}
