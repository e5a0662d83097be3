import { version } from '../../package.json';
import { EXPORT_FORMATS } from '../core/exports';

export const VERSION = version;

export const HELP = `statement-lens ${version}: finds every statement in a press release and who made it.

Usage:
  statement-lens annotate [--format FORMAT] FILE
      Print the annotation of one release (FILE "-" reads standard input).
  statement-lens annotate --out DIR [--format FORMAT] [--jobs N] FILES-OR-GLOBS...
      Annotate many releases (files, folders, globs such as "news/**/*.release") into DIR,
      one file per release, on all cores. A failed release is reported at the end.
  statement-lens check FILE...
      List unattributed statements, unbalanced quotation marks and corrections that no
      longer anchor, as FILE:LINE:COL: MESSAGE. Exit 1 if there are any, 0 if clean.
  statement-lens set-speaker [--title TITLE] FILE OFFSET NAME
  statement-lens clear-speaker FILE OFFSET
      Set or clear the speaker of the statement at OFFSET (any UTF-16 offset inside it),
      recorded in FILE.corrections.json beside the release.

Options:
  -f, --format FORMAT  ${EXPORT_FORMATS.join(' | ')} (default json: statement-lens/v1)
  -o, --out DIR        write one export per release into DIR
  -j, --jobs N         worker threads for --out (default: every core)
      --title TITLE    the speaker's title, for set-speaker
  -h, --help           show this help
  -v, --version        show the version

Corrections in FILE.corrections.json are applied by annotate and check.
Offsets in json output are UTF-16 code units; brat and w3c positions are code points.
Exit status: 0 done, 1 problems found or a release failed, 2 bad usage or unreadable input.
`;
