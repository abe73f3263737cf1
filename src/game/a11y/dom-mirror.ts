// The accessible layer: a canvas is invisible to screen readers, so the open conversation is
// mirrored into a DOM log (aria-live) and every choice and action is a real button whose name is
// its visible text. The whole game can be played with a keyboard or a screen reader alone; the
// panel shows itself while it has focus.
import type { ChatEntry, Lang, Mode } from '../../engine/index.ts';
import { RULES } from '../../engine/constants.ts';
import { money, otherLanguageName, settledTransferStatus, t } from '../i18n.ts';
import type { App } from '../state/app.ts';
import { previewOf } from '../scenes/ChatListScene.ts';
import { debriefSections } from '../debrief-text.ts';
import { downloadShareCard } from '../share-card.ts';
import { mountQuizMirror } from './quiz-mirror.ts';

export interface MirrorNavigation {
  /** Show a canvas screen to match (the mirror and the canvas stay on the same screen). */
  go(scene: 'Home' | 'ChatList' | 'Chat' | 'Debrief' | 'Settings' | 'Quiz'): void;
  /** Load and start a case, then show its chat list. */
  start(id: string, mode: Mode): Promise<void>;
  /** Continue the saved game (or come back Home with a notice). */
  resume(): Promise<void>;
  /** The workshop's controls, where a workshop can be joined (not in kiosk mode). */
  workshop?: {
    joined: boolean;
    open(): void;
    /** While a workshop play's debrief shows: its buttons instead of replay. */
    debriefButtons(): { label: string; onPress: () => void }[] | null;
  };
  /** Kiosk mode: only the kiosk's cases and buttons, as on its picker (no saved game, quiz or mode choice). */
  kiosk?: MirrorKiosk;
}

export interface MirrorKiosk {
  /** The cases a visitor may pick: the rotation. */
  cases(): readonly { id: string; title: Record<Lang, string> }[];
  /** Starts one of them ("random": any); from the attract loop this begins a visit. */
  play(id: string): void;
  /** The picker's other buttons ("surprise me", "done"), in this language. */
  controls(lang: Lang): { key: string; label: string; onPress: () => void }[];
}

type Control = { key: string; label: string; onPress: () => void; pressed?: boolean; danger?: boolean };

