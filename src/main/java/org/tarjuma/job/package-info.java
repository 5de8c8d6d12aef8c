/**
 * Translation jobs: an outlet's article submitted once, translated in the background into every
 * target through the engines (memory and segment cache first), each chunk stored as it is done,
 * resumed after a restart, and returned in the article's own format or as JSON.
 */
package org.tarjuma.job;
