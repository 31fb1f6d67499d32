// Reads deploy/security-headers.json, the one source of the site's response headers, and turns it
// into headers for a path (the browser tests' server), into nginx `add_header` lines
// (deploy/write-nginx-headers.mjs) and into a `_headers` file for static hosts that read one
// (deploy/write-headers-file.mjs). Plain Node, no dependencies.
import { readFileSync } from "node:fs";

const POLICY = JSON.parse(readFileSync(new URL("./security-headers.json", import.meta.url), "utf8"));

/** True for pages that other sites may frame (the chart embeds, in each language). */
export function isEmbedPath(path) {
  return POLICY.embed.path_prefixes.some((prefix) => path.startsWith(prefix));
}

/** The Content-Security-Policy text for `path`: the site's, with the embed changes for embeds. */
export function cspFor(path) {
  const directives = {
    ...POLICY.content_security_policy,
    ...(isEmbedPath(path) ? POLICY.embed.content_security_policy : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** Every security header for a response to `path`. */
export function securityHeaders(path) {
  return { "Content-Security-Policy": cspFor(path), ...POLICY.headers };
}

/** nginx lines that send the headers for `path`; `always` adds them to error pages too. */
export function nginxHeaderLines(path) {
  return Object.entries(securityHeaders(path))
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join("\n");
}

/** The generated nginx snippets: file name (in deploy/) → content. */
export function nginxSnippets() {
  const note = (kind) =>
    `# Generated from deploy/security-headers.json by deploy/write-nginx-headers.mjs: do not edit.\n` +
    `# Security headers for ${kind}.\n` +
    `# A location with add_header lines of its own must include this file: nginx drops inherited ones.\n`;
  return {
    "nginx-security-headers.conf": note("every page but the embeds") + nginxHeaderLines("/") + "\n",
    "nginx-security-headers-embed.conf":
      note(`pages under ${POLICY.embed.path_prefixes.join(" and ")}, which any site may frame`) +
      nginxHeaderLines(POLICY.embed.path_prefixes[0]) +
      "\n",
  };
}

/** The Cache-Control value for `path`: the first rule of the policy that matches. */
export function cacheControlFor(path) {
  return POLICY.cache.rules.find((rule) => new RegExp(rule.pattern).test(path)).cache_control;
}

/** The cross-origin headers for `path`: only the data files may be read from other origins. */
export function corsFor(path) {
  return path.startsWith(POLICY.cors.path_prefix) ? POLICY.cors.headers : {};
}

/** Every header a response to `path` carries: security, caching and cross-origin access. */
export function responseHeaders(path) {
  return { ...securityHeaders(path), "Cache-Control": cacheControlFor(path), ...corsFor(path) };
}

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages) for the site's URL `paths`: one
 * rule per path and no pattern, because both hosts join the values of every rule that matches a
 * path, which would send two Cache-Control values or two policies.
 */
export function headersFile(paths) {
  const rules = [...paths].sort().map((path) => {
    const lines = Object.entries(responseHeaders(path)).map(([name, value]) => `  ${name}: ${value}`);
    return [path, ...lines].join("\n");
  });
  return (
    "# Generated at build time from deploy/security-headers.json by deploy/write-headers-file.mjs.\n" +
    "# For static hosts that read a _headers file (Netlify, Cloudflare Pages); nginx: deploy/nginx.conf.\n" +
    rules.join("\n") +
    "\n"
  );
}
