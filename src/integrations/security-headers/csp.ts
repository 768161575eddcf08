/** Content Security Policies as directive name to sources. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each page's own policy allows: the union of their sources.
 * A static host serves one header for every page, while Astro writes a policy per page.
 */
export function mergePolicies(texts: readonly string[]): string {
  const merged: Policy = new Map();
  for (const text of texts) {
    for (const [name, sources] of parsePolicy(text)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  return formatPolicy(merged);
}

/** The CSP a page declares in its `<meta http-equiv="content-security-policy">`, if any. */
export function policyOfPage(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'");
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages): every page refuses to be framed
 * (`frame-ancestors 'none'`, `X-Frame-Options: DENY`) except the embed pages under `embedPrefix`,
 * which any site may frame. The `! Name` lines detach the site-wide header there (Cloudflare
 * Pages' syntax; Netlify serves the most specific rule's value for a path).
 */
export function headersFile(
  policy: string,
  extra: Readonly<Record<string, string>>,
  embedPrefix: string,
  own: readonly { readonly prefix: string; readonly policy: string }[] = [],
): string {
  const block = (path: string, lines: readonly string[]) => `${path}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  return [
    block('/*', [
      `Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
      ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
      'X-Frame-Options: DENY',
    ]),
    block(`${embedPrefix}*`, [
      '! Content-Security-Policy',
      '! X-Frame-Options',
      `Content-Security-Policy: ${policy}; frame-ancestors *`,
    ]),
    // Pages with a policy of their own (the editor, /admin/): theirs replaces the site's.
    ...own.map((page) =>
      block(`${page.prefix}*`, [
        '! Content-Security-Policy',
        `Content-Security-Policy: ${page.policy}; frame-ancestors 'none'`,
      ]),
    ),
  ].join('');
}

/**
 * The policy a page asks for instead of the site's, in `<meta name="<name>" content="…">` (the
 * browser editor does: src/pages/admin/), or undefined for a reading page.
 */
export function ownPolicy(html: string, name: string): string | undefined {
  const match = new RegExp(`<meta name="${name}" content="([^"]*)"`, 'i').exec(html);
  return match?.[1]?.replace(/&#39;/g, "'");
}

/** The page with its Content Security Policy meta tag saying `policy` instead. */
export function withPolicy(html: string, policy: string): string {
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")[^"]*"/i,
    (_whole, start: string) => `${start}${policy.replace(/'/g, '&#39;')}"`,
  );
}
