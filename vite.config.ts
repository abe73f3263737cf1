import { defineConfig } from 'vite';
import { serviceWorker } from './scripts/build/service-worker-plugin.ts';
import { bundledContent } from './scripts/build/content-plugin.ts';
import { bundledQuiz } from './scripts/build/quiz-plugin.ts';
import { phaserLite } from './scripts/build/phaser-lite-plugin.ts';
import { menuFont } from './scripts/build/menu-font-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [phaserLite(), menuFont(), bundledContent(), bundledQuiz(), serviceWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // The game, and the workshop host dashboard (served at /host by src/server).
      input: { main: `${import.meta.dirname}/index.html`, host: `${import.meta.dirname}/host.html` },
      output: {
        // Phaser is large and changes rarely: its own chunk caches well across releases.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 8080 },
});
