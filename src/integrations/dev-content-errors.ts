import type { AstroIntegration } from 'astro';
import { contentProblemChannel } from '../loaders/content-problems';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `npm run dev` only: while the content has a problem, open tabs show it in
 * Vite's error overlay and every page request answers with it, so a broken
 * edit is never mistaken for an edit that did not reload.
 */
export function devContentErrors(): AstroIntegration {
  return {
    name: 'dev-content-errors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const channel = contentProblemChannel();
        channel.listeners.add((message) => {
          if (message) server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'content' } });
          else server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((request, response, next) => {
          const message = channel.message;
          if (!message || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(
            `<!doctype html><html lang="en"><meta charset="utf-8"><title>Content error</title><h1>The content has a problem</h1><pre>${escapeHtml(message)}</pre><p>Fix the file; this page reloads when the content loads again.</p><script type="module" src="/@vite/client"></script></html>`,
          );
        });
      },
    },
  };
}
