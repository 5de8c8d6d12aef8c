/** API keys, users and roles. Built by the pages issue; until then every endpoint is open. */
package org.tarjuma.security;
