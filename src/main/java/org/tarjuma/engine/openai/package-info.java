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
 *       "stream": false, "response_format"}}; {@code Authorization: Bearer <key>} only when a key
 *       is set (vLLM and llama.cpp with {@code --api-key}; Ollama ignores it). The answer's {@code
 *       choices[0].message.content} is read; {@code reasoning_content} (llama.cpp, older vLLM) and
 *       {@code reasoning} (Ollama, vLLM) are thinking and ignored, as are thinking blocks in the
 *       content: {@code <think>…</think>}, a lone {@code </think>} when the chat template opened
 *       it, a {@code <think>} never closed. {@code usage} is not read (some servers leave it out,
 *       and tokens are not what is billed): the characters sent are billed, as for every engine.
 *   <li>{@code response_format} is a {@code json_schema} of the answer (each number sent a required
 *       string, nothing else), which Ollama, llama.cpp and vLLM enforce by constrained decoding. A
 *       server that refuses it (400, 422 or 5xx naming {@code response_format}, {@code json_schema}
 *       or a schema, e.g. llama.cpp's 500 "response_format type must be one of …", vLLM's 400 "The
 *       provided JSON schema contains features not supported by xgrammar") is asked again at once
 *       without it, and this engine never sends it again until restarted.
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
