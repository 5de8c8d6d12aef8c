/**
 * HTTP and JSON plumbing the provider adapters share: one JDK {@code HttpClient} per engine with
 * the engine's timeout, and the mapping of transport failures and HTTP statuses onto {@link
 * org.tarjuma.engine.EngineException.Failure}. Internal to the engine module.
 */
package org.tarjuma.engine.http;
