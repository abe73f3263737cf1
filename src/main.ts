// Entry point. Until the chat UI lands (issue 3) the page lists the bundled scenarios, proving
// that the engine loads and checks them in the browser.
import { bundledScenarios } from './content/bundled.ts';

const list = document.querySelector('#scenarios')!;
for (const model of bundledScenarios()) {
  const item = document.createElement('li');
  item.lang = 'zh-CN';
  item.textContent = `${model.scenario.title.zh} · ${model.scenario.title.en} — ${model.scenario.minutes} min`;
  list.append(item);
}
document.querySelector('#status')!.textContent = 'The engine runs here; the chat screens are being built. Meanwhile, play in a terminal: npm run play -- warm-uncle';
