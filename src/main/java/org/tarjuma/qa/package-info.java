/** Checks on each translated segment, one small class per check. Built by the articles issue. */
package org.tarjuma.qa;
