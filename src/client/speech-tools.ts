// What a page of the speech adds once the reader reaches for it: the citation tools, the selection link and the
// marker of the section being read. Loaded by site.ts on the reader's first move.
import './cite-tools.ts';
import './selection-link.ts';
import { startCurrentSection } from './current-section.ts';

startCurrentSection();
