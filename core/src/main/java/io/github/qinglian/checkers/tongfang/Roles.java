package io.github.qinglian.checkers.tongfang;

import io.github.qinglian.model.ColumnRole;
import java.util.ArrayList;
import java.util.List;

/** Column roles as bits, so that a set of roles is one int. */
final class Roles {
  static final int PRESCRIBER = bit(ColumnRole.PRESCRIBER);
  static final int DEPARTMENT = bit(ColumnRole.DEPARTMENT);
  static final int DRUG = bit(ColumnRole.DRUG);
  static final int QUANTITY = bit(ColumnRole.QUANTITY);
  static final int AMOUNT = bit(ColumnRole.AMOUNT);
  static final int PATIENT = bit(ColumnRole.PATIENT);
  static final int VISIT = bit(ColumnRole.VISIT);
  static final int PRESCRIPTION = bit(ColumnRole.PRESCRIPTION);
  static final int TIME = bit(ColumnRole.TIME);

  /** What a usage measure sums. */
  static final int MEASURE = QUANTITY | AMOUNT;
  /** What narrows a statement to one entity. */
  static final int ENTITY = PATIENT | VISIT | PRESCRIPTION;
  /** What an IN or EXISTS subquery may not select by and still narrow. */
  static final int NOT_NARROWING = PRESCRIBER | DEPARTMENT | DRUG | TIME;

  private Roles() {}

  static int bit(ColumnRole r) {
    return 1 << r.ordinal();
  }

  static boolean has(int roles, int bits) {
    return (roles & bits) != 0;
  }

  /** The role names in {@code roles}, in declaration order. */
  static List<String> names(int roles) {
    List<String> out = new ArrayList<>(2);
    for (ColumnRole r : ColumnRole.values()) {
      if ((roles & bit(r)) != 0) {
        out.add(r.name());
      }
    }
    return out;
  }
}
