package io.github.qinglian.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qinglian.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One line of the sample hospital's JSON-lines files: its instant, subject and expected decision. */
final class Sample {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  final Instant at;
  final JsonNode subject;
  final Decision expected;

  private Sample(Instant at, JsonNode subject, Decision expected) {
    this.at = at;
    this.subject = subject;
    this.expected = expected;
  }

  /** The sample hospital's directory, under {@code -Dqinglian.home} (default: the working directory). */
  static Path hospital() {
    return Paths.get(System.getProperty("qinglian.home", ".")).resolve("docs/samples/hospital");
  }

  /** The line of {@code file} whose subject has id {@code id}. */
  static Sample find(String file, String id) throws IOException {
    for (String line : Files.readAllLines(hospital().resolve(file), StandardCharsets.UTF_8)) {
      if (line.trim().isEmpty()) {
        continue;
      }
      JsonNode sample = MAPPER.readTree(line);
      if (sample.path("subject").path("id").asText().equals(id)) {
        return new Sample(
            OffsetDateTime.parse(sample.path("at").asText()).toInstant(),
            sample.get("subject"),
            Decision.valueOf(sample.path("expect").path("decision").asText()));
      }
    }
    throw new IllegalStateException("no sample " + id + " in " + file);
  }
}
