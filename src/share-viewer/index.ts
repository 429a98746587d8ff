import type { ShareViewer } from '../core/share/types';
import script from './viewer.js?raw';
import style from './viewer.css?raw';

/**
 * The share file's script and stylesheet as text, for the core's writer (`writeShareFile`): the app's
 * export worker and the command line pass them in, as the core itself reads no files. Written into
 * each file as they are, readable, so that whoever receives one can see what its script does.
 */
export const SHARE_VIEWER: ShareViewer = { script, style };
