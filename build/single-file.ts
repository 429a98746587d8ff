import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';

/** The page that opens by double-click, beside the served `index.html`. */
export const SINGLE_FILE_NAME = 'netzwerkkarte.html';

/**
 * The policy of the single file. `'self'` means nothing on a `file://` page (its origin is opaque),
 * so nothing may rely on it: the one script is allowed by its hash, connections by nobody, workers
 * only from `blob:` (the core worker and ForceAtlas2's layout worker are both built from one).
 * Inline styles stay allowed as in `index.html`: React and sigma set `style` attributes.
 */
function policy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "connect-src 'none'",
    'worker-src blob:',
    'img-src data: blob:',
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Makes script text safe inside `<script>…</script>`. `</script` would end the element: `<\/script`
 * reads the same in a JavaScript string, template, regular expression and comment. A `<!--` followed
 * by `<script` would put the HTML parser into its "double escaped" state (HTML § 13.2.5.20ff.), in
 * which the closing tag no longer counts; no escape is right in every JavaScript context, so the
 * build stops instead of writing a page that breaks.
 */
function scriptText(code: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the hash is checked (HTML § 13.2.3.5).
  const text = code.replace(/\r\n?/g, '\n').replace(/<\/(script)/gi, '<\\/$1');
  // The parser also replaces a raw NUL, which minified code never holds but a bundled string might.
  if (text.includes('\0'))
    throw new Error(`${SINGLE_FILE_NAME}: the bundle holds a raw NUL character; cannot inline.`);
  if (/<!--(?:(?!-->)[\s\S])*<script[\s/>]/i.test(text))
    throw new Error(
      `${SINGLE_FILE_NAME}: the bundle holds "<!--" before "<script"; cannot inline.`,
    );
  return text;
}

/** Stylesheets are inlined as they are; one that could end its `<style>` element stops the build. */
function styleText(css: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${SINGLE_FILE_NAME}: a stylesheet holds "</style".`);
  return css;
}

function only<T>(items: T[], what: string): T {
  const [item, ...others] = items;
  if (!item || others.length > 0)
    throw new Error(`${SINGLE_FILE_NAME}: expected one ${what}, found ${items.length}.`);
  return item;
}

/** The bundle of the single-file build written as one page, every other file of it dropped. */
function singlePage(bundle: Rolldown.OutputBundle): string {
  const files = Object.values(bundle);
  const chunks = files.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const assets = files.filter((file): file is Rolldown.OutputAsset => file.type === 'asset');
  const entry = only(chunks, 'script (dynamic imports are inlined)');
  const page = only(
    assets.filter((asset) => asset.fileName.endsWith('.html')),
    'page',
  );
  const styles = assets
    .filter((asset) => asset.fileName.endsWith('.css'))
    .map((asset) => `<style>\n${styleText(String(asset.source))}</style>`)
    .join('\n');
  const script = scriptText(entry.code);
  const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  let html = String(page.source);
  // A function as replacement, so that "$" in the code or styles is never read as a pattern.
  const replace = (pattern: RegExp, by: (match: string) => string, what: string) => {
    if (!pattern.test(html)) throw new Error(`${SINGLE_FILE_NAME}: ${what} not found in the page.`);
    html = html.replace(pattern, by);
  };
  replace(
    /(?<=http-equiv="Content-Security-Policy"\s+content=")[^"]*/,
    () => policy(hash),
    'the policy',
  );
  replace(/\s*<link rel="stylesheet"[^>]*>/g, () => '', 'the stylesheet link');
  replace(/\s*<script type="module"[^>]*><\/script>/, () => '', 'the script tag');
  replace(/<\/head>/, (end) => `${styles}\n  ${end}`, 'the head');
  replace(/<\/body>/, (end) => `<script type="module">${script}</script>\n  ${end}`, 'the body');
  return html;
}

/**
 * The single-file build: the core worker inlined as a `blob:` worker (Vite's `?worker&inline`),
 * then script and styles written into the page with a policy that allows the script by its hash.
 * Everything else of this build is dropped, so it only adds `netzwerkkarte.html` to `dist/`.
 * It works in the build environment named `environmentName` only.
 */
export function singleFile(environmentName: string): Plugin {
  return {
    name: 'netzwerkkarte:single-file',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === environmentName,
    resolveId: {
      filter: { id: /\?worker$/ },
      handler(source, importer) {
        return this.resolve(`${source}&inline`, importer, { skipSelf: true });
      },
    },
    // After Vite has written the page and its styles into the bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = singlePage(bundle);
        for (const fileName of Object.keys(bundle)) delete bundle[fileName];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}
