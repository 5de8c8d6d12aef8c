/**
 * The registry of languages Tarjuma reads and writes: codes and aliases, script, direction,
 * punctuation, digits, each provider's own code, and the script normalizer of each target language.
 * Public: {@link org.tarjuma.language.Languages}, {@link org.tarjuma.language.Language} and {@link
 * org.tarjuma.language.ScriptNormalizer}.
 */
@ApplicationModule(allowedDependencies = {})
package org.tarjuma.language;

import org.springframework.modulith.ApplicationModule;
