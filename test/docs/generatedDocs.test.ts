import { readFileSync } from 'node:fs';
import { GENERATED_SECTIONS, renderedSection } from '../../scripts/generatedDocs';

describe('generated sections of docs/', () => {
  it.each(GENERATED_SECTIONS.map((section) => [section.marker, section] as const))(
    'the %s section matches the code (run `npm run docs` when this fails)',
    (_marker, section) => {
      expect(readFileSync(section.path, 'utf8')).toContain(renderedSection(section));
    },
  );
});