export function mountDomMirror(root: HTMLElement, app: App, nav: MirrorNavigation): () => void {
  root.id = 'a11y';
  root.innerHTML = `
    <h1 id="a11y-title"></h1>
    <p id="a11y-status" role="status" aria-live="assertive"></p>
    <section id="a11y-chat" aria-labelledby="a11y-chat-title">
      <h2 id="a11y-chat-title"></h2>
      <ol id="a11y-log" role="log" aria-live="polite"></ol>
    </section>
    <section id="a11y-debrief" aria-labelledby="a11y-debrief-title" hidden></section>
    <div id="a11y-dialog" role="dialog" aria-modal="false" hidden></div>
    <nav id="a11y-controls" aria-label="controls"></nav>`;
  const $ = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
  const title = $('a11y-title');
  const status = $('a11y-status');
  const chatTitle = $('a11y-chat-title');
  const log = $('a11y-log') as HTMLOListElement;
  const controls = $('a11y-controls');
  const dialog = $('a11y-dialog');
  const debriefSection = $('a11y-debrief');
  /** The play and language the debrief section was written for (an ended play no longer changes). */
  let debriefShown: { session: unknown; lang: Lang } | null = null;
  const quiz = mountQuizMirror(root, app, nav);
  let flagging: string | null = null;
  let paying: { contact: string; method: 'transfer' | 'red-packet' } | null = null;
  let logConversation = '';
  let mode: 'practice' | 'challenge' = 'practice';

  const lang = (): Lang => app.settings.lang;
  const say = (text: string) => { status.textContent = ''; status.textContent = text; };

  const renderButtons = (container: HTMLElement, list: Control[]) => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    container.replaceChildren(...list.map((c) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = c.label;
      button.dataset.key = c.key;
      if (c.pressed !== undefined) button.setAttribute('aria-pressed', String(c.pressed));
      if (c.danger) button.className = 'danger';
      button.addEventListener('click', c.onPress);
      return button;
    }));
    if (focused) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  };

  const entryText = (entry: ChatEntry): string => {
    const snap = app.snapshot!;
    const l = lang();
    const nameOf = (id: string) => (id === 'player' ? t('me', l) : snap.contacts.find((c) => c.id === id)?.name[l] ?? id);
    const body = entry.kind === 'voice' ? `${t('preview_voice', l)} ${entry.seconds}″ ${entry.text?.[l] ?? ''}`
      : entry.kind === 'image' ? `${t('preview_image', l)} ${entry.text?.[l] ?? ''}`
      : entry.kind === 'link' ? `${t('preview_link', l)} ${entry.title?.[l] ?? ''} — ${entry.text?.[l] ?? ''} (${entry.site ?? ''})`
      : entry.kind === 'transfer' || entry.kind === 'red-packet' ? `${t(`preview_${entry.kind}`, l)} ¥${money(entry.amount ?? 0)} ${entry.status === 'pending' ? t('transferPending', l) : settledTransferStatus(entry, l)} ${entry.text?.[l] ?? ''}`
      : previewOf(entry, l, nameOf);
    return entry.kind === 'system' || entry.kind === 'recall' ? body : `${nameOf(entry.from)}${t('colon', l)}${body}`;
  };

  /** As on the canvas: only others' messages drawn as bubbles (not system tips, recalls or time stamps). */
  const flaggable = (entry: ChatEntry) => !!entry.message && entry.from !== 'player' && !entry.recalled && entry.kind !== 'system' && entry.kind !== 'recall';

  const renderLog = () => {
    const snap = app.snapshot;
    const conversation = app.conversation;
    if (!snap || !conversation) { log.replaceChildren(); logConversation = ''; return; }
    const entries = snap.entries.filter((e) => e.conversation === conversation);
    if (logConversation !== conversation) { log.replaceChildren(); logConversation = conversation; }
    const existing = new Map([...log.children].map((li) => [(li as HTMLElement).dataset.key!, li as HTMLLIElement]));
    for (const entry of entries) {
      let li = existing.get(entry.key);
      if (!li) { li = document.createElement('li'); li.dataset.key = entry.key; if (entry.message) li.dataset.message = entry.message; log.append(li); }
      const text = entryText(entry);
      const label = li.querySelector('span');
      if (label?.textContent !== text) {
        const span = document.createElement('span');
        span.textContent = text;
        const buttons: HTMLButtonElement[] = [];
        const add = (labelText: string, onPress: () => void) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = labelText;
          b.setAttribute('aria-label', `${labelText}: ${text.slice(0, 40)}`);
          b.addEventListener('click', onPress);
          buttons.push(b);
        };
        if (flaggable(entry)) add(t('flagMessage', lang()), () => { flagging = entry.message!; renderDialog(); });
        if (entry.kind === 'link' && entry.from !== 'player') add(t('preview_link', lang()), () => act({ type: 'click-link', message: entry.message! }));
        if ((entry.kind === 'transfer' || entry.kind === 'red-packet') && entry.status === 'pending') add(t('receive', lang()), () => act({ type: 'receive', message: entry.message! }));
        li.replaceChildren(span, ...buttons);
      }
    }
  };

  const act = (action: Parameters<App['act']>[0], done?: string) => {
    const result = app.act(action);
    if (!result.ok) { say(result.reason); return result; }
    const f = result.feedback;
    if (f) {
      const name = app.catalogue.flags.find((x) => x.id === f.flag)?.name[lang()] ?? f.flag;
      say(f.result === 'correct' ? t('flagCorrect', lang(), { name }) : f.result === 'wrong-category' ? t('flagWrongCategory', lang(), { name }) : t('flagBenign', lang()));
    } else if (action.type === 'flag') say(t('flagRecorded', lang()));
    else if (done) say(done);
    return result;
  };

  const renderDialog = () => {
    const l = lang();
    if (flagging) {
      dialog.hidden = false;
      dialog.setAttribute('aria-label', t('flagSheetTitle', l));
      const heading = document.createElement('h2');
      heading.textContent = t('flagSheetTitle', l);
      const groups = RULES.map((rule) => {
        const group = document.createElement('div');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', app.catalogue.rules[rule][l]);
        renderButtons(group, app.catalogue.flags.filter((f) => f.rule === rule).map((f) => ({
          key: `flag-${f.id}`, label: f.name[l], onPress: () => { const m = flagging!; flagging = null; renderDialog(); act({ type: 'flag', message: m, flag: f.id }); },
        })));
        return group;
      });
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.textContent = t('cancel', l);
      cancel.addEventListener('click', () => { flagging = null; renderDialog(); });
      dialog.replaceChildren(heading, ...groups, cancel);
      dialog.querySelector('button')?.focus();
      return;
    }
    if (paying) {
      dialog.hidden = false;
      const name = app.snapshot?.contacts.find((c) => c.id === paying!.contact)?.name[l] ?? '';
      const asked = app.snapshot?.transferTo.find((o) => o.contact === paying!.contact)?.amount;
      dialog.setAttribute('aria-label', t(paying.method === 'transfer' ? 'transferTo' : 'redPacketTo', l, { name }));
      dialog.innerHTML = '';
      const heading = document.createElement('h2');
      heading.textContent = t(paying.method === 'transfer' ? 'transferTo' : 'redPacketTo', l, { name });
      const label = document.createElement('label');
      label.textContent = `${t('amount', l)} (¥) `;
      const input = document.createElement('input');
      input.type = 'number';
      input.min = '0.01';
      input.step = '0.01';
      input.value = asked ? String(asked) : '';
      label.append(input);
      const warning = document.createElement('p');
      warning.textContent = `⚠ ${t('riskTitle', l)}${t('colon', l)}${t('riskBody', l)}`;
      const go = document.createElement('button');
      go.type = 'button';
      go.textContent = t('riskContinue', l);
      go.addEventListener('click', () => {
        const p = paying!;
        const result = act({ type: 'transfer', contact: p.contact, amount: Number(input.value), method: p.method });
        if (result.ok) { paying = null; renderDialog(); }
      });
      const stop = document.createElement('button');
      stop.type = 'button';
      stop.textContent = t('riskCancel', l);
      stop.addEventListener('click', () => { paying = null; renderDialog(); });
      dialog.append(heading, label, warning, stop, go);
      input.focus();
      return;
    }
    dialog.hidden = true;
    dialog.replaceChildren();
  };

  /** The debrief in words, once the play has ended: what a sighted player reads on the debrief screen. */
  const renderDebrief = (ended: boolean) => {
    const shown = ended ? { session: app.session, lang: lang() } : null;
    if (shown?.session === debriefShown?.session && shown?.lang === debriefShown?.lang) return;
    debriefShown = shown;
    debriefSection.hidden = !ended;
    if (!ended) { debriefSection.replaceChildren(); return; }
    const l = lang();
    const heading = document.createElement('h2');
    heading.id = 'a11y-debrief-title';
    heading.textContent = t('debrief', l);
    const parts = debriefSections(app.session!.debrief(), l, app.catalogue.rules).flatMap((section) => {
      const h = document.createElement('h3');
      h.textContent = section.heading;
      return [h, ...section.paragraphs.map((text) => { const p = document.createElement('p'); p.textContent = text; return p; })];
    });
    debriefSection.replaceChildren(heading, ...parts);
  };

  /** A button per chat, to open it (an ended play's chats stay open for re-reading). */
  const chatControls = (): Control[] => app.chatList().map((entry) => {
    const l = lang();
    const title = app.snapshot!.conversations.find((c) => c.id === entry.id)!.title[l];
    const unread = app.unread(entry.id);
    return { key: `open-${entry.id}`, label: `${t('chats', l)}${t('colon', l)}${title}${unread ? ` (${unread})` : ''}`, pressed: app.conversation === entry.id, onPress: () => { app.openConversation(entry.id); nav.go('Chat'); } };
  });

  const render = () => {
    const l = lang();
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    const snap = app.snapshot;
    const list: Control[] = [];
    const languageControl: Control = { key: 'lang', label: otherLanguageName(l), onPress: () => app.updateSettings({ lang: l === 'zh' ? 'en' : 'zh' }) };
    if (!snap) {
      renderDebrief(false);
      title.textContent = `${t('appName', l)} — ${t('tagline', l)}`;
      chatTitle.textContent = '';
      renderLog();
      if (nav.kiosk) {
        for (const s of nav.kiosk.cases()) list.push({ key: `start-${s.id}`, label: s.title[l], onPress: () => nav.kiosk!.play(s.id) });
        list.push(...nav.kiosk.controls(l), languageControl);
        renderButtons(controls, list);
        return;
      }
      for (const m of ['practice', 'challenge'] as const) list.push({ key: `mode-${m}`, label: `${t(m, l)}${t('colon', l)}${t(m === 'practice' ? 'practiceHint' : 'challengeHint', l)}`, pressed: mode === m, onPress: () => { mode = m; render(); } });
      if (app.hasSavedGame()) list.push({ key: 'continue', label: t('continueGame', l), onPress: () => void nav.resume() });
      list.push(quiz.homeControl(l));
      for (const s of app.scenarios) {
        const best = app.bestScore(s.id);
        list.push({ key: `start-${s.id}`, label: `${s.title[l]}${best !== null ? ` · ${t('bestScore', l, { n: best })}` : ''}`, onPress: () => void nav.start(s.id, mode) });
      }
      if (nav.workshop) list.push({ key: 'workshop', label: t(nav.workshop.joined ? 'backToWorkshop' : 'joinWorkshop', l), onPress: () => nav.workshop!.open() });
      list.push(languageControl);
      renderButtons(controls, list);
      return;
    }
    const model = app.current!;
    title.textContent = `${model.scenario.title[l]} · ${t(app.mode, l)}`;
    const conv = snap.conversations.find((c) => c.id === app.conversation);
    chatTitle.textContent = conv ? `${conv.title[l]}${snap.typing?.conversation === conv.id ? ` — ${t('typing', l)}` : ''}` : t('chats', l);
    renderLog();
    renderDebrief(snap.status === 'ended');
    if (snap.status === 'ended') {
      const d = app.session!.debrief();
      list.push({ key: 'debrief', label: `${t('seeDebrief', l)}${t('colon', l)}${d.outcome?.title[l] ?? ''} · ${t('score', l)} ${d.score.total}`, onPress: () => nav.go('Debrief') });
      const workshopButtons = nav.workshop?.debriefButtons();
      if (workshopButtons) workshopButtons.forEach((b, i) => list.push({ key: `workshop-${i}`, ...b }));
      else {
        // The canvas debrief's buttons; a kiosk keeps nothing of a visitor, so no result card there.
        list.push({ key: 'replay', label: t('replay', l), onPress: () => void nav.start(model.scenario.id, app.mode) });
        list.push({ key: 'next', label: t('nextScenario', l), onPress: () => void nav.start(app.scenarioAfter(d.scenarioId), app.mode) });
        if (!nav.kiosk) list.push({ key: 'share', label: t('shareCard', l), onPress: () => downloadShareCard(d, l, app.catalogue) });
      }
      list.push(...chatControls());
      list.push({ key: 'home', label: t('home', l), onPress: () => { app.close(); nav.go('Home'); } });
      renderButtons(controls, list);
      return;
    }
    for (const c of snap.choices) {
      const where = c.conversation !== app.conversation ? ` (${snap.conversations.find((x) => x.id === c.conversation)?.title[l] ?? ''})` : '';
      list.push({ key: `choice-${c.id}`, label: c.text[l] + where, onPress: () => { if (c.conversation !== app.conversation) { app.openConversation(c.conversation); nav.go('Chat'); } act({ type: 'choose', choice: c.id }); } });
    }
    list.push(...chatControls());
    if (snap.typing) list.push({ key: 'skip', label: t('skip', l), onPress: () => app.session?.skip() });
    for (const type of ['call-96110', 'ask-family', 'check-official'] as const) list.push({ key: type, label: t(`action_${type}`, l), onPress: () => act({ type }, t(`actionDone_${type}`, l)) });
    for (const option of snap.transferTo) {
      const name = snap.contacts.find((c) => c.id === option.contact)?.name[l] ?? option.contact;
      list.push({ key: `pay-${option.contact}`, label: t('transferTo', l, { name }), danger: true, onPress: () => { paying = { contact: option.contact, method: 'transfer' }; renderDialog(); } });
    }
    const members = conv?.members ?? [];
    for (const contact of members) {
      const name = snap.contacts.find((c) => c.id === contact)?.name[l] ?? contact;
      if (!snap.blocked.includes(contact)) list.push({ key: `block-${contact}`, label: `${t('action_block', l)} ${name}`, danger: true, onPress: () => act({ type: 'block', contact }, t('actionDone_block', l)) });
      if (!snap.reported.includes(contact)) list.push({ key: `report-${contact}`, label: `${t('action_report', l)} ${name}`, danger: true, onPress: () => act({ type: 'report', contact }, t('actionDone_report', l)) });
    }
    list.push({ key: 'home', label: t('home', l), onPress: () => { app.close(); nav.go('Home'); } });
    list.push(languageControl);
    renderButtons(controls, list);
  };

  const unsubscribe = app.on(() => render());
  render();
  return () => { unsubscribe(); quiz.unmount(); root.replaceChildren(); };
}
