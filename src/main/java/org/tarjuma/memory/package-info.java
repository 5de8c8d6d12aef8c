/**
 * Translation memory: translations people approved, looked up by their normalized source sentence.
 * The engines consult it first through the offline {@code memory} engine.
 */
package org.tarjuma.memory;
