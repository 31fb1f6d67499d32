// Reads deploy/security-headers.json, the one source of the site's security headers, and turns it
// into headers for a path (the browser tests' server) and into nginx `add_header` lines
// (deploy/write-nginx-headers.mjs). Plain Node, no dependencies.
import { readFileSync } from "node:fs";

const POLICY = JSON.parse(readFileSync(new URL("./security-headers.json", import.meta.url), "utf8"));

/** True for pages that other sites may frame (the chart embeds). */
export function isEmbedPath(path) {
  return path.startsWith(POLICY.embed.path_prefix);
}

/** The Content-Security-Policy text for `path`: the site's, with the embed changes under /embed/. */
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
      note(`pages under ${POLICY.embed.path_prefix}, which any site may frame`) +
      nginxHeaderLines(POLICY.embed.path_prefix) +
      "\n",
  };
}
