import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ContentError } from './errors.ts';

// A calendar date as GB/T 7714 writes it (GB/T 7408): 2024-01-05.
const day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'write a date as YYYY-MM-DD, e.g. 2024-01-05');
const words = z.string().trim().min(1);

/**
 * `content/metadata.yaml`: bibliographic facts the source does not state, given by the editors. Every field is
 * optional, and a citation leaves out each one that is missing: none is ever guessed.
 */
export const metadataSchema = z
  .strictObject({
    /** Who gave the speech (GB/T 7714: 主要责任者), e.g. 张三. */
    speaker: words.optional(),
    /** The occasion, as a subtitle (GB/T 7714: 其他题名信息), e.g. 在省委全会上的讲话. */
    occasion: words.optional(),
    /** The day the speech was given. */
    date: day.optional(),
    /** The newspaper that printed the text we were given, e.g. 辽宁日报. */
    newspaper: words.optional(),
    /** The day the newspaper printed it. */
    printed: day.optional(),
    /** The newspaper's page or pages (版次), e.g. "1" or "1, 3". */
    page: z
      .union([z.number().int().positive(), z.string().regex(/^\d+(, ?\d+)*$/, 'write pages as numbers, e.g. "1, 3"')])
      .transform(String)
      .optional(),
    /** Who publishes this site's text (GB/T 7714: 出版者). */
    publisher: words.optional(),
    /** Where the publisher is (GB/T 7714: 出版地), e.g. 沈阳. */
    publisherCity: words.optional(),
    /** The day this site first published the text (GB/T 7714: 出版年, its year). */
    issued: day.optional(),
    /** The day this site's text last changed (GB/T 7714: 更新或修改日期). */
    updated: day.optional(),
  })
  .nullable()
  .transform((metadata) => metadata ?? {});

export type Metadata = z.infer<typeof metadataSchema>;

/** Reads the editors' metadata; a wrong field stops the build, naming the file and the field's line. */
export function readMetadata(file: string, yaml: string): Metadata {
  const parsed = metadataSchema.safeParse(parse(yaml));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // An unknown field is reported by the object, with the field's name in `keys`.
  const field = String(issue.path[0] ?? ('keys' in issue ? issue.keys[0] : '') ?? '');
  const line = field ? yaml.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1 : 0;
  throw new ContentError(file, line || undefined, `${field ? `"${field}" ` : ''}is wrong: ${issue.message}`);
}
