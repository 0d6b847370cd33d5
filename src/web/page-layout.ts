import { escapeHtml } from './escape-html.ts';

/** The frame every page shares: title, header, and a small stylesheet that needs no build step. */
export function pageLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<header><h1>Vezel</h1><p>Operator platform: the terms, executed.</p></header>
<main>${body}</main>
</body>
</html>`;
}

const styles = `
  :root { font-family: system-ui, sans-serif; color: #1c2430; background: #f6f7f9; }
  body { margin: 0; }
  header { background: #12324a; color: #fff; padding: 1rem 2rem; display: flex; align-items: baseline; gap: 1.5rem; }
  header h1 { margin: 0; font-size: 1.5rem; }
  header p { margin: 0; opacity: .8; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem; }
  section { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 1rem 1.5rem; margin: 1rem 0; }
  h2 small { font-weight: normal; color: #5b6b7b; font-size: .8rem; margin-left: .5rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dt { color: #5b6b7b; }
  dd { margin: 0; }
  form { display: flex; gap: 1rem; align-items: end; flex-wrap: wrap; }
  label { display: flex; flex-direction: column; font-size: .9rem; gap: .25rem; }
  input, button { font: inherit; padding: .35rem .5rem; }
  button { background: #12324a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  .problem { color: #a4161a; }
`;
