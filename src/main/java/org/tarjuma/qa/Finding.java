package org.tarjuma.qa;

/**
 * What one check found in one segment.
 *
 * @param check the check's id, e.g. {@code numbers}
 * @param severity error or warning
 * @param code a stable code for machines, e.g. {@code glossary-missing:ispr} or {@code number:12}
 * @param message what is wrong, for a person
 */
public record Finding(String check, Severity severity, String code, String message) {}
