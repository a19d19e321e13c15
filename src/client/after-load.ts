// What site.ts loads once the page has loaded, since reading needs neither: the offline copy and 继续阅读.
import { keepOffline } from './offline.ts';
import { startResumeReading } from './resume-reading.ts';

keepOffline();
startResumeReading();
