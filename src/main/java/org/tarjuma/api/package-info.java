/**
 * What every HTTP endpoint shares: errors as RFC 9457 problem details with messages a person
 * understands, and the request body limit. Controllers live in their feature's package.
 */
package org.tarjuma.api;
