package org.tarjuma.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date found in a source text, with where it stands ({@code start} inclusive, {@code end}
 * exclusive). A year alone is never one: it stays a number.
 */
public sealed interface SourceDate {

  int start();

  int end();

  /** Whether it names a day exactly, so that another calendar can say the same day. */
  boolean exact();

  /** The same date, its year written in the target even if the source left it out. */
  SourceDate withYear();

  /** The same date, written without its year (a month of a year keeps it: it is the date). */
  SourceDate withoutYear();

  /** Whether the source wrote the year, so that a translation must too. */
  default boolean yearGiven() {
    return withYear().equals(this);
  }

  /**
   * One day. {@code yearGiven} is false for "October 12", whose year is the article's and is not
   * written in the target either.
   */
  record Day(int start, int end, LocalDate date, boolean yearGiven) implements SourceDate {
    @Override
    public boolean exact() {
      return true;
    }

    @Override
    public SourceDate withYear() {
      return new Day(start, end, date, true);
    }

    @Override
    public SourceDate withoutYear() {
      return new Day(start, end, date, false);
    }
  }

  /** The days from {@code first} to {@code last}, both included: "12–14 October 2025". */
  record Days(int start, int end, LocalDate first, LocalDate last, boolean yearGiven)
      implements SourceDate {
    @Override
    public boolean exact() {
      return true;
    }

    @Override
    public SourceDate withYear() {
      return new Days(start, end, first, last, true);
    }

    @Override
    public SourceDate withoutYear() {
      return new Days(start, end, first, last, false);
    }
  }

  /** A month of a year, "August 2021": not a day, so it stays in the Gregorian calendar. */
  record Month(int start, int end, YearMonth month) implements SourceDate {
    @Override
    public boolean exact() {
      return false;
    }

    @Override
    public SourceDate withYear() {
      return this;
    }

    @Override
    public SourceDate withoutYear() {
      return this;
    }
  }
}
