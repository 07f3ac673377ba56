// Rewrites the generated sections of docs/ (npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { GENERATED_SECTIONS, withSection } from './generatedDocs';

for (const section of GENERATED_SECTIONS) {
  const doc = readFileSync(section.path, 'utf8');
  const updated = withSection(doc, section);
  writeFileSync(section.path, updated);
  console.log(`${relative(process.cwd(), section.path)} (${section.marker}): ${updated === doc ? 'up to date' : 'updated'}`);
}
