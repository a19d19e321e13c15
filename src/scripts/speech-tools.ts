import './cite-tools.ts';
import './selection-link.ts';
import './scroll-marker.ts';
