/**
 * The offline engine: approved translations from the translation memory, nothing else. It never
 * calls out and bills nothing; a sentence the memory lacks is a miss, left for the next engine on
 * the route (or untranslated when there is none).
 */
package org.tarjuma.engine.memory;
