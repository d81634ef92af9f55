/**
 * Immutable domain values: institutions, practitioners, drugs, patients and prescriptions.
 *
 * <p>Reference records ({@link io.github.qinglian.model.Practitioner},
 * {@link io.github.qinglian.model.Drug}) are configuration: their builders reject missing
 * required fields at build time. Subjects ({@link io.github.qinglian.model.Prescription} and its
 * parts) are input from the HIS: their builders accept anything, including missing fields, zero or
 * negative numbers, so that a checker can answer a malformed subject with an
 * {@code INPUT.INVALID} finding naming the field instead of an exception in the HIS's thread.
 *
 * <p>Non-null unless marked {@code @Nullable}. No {@code toString} prints a patient's id.
 */
@NullMarked
package io.github.qinglian.model;

import org.jspecify.annotations.NullMarked;
