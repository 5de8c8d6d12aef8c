/**
 * The offline engine, {@code memory}: the translation memory's approved translations, nothing else.
 * It is the one way an order reaches the memory: asked once per order, up front and for every
 * target whatever the routes say, in one batched lookup (see {@code Reuse} in the engine module); a
 * route that names it gives it no round of its own, since it has answered already. It never calls
 * out and bills nothing; a sentence it lacks goes to the route's engines, or stays untranslated
 * when there are none.
 */
package org.tarjuma.engine.memory;
