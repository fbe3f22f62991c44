/** The public source repository (set REPO_URL when deploying a fork). */
const repository: string = import.meta.env.REPO_URL ?? 'https://github.com/regularization-zukan/regularization-zukan';

/** Facts about the site that are not UI strings. */
export const siteConfig = {
  repository,
  /** The GitHub page that edits a content file, e.g. `content/glossary/ja/dropout.mdx`. */
  editUrl: (path: string) => `${repository}/edit/main/${path}`,
  /** Where readers report a factual error. */
  issues: `${repository}/issues/new`,
  contentLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja', urlEn: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicense: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  /** Open Graph locales. */
  ogLocale: { ja: 'ja_JP', en: 'en_US' },
} as const;
