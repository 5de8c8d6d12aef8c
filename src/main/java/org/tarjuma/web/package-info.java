/** Review and glossary pages for translators and curators. Built by the pages issue. */
package org.tarjuma.web;
