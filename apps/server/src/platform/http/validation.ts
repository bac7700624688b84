import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema, FastifySchemaCompiler } from 'fastify';
import { TEXT_KEYWORD, type TextKind, type TextProblem, textProblem } from '@pfc/contracts';
import { AppError, E } from './errors';

/**
 * The one rule for text input (packages/contracts/src/text.ts) is checked here, once, for every
 * request: every string of the body, query and path parameters, keys included, before the schema
 * runs; names and identifiers (string schemas marked `x-text: name`) by an Ajv keyword; and the
 * request headers by an onRequest hook. A refusal is a 400 TEXT_FORBIDDEN_CHARACTER naming the field.
 */

/** An Ajv error for a refused character: the error handler turns it into TEXT_FORBIDDEN_CHARACTER. */
function textError(instancePath: string | undefined, found: TextProblem): ErrorObject {
  // Left undefined inside a schema, Ajv fills in the instance path of the keyword's data.
  return {
    keyword: TEXT_KEYWORD,
    instancePath,
    schemaPath: `#/${TEXT_KEYWORD}`,
    params: { ...found },
    message: `must not contain ${found.char}`,
  } as ErrorObject;
}

// Parsed JSON and query strings (whose objects have a prototype of their own); not Buffers (uploads).
const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  typeof v === 'object' && v !== null && !ArrayBuffer.isView(v) && !(v instanceof Date);

const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The first refused character anywhere in parsed input, with its JSON pointer. Iterative, so a
 * deeply nested body cannot overflow the stack.
 */
export function findForbiddenText(data: unknown): { path: string; problem: TextProblem } | null {
  const stack: Array<[unknown, string]> = [[data, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path, problem };
    } else if (isContainer(value)) {
      for (const key of Object.keys(value)) {
        const problem = textProblem(key);
        if (problem) return { path: `${path}/${pointer(key)}`, problem };
        stack.push([(value as Record<string, unknown>)[key], `${path}/${pointer(key)}`]);
      }
    }
  }
  return null;
}

/**
 * Bodies are validated strictly: a number where a string belongs is a 400, not silently turned
 * into "123". Query strings and path parameters arrive as text, so they are coerced.
 */
function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, removeAdditional: true, useDefaults: true, allErrors: false, strict: false });
  addFormats(ajv);
  ajv.addKeyword({
    keyword: TEXT_KEYWORD,
    type: 'string',
    schemaType: 'string',
    errors: true,
    validate: function checkText(kind: TextKind, data: string) {
      const found = textProblem(data, kind);
      (checkText as unknown as { errors: ErrorObject[] | null }).errors = found ? [textError(undefined, found)] : null;
      return found === null;
    },
  });
  return ajv;
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export function validatorCompiler(): FastifySchemaCompiler<FastifySchema> {
  const strict = makeAjv(false);
  const coercing = makeAjv('array');
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? strict : coercing).compile(schema as object);
    // Every string, whatever the schema says about it (an undeclared field included), meets the rule first.
    const checked: Validate = (data) => {
      const found = findForbiddenText(data);
      if (found) {
        checked.errors = [textError(found.path, found.problem)];
        return false;
      }
      const ok = validate(data);
      checked.errors = validate.errors;
      return ok;
    };
    return checked;
  };
}

/** Headers reach code without a schema (Idempotency-Key, User-Agent, x-filename…): one check for all. */
export function installHeaderTextRule(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    for (const [name, value] of Object.entries(request.headers)) {
      for (const v of [value ?? ''].flat()) {
        const found = textProblem(v);
        if (found)
          throw new AppError(E.TEXT_FORBIDDEN_CHARACTER, { field: `header ${name}`, char: found.char }, [
            { field: `header ${name}`, message: found.char },
          ]);
      }
    }
  });
}
