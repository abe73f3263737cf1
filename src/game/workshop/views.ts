// Which workshop screen a participant sees, from the controller's state: nothing while they play.
import type { Lang } from '../../engine/index.ts';
import type { WorkshopController } from './controller.ts';
import type { OverlayView } from './overlay.ts';
import { ws } from './strings.ts';

export function buildView(c: WorkshopController, lang: Lang): OverlayView | null {
  const home = { label: ws('backHome', lang), onPress: () => c.backHome(), primary: true, key: 'home' };
  const leave = {
    label: ws('leave', lang), key: 'leave',
    onPress: () => { if (window.confirm(ws('leaveConfirm', lang))) c.leave(); },
  };
  switch (c.phase) {
    case 'off':
      return null;
    case 'form':
      return {
        kind: 'form', title: ws('joinTitle', lang), intro: ws('joinIntro', lang),
        pinLabel: ws('pinLabel', lang), pinHint: ws('pinHint', lang), nicknameLabel: ws('nicknameLabel', lang), nicknameHint: ws('nicknameHint', lang),
        suggestLabel: ws('suggest', lang), submitLabel: ws(c.form.busy ? 'joining' : 'join', lang), cancelLabel: ws('cancel', lang), languageLabel: ws('otherLanguage', lang),
        error: c.form.problem?.message ?? null, errorField: c.form.problem?.field ?? null, busy: c.form.busy,
        onSubmit: (pin, nickname) => void c.submitJoin(pin, nickname),
        onSuggest: () => void c.suggestNickname(),
        onCancel: () => c.cancelForm(),
        onLanguage: () => c.toggleLanguage(),
      };
    case 'connecting':
      if (!c.announceConnecting) return null;
      return { kind: 'notice', id: 'connecting', title: ws('connecting', lang), body: hello(c, lang), waiting: true, buttons: [leave] };
    case 'ended':
      return { kind: 'notice', id: 'ended', badge: '✓', title: ws('endedTitle', lang), body: ws('endedBody', lang), buttons: [home] };
    case 'removed':
      return { kind: 'notice', id: 'removed', title: ws('removedTitle', lang), body: ws('removedBody', lang), buttons: [home] };
    case 'replaced':
      return {
        kind: 'notice', id: 'replaced', title: ws('replacedTitle', lang), body: ws('replacedBody', lang),
        buttons: [{ label: ws('continueHere', lang), primary: true, key: 'continue', onPress: () => c.openFromHome() }, { ...home, primary: false }],
      };
    case 'in':
      return inRoom(c, lang, leave);
  }
}

function hello(c: WorkshopController, lang: Lang): string {
  return c.you ? ws('lobbyHello', lang, { name: c.you.nickname, n: c.you.number }) : '';
}

function inRoom(c: WorkshopController, lang: Lang, leave: { label: string; onPress: () => void; key: string }): OverlayView | null {
  const quiz = c.quiz;
  if (quiz?.score) {
    const s = quiz.score;
    return {
      kind: 'notice', id: 'quiz-done', title: ws('quizTitle', lang), body: ws('quizThanks', lang, { hits: s.hits, scams: s.scams, alarms: s.falseAlarms, genuine: s.genuine }),
      buttons: [{ label: ws('quizClose', lang), primary: true, key: 'quiz-close', onPress: () => c.closeQuiz() }],
    };
  }
  if (quiz) {
    return {
      kind: 'quiz', id: quiz.phase, title: `${ws('quizTitle', lang)} · ${ws(quiz.phase === 'before' ? 'quizBefore' : 'quizAfter', lang)}`, intro: ws('quizIntro', lang),
      items: quiz.items.map((item, i) => ({ id: item.id, from: item.from?.[lang] ?? '', text: item.text[lang], count: ws('quizItem', lang, { n: i + 1, total: quiz.items.length }) })),
      scamLabel: ws('quizScam', lang), genuineLabel: ws('quizGenuine', lang), submitLabel: ws(quiz.busy ? 'quizSending' : 'quizSubmit', lang),
      missing: (n) => ws('quizMissing', lang, { n }), busy: quiz.busy, error: quiz.error ? ws('error_other', lang, { code: quiz.error }) : null,
      onSubmit: (answers) => void c.submitQuiz(answers),
    };
  }
  const room = c.room;
  if (room?.status === 'playing' && room.paused) {
    return { kind: 'notice', id: 'pause', dark: true, urgent: true, title: ws('pauseTitle', lang), body: ws('pauseBody', lang), buttons: [] };
  }
  if (room?.status === 'lobby') {
    return { kind: 'notice', id: 'lobby', title: ws('lobbyTitle', lang), sub: hello(c, lang), body: ws('lobbyBody', lang), waiting: true, buttons: [leave] };
  }
  if (room?.status === 'playing' && c.plays.length === 0) {
    return { kind: 'notice', id: 'lobby', title: ws('lobbyTitle', lang), sub: hello(c, lang), body: ws('lobbyStarting', lang), waiting: true, buttons: [] };
  }
  if (c.showDone) {
    const buttons = c.driver.isWorkshopSession() ? [{ label: ws('seeDebrief', lang), key: 'debrief', onPress: () => c.hideDone() }] : [];
    return { kind: 'notice', id: 'done', badge: '✓', title: ws('doneTitle', lang), sub: hello(c, lang), body: ws('doneBody', lang), waiting: true, buttons };
  }
  return null;
}
