// The quick check in the accessible layer: while a quiz runs, its messages, the feedback and the
// result are read out in a log, and every control on the canvas is a real button with the same
// name. The rest of the layer (chat log and controls) steps aside until the quiz is closed.
import type { Lang } from '../../engine/index.ts';
import { otherLanguageName, t } from '../i18n.ts';
import type { App } from '../state/app.ts';
import { quizButtonLabel, quizSession } from '../state/quiz-session.ts';
import { verdictKey } from '../state/quiz-run.ts';
import { ensureGlyphs } from '../fonts.ts';

export interface QuizMirrorNavigation {
  go(scene: 'Home' | 'Quiz'): void;
}

export interface QuizMirror {
  /** The Home screen's entry to the quiz, as a control of the main layer. */
  homeControl(lang: Lang): { key: string; label: string; onPress: () => void };
  unmount(): void;
}

export function mountQuizMirror(root: HTMLElement, app: App, nav: QuizMirrorNavigation): QuizMirror {
  const section = document.createElement('section');
  section.id = 'a11y-quiz';
  section.setAttribute('aria-labelledby', 'a11y-quiz-title');
  section.hidden = true;
  section.innerHTML = `
    <h2 id="a11y-quiz-title"></h2>
    <ol id="a11y-quiz-log" role="log" aria-live="polite"></ol>
    <div id="a11y-quiz-controls" role="group"></div>`;
  root.append(section);
  const title = section.querySelector<HTMLElement>('#a11y-quiz-title')!;
  const log = section.querySelector<HTMLOListElement>('#a11y-quiz-log')!;
  const controls = section.querySelector<HTMLElement>('#a11y-quiz-controls')!;
  const others = () => ['a11y-chat', 'a11y-controls', 'a11y-dialog'].map((id) => root.querySelector<HTMLElement>(`#${id}`)).filter((e) => e !== null);
  const lang = (): Lang => app.settings.lang;
  let shownRun: unknown = null;
  let logged = '';

  const line = (key: string, text: string) => {
    const li = document.createElement('li');
    li.dataset.key = key;
    li.textContent = text;
    log.append(li);
  };

  const button = (key: string, label: string, onPress: () => void, className = '') => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.key = key;
    b.textContent = label;
    if (className) b.className = className;
    b.addEventListener('click', onPress);
    return b;
  };

  const render = () => {
    const run = quizSession.run;
    const l = lang();
    if (!run) {
      if (!section.hidden) {
        section.hidden = true;
        for (const el of others()) if (el.id !== 'a11y-dialog') el.hidden = false;
      }
      shownRun = null;
      return;
    }
    section.hidden = false;
    for (const el of others()) el.hidden = true;
    // A new run, or the language changed: read the quiz from the start again.
    const signature = `${l}`;
    if (shownRun !== run || logged !== signature) { log.replaceChildren(); shownRun = run; logged = signature; }
    const phase = run.phase;
    title.textContent = phase === 'result' ? `${t('quizTitle', l)} · ${t('quizResult', l)}` : `${t('quizTitle', l)} · ${t('quizProgress', l, { n: run.index + 1, total: run.items.length })}`;

    // The log: each message shown so far, each answer's feedback, then the result.
    const have = new Set([...log.children].map((li) => (li as HTMLElement).dataset.key));
    run.items.slice(0, run.index + 1).forEach((item, i) => {
      if (!have.has(`m-${item.id}`)) line(`m-${item.id}`, `${t('quizProgress', l, { n: i + 1, total: run.items.length })} · ${item.from[l]}${t('colon', l)}${item.text[l]}`);
      const answered = run.answered[i];
      if (answered && run.feedback && !have.has(`f-${item.id}`)) {
        const flag = quizSession.flagName(item.flag, l);
        line(`f-${item.id}`, [
          `${t(answered.correct ? 'quizRight' : 'quizWrong', l)}${t('colon', l)}${t(item.kind === 'scam' ? 'quizWasScam' : 'quizWasGenuine', l)}`,
          flag ? t('quizFlag', l, { name: flag }) : '',
          item.why[l],
          t('quizYourAnswer', l, { answer: t(answered.answer === 'scam' ? 'quizScam' : 'quizGenuine', l) }),
        ].filter(Boolean).join(l === 'zh' ? '。' : '. ').replace(/([。.!！？?])[。.]/gu, '$1'));
      }
    });
    const score = run.score;
    if (score && !have.has('result')) {
      const pct = (n: number | null) => Math.round((n ?? 0) * 100);
      line('result', [
        t('quizSummary', l, { hits: score.hits, scams: score.scams, falseAlarms: score.falseAlarms, genuine: score.genuine }),
        t('quizDiscernment', l, { n: pct(score.sensitivity), hit: pct(score.hitRate), fa: pct(score.falseAlarmRate) }),
        t(verdictKey(score), l),
        t('quizWhyDiscernment', l),
      ].join(' '));
    }

    const focused = (document.activeElement as HTMLElement | null)?.dataset?.key;
    const list: HTMLButtonElement[] = [];
    if (phase === 'question') {
      list.push(button('quiz-scam', t('quizScam', l), () => quizSession.answer('scam'), 'danger'));
      list.push(button('quiz-genuine', t('quizGenuine', l), () => quizSession.answer('genuine')));
    } else if (phase === 'feedback') {
      list.push(button('quiz-next', t(run.index === run.items.length - 1 ? 'quizSeeResult' : 'quizNext', l), () => quizSession.next()));
    } else {
      list.push(button('quiz-again', t('quizAgain', l), () => { void quizSession.begin(ensureGlyphs).then(() => nav.go('Quiz')).catch(() => undefined); }));
    }
    list.push(button('quiz-home', t('home', l), () => { quizSession.close(); nav.go('Home'); }));
    list.push(button('quiz-lang', otherLanguageName(l), () => app.updateSettings({ lang: l === 'zh' ? 'en' : 'zh' })));
    controls.replaceChildren(...list);
    // Keep the keyboard where it was: the answer buttons, or the first control of a new phase.
    const keep = focused && controls.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
    if (keep) keep.focus();
    else if (focused?.startsWith('quiz-') || root.contains(document.activeElement)) list[0]!.focus();
  };

  const offQuiz = quizSession.on(render);
  const offApp = app.on((event) => { if (event.type === 'settings') render(); });
  render();
  return {
    homeControl: (l) => ({
      key: 'quiz',
      label: quizButtonLabel(l),
      onPress: () => { void quizSession.begin(ensureGlyphs).then(() => nav.go('Quiz')).catch(() => undefined); },
    }),
    unmount: () => { offQuiz(); offApp(); section.remove(); },
  };
}
