import type { App } from '../app.ts';
import type { HttpServer } from '../http/server.ts';
import { checkHealth } from '../platform/health.ts';
import { escapeHtml } from './escape-html.ts';
import { pageLayout } from './page-layout.ts';

/** The platform page: what is running on which store, and the working-day calculator (no sign-in). */
export function homePage(server: HttpServer, app: App): void {
  server.get('/platform', { schema: { hide: true } }, async (_request, reply) => {
    const health = await checkHealth(app.database, app.clock.today().toString());
    const body = `
      <section>
        <h2>Platform</h2>
        <dl>
          <dt>Store</dt><dd>${escapeHtml(health.store.kind)} — ${escapeHtml(health.store.location)}</dd>
          <dt>Migrations applied</dt><dd>${health.store.migrations}</dd>
          <dt>Today</dt><dd>${escapeHtml(health.today)}</dd>
        </dl>
        <p><a href="/docs">API reference</a> · <a href="/openapi.json">OpenAPI 3.1</a> · <a href="/health">health</a></p>
      </section>
      <section>
        <h2>Working days <small>nl:workdays</small></h2>
        <p>The N-th Dutch working day after a date: Monday to Friday, except the holidays of the Algemene termijnenwet.</p>
        <form id="workdays">
          <label>From <input name="from" type="date" value="${escapeHtml(health.today)}" required></label>
          <label>Working days <input name="add" type="number" min="0" value="14" required></label>
          <button type="submit">Count</button>
        </form>
        <output id="workdays-answer" aria-live="polite"></output>
      </section>
      <script type="module">${workdaysScript}</script>`;
    return reply.type('text/html; charset=utf-8').send(pageLayout('Vezel', body));
  });
}

// Runs in the browser: asks the API and shows the date with the holidays it stepped over.
const workdaysScript = `
const form = document.getElementById('workdays');
const answer = document.getElementById('workdays-answer');
const text = (tag, value) => Object.assign(document.createElement(tag), { textContent: value });
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const query = new URLSearchParams(new FormData(form));
  const response = await fetch('/explain/workdays?' + query);
  const result = await response.json();
  answer.replaceChildren();
  if (!response.ok) { answer.append(text('p', result.detail)); answer.className = 'problem'; return; }
  answer.className = '';
  answer.append(text('p', result.date + ' (' + result.because.join(', ') + ')'));
  const list = document.createElement('ul');
  for (const day of result.skipped) list.append(text('li', day.date + ' — ' + day.reason));
  if (result.skipped.length) answer.append(text('p', 'Holidays stepped over:'), list);
});`;
