// The JSON API client (docs/api.md). Errors become ApiError with the server's code,
// message and per-field reasons. State-changing requests carry the CSRF token that
// POST/GET /api/session returned; cookies are sent same-origin only.

import { t } from './i18n.js';

let csrfToken = '';

export function setCsrf(token) {
  csrfToken = token || '';
}

export class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || t('err.http', { status }));
    this.status = status;
    this.code = e.code || (status ? 'internal' : 'network');
    this.fields = Array.isArray(e.fields) ? e.fields : [];
  }
}

const network = () => ({ error: { code: 'network', message: t('err.network') } });

// api('/api/x', {method, json, body, headers}) → parsed JSON (null for 204).
export async function api(path, { method = 'GET', json, body, headers = {} } = {}) {
  const hdrs = { Accept: 'application/json', ...headers };
  let payload = body;
  if (json !== undefined) {
    hdrs['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) hdrs['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, { method, headers: hdrs, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, network());
  }
  const text = res.status === 204 ? '' : await res.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}
