// The controls of every page besides search, loaded by site.ts on the reader's first move.
import './contents-menu.ts';
import './site-preferences.ts';
