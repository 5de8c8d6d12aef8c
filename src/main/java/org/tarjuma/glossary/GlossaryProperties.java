package org.tarjuma.glossary;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path the folder of curated TBX files loaded on start ({@code tarjuma.glossary.path})
 */
@ConfigurationProperties("tarjuma.glossary")
public record GlossaryProperties(@DefaultValue("glossary") Path path) {}
