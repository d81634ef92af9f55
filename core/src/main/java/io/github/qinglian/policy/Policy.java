package io.github.qinglian.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.Decision;
import io.github.qinglian.rule.Family;
import io.github.qinglian.rule.Param;
import io.github.qinglian.rule.Rule;
import io.github.qinglian.rule.RuleCatalog;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hospital's policy, validated: per-rule {@code enabled}, severity and parameters, the zone, the
 * fail mode, and the 统方, visits, procurement and privacy sections. Immutable and thread-safe.
 *
 * <p>{@link Builder#build()} checks everything at once and throws a
 * {@link ConfigurationException} listing every problem with its JSON pointer (unknown rule id,
 * unknown parameter, wrong type, out of range). A policy that loosens a statutory limit is
 * accepted with a {@linkplain #warnings() warning} that names the parameter, its legal value and
 * its source. Lookups by rule are array reads, prepared at build time.
 *
 * <pre>{@code
 * Policy p = Policy.newBuilder()
 *     .version("2026-11-01")
 *     .rule("RX.DAYS.LIMIT", RuleSetting.newBuilder().severity(Decision.REVIEW).build())
 *     .rule("RX.COST.LARGE", RuleSetting.newBuilder().enabled(false).build())
 *     .build();
 * }</pre>
 */
public final class Policy {
  /** The zone used when a policy names none. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  /** The purposes a 统方 request may state. */
  public static final ImmutableSet<String> PURPOSES =
      ImmutableSet.of(
          "PRESCRIPTION_REVIEW",
          "RATIONAL_USE_MONITORING",
          "QUALITY_CONTROL",
          "PERFORMANCE",
          "REGULATOR_REQUEST",
          "UNSPECIFIED");

  /** The listing categories of procurement. */
  public static final ImmutableSet<String> CATEGORIES =
      ImmutableSet.of("DRUG", "HIGH_VALUE_CONSUMABLE", "CONSUMABLE");

  private static final Policy DEFAULTS = newBuilder().build();

  private final String version;
  private final ZoneId zone;
  private final FailMode failMode;
  private final ImmutableMap<String, RuleSetting> rules;
  private final ImmutableSet<String> departmentStatsRoles;
  private final ImmutableSet<String> approvablePurposes;
  private final ImmutableList<ReceptionWindow> visitWindows;
  private final ImmutableSet<LocalDate> closedDates;
  private final ImmutableList<ReceptionWindow> extraDates;
  private final ImmutableSet<String> requiredApproverRoles;
  private final ImmutableSet<String> traceableCategories;
  private final @Nullable String patientIdKey;
  private final ImmutableList<ConfigProblem> warnings;

  private final boolean[] enabled;
  private final Decision[] severity;
  private final @Nullable Object[][] params;

  private Policy(Builder b, ImmutableList<ConfigProblem> warnings) {
    this.version = b.version;
    this.zone = b.zone;
    this.failMode = b.failMode;
    this.rules = ImmutableMap.copyOf(b.rules);
    this.departmentStatsRoles = b.departmentStatsRoles;
    this.approvablePurposes = b.approvablePurposes;
    this.visitWindows = b.visitWindows;
    this.closedDates = b.closedDates;
    this.extraDates = b.extraDates;
    this.requiredApproverRoles = b.requiredApproverRoles;
    this.traceableCategories = b.traceableCategories;
    this.patientIdKey = b.patientIdKey;
    this.warnings = warnings;

    int n = RuleCatalog.size();
    this.enabled = new boolean[n];
    this.severity = new Decision[n];
    this.params = new Object[n][];
    for (Rule r : RuleCatalog.all()) {
      RuleSetting s = rules.get(r.id());
      int i = r.ordinal();
      enabled[i] = s == null || s.enabled() == null || s.enabled();
      severity[i] = s == null || s.severity() == null ? r.defaultSeverity() : s.severity();
      Object[] values = new Object[r.params().size()];
      for (int j = 0; j < values.length; j++) {
        Param p = r.params().get(j);
        values[j] =
            s != null && s.params().containsKey(p.name()) ? s.params().get(p.name())
                : p.defaultValue();
      }
      params[i] = values;
    }
  }

  /** The default policy: every rule on at its catalog severity and parameters. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** Starts a policy; everything unset keeps its default. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's settings, to derive a changed policy (a rule switched
   * off for a reload) without losing the rest.
   */
  public Builder toBuilder() {
    Builder b =
        newBuilder()
            .version(version)
            .zone(zone)
            .failMode(failMode)
            .departmentStatsRoles(departmentStatsRoles)
            .approvablePurposes(approvablePurposes)
            .visitWindows(visitWindows)
            .closedDates(closedDates)
            .extraDates(extraDates)
            .requiredApproverRoles(requiredApproverRoles)
            .traceableCategories(traceableCategories)
            .patientIdKey(patientIdKey);
    for (Map.Entry<String, RuleSetting> e : rules.entrySet()) {
      b.rule(e.getKey(), e.getValue());
    }
    return b;
  }

  /** The version the hospital gave this policy ({@code "default"} when none). */
  public String version() {
    return version;
  }

  /** The zone for calendar days and local times. */
  public ZoneId zone() {
    return zone;
  }

  /** What internal failures decide. */
  public FailMode failMode() {
    return failMode;
  }

  /** The per-rule settings as given, by rule id. */
  public ImmutableMap<String, RuleSetting> rules() {
    return rules;
  }

  /**
   * The severity of {@code rule}'s findings when {@code family}'s checker applies it: the
   * policy's severity if it sets one, else the rule's default for that family (INPUT.INVALID is
   * BLOCK for the 统方 guard and procurement).
   */
  public Decision severity(Rule rule, Family family) {
    RuleSetting s = rules.get(rule.id());
    return s != null && s.severity() != null ? s.severity() : rule.defaultSeverity(family);
  }

  /** Whether {@code rule} is enabled. */
  public boolean enabled(Rule rule) {
    return enabled[rule.ordinal()];
  }

  /** The severity of {@code rule}'s findings. */
  public Decision severity(Rule rule) {
    return severity[rule.ordinal()];
  }

  /**
   * The value of {@code rule}'s parameter {@code name}, or {@code null} when an optional
   * parameter is unset.
   *
   * @throws IllegalArgumentException if the rule has no such parameter
   */
  public @Nullable Object param(Rule rule, String name) {
    List<Param> ps = rule.params();
    for (int j = 0; j < ps.size(); j++) {
      if (ps.get(j).name().equals(name)) {
        return params[rule.ordinal()][j];
      }
    }
    throw new IllegalArgumentException(rule.id() + " has no parameter " + name);
  }

  /** The integer parameter {@code name} of {@code rule}; see {@link #param}. */
  public int intParam(Rule rule, String name) {
    Object v = param(rule, name);
    if (!(v instanceof Integer)) {
      throw new IllegalArgumentException(rule.id() + "." + name + " is not a set integer");
    }
    return (Integer) v;
  }

  /** The money parameter {@code name} of {@code rule}, in yuan. */
  public BigDecimal moneyParam(Rule rule, String name) {
    Object v = param(rule, name);
    if (!(v instanceof BigDecimal)) {
      throw new IllegalArgumentException(rule.id() + "." + name + " is not an amount");
    }
    return (BigDecimal) v;
  }

  /** Roles allowed to run department-level statistics. */
  public ImmutableSet<String> departmentStatsRoles() {
    return departmentStatsRoles;
  }

  /** Purposes that can be approved for prescriber-level statistics. */
  public ImmutableSet<String> approvablePurposes() {
    return approvablePurposes;
  }

  /** Weekly reception windows for representative visits. */
  public ImmutableList<ReceptionWindow> visitWindows() {
    return visitWindows;
  }

  /** Dates with no reception. */
  public ImmutableSet<LocalDate> closedDates() {
    return closedDates;
  }

  /** Dated reception windows (调休 working days). */
  public ImmutableList<ReceptionWindow> extraDates() {
    return extraDates;
  }

  /** Roles the approvers of an appointment must cover. */
  public ImmutableSet<String> requiredApproverRoles() {
    return requiredApproverRoles;
  }

  /** Listing categories whose accepted lines need trace codes. */
  public ImmutableSet<String> traceableCategories() {
    return traceableCategories;
  }

  /** The HMAC key for pseudonymising patient ids, or {@code null} when not configured. */
  public @Nullable String patientIdKey() {
    return patientIdKey;
  }

  /** Statutory limits this policy loosens, each naming the legal value and source. */
  public ImmutableList<ConfigProblem> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Policy)) {
      return false;
    }
    Policy p = (Policy) o;
    return version.equals(p.version)
        && zone.equals(p.zone)
        && failMode.equals(p.failMode)
        && rules.equals(p.rules)
        && departmentStatsRoles.equals(p.departmentStatsRoles)
        && approvablePurposes.equals(p.approvablePurposes)
        && visitWindows.equals(p.visitWindows)
        && closedDates.equals(p.closedDates)
        && extraDates.equals(p.extraDates)
        && requiredApproverRoles.equals(p.requiredApproverRoles)
        && traceableCategories.equals(p.traceableCategories)
        && Objects.equals(patientIdKey, p.patientIdKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, zone, rules);
  }

  /** Describes the policy; never prints the patient-id key. */
  @Override
  public String toString() {
    return "Policy{version=" + version + ", zone=" + zone + ", " + failMode + ", rules="
        + rules.keySet() + (patientIdKey == null ? "" : ", patientIdKey=<set>") + "}";
  }

  /** Builds a {@link Policy}. Not thread-safe. */
  public static final class Builder {
    private String version = "default";
    private ZoneId zone = DEFAULT_ZONE;
    private FailMode failMode = FailMode.defaults();
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private ImmutableSet<String> departmentStatsRoles =
        ImmutableSet.of("PHARMACY", "MEDICAL_AFFAIRS", "QUALITY_CONTROL", "INFORMATION",
            "DISCIPLINE");
    private ImmutableSet<String> approvablePurposes =
        ImmutableSet.of("PRESCRIPTION_REVIEW", "RATIONAL_USE_MONITORING", "QUALITY_CONTROL",
            "REGULATOR_REQUEST");
    private ImmutableList<ReceptionWindow> visitWindows =
        ImmutableList.of(
            ReceptionWindow.weekly(
                ImmutableSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(14, 0),
                LocalTime.of(17, 0)));
    private ImmutableSet<LocalDate> closedDates = ImmutableSet.of();
    private ImmutableList<ReceptionWindow> extraDates = ImmutableList.of();
    private ImmutableSet<String> requiredApproverRoles =
        ImmutableSet.of("DEPARTMENT_HEAD", "MEDICAL_AFFAIRS");
    private ImmutableSet<String> traceableCategories = ImmutableSet.of("DRUG");
    private @Nullable String patientIdKey;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private Builder() {}

    /** Sets the version. */
    public Builder version(String version) {
      this.version = checkNotNull(version, "version");
      return this;
    }

    /** Sets the zone. */
    public Builder zone(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone");
      return this;
    }

    /** Sets the fail mode. */
    public Builder failMode(FailMode failMode) {
      this.failMode = checkNotNull(failMode, "failMode");
      return this;
    }

    /** Sets what the policy says of rule {@code id}. */
    public Builder rule(String id, RuleSetting setting) {
      rules.put(checkNotNull(id, "id"), checkNotNull(setting, "setting"));
      return this;
    }

    /** Sets the roles allowed to run department-level statistics. */
    public Builder departmentStatsRoles(Iterable<String> roles) {
      this.departmentStatsRoles = ImmutableSet.copyOf(roles);
      return this;
    }

    /** Sets the purposes that can be approved for prescriber-level statistics. */
    public Builder approvablePurposes(Iterable<String> purposes) {
      this.approvablePurposes = ImmutableSet.copyOf(purposes);
      return this;
    }

    /** Sets the weekly reception windows. */
    public Builder visitWindows(Iterable<ReceptionWindow> windows) {
      this.visitWindows = ImmutableList.copyOf(windows);
      return this;
    }

    /** Sets the dates with no reception. */
    public Builder closedDates(Iterable<LocalDate> dates) {
      this.closedDates = ImmutableSet.copyOf(dates);
      return this;
    }

    /** Sets the dated reception windows. */
    public Builder extraDates(Iterable<ReceptionWindow> windows) {
      this.extraDates = ImmutableList.copyOf(windows);
      return this;
    }

    /** Sets the roles an appointment's approvers must cover. */
    public Builder requiredApproverRoles(Iterable<String> roles) {
      this.requiredApproverRoles = ImmutableSet.copyOf(roles);
      return this;
    }

    /** Sets the categories whose accepted lines need trace codes. */
    public Builder traceableCategories(Iterable<String> categories) {
      this.traceableCategories = ImmutableSet.copyOf(categories);
      return this;
    }

    /** Sets the HMAC key for pseudonymising patient ids (at least 16 characters). */
    public Builder patientIdKey(@Nullable String key) {
      this.patientIdKey = key;
      return this;
    }

    /**
     * Records a problem found while reading the source of this policy (a JSON type error), so
     * that {@link #build()} reports it with everything else.
     */
    public Builder problem(ConfigProblem problem) {
      problems.add(checkNotNull(problem, "problem"));
      return this;
    }

    /**
     * Validates and returns the policy.
     *
     * @throws ConfigurationException listing every problem, each with its JSON pointer
     */
    public Policy build() {
      List<ConfigProblem> errors = new ArrayList<>(problems);
      List<ConfigProblem> warnings = new ArrayList<>();
      if (version.trim().isEmpty()) {
        errors.add(ConfigProblem.of("/version", "must not be blank"));
      }
      for (Map.Entry<String, RuleSetting> e : rules.entrySet()) {
        checkRule(e.getKey(), e.getValue(), errors, warnings);
      }
      checkNames("/tongfang/departmentStatsRoles", departmentStatsRoles, null, errors);
      checkNames("/tongfang/approvablePurposes", approvablePurposes, PURPOSES, errors);
      checkNames("/visits/requiredApproverRoles", requiredApproverRoles, null, errors);
      checkNames("/procurement/traceableCategories", traceableCategories, CATEGORIES, errors);
      checkWindows("/visits/windows", visitWindows, errors);
      checkWindows("/visits/extraDates", extraDates, errors);
      if (patientIdKey != null && patientIdKey.length() < 16) {
        errors.add(ConfigProblem.of("/privacy/patientIdKey", "must be at least 16 characters"));
      }
      if (!errors.isEmpty()) {
        throw new ConfigurationException("policy", errors);
      }
      return new Policy(this, ImmutableList.copyOf(warnings));
    }

    private static void checkRule(
        String id, RuleSetting s, List<ConfigProblem> errors, List<ConfigProblem> warnings) {
      String at = "/rules/" + escape(id);
      Rule rule = RuleCatalog.find(id);
      if (rule == null) {
        errors.add(ConfigProblem.of(at, "unknown rule id"));
        return;
      }
      if (rule == RuleCatalog.ENGINE_ERROR) {
        if (s.severity() != null) {
          errors.add(ConfigProblem.of(at + "/severity", "set by failMode, not here"));
        }
        if (Boolean.FALSE.equals(s.enabled())) {
          errors.add(ConfigProblem.of(at + "/enabled", "internal failures cannot be switched off"));
        }
      }
      boolean statutory = false;
      for (Param p : rule.params()) {
        statutory |= p.statutory();
      }
      if (statutory && Boolean.FALSE.equals(s.enabled())) {
        warnings.add(ConfigProblem.of(at + "/enabled", "switches off a rule that enforces a"
            + " statutory limit (" + rule.citation() + ")"));
      } else if (statutory && s.severity() != null
          && s.severity().compareTo(rule.defaultSeverity()) < 0) {
        warnings.add(ConfigProblem.of(at + "/severity", "lowers a rule that enforces a statutory"
            + " limit (" + rule.citation() + ") from " + rule.defaultSeverity() + " to "
            + s.severity()));
      }
      for (Map.Entry<String, @Nullable Object> p : s.params().entrySet()) {
        String pat = at + "/params/" + escape(p.getKey());
        Param param = rule.param(p.getKey());
        if (param == null) {
          errors.add(ConfigProblem.of(pat, "unknown parameter of " + id + "; known: "
              + names(rule)));
          continue;
        }
        String problem = param.check(p.getValue());
        if (problem != null) {
          errors.add(ConfigProblem.of(pat, problem));
        } else if (param.loosens(p.getValue())) {
          warnings.add(ConfigProblem.of(pat, "loosens the statutory limit "
              + Param.format(param.defaultValue()) + (param.unit().isEmpty() ? "" : " " + param.unit())
              + " (" + param.legalSource() + ") to " + Param.format(p.getValue())));
        }
      }
    }

    private static String names(Rule rule) {
      if (rule.params().isEmpty()) {
        return "none";
      }
      StringBuilder sb = new StringBuilder();
      for (Param p : rule.params()) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(p.name());
      }
      return sb.toString();
    }

    private static void checkNames(
        String at, ImmutableSet<String> values, @Nullable ImmutableSet<String> allowed,
        List<ConfigProblem> errors) {
      int i = 0;
      for (String v : values) {
        if (v.trim().isEmpty()) {
          errors.add(ConfigProblem.of(at + "/" + i, "must not be blank"));
        } else if (allowed != null && !allowed.contains(v)) {
          errors.add(ConfigProblem.of(at + "/" + i, "must be one of " + allowed));
        }
        i++;
      }
    }

    private static void checkWindows(
        String at, ImmutableList<ReceptionWindow> windows, List<ConfigProblem> errors) {
      for (int i = 0; i < windows.size(); i++) {
        ReceptionWindow w = windows.get(i);
        if (!w.from().isBefore(w.to())) {
          errors.add(ConfigProblem.of(at + "/" + i + "/to", "must be after from (" + w.from()
              + ")"));
        }
        if (w.date() == null && w.days().isEmpty()) {
          errors.add(ConfigProblem.of(at + "/" + i + "/days", "must name at least one day"));
        }
      }
    }

    /** Escapes a JSON-pointer reference token (RFC 6901). */
    static String escape(String token) {
      return token.replace("~", "~0").replace("/", "~1");
    }
  }
}
