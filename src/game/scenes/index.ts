import { BootScene } from './BootScene.ts';
import { HomeScene } from './HomeScene.ts';
import { ChatListScene } from './ChatListScene.ts';
import { ChatScene } from './ChatScene.ts';
import { ProfileScene } from './ProfileScene.ts';
import { MomentsScene } from './MomentsScene.ts';
import { DebriefScene } from './DebriefScene.ts';
import { SettingsScene } from './SettingsScene.ts';
import { SheetScene } from './SheetScene.ts';
import { FlagScene } from './FlagScene.ts';
import { TransferScene } from './TransferScene.ts';
import { ToastScene } from './ToastScene.ts';
import { QuizScene } from './QuizScene.ts';

/** Every screen, one scene a file. Boot runs first. */
export const SCENES = [BootScene, HomeScene, ChatListScene, ChatScene, ProfileScene, MomentsScene, DebriefScene, SettingsScene, SheetScene, FlagScene, TransferScene, QuizScene, ToastScene];
