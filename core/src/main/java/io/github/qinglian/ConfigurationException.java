package io.github.qinglian;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * Configuration (a policy, reference data, a schema mapping) was rejected. Carries every problem
 * found, each with its JSON pointer, not just the first. Thrown at load or build time only, never
 * from a check.
 */
public final class ConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<ConfigProblem> problems;

  /** Creates an exception about {@code what} (e.g. "policy") listing {@code problems}. */
  public ConfigurationException(String what, Iterable<ConfigProblem> problems) {
    super(message(what, ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
    checkArgument(!this.problems.isEmpty(), "no problems");
  }

  /** Every problem found: those met while reading the document first, then validation's. */
  public ImmutableList<ConfigProblem> problems() {
    return problems;
  }

  private static String message(String what, ImmutableList<ConfigProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(" rejected: ").append(problems.size()).append(
        problems.size() == 1 ? " problem" : " problems");
    for (ConfigProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
