/**
 * Translation engines behind one small interface ({@link org.tarjuma.engine.TranslationEngine}),
 * one sub-package per provider, routing per language with retry, circuit breaker, concurrency limit
 * and fallback, glossary enforcement and cost accounting. The rest of the application uses {@link
 * org.tarjuma.engine.Translator}; what a provider speaks never leaves its sub-package.
 */
package org.tarjuma.engine;
