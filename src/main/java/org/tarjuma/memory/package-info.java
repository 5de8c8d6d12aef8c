/**
 * Translation memory and the segment cache. The memory ({@link
 * org.tarjuma.memory.TranslationMemory}) holds translations people approved or imported, looked up
 * by their normalized source sentence; an order reaches it one way only, once and up front, through
 * the offline {@code memory} engine (in the engine module), and translators get fuzzy suggestions
 * from it. The segment cache ({@link org.tarjuma.memory.SegmentCache}) keeps every machine
 * translation paid for, under a key the engine module makes, so that nobody pays twice. TMX import
 * and export are here too.
 */
@ApplicationModule(allowedDependencies = {"cluster", "language", "security", "segment", "web"})
package org.tarjuma.memory;

import org.springframework.modulith.ApplicationModule;
