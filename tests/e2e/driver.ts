// Plays the game the way a keyboard or screen-reader player does: through the accessible DOM
// layer's real buttons (focus, then Enter), reading what the page shows.
import type { Page } from 'playwright-core';
import type { DialogueEvent, Lang, SessionSnapshot } from '../../src/engine/index.ts';

export async function snapshot(page: Page): Promise<SessionSnapshot | null> {
  return page.evaluate(() => (window as unknown as { __rfc: { app: { snapshot: SessionSnapshot | null } } }).__rfc.app.snapshot);
}

export async function press(page: Page, name: string | RegExp) {
  const button = page.locator('#a11y').getByRole('button', { name, exact: typeof name === 'string' });
  await button.first().focus();
  await page.keyboard.press('Enter');
}

/** Presses a button of one message in the log (several messages have a flag button with the same start). */
async function pressOnMessage(page: Page, message: string, name: RegExp) {
  const button = page.locator(`#a11y li[data-message="${message}"]`).getByRole('button', { name });
  await button.first().focus();
  await page.keyboard.press('Enter');
}

async function openChatWith(page: Page, lang: Lang, contact: string) {
  // The chat where they last wrote (routes only aim at people who have written).
  const snap = await waitFor(page, (s) => s.entries.some((e) => e.from === contact), `a message from ${contact}`);
  const last = [...snap.entries].reverse().find((e) => e.from === contact)!;
  const conv = snap.conversations.find((c) => c.id === last.conversation)!;
  await press(page, new RegExp(`^${lang === 'zh' ? '微信：' : 'Chats: '}${escape(conv.title[lang])}( \\(\\d+\\))?$`));
}

async function openChatWithMessage(page: Page, lang: Lang, message: string) {
  const snap = (await snapshot(page))!;
  const entry = snap.entries.find((e) => e.message === message);
  if (!entry) throw new Error(`message ${message} is not on screen`);
  const conv = snap.conversations.find((c) => c.id === entry.conversation)!;
  await press(page, new RegExp(`^${lang === 'zh' ? '微信：' : 'Chats: '}${escape(conv.title[lang])}( \\(\\d+\\))?$`));
  return entry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the engine offers what the next step needs (messages arrive at instant pacing, but the UI is asynchronous). */
async function waitFor(page: Page, test: (snap: SessionSnapshot) => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    const snap = await snapshot(page);
    if (snap && test(snap)) return snap;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Plays one step of a route through the accessible layer. */
export async function playStep(page: Page, lang: Lang, event: DialogueEvent) {
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  switch (event.type) {
    case 'choose': {
      const snap = await waitFor(page, (s) => s.choices.some((c) => c.id === event.choice), `choice ${event.choice}`);
      const choice = snap.choices.find((c) => c.id === event.choice)!;
      await press(page, new RegExp(`^${escape(choice.text[lang])}( \\(.*\\))?$`));
      break;
    }
    case 'timeout': {
      // The player hesitates: let exactly the node's timeout pass.
      const seconds = await page.evaluate(() => {
        const { app } = (window as unknown as { __rfc: { app: { current: { scenario: { nodes: Record<string, { timeout?: { seconds: number } }> } }; snapshot: { node: string } } } }).__rfc;
        return app.current.scenario.nodes[app.snapshot.node]?.timeout?.seconds ?? 0;
      });
      await page.clock.fastForward(seconds * 1000 + 200);
      break;
    }
    case 'call-96110': await press(page, L('拨打 96110 核实', 'Call 96110 to check')); break;
    case 'ask-family': await press(page, L('问问家人', 'Ask family')); break;
    case 'check-official': await press(page, L('查官方渠道', 'Check an official channel')); break;
    case 'block':
    case 'report': {
      await openChatWith(page, lang, event.contact);
      const snap = (await snapshot(page))!;
      const name = snap.contacts.find((c) => c.id === event.contact)!.name[lang];
      await press(page, `${event.type === 'block' ? L('拉黑', 'Block') : L('举报', 'Report')} ${name}`);
      break;
    }
    case 'transfer': {
      const snap = await waitFor(page, (s) => s.transferTo.some((o) => o.contact === event.contact), `a transfer to ${event.contact}`);
      const name = snap.contacts.find((c) => c.id === event.contact)!.name[lang];
      const asked = snap.transferTo.find((o) => o.contact === event.contact)!.amount;
      await press(page, L(`转账给 ${name}`, `Transfer to ${name}`));
      const input = page.locator('#a11y-dialog input');
      await input.fill(String(Math.max(asked ?? 0, event.amount)));
      await press(page, L('继续转账', 'Pay anyway'));
      break;
    }
    case 'click-link': {
      await waitFor(page, (s) => s.entries.some((e) => e.message === event.message), `link ${event.message}`);
      await openChatWithMessage(page, lang, event.message);
      await pressOnMessage(page, event.message, new RegExp(`^${escape(L('[链接]', '[Link]'))}: `));
      break;
    }
    case 'receive': {
      await waitFor(page, (s) => s.entries.some((e) => e.message === event.message && e.status === 'pending'), `card ${event.message}`);
      await openChatWithMessage(page, lang, event.message);
      await pressOnMessage(page, event.message, new RegExp(`^${L('收款', 'Accept')}: `));
      break;
    }
    case 'flag': {
      await openChatWithMessage(page, lang, event.message);
      await pressOnMessage(page, event.message, new RegExp(`^${L('标记可疑', 'Flag as suspicious')}: `));
      const flagName = await page.evaluate((id) => (window as unknown as { __rfc: { app: { catalogue: { flags: { id: string; name: Record<string, string> }[] } } } }).__rfc.app.catalogue.flags.find((f) => f.id === id)!.name, event.flag);
      await press(page, flagName[lang]!);
      break;
    }
    default:
      throw new Error(`the accessible layer has no control for ${event.type}`);
  }
}
