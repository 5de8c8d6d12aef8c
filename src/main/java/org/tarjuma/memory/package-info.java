/** Translation memory and the segment cache. Built by the articles issue. */
package org.tarjuma.memory;
