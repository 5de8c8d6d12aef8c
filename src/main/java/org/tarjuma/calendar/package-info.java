/**
 * Dates the way each outlet writes them: finding the dates of an English source ({@link
 * org.tarjuma.calendar.EnglishDates}), and writing each in a target language by an outlet's choice
 * of calendar (Gregorian, Afghan Solar Hijri, or both) and digits ({@link
 * org.tarjuma.calendar.TargetDates}). Month names come from ICU where its data fits the outlets'
 * use and from {@code calendar/months.properties}, with its sources, where it does not.
 */
@ApplicationModule(allowedDependencies = {"language"})
package org.tarjuma.calendar;

import org.springframework.modulith.ApplicationModule;
