/**
 * OpenAI-compatible chat completions: vLLM, llama.cpp's {@code llama-server}, Ollama, hosted
 * services.
 *
 * <p>What this adapter relies on (vllm-project/vllm {@code
 * docs/serving/openai_compatible_server.md}; ggml-org/llama.cpp {@code tools/server/README.md};
 * ollama/ollama {@code docs/api/openai-compatibility.mdx}, {@code openai/openai.go}):
 *
 * <ul>
 *   <li>{@code POST {base}/v1/chat/completions} with {@code {"model", "messages", "temperature": 0,
 *       "stream": false}}; {@code Authorization: Bearer <key>} only when a key is set (vLLM and
 *       llama.cpp with {@code --api-key}; Ollama ignores it). The answer's {@code
 *       choices[0].message.content} is read; reasoning fields are ignored.
 *   <li>No batching field and no glossary: segments go numbered in one user message as a JSON
 *       object, the required forms of the glossary terms in the system prompt, and the answer is
 *       asked for as a JSON object of the same numbers. Models wrap it in code fences, add prose,
 *       drop or merge items: the parser takes the first JSON value in the text, accepts an object
 *       by number, an array, or a {@code translations} member, and asks again for the missing
 *       numbers only (twice at most); what is still missing is left for the next engine.
 *   <li>Errors in three dialects: OpenAI/Ollama {@code {"error": {"message", "type"}}}, llama.cpp
 *       {@code {"error": {"code", "message", "type"}}} (incl. {@code exceed_context_size_error}),
 *       vLLM's string-valued {@code 401 {"error": "Unauthorized"}}; 429 and 5xx retry.
 *   <li>Languages are named in the prompt ("Urdu (اردو)"), not coded.
 * </ul>
 */
package org.tarjuma.engine.openai;
