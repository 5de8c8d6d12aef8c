/**
 * Translation engines behind one small interface, one sub-package per provider, routing, resilience
 * and cost accounting. Built by the engines issue.
 */
package org.tarjuma.engine;
