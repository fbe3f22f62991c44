/**
 * Outputs of code that the prose quotes with `<CodeNumber of="<source>.<key>" />` (issue 15: numbers
 * that cannot drift): for each source, the committed script that runs the code and the fixture it
 * writes. The numbers themselves are read from the fixtures in src/data/code-numbers.ts. Plain data
 * without imports, so the build's content checks (src/plugins/remark-content-checks.ts) can read it too.
 */
export const CODE_NUMBER_SOURCES = {
  /** The bootstrap experiment printed in the article "L1 vs L2". */
  bootstrap: { script: 'scripts/fixtures/make_bootstrap_counts.py', fixture: 'test/fixtures/bootstrap-counts.json' },
  /** The choice of ρ by ElasticNetCV printed in the article on the Elastic Net and correlated features. */
  enetCv: { script: 'scripts/fixtures/make_enet_cv_choice.py', fixture: 'test/fixtures/enet-cv-choice.json' },
  /** ESL's feature-selection example repeated with scikit-learn on the data-leakage page. */
  leakage: { script: 'scripts/fixtures/make_leakage_errors.py', fixture: 'test/fixtures/leakage-errors.json' },
} as const;

export type CodeNumberSource = keyof typeof CODE_NUMBER_SOURCES;
