// Writes the nginx header snippets beside this file from deploy/security-headers.json. Run it after
// changing the policy: `node deploy/write-nginx-headers.mjs`; tests/browser/security.test.mjs fails
// while the snippets and the policy disagree.
import { writeFileSync } from "node:fs";
import { nginxSnippets } from "./security-headers.mjs";

for (const [name, text] of Object.entries(nginxSnippets())) {
  writeFileSync(new URL(`./${name}`, import.meta.url), text);
  console.log(`wrote deploy/${name}`);
}
