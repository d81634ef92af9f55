/**
 * Immutable domain values: institutions, practitioners, drugs, patients and prescriptions;
 * representatives, companies, locations, staff, appointments, visits and their records.
 *
 * <p>Reference records ({@link io.github.qinglian.model.Practitioner},
 * {@link io.github.qinglian.model.Drug}, {@link io.github.qinglian.model.Representative},
 * {@link io.github.qinglian.model.Company}, {@link io.github.qinglian.model.Location},
 * {@link io.github.qinglian.model.StaffMember}) are configuration: their builders reject missing
 * required fields at build time. Subjects ({@link io.github.qinglian.model.Prescription},
 * {@link io.github.qinglian.model.Visit} and their parts) are input from the HIS: their builders
 * accept anything, including missing fields, zero or negative numbers, so that a checker can
 * answer a malformed subject with an {@code INPUT.INVALID} finding naming the field instead of an
 * exception in the HIS's thread.
 *
 * <p>Non-null unless marked {@code @Nullable}. No {@code toString} prints a patient's id.
 */
@NullMarked
package io.github.qinglian.model;

import org.jspecify.annotations.NullMarked;
