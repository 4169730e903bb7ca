#!/usr/bin/env node
/**
 * Runs before `npm run dev|start|build`: rebuilds resources/corpus-build when it is missing,
 * corrupt or stale, and prints one line either way. Plain Node (no TypeScript) so it starts
 * in milliseconds; the staleness rules mirror src/core/corpus/check-build.ts and
 * pipeline-fingerprint.ts (plus: the pipeline code changed). The build itself runs the
 * TypeScript CLI under tsx.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(repo, 'resources/corpus');
const buildDir = join(repo, 'resources/corpus-build');
const SOURCE_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.jsonl']);
const NOT_DOCUMENTS = /^(?:readme|license|licence|changelog|contributing)(?:\.|$)/iu;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const isSource = (name) => !name.startsWith('.') && SOURCE_EXT.has(extname(name).toLowerCase());
const isSidecar = (name) => name.endsWith('.meta.json') && isSource(name.slice(0, -'.meta.json'.length));

function listSources(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || NOT_DOCUMENTS.test(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (isSource(e.name) || isSidecar(e.name))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function schemaVersion() {
  const m = /CORPUS_SCHEMA_VERSION\s*=\s*(\d+)/u.exec(readFileSync(join(repo, 'src/shared/corpus.ts'), 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/** Same bytes, same order as pipelineFingerprint() in src/core/corpus/pipeline-fingerprint.ts. */
function pipelineFingerprint() {
  const corpusDir = join(repo, 'src/core/corpus');
  const hash = createHash('sha256').update(`schema:${schemaVersion()}\u0000`);
  const files = [];
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else if (/\.(?:ts|js|mjs)$/u.test(e.name)) files.push(`${rel}${e.name}`);
    }
  };
  walk(corpusDir, '');
  for (const rel of files.sort()) hash.update(`${rel}\u0000`).update(readFileSync(join(corpusDir, rel))).update('\u0000');
  hash.update(readFileSync(join(repo, 'src/shared/corpus.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** Why the build must be redone, or null when it is current. */
function whyRebuild() {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) return 'no build yet';
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return 'manifest.json is not valid JSON';
  }
  if (manifest.schemaVersion !== schemaVersion()) return `schema version ${manifest.schemaVersion} is not ${schemaVersion()}`;
  if (manifest.pipeline !== pipelineFingerprint()) return 'the corpus pipeline code changed';
  const docs = join(buildDir, 'documents.jsonl');
  if (!existsSync(docs) || statSync(docs).size !== manifest.documents?.bytes) return 'documents.jsonl is missing or damaged';
  const index = join(buildDir, 'documents-index.json');
  if (!existsSync(index) || statSync(index).size !== manifest.documentIndex?.bytes) return 'documents-index.json is missing or damaged';
  const recorded = new Map((manifest.sources ?? []).map((s) => [resolve(buildDir, s.path), s]));
  const current = existsSync(sourceDir) ? listSources(sourceDir) : [];
  const inSourceDir = (p) => p.startsWith(sourceDir + sep);
  for (const p of recorded.keys()) if (inSourceDir(p) && !current.includes(p)) return `${relative(sourceDir, p)} was removed`;
  for (const p of current) {
    const entry = recorded.get(p);
    if (!entry) return `${relative(sourceDir, p)} was added`;
    const st = statSync(p);
    if (st.size === entry.size && st.mtimeMs === entry.mtimeMs) continue;
    if (st.size !== entry.size || sha256(readFileSync(p)) !== entry.sha256) return `${relative(sourceDir, p)} changed`;
  }
  return null;
}

const started = Date.now();
const reason = whyRebuild();
if (!reason) {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  console.log(`corpus: up to date (${manifest.documentCount} documents, built ${manifest.builtAt}; checked in ${Date.now() - started} ms)`);
} else {
  console.log(`corpus: rebuilding resources/corpus-build (${reason})`);
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/corpus-cli.ts'), 'build'], { cwd: repo, stdio: 'inherit' });
  // Exit 1 means some files failed but the rest was built: the app can start with it.
  if (cli.status !== 0 && cli.status !== 1) {
    console.error(`corpus: build failed (exit ${cli.status ?? cli.signal}); the app will fall back to the bundled sources.`);
    process.exit(cli.status ?? 1);
  }
}
