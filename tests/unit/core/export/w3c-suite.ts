import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { W3C_SUITE_DIR } from './fixtures';

/**
 * Runs objects through the W3C Web Annotation WG's model tests (draft-04 JSON Schemas
 * with `expectedResult`), as the suite's README describes: every definitions/*.json is
 * loaded, then each assertion listed in a *.test file is checked against its expected result.
 */
export interface AssertionFailure {
  assertion: string;
  message: string;
}

export const suiteAvailable = existsSync(join(W3C_SUITE_DIR, 'definitions'));

interface Assertion {
  file: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage?: string;
  validate: (value: unknown) => boolean;
}

let ajv: Ajv | undefined;

function validator(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  const defs = join(W3C_SUITE_DIR, 'definitions');
  for (const f of readdirSync(defs).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(defs, f), 'utf8')) as object);
  }
  return ajv;
}

/** The assertions a *.test file lists (paths relative to the suite root). */
export function loadAssertions(testFile: string): Assertion[] {
  const list = JSON.parse(readFileSync(join(W3C_SUITE_DIR, testFile), 'utf8')) as { assertions: string[] };
  return list.assertions.map((file) => {
    const schema = JSON.parse(readFileSync(join(W3C_SUITE_DIR, file), 'utf8')) as Record<string, unknown>;
    const existing = validator().getSchema(String(schema.id));
    const validate = existing ?? validator().compile(schema);
    return {
      file,
      expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      errorMessage: typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined,
      validate: (value) => validate(value) as boolean,
    };
  });
}

export function runAssertions(assertions: readonly Assertion[], value: unknown): AssertionFailure[] {
  const failures: AssertionFailure[] = [];
  for (const a of assertions) {
    const valid = a.validate(value);
    if (valid !== (a.expectedResult === 'valid')) failures.push({ assertion: a.file, message: a.errorMessage ?? '' });
  }
  return failures;
}
