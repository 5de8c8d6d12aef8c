package org.tarjuma.calendar;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.function.Function;
import org.tarjuma.language.DigitSet;

/**
 * How an outlet writes dates and numbers in one language: its digits and its calendar.
 *
 * @param digits the digits of every number and date
 * @param calendar the calendar of every exact date
 */
public record DateStyle(Digits digits, Calendar calendar) {

  /** Never null components. */
  public DateStyle {
    if (digits == null || calendar == null) {
      throw new IllegalArgumentException("A date style needs its digits and its calendar.");
    }
  }

  /** Western (0–9) or Eastern Arabic-Indic (۰–۹) digits. */
  public enum Digits {
    LATIN(DigitSet.WESTERN),
    EASTERN(DigitSet.EXTENDED_ARABIC_INDIC);

    private final DigitSet set;

    Digits(DigitSet set) {
      this.set = set;
    }

    /** The digit set it writes. */
    public DigitSet set() {
      return set;
    }

    /** As settings and the API write it: {@code latin}, {@code eastern}. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The digits written {@code id} (any case, blanks around it ignored).
     *
     * @throws IllegalArgumentException naming {@code field} for any other
     */
    public static Digits of(String id, String field) {
      return byId(values(), Digits::id, id, field, "latin or eastern");
    }
  }

  /** Gregorian, Afghan Solar Hijri, or Solar Hijri with the Gregorian in parentheses. */
  public enum Calendar {
    GREGORIAN,
    SOLAR_HIJRI,
    BOTH;

    /** As settings and the API write it: {@code gregorian}, {@code solar-hijri}, {@code both}. */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The calendar written {@code id} (any case, blanks around it ignored).
     *
     * @throws IllegalArgumentException naming {@code field} for any other
     */
    public static Calendar of(String id, String field) {
      return byId(values(), Calendar::id, id, field, "gregorian, solar-hijri or both");
    }
  }

  private static <T> T byId(
      T[] values, Function<T, String> idOf, String id, String field, String accepted) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (T value : values) {
      if (idOf.apply(value).equals(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        field + " must be " + accepted + ", not '" + id.strip() + "'");
  }
}
