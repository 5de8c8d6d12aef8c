/**
 * Translation jobs: submit, progress, resume after restart, assemble. Built by the articles issue.
 */
package org.tarjuma.job;
