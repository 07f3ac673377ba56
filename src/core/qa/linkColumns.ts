import { columnsByKey } from '../table/columns';

/** The columns TTS_UTM_CHECK reads when given a whole links table rather than a column of URLs. */
export const LINK_COLUMNS = columnsByKey({
  url: ['URL', 'Tagged URL', 'Full URL', 'Final URL', 'Tracking link', 'Link URL', 'Link'],
  adTemplate: ['Ad template', 'Ad URL template', 'Template', 'Is ad template'],
});

export type LinkColumnKey = keyof typeof LINK_COLUMNS;

/** What TTS_UTM_CHECK writes on a links table's header row, above its results. */
export const LINK_CHECK_HEADER = 'UTM check';

/**
 * The Links tab the set-up creates: the parts TTS_UTM_BUILD joins (URL = TTS_UTM_BUILD(Base URL, utm_source, ...)),
 * whether the link is a TikTok ad URL template (macros allowed), and the link itself. TTS_UTM_CHECK(A:I)
 * in the next column spills 'UTM check' and one result per row.
 */
export const LINK_TAB_HEADERS: string[] = [
  'Link name',
  'Base URL',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  LINK_COLUMNS.adTemplate.headers[0],
  LINK_COLUMNS.url.headers[0],
];
